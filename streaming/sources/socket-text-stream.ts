/**
 * socketTextStream(host, port): a receiver that connects to a TCP server
 * (e.g. `nc -lk 9999`) and stores each line (UTF-8, without the newline).
 * When the connection cannot be made or the server closes it, the receiver
 * restarts after its restart delay, as Spark's SocketReceiver does; each
 * restart is logged (receiver.ts) and so is the connection that follows.
 * Under spark.streaming.receiver.maxRate the socket is paused while more
 * than two batches' worth of lines wait, so the sender is slowed by TCP.
 */
import net from 'node:net';
import { Receiver } from './receiver.js';

/** Lines from a TCP socket. */
export class SocketReceiver extends Receiver<string> {
  private socket: net.Socket | null = null;

  /** Creates the receiver for host:port. */
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super();
  }

  /** Connects and starts storing lines. */
  onStart(): void {
    let rest = '';
    const s = net.connect({ host: this.host, port: this.port });
    this.socket = s;
    s.setEncoding('utf8');
    s.on('connect', () => this.reportRecovered(`Connected to ${this.host}:${this.port}`));
    s.on('data', (chunk: string) => {
      const text = rest + chunk;
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      const out: string[] = [];
      for (const l of lines) out.push(l.endsWith('\r') ? l.slice(0, -1) : l);
      // Over spark.streaming.receiver.maxRate: stop reading (TCP pushes back on the sender) until onDrain.
      if (out.length > 0 && !this.store(out)) s.pause();
    });
    s.on('error', (err) => {
      if (!this.isStopped()) this.restart(`Error connecting to ${this.host}:${this.port}`, err);
    });
    s.on('end', () => {
      if (rest.length > 0) this.store(rest);
      rest = '';
      if (!this.isStopped()) this.restart('Socket data stream had no more data');
    });
  }

  /** Reads again after a pause for the rate limit. */
  override onDrain(): void {
    this.socket?.resume();
  }

  /** Closes the socket. */
  onStop(): void {
    this.socket?.destroy();
    this.socket = null;
  }
}
