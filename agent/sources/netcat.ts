/**
 * Netcat source (`netcat`, org.apache.flume.source.NetcatSource): listens on
 * `bind`:`port` (both required) and turns every line a client sends into an
 * event whose body is the line without its `\n` (a `\r` before it stays, as
 * in Flume, so lines from telnet end in 0D). With ack-every-event (default
 * true) each event is answered `OK\n` once its channels committed it; a line
 * longer than max-line-length (512 bytes including the newline) is answered
 * `FAILED: Event exceeds the maximum length (512 chars, including newline)\n`
 * (whatever ack-every-event says) and dropped.
 *
 * Lines that arrive together are committed as one batch (up to batchSize,
 * default 100). While the channels refuse a batch the connection is paused
 * (the client's writes back up) and the batch is retried; Flume drops the
 * event instead.
 */
import net from 'node:net';
import type { ComponentContext } from '../config/context.js';
import type { FlumeEvent } from '../event.js';
import { BaseSource, type SourceDeps } from './source.js';
import { LineSplitter, listenHost } from './line-splitter.js';

/** Flume's netcat source. */
export class NetcatSource extends BaseSource {
  readonly batchSize: number;
  private readonly bind: string;
  private readonly port: number;
  private readonly maxLineLength: number;
  private readonly ack: boolean;
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();

  /** Reads bind, port, max-line-length, ack-every-event and batchSize. */
  constructor(ctx: ComponentContext, deps: SourceDeps) {
    super(deps, 'NetcatSource');
    this.bind = ctx.required('bind', 'the address to listen on');
    this.port = ctx.int('port', -1, { min: 0, max: 65535 });
    if (this.port < 0) throw ctx.error('port', 'is required (the port to listen on)');
    this.maxLineLength = ctx.int('max-line-length', 512, { min: 1 });
    this.ack = ctx.bool('ack-every-event', true);
    this.batchSize = ctx.int('batchSize', this.fitBatch(100), { min: 1 });
    ctx.accept('encoding');
  }

  /** The port listened on (useful with port 0). */
  get boundPort(): number {
    return (this.server?.address() as net.AddressInfo | null)?.port ?? this.port;
  }

  protected async doStart(): Promise<void> {
    // Half-open: a client that closes its side after sending still gets its OK lines.
    const server = net.createServer({ allowHalfOpen: true }, (s) => this.serve(s));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, listenHost(this.bind), () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.logger.info(`Created serverSocket: ${this.bind}:${this.boundPort}`);
  }

  protected async doStop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((r) => server.close(() => r()));
  }

  private serve(socket: net.Socket): void {
    this.sockets.add(socket);
    this.counters.openConnectionCount = this.sockets.size;
    const pending: FlumeEvent[] = [];
    /** Replies owed, in order: true = OK after commit, string = an immediate failure line. */
    const replies: (true | string)[] = [];
    let busy = false;
    let ended = false;
    const splitter = new LineSplitter(
      {
        line: (body) => {
          pending.push({ headers: {}, body });
          replies.push(true);
        },
        tooLong: () => replies.push(`FAILED: Event exceeds the maximum length (${this.maxLineLength} chars, including newline)\n`),
      },
      false,
      this.maxLineLength,
    );
    const drain = async (): Promise<void> => {
      if (busy) return;
      busy = true;
      socket.pause();
      try {
        while (replies.length > 0 && !this.stopped) {
          // Failure lines before the next batch are answered at once, in order.
          while (typeof replies[0] === 'string') socket.write(replies.shift() as string);
          if (pending.length === 0) break;
          const n = Math.min(pending.length, this.batchSize);
          const batch = pending.splice(0, n);
          if (!(await this.deliver(batch))) return;
          let out = '';
          for (let acked = 0; acked < n;) {
            const r = replies.shift();
            if (r === true) {
              acked++;
              out += 'OK\n';
            } else if (r !== undefined) out += r;
          }
          if (!this.ack) out = out.replaceAll('OK\n', '');
          if (out && !socket.destroyed) socket.write(out);
        }
      } finally {
        busy = false;
        if (!socket.destroyed) {
          if (ended) socket.end();
          else socket.resume();
        }
      }
    };
    socket.on('data', (chunk: Buffer) => {
      splitter.push(chunk);
      if (replies.length > 0) void drain();
    });
    socket.on('end', () => {
      ended = true;
      splitter.end();
      if (replies.length > 0) void drain();
      else if (!busy) socket.end();
    });
    socket.on('error', (err) => this.logger.debug(`connection ${socket.remoteAddress}:${socket.remotePort}: ${err.message}`));
    socket.on('close', () => {
      this.sockets.delete(socket);
      this.counters.openConnectionCount = this.sockets.size;
    });
  }
}
