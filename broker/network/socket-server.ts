/**
 * The Kafka listener: a TCP server whose connections each decode frames,
 * answer them through the API registry, and write responses in request order.
 *
 * Like Kafka, a connection handles one request at a time (Kafka mutes the
 * channel until the response is sent): pipelined requests wait in arrival
 * order, so produce requests from one client are appended in the order sent.
 * Departs from Kafka for Produce (an API marked `pipelined`): once a Produce
 * has appended, the next Produce on the connection is handled while the
 * first one's acks=all still waits for the ISR; the answers go out in
 * request order all the same, and any other request waits until the answers
 * owed are written. Kafka makes the second request wait for the first one's
 * replication, so with the producer's 5 requests in flight a record waits
 * for up to 5 replication rounds in a cluster (issue 16, bench/README.md);
 * here for about one. The appends are in the order sent either way.
 * When the socket's write buffer is full, the connection stops taking requests
 * until it drains (backpressure for large fetch responses).
 *
 * An undecodable or oversized frame, an unknown API or an unsupported version
 * (other than ApiVersions, which answers v0 with UNSUPPORTED_VERSION) closes
 * that connection with one log line; everyone else is served on.
 *
 * Security: an SSL or SASL_SSL listener is a TLS server (tls-server-context.ts:
 * stores, client certificates and their principal, reloading); a failed TLS
 * handshake (garbage, an untrusted certificate) is one log line. On a SASL
 * listener every request first goes through the connection's
 * SaslAuthenticator (security/sasl-authenticator.ts), which answers
 * SaslHandshake and SaslAuthenticate, sets the principal and refuses
 * everything else until the client has authenticated; frames before that are
 * limited to sasl.server.max.receive.size.
 */
import net from 'node:net';
import tls from 'node:tls';
import type { Writer } from '../../protocol/writer.js';
import type { ApiEntry } from '../apis/api-table.js';
import { ANONYMOUS, type ApiHandler, type Principal, type RequestContext, type SecurityProtocol } from '../apis/types.js';
import type { BrokerServices } from '../services.js';
import type { Logger } from '../logger.js';
import type { SaslAuthenticator } from '../security/sasl-authenticator.js';
import type { TlsServerContext } from './tls-server-context.js';
import { Channel } from './channel.js';
import type { ConnectionQuotas } from './connection-quotas.js';

/** The handlers by API key, plus the ApiVersions fallback body. */
export interface HandlerTable {
  /** The handler of an API key, or a lazy API whose handler is imported on its first request; undefined when not served. */
  get(apiKey: number): ApiEntry | undefined;
  /** Encodes an ApiVersions v0 body with UNSUPPORTED_VERSION. */
  encodeUnsupportedApiVersions(w: Writer): void;
}

/** Options of a listener. */
export interface SocketServerOptions {
  /** The listener's name (`PLAINTEXT`, `INTERNAL`, ...), given to handlers in the RequestContext. */
  listenerName: string;
  /** The listener's security protocol. */
  securityProtocol: SecurityProtocol;
  host: string;
  port: number;
  maxFrameBytes: number;
  idleTimeoutMs: number;
  /** Called after each handled request, with its handling time (the metrics hook). */
  observe?: (handler: ApiHandler, ctx: RequestContext, ms: number) => void;
  /** SSL and SASL_SSL listeners: the TLS context. */
  tls?: TlsServerContext | null;
  /** SASL listeners: makes the authenticator of a new connection (given its id, for log lines). */
  sasl?: ((peer: string) => SaslAuthenticator) | null;
  /** sasl.server.max.receive.size: largest frame before a SASL client has authenticated. */
  saslMaxReceiveSize?: number;
  /** max.connections and max.connections.per.ip, shared by every listener of the broker (none: unlimited). */
  quotas?: ConnectionQuotas;
}

/** A Kafka protocol listener. */
export class SocketServer {
  readonly connections = new Set<Channel>();
  /** Accepted connections waiting for a slot under max.connections. */
  private readonly waiting = new Set<net.Socket>();
  private server: net.Server | null = null;
  /** While set, connections are accepted but requests wait for it (until openForRequests()). */
  ready: Promise<void> | null;
  private release: (() => void) | null = null;
  /** Called after each handled request (SocketServerOptions.observe). */
  readonly observe: SocketServerOptions['observe'];

  /**
   * Creates a listener. It accepts connections as soon as it listens but
   * holds their requests until openForRequests(): the broker binds its port
   * first (to advertise it) and answers once it is part of its cluster.
   */
  constructor(
    readonly options: SocketServerOptions,
    readonly handlers: HandlerTable,
    readonly services: BrokerServices,
    readonly logger: Logger,
  ) {
    this.observe = options.observe;
    this.ready = new Promise((resolve) => (this.release = resolve));
  }

  /** Starts answering requests (held ones first, in order). */
  openForRequests(): void {
    this.release?.();
    this.ready = null;
    this.release = null;
  }

  /** Starts listening; resolves with the bound port. */
  listen(): Promise<number> {
    return new Promise((resolve, reject) => {
      const server = this.options.tls
        ? this.tlsServer(this.options.tls)
        : net.createServer({ noDelay: true }, (socket) => this.accept(socket));
      server.once('error', reject);
      server.listen({ host: this.options.host || undefined, port: this.options.port, backlog: 511 }, () => {
        server.off('error', reject);
        this.server = server;
        resolve((server.address() as net.AddressInfo).port);
      });
    });
  }

  /** A new connection (TLS: after its handshake): served at once, or after the connection quotas let it in. */
  private accept(socket: net.Socket, principal: Principal = ANONYMOUS): void {
    const open = (): void => {
      const channel = new Channel(socket, this);
      channel.principal = principal;
      this.connections.add(channel);
    };
    const quotas = this.options.quotas;
    if (!quotas) {
      open();
      return;
    }
    const raw = socket.remoteAddress ?? 'unknown';
    const ip = raw.startsWith('::ffff:') ? raw.slice(7) : raw;
    // Until admitted nothing reads the socket; an error just ends it.
    socket.on('error', () => socket.destroy());
    this.waiting.add(socket);
    const refused = quotas.accept(socket, ip, () => {
      this.waiting.delete(socket);
      if (this.server === null) socket.destroy();
      else if (!socket.destroyed) open();
    });
    if (refused !== null) {
      this.waiting.delete(socket);
      this.logger.info(refused);
      socket.destroy();
      return;
    }
    socket.once('close', () => {
      this.waiting.delete(socket);
      quotas.closed(socket, ip);
    });
  }

  private tlsServer(ctx: TlsServerContext): tls.Server {
    const server = tls.createServer({ ...ctx.serverOptions(), noDelay: true }, (socket) => {
      const peer = ctx.checkPeer(socket);
      if (!peer.ok) {
        this.logger.warn(
          `closing TLS connection from ${socket.remoteAddress}:${socket.remotePort} on ${this.options.listenerName}: ${peer.why}`,
        );
        socket.destroy();
        return;
      }
      this.accept(socket, peer.principal);
    });
    // A failed handshake (not TLS at all, an untrusted or missing certificate): one line, the listener serves on.
    server.on('tlsClientError', (err, socket) => {
      this.logger.warn(
        `TLS handshake with ${socket.remoteAddress ?? 'unknown'}:${socket.remotePort ?? ''} on ${this.options.listenerName} failed: ${err.message}`,
      );
      socket.destroy();
    });
    ctx.watch(server);
    return server;
  }

  /** Stops accepting and closes every connection. */
  async close(): Promise<void> {
    this.options.tls?.close();
    const server = this.server;
    this.server = null;
    for (const c of this.connections) c.close(null);
    for (const w of this.waiting) w.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
