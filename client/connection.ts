/**
 * Connection: one TCP connection to one broker, speaking Kafka's framing.
 *
 * Every request is `int32 size | request header | body`; the header is v2
 * (with tagged fields) when the request version is flexible, else v1. Every
 * response is `int32 size | correlation id | [tagged fields] | body`, the
 * tagged fields present when the response version is flexible (except
 * ApiVersions, whose response header is always v0). Requests are pipelined:
 * many may be in flight; responses are matched by correlation id.
 *
 * On connect the client sends ApiVersions (v3, falling back to v0 when the
 * broker answers UNSUPPORTED_VERSION) and keeps, per API, the highest version
 * both sides support. A request may cap its version (`maxVersion`).
 *
 * Incoming bytes are cut into frames by a FrameReader (frame-reader.ts),
 * which reads large responses straight into their own buffer.
 *
 * Security (ConnectionOptions.security, client/security/client-security.ts):
 * SSL and SASL_SSL connect with TLS; SASL_PLAINTEXT and SASL_SSL
 * authenticate after ApiVersions with SaslHandshake v1 and SaslAuthenticate
 * (PLAIN or SCRAM, client/sasl/sasl-client.ts) before the connection is
 * handed out. A failed authentication rejects connect() with the broker's
 * message (KafkaClientError SASL_AUTHENTICATION_FAILED, not retriable).
 *
 * Re-authentication (KIP-368): when the broker reports a session lifetime
 * (SaslAuthenticate v1+ session_lifetime_ms, set by its
 * connections.max.reauth.ms), the client re-authenticates on the same
 * connection at a random point between 85 % and 95 % of that lifetime, as
 * Kafka's clients do: the first request sent after that point waits, with
 * every later one, until the requests in flight are answered; then
 * SaslHandshake and SaslAuthenticate run again (same mechanism and user) and
 * the waiting requests go out. A connection idle past the session's end
 * re-authenticates the same way on its next use (a broker accepts
 * SaslHandshake after the session ended). A failed re-authentication closes
 * the connection: its waiting requests fail with the broker's error.
 *
 * Not thread-bound: any number of async callers may share a Connection.
 */
import net from 'node:net';
import tls from 'node:tls';
import { Reader } from '../protocol/reader.js';
import { Writer } from '../protocol/writer.js';
import { APIS, ApiKey } from '../protocol/generated/api-keys.js';
import { decodeApiVersionsResponse, type ApiVersionsResponse } from '../protocol/generated/api-versions-response.js';
import { encodeApiVersionsRequest } from '../protocol/generated/api-versions-request.js';
import { ErrorCode } from '../protocol/generated/errors.js';
import { ConnectionError, KafkaClientError } from './errors.js';
import { skipResponseHeaderTags, writeRequestHeader } from './frame.js';
import { FrameReader } from './frame-reader.js';
import type { ClientSecurity } from './security/client-security.js';
import { saslLogin } from './sasl/sasl-login.js';

/** Encodes a request body of version `v`. */
export type BodyEncoder = (w: Writer, v: number) => void;
/** Decodes a response body of version `v`. */
export type BodyDecoder<T> = (r: Reader, v: number) => T;

/** Options of a connection. */
export interface ConnectionOptions {
  host: string;
  port: number;
  /** Sent in every request header; default "tributary". */
  clientId?: string;
  /** Connect timeout, ms; default 10000. */
  connectTimeoutMs?: number;
  /** How long a request may wait for its response, ms; default 30000. */
  requestTimeoutMs?: number;
  /** TLS and SASL (default PLAINTEXT). */
  security?: ClientSecurity;
}

/** Options of one request. */
export interface RequestOptions {
  /** Use at most this version (e.g. to stay below topic-id-only versions). */
  maxVersion?: number;
  /** Extra time on top of the request timeout (a long-polling fetch's wait). */
  extraTimeoutMs?: number;
  /** False for Produce with acks=0: resolve once written, no response read. */
  expectResponse?: boolean;
}

interface Pending {
  apiKey: number;
  version: number;
  decode: BodyDecoder<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

const CLIENT_RANGES = new Map(APIS.map((a) => [a.apiKey, a]));

/** One connection to one broker with negotiated API versions. */
export class Connection {
  private readonly pending = new Map<number, Pending>();
  private nextCorrelationId = 1;
  private closedError: Error | null = null;
  /** Negotiated version per API key (absent: the broker does not serve it). */
  readonly versions = new Map<number, number>();
  /** Resolves when the socket closes. */
  readonly closed: Promise<void>;
  private closedResolve!: () => void;
  private readonly reader = new FrameReader((frame) => this.onFrame(frame));
  private socket!: net.Socket;
  /** The SASL login, kept for re-authentication (null: no SASL). */
  private sasl: { mechanism: string; username: string; password: string } | null = null;
  /** When to re-authenticate (ms since the epoch), null when the session does not end. */
  private reauthAt: number | null = null;
  /** A re-authentication under way: requests wait for it. */
  private reauthenticating: Promise<void> | null = null;
  /** Called when no request is in flight any more (a re-authentication waits for that). */
  private onDrained: (() => void) | null = null;
  /** Re-authentications done on this connection (KIP-368). */
  reauthentications = 0;

  private constructor(
    readonly host: string,
    readonly port: number,
    private readonly clientId: string,
    private readonly requestTimeoutMs: number,
  ) {
    this.closed = new Promise((resolve) => (this.closedResolve = resolve));
  }

  /** Takes the connected socket. */
  private attach(socket: net.Socket): void {
    this.socket = socket;
    socket.setNoDelay(true);
    socket.on('error', (err) => this.fail(new ConnectionError(`${this.host}:${this.port}: ${err.message}`, err)));
    socket.once('close', () => {
      this.fail(new ConnectionError(`${this.host}:${this.port}: connection closed`));
      this.closedResolve();
    });
  }

  /** Opens a connection and negotiates API versions. */
  static async connect(options: ConnectionOptions): Promise<Connection> {
    const c = new Connection(options.host, options.port, options.clientId ?? 'tributary', options.requestTimeoutMs ?? 30_000);
    c.attach(await openSocket(options, c.reader));
    try {
      await c.negotiate();
      const sasl = options.security?.sasl;
      if (sasl) {
        c.sasl = { mechanism: sasl.mechanism, username: sasl.username, password: sasl.password };
        await c.authenticate();
      }
    } catch (err) {
      c.close();
      throw err;
    }
    return c;
  }

  /** True once the socket is closed or failed. */
  get isClosed(): boolean {
    return this.closedError !== null;
  }

  private async negotiate(): Promise<void> {
    let res: ApiVersionsResponse = await this.sendVersion(
      ApiKey.ApiVersions,
      3,
      (w, v) =>
        encodeApiVersionsRequest(w, v, {
          clientSoftwareName: 'tributary',
          clientSoftwareVersion: '0.1.0',
        }),
      decodeApiVersionsResponse,
      {},
    );
    if (res.errorCode === ErrorCode.UNSUPPORTED_VERSION) {
      res = await this.sendVersion(ApiKey.ApiVersions, 0, () => undefined, decodeApiVersionsResponse, {});
    }
    if (res.errorCode !== 0) throw new KafkaClientError(res.errorCode, `ApiVersions failed with error ${res.errorCode}`);
    for (const k of res.apiKeys) {
      const mine = CLIENT_RANGES.get(k.apiKey);
      if (!mine) continue;
      const v = Math.min(mine.maxVersion, k.maxVersion);
      if (v >= Math.max(mine.minVersion, k.minVersion)) this.versions.set(k.apiKey, v);
    }
  }

  /** SASL (client/sasl/sasl-login.ts); schedules the re-authentication when the broker reports a session lifetime. */
  private async authenticate(): Promise<void> {
    const lifetimeMs = await saslLogin(this.sasl!, `${this.host}:${this.port}`, (apiKey, encode, decode) =>
      this.sendNow(apiKey, encode, decode, apiKey === ApiKey.SaslHandshake ? { maxVersion: 1 } : {}),
    );
    // Kafka's clients re-authenticate between 85 % and 95 % of the session lifetime.
    this.reauthAt = lifetimeMs > 0 ? Date.now() + Math.floor(lifetimeMs * (0.85 + Math.random() * 0.1)) : null;
  }

  /** Re-authenticates once the requests in flight are answered (see the header); closes the connection when it fails. */
  private async reauthenticate(): Promise<void> {
    try {
      if (this.pending.size > 0) await new Promise<void>((resolve) => (this.onDrained = resolve));
      if (this.closedError) throw this.closedError;
      await this.authenticate();
      this.reauthentications++;
    } catch (err) {
      const e = err as Error;
      this.fail(
        e instanceof KafkaClientError || e instanceof ConnectionError
          ? e
          : new ConnectionError(`${this.host}:${this.port}: re-authentication failed: ${e.message}`, e),
      );
      throw this.closedError ?? e;
    } finally {
      this.reauthenticating = null;
    }
  }

  /** The version a request of `apiKey` would use, capped at `maxVersion`. */
  versionFor(apiKey: number, maxVersion?: number): number {
    const v = this.versions.get(apiKey);
    if (v === undefined) {
      throw new KafkaClientError(
        ErrorCode.UNSUPPORTED_VERSION,
        `broker ${this.host}:${this.port} does not support API ${CLIENT_RANGES.get(apiKey)?.name ?? apiKey}`,
        false,
      );
    }
    return maxVersion === undefined ? v : Math.min(v, maxVersion);
  }

  /**
   * Sends a request at the negotiated version and resolves with the decoded
   * response body. Rejects with a ConnectionError if the connection fails or
   * the response does not come within the request timeout.
   */
  send<T>(apiKey: number, encode: BodyEncoder, decode: BodyDecoder<T>, options: RequestOptions = {}): Promise<T> {
    if (this.reauthenticating === null && this.reauthAt !== null && Date.now() >= this.reauthAt && !this.closedError) {
      this.reauthAt = null;
      this.reauthenticating = this.reauthenticate();
    }
    const waiting = this.reauthenticating;
    if (waiting !== null) return waiting.then(() => this.send(apiKey, encode, decode, options));
    return this.sendNow(apiKey, encode, decode, options);
  }

  /** send() without waiting for a re-authentication (the SASL exchange itself). */
  private sendNow<T>(apiKey: number, encode: BodyEncoder, decode: BodyDecoder<T>, options: RequestOptions = {}): Promise<T> {
    return this.sendVersion(apiKey, this.versionFor(apiKey, options.maxVersion), encode, decode, options);
  }

  private sendVersion<T>(
    apiKey: number,
    version: number,
    encode: BodyEncoder,
    decode: BodyDecoder<T>,
    options: RequestOptions,
  ): Promise<T> {
    if (this.closedError) return Promise.reject(this.closedError);
    const info = CLIENT_RANGES.get(apiKey)!;
    const correlationId = this.nextCorrelationId;
    this.nextCorrelationId = (this.nextCorrelationId + 1) & 0x7fffffff;
    const w = Writer.acquire();
    let chunks: Buffer[];
    try {
      w.int32(0);
      writeRequestHeader(w, apiKey, version, correlationId, this.clientId);
      encode(w, version);
      w.patchInt32(0, w.length - 4);
      chunks = w.finish();
    } finally {
      Writer.release(w);
    }
    if (options.expectResponse === false) {
      this.write(chunks);
      return Promise.resolve(undefined as T);
    }
    return new Promise<T>((resolve, reject) => {
      const timeoutMs = this.requestTimeoutMs + (options.extraTimeoutMs ?? 0);
      const timer = setTimeout(() => {
        this.pending.delete(correlationId);
        this.drained();
        reject(new ConnectionError(`${this.host}:${this.port}: ${info.name} v${version} timed out after ${timeoutMs} ms`));
        // A late answer would desynchronise nothing (ids are matched), but the
        // broker is unhealthy: drop the connection so callers reconnect.
        this.close();
      }, timeoutMs);
      this.pending.set(correlationId, { apiKey, version, decode, resolve: resolve as (v: unknown) => void, reject, timer });
      this.write(chunks);
    });
  }

  private write(chunks: Buffer[]): void {
    this.socket.cork();
    for (const c of chunks) this.socket.write(c);
    this.socket.uncork();
  }

  private onFrame(frame: Buffer): void {
    const correlationId = frame.readInt32BE(0);
    const p = this.pending.get(correlationId);
    if (!p) return;
    this.pending.delete(correlationId);
    clearTimeout(p.timer);
    this.drained();
    try {
      const r = new Reader(frame, 4);
      skipResponseHeaderTags(r, p.apiKey, p.version);
      // A broker answers an ApiVersions version it does not know in v0 form.
      const v = p.apiKey === ApiKey.ApiVersions && frame.readInt16BE(4) === ErrorCode.UNSUPPORTED_VERSION ? 0 : p.version;
      p.resolve(p.decode(r, v));
    } catch (err) {
      p.reject(err as Error);
    }
  }

  /** Wakes a re-authentication waiting for the requests in flight, once there are none. */
  private drained(): void {
    if (this.pending.size > 0 || this.onDrained === null) return;
    const wake = this.onDrained;
    this.onDrained = null;
    wake();
  }

  private fail(err: Error): void {
    if (this.closedError) return;
    this.closedError = err;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
    this.drained();
    this.socket.destroy();
  }

  /** Closes the connection; pending requests fail. */
  close(): void {
    this.fail(new ConnectionError(`${this.host}:${this.port}: connection closed by the client`));
  }
}

/** Connects a socket whose reads go through `reader` (Node's onread: large frames are read in place). */
function openSocket(options: ConnectionOptions, reader: FrameReader): Promise<net.Socket> {
  const timeout = options.connectTimeoutMs ?? 10_000;
  const onread = {
    buffer: () => reader.bufferForRead(),
    callback: (n: number) => {
      try {
        reader.onRead(n);
      } catch (err) {
        s.destroy(err as Error);
      }
      return true;
    },
  };
  const tlsOptions = options.security?.tls;
  let s: net.Socket;
  if (tlsOptions) {
    // TLS sockets take no onread: decrypted chunks are copied into the reader's buffers.
    s = tls.connect({
      ...tlsOptions,
      host: options.host,
      port: options.port,
      servername: net.isIP(options.host) === 0 ? options.host : undefined,
    });
    s.on('data', (chunk: Buffer) => {
      try {
        for (let off = 0; off < chunk.length;) {
          const n = chunk.copy(reader.bufferForRead(), 0, off);
          reader.onRead(n);
          off += n;
        }
      } catch (err) {
        s.destroy(err as Error);
      }
    });
  } else {
    s = net.connect({ host: options.host, port: options.port, onread });
  }
  return new Promise<net.Socket>((resolve, reject) => {
    const timer = setTimeout(() => {
      s.destroy();
      reject(new ConnectionError(`${options.host}:${options.port}: connect timed out after ${timeout} ms`));
    }, timeout);
    s.once(tlsOptions ? 'secureConnect' : 'connect', () => {
      clearTimeout(timer);
      s.removeAllListeners('error');
      resolve(s);
    });
    s.once('error', (err) => {
      clearTimeout(timer);
      const what = tlsOptions ? `TLS connection failed: ${err.message}` : err.message;
      reject(new ConnectionError(`${options.host}:${options.port}: ${what}`, err));
    });
  });
}
