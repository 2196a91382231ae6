/**
 * One TCP connection to a Kafka broker speaking the wire protocol through the
 * project's generated codecs. Requests carry header v1 (v2 for flexible
 * versions); responses header v0 (v1 for flexible versions, except
 * ApiVersions whose response header is always v0). Requests may be
 * pipelined: the broker answers in order, matched by correlation id.
 *
 * After connect() the connection knows the broker's API version ranges
 * (ApiVersions) and pickVersion() chooses the highest version both sides
 * support, so the same code talks to Tributary and to Apache Kafka.
 */
import net from 'node:net';
import { Reader } from '../../broker/protocol/reader.js';
import { Writer } from '../../broker/protocol/writer.js';
import { APIS, ApiKey } from '../../broker/protocol/generated/api-keys.js';
import { CODECS } from '../../broker/protocol/generated/codecs.js';
import { ToolError } from './tool.js';

/** API names as the codecs know them ("Fetch", "Metadata", ...). */
export type ApiName = keyof typeof ApiKey;

interface Pending {
  correlationId: number;
  api: ApiName;
  version: number;
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

/** A request failed because the connection broke or timed out. */
export class ConnectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectionError';
  }
}

function flexibleRequest(apiKey: number, version: number): boolean {
  const info = APIS.find((a) => a.apiKey === apiKey);
  return info !== undefined && info.requestFlexibleMin >= 0 && version >= info.requestFlexibleMin;
}

function flexibleResponse(apiKey: number, version: number): boolean {
  const info = APIS.find((a) => a.apiKey === apiKey);
  return apiKey !== ApiKey.ApiVersions && info !== undefined && info.responseFlexibleMin >= 0 && version >= info.responseFlexibleMin;
}

/** A connection to one broker. Not shared between processes; requests from one caller are answered in order. */
export class WireConnection {
  private buffered: Buffer = Buffer.alloc(0);
  private readonly pending: Pending[] = [];
  private nextCorrelationId = 1;
  private closedError: Error | null = null;
  private readonly versions = new Map<number, { min: number; max: number }>();

  private constructor(
    private readonly socket: net.Socket,
    readonly address: string,
    private readonly clientId: string,
    private readonly requestTimeoutMs: number,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (err) => this.fail(new ConnectionError(`connection to ${address} failed: ${err.message}`)));
    socket.on('close', () => this.fail(new ConnectionError(`connection to ${address} closed`)));
  }

  /** Connects and asks the broker for its API versions. */
  static async connect(host: string, port: number, opts: { clientId: string; connectTimeoutMs: number; requestTimeoutMs: number }): Promise<WireConnection> {
    const address = `${host}:${port}`;
    const socket = await new Promise<net.Socket>((resolve, reject) => {
      const s = net.connect({ host, port });
      const timer = setTimeout(() => {
        s.destroy();
        reject(new ConnectionError(`connection to ${address} timed out after ${opts.connectTimeoutMs} ms`));
      }, opts.connectTimeoutMs);
      s.once('connect', () => {
        clearTimeout(timer);
        s.removeAllListeners('error');
        resolve(s);
      });
      s.once('error', (err) => {
        clearTimeout(timer);
        reject(new ConnectionError(`cannot connect to ${address}: ${err.message}`));
      });
    });
    const conn = new WireConnection(socket, address, opts.clientId, opts.requestTimeoutMs);
    await conn.loadVersions();
    return conn;
  }

  private async loadVersions(): Promise<void> {
    const resp = await this.send<{ errorCode: number; apiKeys: { apiKey: number; minVersion: number; maxVersion: number }[] }>('ApiVersions', 3, {
      clientSoftwareName: 'tributary-cli',
      clientSoftwareVersion: '0.1.0',
    });
    for (const k of resp.apiKeys) this.versions.set(k.apiKey, { min: k.minVersion, max: k.maxVersion });
  }

  /** The highest version of `api` both sides support, capped at `cap`; a ToolError when there is none. */
  pickVersion(api: ApiName, cap: number): number {
    const r = this.versions.get(ApiKey[api]);
    const ours = CODECS[`${api}Request`]?.meta as { minVersion: number; maxVersion: number } | undefined;
    if (!r || !ours) throw new ToolError(`Error: the broker at ${this.address} does not support ${api}`);
    const v = Math.min(cap, r.max, ours.maxVersion);
    if (v < Math.max(r.min, ours.minVersion)) throw new ToolError(`Error: the broker at ${this.address} does not support a usable version of ${api}`);
    return v;
  }

  /** Whether the broker supports `api` at all. */
  supports(api: ApiName): boolean {
    return this.versions.has(ApiKey[api]);
  }

  private fail(err: Error): void {
    if (this.closedError) return;
    this.closedError = err;
    for (const p of this.pending.splice(0)) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    while (this.buffered.length >= 4) {
      const size = this.buffered.readInt32BE(0);
      if (this.buffered.length < 4 + size) return;
      const frame = this.buffered.subarray(4, 4 + size);
      this.buffered = this.buffered.subarray(4 + size);
      const p = this.pending.shift();
      if (!p) return this.fail(new ConnectionError(`unexpected response from ${this.address}`));
      clearTimeout(p.timer);
      try {
        p.resolve(this.decode(p, frame));
      } catch (err) {
        p.reject(err as Error);
      }
    }
  }

  private decode(p: Pending, frame: Buffer): unknown {
    const r = new Reader(frame);
    const correlationId = r.int32();
    if (correlationId !== p.correlationId) throw new ConnectionError(`correlation id ${correlationId} from ${this.address}, expected ${p.correlationId}`);
    const apiKey = ApiKey[p.api];
    if (flexibleResponse(apiKey, p.version)) {
      let tags = r.uvarint();
      while (tags-- > 0) {
        r.uvarint();
        r.skip(r.uvarint());
      }
    }
    const body = frame.subarray(r.pos);
    // An ApiVersions version the broker does not know is answered in v0 with UNSUPPORTED_VERSION.
    const version = p.api === 'ApiVersions' && body.readInt16BE(0) !== 0 ? 0 : p.version;
    return CODECS[`${p.api}Response`].decode(new Reader(body), version);
  }

  /** Sends `api` at `version`; resolves with the decoded response. */
  send<T>(api: ApiName, version: number, request: object): Promise<T> {
    if (this.closedError) return Promise.reject(this.closedError);
    const apiKey = ApiKey[api];
    const correlationId = this.nextCorrelationId++;
    const w = new Writer();
    w.int32(0);
    w.int16(apiKey);
    w.int16(version);
    w.int32(correlationId);
    w.nullableString(this.clientId, false);
    if (flexibleRequest(apiKey, version)) w.uvarint(0);
    CODECS[`${api}Request`].encode(w, version, request);
    const frame = w.finishBuffer();
    frame.writeInt32BE(frame.length - 4, 0);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new ConnectionError(`request ${api} to ${this.address} timed out after ${this.requestTimeoutMs} ms`)), this.requestTimeoutMs);
      this.pending.push({ correlationId, api, version, resolve: resolve as (v: unknown) => void, reject, timer });
      this.socket.write(frame);
    });
  }

  /** Whether the connection is still usable. */
  get isOpen(): boolean {
    return this.closedError === null;
  }

  /** Closes the connection; pending requests fail. */
  close(): void {
    this.fail(new ConnectionError(`connection to ${this.address} closed`));
  }
}
