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
 * Departure: the client does not re-authenticate (KIP-368); when the broker
 * ends the session the connection closes and the next request reconnects.
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
import { decodeSaslHandshakeResponse } from '../protocol/generated/sasl-handshake-response.js';
import { encodeSaslHandshakeRequest } from '../protocol/generated/sasl-handshake-request.js';
import { decodeSaslAuthenticateResponse } from '../protocol/generated/sasl-authenticate-response.js';
import { encodeSaslAuthenticateRequest } from '../protocol/generated/sasl-authenticate-request.js';
import type { ClientSecurity } from './security/client-security.js';
import { plainExchange, scramExchange } from './sasl/sasl-client.js';

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
      if (sasl) await c.authenticate(sasl.mechanism, sasl.username, sasl.password);
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

  /** SASL: SaslHandshake v1, then SaslAuthenticate until the exchange completes. */
  private async authenticate(mechanism: string, username: string, password: string): Promise<void> {
    const hs = await this.send(
      ApiKey.SaslHandshake,
      (w, v) => encodeSaslHandshakeRequest(w, v, { mechanism }),
      decodeSaslHandshakeResponse,
      {
        maxVersion: 1,
      },
    );
    if (hs.errorCode !== ErrorCode.NONE) {
      throw new KafkaClientError(
        hs.errorCode,
        `${this.host}:${this.port}: SASL mechanism ${mechanism} is not enabled (the broker offers ${hs.mechanisms.join(', ') || 'none'})`,
        false,
      );
    }
    const exchange = mechanism === 'PLAIN' ? plainExchange(username, password) : scramExchange(mechanism, username, password);
    let token: Buffer | null = exchange.start();
    while (token !== null) {
      const authBytes: Buffer = token;
      const res = await this.send(
        ApiKey.SaslAuthenticate,
        (w, v) => encodeSaslAuthenticateRequest(w, v, { authBytes }),
        decodeSaslAuthenticateResponse,
      );
      if (res.errorCode !== ErrorCode.NONE) {
        throw new KafkaClientError(res.errorCode, `${this.host}:${this.port}: ${res.errorMessage ?? 'SASL authentication failed'}`, false);
      }
      token = await exchange.next(res.authBytes);
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

  private fail(err: Error): void {
    if (this.closedError) return;
    this.closedError = err;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
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
