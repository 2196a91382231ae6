/**
 * A tiny Kafka client for protocol-level integration tests, built on the
 * generated codecs: connect, send a request (request header v1, or v2 for
 * flexible versions), read the response (header v0, or v1 for flexible
 * versions except ApiVersions), and match it to its correlation id.
 *
 * Requests may be pipelined; the broker answers in order. `sendFrame` writes
 * arbitrary bytes (garbage, oversized frames) and `closed` resolves when the
 * broker drops the connection.
 *
 * Why not client/'s Connection: that one negotiates versions
 * (ApiVersions first) and sends only versions both sides support; these
 * tests send exact, unsupported and malformed requests on a fresh
 * connection. The header framing is shared (client/frame.ts).
 */
import net from 'node:net';
import { Reader } from '../../protocol/reader.js';
import { Writer } from '../../protocol/writer.js';
import { APIS, ApiKey } from '../../protocol/generated/api-keys.js';
import { CODECS } from '../../protocol/generated/codecs.js';
import { decodeRecordBatches, encodeRecordBatch, type DecodedRecord, type EncodeBatchOptions } from '../../protocol/record-codec.js';
import { skipResponseHeaderTags, writeRequestHeader } from '../../client/frame.js';

/** API names as the codecs know them ("Produce", "Fetch", ...). */
export type ApiName = keyof typeof ApiKey;

interface Pending {
  correlationId: number;
  apiKey: number;
  version: number;
  resolve: (body: Buffer) => void;
  reject: (err: Error) => void;
}

function apiInfo(apiKey: number): (typeof APIS)[number] {
  const a = APIS.find((x) => x.apiKey === apiKey);
  if (!a) throw new Error(`unknown API key ${apiKey}`);
  return a;
}

/** One raw connection to a broker. */
export class RawClient {
  private buffered: Buffer = Buffer.alloc(0);
  private readonly pending: Pending[] = [];
  private nextCorrelationId = 1;
  /** Resolves when the connection is closed (by either side). */
  readonly closed: Promise<void>;
  isClosed = false;

  private constructor(private readonly socket: net.Socket) {
    this.closed = new Promise((resolve) => {
      socket.once('close', () => {
        this.isClosed = true;
        for (const p of this.pending.splice(0)) p.reject(new Error('connection closed'));
        resolve();
      });
    });
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
  }

  /** Opens a connection to 127.0.0.1:port. */
  static connect(port: number, host = '127.0.0.1'): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const s = net.connect({ port, host }, () => {
        s.off('error', reject);
        resolve(new RawClient(s));
      });
      s.once('error', reject);
    });
  }

  private onData(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    while (this.buffered.length >= 4) {
      const size = this.buffered.readInt32BE(0);
      if (this.buffered.length < 4 + size) return;
      const frame = this.buffered.subarray(4, 4 + size);
      this.buffered = this.buffered.subarray(4 + size);
      const correlationId = frame.readInt32BE(0);
      const p = this.pending.shift();
      if (!p) throw new Error(`unexpected response with correlation id ${correlationId}`);
      if (p.correlationId !== correlationId) {
        p.reject(new Error(`correlation id ${correlationId}, expected ${p.correlationId}`));
        continue;
      }
      const r = new Reader(frame, 4);
      skipResponseHeaderTags(r, p.apiKey, p.version);
      p.resolve(frame.subarray(r.pos));
    }
  }

  /** Encodes a request frame (size, header, body) without sending it. */
  encodeRequest(
    apiKey: number,
    version: number,
    body: (w: Writer) => void,
    correlationId: number,
    clientId: string | null = 'raw-client',
  ): Buffer {
    apiInfo(apiKey); // refuses an unknown API key
    const w = new Writer();
    w.int32(0);
    writeRequestHeader(w, apiKey, version, correlationId, clientId);
    body(w);
    const buf = w.finishBuffer();
    buf.writeInt32BE(buf.length - 4, 0);
    return buf;
  }

  /**
   * Sends a request whose body `body` writes; resolves with the response body
   * bytes (after the response header). With `expectResponse` false (Produce
   * acks=0) resolves at once with an empty buffer.
   */
  sendRawRequest(apiKey: number, version: number, body: (w: Writer) => void, expectResponse = true): Promise<Buffer> {
    const correlationId = this.nextCorrelationId++;
    const frame = this.encodeRequest(apiKey, version, body, correlationId);
    if (!expectResponse) {
      this.socket.write(frame);
      return Promise.resolve(Buffer.alloc(0));
    }
    return new Promise((resolve, reject) => {
      this.pending.push({ correlationId, apiKey, version, resolve, reject });
      this.socket.write(frame);
    });
  }

  /** Sends `api` v`version` with `request` (missing fields default) and decodes the response. */
  async send<T = any>(api: ApiName, version: number, request: object, expectResponse = true): Promise<T> {
    const apiKey = ApiKey[api];
    const req = CODECS[`${api}Request`];
    const resp = CODECS[`${api}Response`];
    if (!req || !resp) throw new Error(`no codec for ${api}`);
    const body = await this.sendRawRequest(apiKey, version, (w) => req.encode(w, version, request), expectResponse);
    if (!expectResponse) return undefined as T;
    const r = new Reader(body);
    // KIP-511: UNSUPPORTED_VERSION (35) comes with a v0 body whatever was asked.
    const decodeVersion = api === 'ApiVersions' && body.readInt16BE(0) === 35 ? 0 : version;
    return resp.decode(r, decodeVersion) as T;
  }

  /** Writes raw bytes to the socket (for garbage and oversized frames). */
  sendFrame(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  /** Closes the connection. */
  close(): void {
    this.socket.destroy();
  }
}

/** Produce v9 with one batch per partition; resolves with the decoded response. */
export function produce(
  c: RawClient,
  topic: string,
  partition: number,
  batch: Buffer,
  acks = -1,
  version = 9,
): Promise<{
  responses: {
    name: string;
    partitionResponses: {
      index: number;
      errorCode: number;
      baseOffset: number;
      logAppendTimeMs: number;
      logStartOffset: number;
      errorMessage: string | null;
    }[];
  }[];
}> {
  // acks=0 gets no response: resolves at once with undefined.
  return c.send(
    'Produce',
    version,
    { acks, timeoutMs: 10_000, topicData: [{ name: topic, partitionData: [{ index: partition, records: batch }] }] },
    acks !== 0,
  );
}

/** Builds a batch of `values` (strings), keys "k<i>" unless given. */
export function batchOf(values: string[], opts: Omit<EncodeBatchOptions, 'records'> = {}): Buffer {
  return encodeRecordBatch({ ...opts, records: values.map((v, i) => ({ key: `k${i}`, value: v })) });
}

/** Result of fetching one partition. */
export interface FetchedPartition {
  errorCode: number;
  highWatermark: number;
  logStartOffset: number;
  records: Buffer | null;
}

/** Fetch v11 of one partition (session id 0, full request). */
export async function fetchPartition(
  c: RawClient,
  topic: string,
  partition: number,
  fetchOffset: number,
  opts: { maxWaitMs?: number; minBytes?: number; maxBytes?: number; partitionMaxBytes?: number; version?: number } = {},
): Promise<FetchedPartition> {
  const r = await c.send('Fetch', opts.version ?? 11, {
    replicaId: -1,
    maxWaitMs: opts.maxWaitMs ?? 0,
    minBytes: opts.minBytes ?? 1,
    maxBytes: opts.maxBytes ?? 64 << 20,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        topic,
        partitions: [
          { partition, fetchOffset, partitionMaxBytes: opts.partitionMaxBytes ?? 16 << 20, currentLeaderEpoch: -1, logStartOffset: -1 },
        ],
      },
    ],
    forgottenTopicsData: [],
    rackId: '',
  });
  if (r.errorCode !== 0) return { errorCode: r.errorCode, highWatermark: -1, logStartOffset: -1, records: null };
  return r.responses[0].partitions[0];
}

/** Reads every record of a partition from `from` up to the high watermark, via Fetch. */
export async function readAll(c: RawClient, topic: string, partition: number, from = 0): Promise<DecodedRecord[]> {
  const out: DecodedRecord[] = [];
  let offset = from;
  for (;;) {
    const p = await fetchPartition(c, topic, partition, offset);
    if (p.errorCode !== 0) throw new Error(`fetch ${topic}-${partition}@${offset}: error ${p.errorCode}`);
    const batches = p.records ? decodeRecordBatches(p.records) : [];
    for (const b of batches) {
      for (const rec of b.records) if (rec.offset >= offset) out.push(rec);
      offset = Math.max(offset, b.lastOffset + 1);
    }
    if (offset >= p.highWatermark || batches.length === 0) return out;
  }
}
