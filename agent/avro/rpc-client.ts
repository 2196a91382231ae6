/**
 * AvroRpcClient: the client side of Flume's Avro RPC (what the avro sink and
 * `flume-ng avro-client` use): one TCP connection, Netty framing, the Avro
 * handshake in front of the first call (always with our protocol text, so a
 * server never has to answer NONE), then append/appendBatch calls one at a
 * time. A call that gets no answer within requestTimeoutMs fails and closes
 * the connection (its events are then in doubt: the sink retries them, so a
 * receiving agent may see them twice, as with Flume).
 */
import net from 'node:net';
import zlib from 'node:zlib';
import type { FlumeEvent } from '../event.js';
import { FrameDecoder, encodeFrame } from './netty-frame.js';
import { HANDSHAKE_REQUEST, HANDSHAKE_RESPONSE, decodeAt, decodeResponseHead, encodeCall, type HandshakeResponse } from './ipc.js';
import { EVENT_ARRAY_TYPE, EVENT_TYPE, PROTOCOL_HASH, PROTOCOL_TEXT, STATUS_TYPE, type Status } from './flume-protocol.js';

/** Options of a client. */
export interface AvroRpcClientOptions {
  host: string;
  port: number;
  connectTimeoutMs?: number;
  requestTimeoutMs?: number;
  compression?: 'none' | 'deflate';
  compressionLevel?: number;
}

interface Pending {
  handshake: boolean;
  resolve: (s: Status) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/** A connection to an Avro source. */
export class AvroRpcClient {
  private serial = 0;
  private connected = false;
  private serverHash: Buffer = PROTOCOL_HASH;
  private readonly pending = new Map<number, Pending>();
  private chain: Promise<unknown> = Promise.resolve();
  private closedError: Error | null = null;
  private readonly deflater: zlib.Deflate | null;

  private constructor(
    private readonly socket: net.Socket,
    private readonly options: AvroRpcClientOptions,
  ) {
    const decoder = new FrameDecoder((serial, payload) => this.onFrame(serial, payload));
    const onBytes = (c: Buffer): void => {
      try {
        decoder.push(c);
      } catch (err) {
        this.fail(err as Error);
      }
    };
    if (options.compression === 'deflate') {
      this.deflater = zlib.createDeflate({ level: options.compressionLevel ?? 6 });
      this.deflater.pipe(socket);
      const inflater = zlib.createInflate();
      socket.pipe(inflater);
      inflater.on('data', onBytes);
      inflater.on('error', (err) => this.fail(err));
    } else {
      this.deflater = null;
      socket.on('data', onBytes);
    }
    socket.on('error', (err) => this.fail(err));
    socket.on('close', () => this.fail(new Error(`connection to ${options.host}:${options.port} closed`)));
  }

  /** Connects (rejects after connectTimeoutMs, default 20000). */
  static connect(options: AvroRpcClientOptions): Promise<AvroRpcClient> {
    const timeout = options.connectTimeoutMs ?? 20_000;
    return new Promise((resolve, reject) => {
      const s = net.connect({ host: options.host, port: options.port });
      const timer = setTimeout(() => {
        s.destroy();
        reject(new Error(`connect to ${options.host}:${options.port} timed out after ${timeout} ms`));
      }, timeout);
      s.once('connect', () => {
        clearTimeout(timer);
        s.removeAllListeners('error');
        s.setNoDelay(true);
        resolve(new AvroRpcClient(s, options));
      });
      s.once('error', (err) => {
        clearTimeout(timer);
        reject(new Error(`connect to ${options.host}:${options.port}: ${err.message}`));
      });
    });
  }

  /** Whether the connection is gone. */
  get isClosed(): boolean {
    return this.closedError !== null;
  }

  /** Sends `events` with appendBatch; resolves with the server's Status. */
  appendBatch(events: readonly FlumeEvent[]): Promise<Status> {
    return this.call('appendBatch', EVENT_ARRAY_TYPE.toBuffer(events));
  }

  /** Sends one event with append. */
  append(event: FlumeEvent): Promise<Status> {
    return this.call('append', EVENT_TYPE.toBuffer(event));
  }

  /** Closes the connection; calls in flight fail. */
  close(): void {
    this.socket.destroy();
    this.fail(new Error('client closed'));
  }

  private call(message: string, params: Buffer): Promise<Status> {
    const run = (): Promise<Status> =>
      new Promise<Status>((resolve, reject) => {
        if (this.closedError) return reject(this.closedError);
        const serial = this.serial++;
        const handshake = !this.connected;
        const parts: Buffer[] = [];
        if (handshake)
          parts.push(
            HANDSHAKE_REQUEST.toBuffer({
              clientHash: PROTOCOL_HASH,
              clientProtocol: PROTOCOL_TEXT,
              serverHash: this.serverHash,
              meta: null,
            }),
          );
        parts.push(encodeCall(message, params));
        const timeout = this.options.requestTimeoutMs ?? 20_000;
        const timer = setTimeout(() => {
          const err = new Error(`no answer from ${this.options.host}:${this.options.port} within ${timeout} ms`);
          this.socket.destroy();
          this.fail(err);
        }, timeout);
        this.pending.set(serial, { handshake, resolve, reject, timer });
        const frame = encodeFrame(serial, Buffer.concat(parts));
        if (this.deflater) {
          this.deflater.write(frame);
          this.deflater.flush(zlib.constants.Z_SYNC_FLUSH);
        } else this.socket.write(frame);
      });
    const p = this.chain.then(run, run);
    this.chain = p.catch(() => undefined);
    return p;
  }

  private onFrame(serial: number, payload: Buffer): void {
    const p = this.pending.get(serial);
    if (!p) return;
    this.pending.delete(serial);
    clearTimeout(p.timer);
    try {
      let offset = 0;
      if (p.handshake) {
        const hs = decodeAt<HandshakeResponse>(HANDSHAKE_RESPONSE, payload, 0, 'handshake response');
        offset = hs.offset;
        if (hs.value.match === 'NONE')
          throw new Error('the server does not accept our protocol (handshake NONE): is it a Flume avro source?');
        if (hs.value.serverHash) this.serverHash = hs.value.serverHash;
        this.connected = true;
      }
      const start = decodeResponseHead(payload, offset);
      p.resolve(decodeAt<Status>(STATUS_TYPE, payload, start, 'status').value);
    } catch (err) {
      p.reject(err as Error);
    }
  }

  private fail(err: Error): void {
    this.closedError ??= err;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
  }
}
