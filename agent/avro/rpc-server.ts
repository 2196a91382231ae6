/**
 * AvroRpcServer: the server side of Flume's Avro RPC (netty-frame.ts, ipc.ts,
 * flume-protocol.ts) on a TCP port, what the avro source runs. Any client
 * that speaks it works: Flume's avro sink and `flume-ng avro-client`, the
 * Flume client SDK, ours.
 *
 * Per connection: the first frame carries a handshake. A client whose
 * protocol we have not seen and that sent no protocol text gets NONE (plus
 * our protocol) and must resend; a compatible client protocol (append and
 * appendBatch with our encodings) gets BOTH when the client guessed our hash,
 * else CLIENT with our protocol and hash. Calls on a connection are served
 * one at a time in arrival order (the socket is paused meanwhile, which is
 * the push-back on a fast sender); the response carries the request's serial.
 *
 * compression deflate: the whole stream in each direction is a zlib stream,
 * flushed after every frame (Netty's ZlibEncoder/ZlibDecoder, Flume's
 * compression-type = deflate); both ends must agree.
 */
import net from 'node:net';
import zlib from 'node:zlib';
import type { FlumeEvent } from '../event.js';
import { FrameDecoder, encodeFrame } from './netty-frame.js';
import {
  HANDSHAKE_REQUEST,
  HANDSHAKE_RESPONSE,
  decodeAt,
  decodeCallHead,
  encodeErrorResponse,
  encodeResponse,
  type HandshakeRequest,
  type HandshakeResponse,
} from './ipc.js';
import {
  EVENT_ARRAY_TYPE,
  EVENT_TYPE,
  PROTOCOL_HASH,
  PROTOCOL_TEXT,
  STATUS_TYPE,
  compatibleProtocol,
  type Status,
} from './flume-protocol.js';

/** What the server calls for each append or appendBatch. */
export type AppendHandler = (events: FlumeEvent[], message: 'append' | 'appendBatch') => Promise<Status>;

/** Options of the server. */
export interface AvroRpcServerOptions {
  host: string;
  port: number;
  compression?: 'none' | 'deflate';
  /** Called once per connection and on close, with the number of open connections. */
  onConnections?: (open: number) => void;
  /** Logs a problem with one connection (it is closed). */
  onError?: (message: string) => void;
}

/** A running Avro RPC server. */
export class AvroRpcServer {
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  /** Client protocol hashes (hex) known to be compatible. */
  private readonly knownClients = new Set<string>([PROTOCOL_HASH.toString('hex')]);

  private constructor(
    private readonly options: AvroRpcServerOptions,
    private readonly handler: AppendHandler,
  ) {
    this.server = net.createServer((s) => this.serve(s));
  }

  /** Starts listening. */
  static async start(options: AvroRpcServerOptions, handler: AppendHandler): Promise<AvroRpcServer> {
    const s = new AvroRpcServer(options, handler);
    await new Promise<void>((resolve, reject) => {
      s.server.once('error', reject);
      s.server.listen(options.port, options.host, () => {
        s.server.off('error', reject);
        resolve();
      });
    });
    return s;
  }

  /** The port listened on. */
  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  /** Closes every connection and stops listening. */
  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private handshake(req: HandshakeRequest): HandshakeResponse {
    const hex = req.clientHash.toString('hex');
    let known = this.knownClients.has(hex);
    if (!known && req.clientProtocol !== null) {
      known = compatibleProtocol(req.clientProtocol);
      if (known) this.knownClients.add(hex);
    }
    const hashOk = req.serverHash.equals(PROTOCOL_HASH);
    if (!known) return { match: 'NONE', serverProtocol: PROTOCOL_TEXT, serverHash: PROTOCOL_HASH, meta: null };
    if (hashOk) return { match: 'BOTH', serverProtocol: null, serverHash: null, meta: null };
    return { match: 'CLIENT', serverProtocol: PROTOCOL_TEXT, serverHash: PROTOCOL_HASH, meta: null };
  }

  private async call(payload: Buffer, offset: number): Promise<Buffer> {
    let head: { message: string; offset: number };
    try {
      head = decodeCallHead(payload, offset);
    } catch (err) {
      return encodeErrorResponse(`bad request: ${(err as Error).message}`);
    }
    let events: FlumeEvent[];
    if (head.message === '') return encodeResponse(Buffer.alloc(0));
    try {
      if (head.message === 'append') events = [decodeAt<FlumeEvent>(EVENT_TYPE, payload, head.offset, 'event').value];
      else if (head.message === 'appendBatch') events = decodeAt<FlumeEvent[]>(EVENT_ARRAY_TYPE, payload, head.offset, 'events').value;
      else return encodeErrorResponse(`unknown message '${head.message}' (this server has append and appendBatch)`);
    } catch (err) {
      return encodeErrorResponse(`bad ${head.message} request: ${(err as Error).message}`);
    }
    let status: Status;
    try {
      status = await this.handler(events, head.message);
    } catch (err) {
      return encodeErrorResponse((err as Error).message);
    }
    return encodeResponse(STATUS_TYPE.toBuffer(status));
  }

  private serve(socket: net.Socket): void {
    this.sockets.add(socket);
    this.options.onConnections?.(this.sockets.size);
    const deflate = this.options.compression === 'deflate';
    const inflater = deflate ? zlib.createInflate() : null;
    const deflater = deflate ? zlib.createDeflate({ level: 6 }) : null;
    if (deflater) deflater.pipe(socket);
    const send = (frame: Buffer): void => {
      if (deflater) {
        deflater.write(frame);
        deflater.flush(zlib.constants.Z_SYNC_FLUSH);
      } else socket.write(frame);
    };
    const queue: { serial: number; payload: Buffer }[] = [];
    let connected = false;
    let busy = false;
    const fail = (message: string): void => {
      this.options.onError?.(`${socket.remoteAddress}:${socket.remotePort}: ${message}`);
      socket.destroy();
    };
    const work = async (): Promise<void> => {
      if (busy) return;
      busy = true;
      socket.pause();
      try {
        while (queue.length > 0 && !socket.destroyed) {
          const { serial, payload } = queue.shift()!;
          let offset = 0;
          const parts: Buffer[] = [];
          if (!connected) {
            let hs: HandshakeResponse;
            try {
              const r = decodeAt<HandshakeRequest>(HANDSHAKE_REQUEST, payload, 0, 'handshake');
              hs = this.handshake(r.value);
              offset = r.offset;
            } catch (err) {
              return fail(`bad handshake: ${(err as Error).message}`);
            }
            parts.push(HANDSHAKE_RESPONSE.toBuffer(hs));
            if (hs.match === 'NONE') {
              send(encodeFrame(serial, parts[0]));
              continue;
            }
            connected = true;
          }
          parts.push(await this.call(payload, offset));
          if (!socket.destroyed) send(encodeFrame(serial, Buffer.concat(parts)));
        }
      } finally {
        busy = false;
        if (!socket.destroyed) socket.resume();
      }
    };
    const decoder = new FrameDecoder((serial, payload) => {
      queue.push({ serial, payload });
      void work();
    });
    const onBytes = (chunk: Buffer): void => {
      try {
        decoder.push(chunk);
      } catch (err) {
        fail((err as Error).message);
      }
    };
    if (inflater) {
      socket.pipe(inflater);
      inflater.on('data', onBytes);
      inflater.on('error', (err) => fail(`bad deflate stream: ${err.message}`));
    } else socket.on('data', onBytes);
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.sockets.delete(socket);
      this.options.onConnections?.(this.sockets.size);
      deflater?.destroy();
      inflater?.destroy();
    });
  }
}
