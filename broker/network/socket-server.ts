/**
 * The Kafka listener: a TCP server whose connections each decode frames,
 * answer them through the API registry, and write responses in request order.
 *
 * Like Kafka, a connection handles one request at a time (Kafka mutes the
 * channel until the response is sent): pipelined requests wait in arrival
 * order, so produce requests from one client are appended in the order sent.
 * When the socket's write buffer is full, the connection stops taking requests
 * until it drains (backpressure for large fetch responses).
 *
 * An undecodable or oversized frame, an unknown API or an unsupported version
 * (other than ApiVersions, which answers v0 with UNSUPPORTED_VERSION) closes
 * that connection with one log line; everyone else is served on.
 */
import net from 'node:net';
import { FrameDecoder } from './frame-decoder.js';
import { Reader } from '../../protocol/reader.js';
import { Writer } from '../../protocol/writer.js';
import { releaseReadBuffer } from '../log/read-buffers.js';
import { ApiKey, APIS } from '../../protocol/generated/api-keys.js';
import { ANONYMOUS, CloseConnection, type ApiHandler, type Principal, type RequestContext, type SecurityProtocol } from '../apis/types.js';
import type { BrokerServices } from '../services.js';
import type { Logger } from '../logger.js';
import type { ConnectionQuotas } from './connection-quotas.js';

/** The handlers by API key, plus the ApiVersions fallback body. */
export interface HandlerTable {
  get(apiKey: number): ApiHandler | undefined;
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
  /** max.connections and max.connections.per.ip, shared by every listener of the broker (none: unlimited). */
  quotas?: ConnectionQuotas;
}

const requestFlexibleMin = new Map<number, number>();
const responseFlexibleMin = new Map<number, number>();
for (const a of APIS) {
  requestFlexibleMin.set(a.apiKey, a.requestFlexibleMin);
  responseFlexibleMin.set(a.apiKey, a.responseFlexibleMin);
}

/** Whether version `v` of an API uses flexible (v2 request / v1 response) headers. */
function isFlexible(table: Map<number, number>, apiKey: number, v: number): boolean {
  const min = table.get(apiKey) ?? -1;
  return min >= 0 && v >= min;
}

let connectionCounter = 0;

/** One client connection on the broker side (Kafka's KafkaChannel); client/connection.ts is the client side. */
class Channel {
  private readonly decoder: FrameDecoder;
  private readonly queue: Buffer[] = [];
  private busy = false;
  private closed = false;
  readonly id: string;
  readonly clientHost: string;
  /** clientHost with an IPv4-mapped IPv6 address written as IPv4. */
  readonly clientAddress: string;
  /** Who this connection is (RequestContext.principal); set by authentication. */
  principal: Principal = ANONYMOUS;

  constructor(
    private readonly socket: net.Socket,
    private readonly server: SocketServer,
  ) {
    this.decoder = new FrameDecoder(server.options.maxFrameBytes);
    this.clientHost = socket.remoteAddress ?? 'unknown';
    this.clientAddress = this.clientHost.startsWith('::ffff:') ? this.clientHost.slice(7) : this.clientHost;
    this.id = `${socket.localAddress}:${socket.localPort}-${this.clientHost}:${socket.remotePort}-${++connectionCounter}`;
    socket.setNoDelay(true);
    if (server.options.idleTimeoutMs > 0) socket.setTimeout(server.options.idleTimeoutMs, () => this.close('idle'));
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => this.close(null));
    socket.on('close', () => {
      this.closed = true;
      server.connections.delete(this);
    });
  }

  private onData(chunk: Buffer): void {
    this.decoder.push(chunk);
    try {
      for (let f = this.decoder.next(); f !== null; f = this.decoder.next()) this.queue.push(f);
    } catch (err) {
      this.close(`closing connection ${this.id}: ${(err as Error).message}`);
      return;
    }
    if (!this.busy) void this.drain();
  }

  private async drain(): Promise<void> {
    this.busy = true;
    try {
      // Requests that arrive while the broker is still loading wait here (Kafka
      // starts processing requests only once the broker is ready).
      if (this.server.ready) await this.server.ready;
      while (this.queue.length > 0 && !this.closed) {
        const frame = this.queue.shift()!;
        const pending = this.process(frame);
        if (pending) await pending;
        // A Produce request's bytes are on disk now and referenced by nothing:
        // its frame buffer, if pooled, can take the next large request.
        if (frame.length >= 2 && frame.readInt16BE(0) === ApiKey.Produce) releaseReadBuffer(frame);
        if (this.socket.writableNeedDrain) {
          this.socket.pause();
          await new Promise<void>((resolve) => {
            const done = (): void => {
              this.socket.off('drain', done);
              this.socket.off('close', done);
              resolve();
            };
            this.socket.once('drain', done);
            this.socket.once('close', done);
          });
          this.socket.resume();
        }
      }
    } finally {
      this.busy = false;
    }
  }

  /** Handles one frame; returns a promise only when the handler is asynchronous. */
  private process(frame: Buffer): Promise<void> | null {
    const r = new Reader(frame);
    let apiKey = -1;
    let apiVersion = -1;
    let correlationId = -1;
    let clientId: string | null = null;
    try {
      apiKey = r.int16();
      apiVersion = r.int16();
      correlationId = r.int32();
      clientId = r.nullableString(false);
    } catch (err) {
      this.close(`closing connection ${this.id}: undecodable request header (${(err as Error).message})`);
      return null;
    }
    const handler = this.server.handlers.get(apiKey);
    if (!handler) {
      this.close(`closing connection ${this.id}: unknown or unsupported API key ${apiKey} (client ${clientId})`);
      return null;
    }
    if (apiVersion < handler.minVersion || apiVersion > handler.maxVersion) {
      if (apiKey === ApiKey.ApiVersions) {
        // KIP-511: answer a v0 body so the client can pick a version we support.
        this.send(correlationId, false, (w) => this.server.handlers.encodeUnsupportedApiVersions(w));
        return null;
      }
      this.close(
        `closing connection ${this.id}: ${handler.name} v${apiVersion} is not supported (supported ${handler.minVersion}-${handler.maxVersion}; client ${clientId})`,
      );
      return null;
    }
    let request: unknown;
    try {
      if (isFlexible(requestFlexibleMin, apiKey, apiVersion)) {
        let tags = r.uvarint();
        while (tags-- > 0) {
          r.uvarint();
          r.skip(r.uvarint());
        }
      }
      request = handler.decode(r, apiVersion);
    } catch (err) {
      this.close(`closing connection ${this.id}: undecodable ${handler.name} v${apiVersion} request (${(err as Error).message})`);
      return null;
    }
    const ctx: RequestContext = {
      apiKey,
      apiVersion,
      correlationId,
      clientId,
      clientHost: this.clientHost,
      clientAddress: this.clientAddress,
      principal: this.principal,
      listenerName: this.server.options.listenerName,
      securityProtocol: this.server.options.securityProtocol,
      connectionId: this.id,
      broker: this.server.services,
    };
    const started = performance.now();
    let result: ReturnType<ApiHandler['handle']>;
    try {
      result = handler.handle(ctx, request);
    } catch (err) {
      this.fail(handler, apiVersion, err);
      return null;
    }
    if (result instanceof Promise) {
      return result.then(
        (resp) => this.respond(handler, ctx, resp, started),
        (err) => this.fail(handler, apiVersion, err),
      );
    }
    this.respond(handler, ctx, result, started);
    return null;
  }

  private fail(handler: ApiHandler, v: number, err: unknown): void {
    if (err instanceof CloseConnection) {
      this.close(`closing connection ${this.id}: ${err.message}`);
      return;
    }
    this.server.logger.error(`${handler.name} v${v} failed on ${this.id}: ${(err as Error)?.stack ?? err}`);
    this.close(null);
  }

  private respond(handler: ApiHandler, ctx: RequestContext, resp: unknown, started: number): void {
    this.server.observe?.(handler, ctx, performance.now() - started);
    if (resp === null || this.closed) return;
    const flexibleHeader = ctx.apiKey !== ApiKey.ApiVersions && isFlexible(responseFlexibleMin, ctx.apiKey, ctx.apiVersion);
    try {
      this.send(ctx.correlationId, flexibleHeader, (w) => handler.encode(w, ctx.apiVersion, resp));
    } catch (err) {
      // A response that cannot be encoded is a bug: it costs this connection, not the broker.
      this.fail(handler, ctx.apiVersion, err);
    }
  }

  /** Frames and writes a response: size, correlation id, [tagged fields], body. */
  private send(correlationId: number, flexibleHeader: boolean, body: (w: Writer) => void): void {
    const w = Writer.acquire();
    try {
      w.int32(0);
      w.int32(correlationId);
      if (flexibleHeader) w.uvarint(0);
      body(w);
      const size = w.length - 4;
      const chunks = w.finish();
      chunks[0].writeInt32BE(size, 0);
      if (this.closed) return;
      if (chunks.length === 1) this.socket.write(chunks[0]);
      else {
        // chunks[1..] are referenced byte fields (records read from the log):
        // once the last write is done their pooled read buffers can be reused.
        this.socket.cork();
        const last = chunks.length - 1;
        for (let i = 0; i < last; i++) this.socket.write(chunks[i]);
        this.socket.write(chunks[last], (err) => {
          if (!err) for (let i = 1; i <= last; i++) releaseReadBuffer(chunks[i]);
        });
        this.socket.uncork();
      }
    } finally {
      Writer.release(w);
    }
  }

  close(reason: string | null): void {
    if (reason) this.server.logger.warn(reason);
    this.closed = true;
    this.queue.length = 0;
    this.socket.destroy();
  }
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
      const server = net.createServer({ noDelay: true }, (socket) => this.accept(socket));
      server.once('error', reject);
      server.listen({ host: this.options.host || undefined, port: this.options.port, backlog: 511 }, () => {
        server.off('error', reject);
        this.server = server;
        resolve((server.address() as net.AddressInfo).port);
      });
    });
  }

  /** A new connection: served at once, or after the connection quotas let it in. */
  private accept(socket: net.Socket): void {
    const quotas = this.options.quotas;
    if (!quotas) {
      this.connections.add(new Channel(socket, this));
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
      else if (!socket.destroyed) this.connections.add(new Channel(socket, this));
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

  /** Stops accepting and closes every connection. */
  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const c of this.connections) c.close(null);
    for (const w of this.waiting) w.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
