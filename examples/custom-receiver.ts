/**
 * CustomReceiver: a user-written Receiver (Spark's CustomReceiver example):
 * it connects to a TCP server, stores every line, and asks to be restarted
 * when the connection fails or ends. The stream counts words per batch.
 *
 *   nc -lk 9999
 *   node dist/examples/custom-receiver.js localhost 9999
 *
 * With nothing listening, the receiver logs one line ("WARN Receiver 0
 * (LineReceiver): Restarting receiver with delay 2000 ms: Error connecting to
 * localhost:9999: connect ECONNREFUSED ...") and tries again every 2 seconds
 * (repeats are logged at restarts 10, 100, ...); once `nc` runs it connects
 * and the counts appear.
 */
import net from 'node:net';
import readline from 'node:readline';
import { StreamingContext, Receiver } from '../streaming/index.js';
import { batchMs, stopOnSignals, words } from './common.js';

/** Lines of a TCP connection. */
class LineReceiver extends Receiver<string> {
  private socket: net.Socket | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {
    super();
  }

  onStart(): void {
    const socket = net.connect({ host: this.host, port: this.port });
    this.socket = socket;
    const lines = readline.createInterface({ input: socket });
    // readline re-emits the socket's errors (ECONNREFUSED, ECONNRESET, ...) on
    // the interface: an interface without an 'error' listener would crash the process.
    lines.on('error', (err) => {
      if (this.socket === socket) this.restart(`Error connecting to ${this.host}:${this.port}`, err);
    });
    lines.on('line', (line) => this.store(line));
    socket.on('end', () => {
      if (this.socket === socket) this.restart('Trying to connect again');
    });
  }

  onStop(): void {
    this.socket?.destroy();
    this.socket = null;
  }
}

const [host = 'localhost', port = '9999'] = process.argv.slice(2);
const ssc = new StreamingContext(batchMs(1000), { appName: 'CustomReceiver' });
const lines = ssc.receiverStream(new LineReceiver(host, Number(port)));
lines
  .flatMap(words)
  .map((w): [string, number] => [w, 1])
  .reduceByKey((a, b) => a + b)
  .print();
stopOnSignals(ssc);
await ssc.start();
await ssc.awaitTermination();
