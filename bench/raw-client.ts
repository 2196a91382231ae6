/**
 * A minimal Kafka connection for the benchmark, on the project's generated
 * codecs: one socket, requests answered in order (the broker serves one
 * request at a time per connection), request header v1 or v2, response header
 * v0 or v1. Used to probe a starting broker (Metadata) and, while the broker
 * has no consumer groups, as the transport of the kafkajs consume loop.
 */
import net from 'node:net';
import { Reader } from '../broker/protocol/reader.js';
import { Writer } from '../broker/protocol/writer.js';
import { APIS, ApiKey } from '../broker/protocol/generated/api-keys.js';
import { CODECS } from '../broker/protocol/generated/codecs.js';

interface Pending {
  apiKey: number;
  version: number;
  resolve: (body: Buffer) => void;
  reject: (err: Error) => void;
}

function flexibleMin(apiKey: number, side: 'request' | 'response'): number {
  const a = APIS.find((x) => x.apiKey === apiKey);
  if (!a) throw new Error(`unknown API key ${apiKey}`);
  return side === 'request' ? a.requestFlexibleMin : a.responseFlexibleMin;
}

/** One connection to a broker. */
export class BenchConnection {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private readonly pending: Pending[] = [];
  private correlationId = 1;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (c: Buffer) => this.onData(c));
    socket.on('error', (err) => this.failAll(err));
    socket.on('close', () => this.failAll(new Error('connection closed')));
  }

  /** Connects to host:port (rejects when nothing listens). */
  static connect(port: number, host = '127.0.0.1'): Promise<BenchConnection> {
    return new Promise((resolve, reject) => {
      const s = net.connect({ port, host }, () => {
        s.off('error', reject);
        s.setNoDelay(true);
        resolve(new BenchConnection(s));
      });
      s.once('error', reject);
    });
  }

  private failAll(err: Error): void {
    for (const p of this.pending.splice(0)) p.reject(err);
  }

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.buffered < 4) return;
      if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
      const head = this.chunks[0];
      const size = head.readInt32BE(0);
      if (this.buffered < 4 + size) return;
      const frame = head.subarray(4, 4 + size);
      const rest = head.subarray(4 + size);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.buffered = rest.length;
      const p = this.pending.shift();
      if (!p) throw new Error('response without a request');
      const r = new Reader(frame);
      r.int32();
      const fm = flexibleMin(p.apiKey, 'response');
      if (p.apiKey !== ApiKey.ApiVersions && fm >= 0 && p.version >= fm) {
        let tags = r.uvarint();
        while (tags-- > 0) {
          r.uvarint();
          r.skip(r.uvarint());
        }
      }
      p.resolve(frame.subarray(r.pos));
    }
  }

  /** Sends a request encoded by the generated codec; resolves with the raw response body. */
  requestRaw(apiKey: number, version: number, request: object): Promise<Buffer> {
    const name = APIS.find((a) => a.apiKey === apiKey)!.name;
    const codec = CODECS[`${name}Request`];
    const w = new Writer();
    w.int32(0);
    w.int16(apiKey);
    w.int16(version);
    w.int32(this.correlationId++);
    w.nullableString('tributary-bench', false);
    const fm = flexibleMin(apiKey, 'request');
    if (fm >= 0 && version >= fm) w.uvarint(0);
    codec.encode(w, version, request);
    const frame = w.finishBuffer();
    frame.writeInt32BE(frame.length - 4, 0);
    return new Promise((resolve, reject) => {
      this.pending.push({ apiKey, version, resolve, reject });
      this.socket.write(frame);
    });
  }

  /** Sends a request and decodes the response with the generated codec. */
  async request<T>(apiKey: number, version: number, request: object): Promise<T> {
    const body = await this.requestRaw(apiKey, version, request);
    const name = APIS.find((a) => a.apiKey === apiKey)!.name;
    return CODECS[`${name}Response`].decode(new Reader(body), version) as T;
  }

  /** API keys the broker advertises (ApiVersions v0). */
  async apiKeys(): Promise<Set<number>> {
    const r = await this.request<{ apiKeys: { apiKey: number }[] }>(ApiKey.ApiVersions, 0, {});
    return new Set(r.apiKeys.map((k) => k.apiKey));
  }

  /** Closes the socket. */
  close(): void {
    this.socket.destroy();
  }
}
