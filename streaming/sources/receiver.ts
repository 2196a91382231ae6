/**
 * Receiver: user code that brings data into a stream (Spark's Receiver).
 * onStart() must not block: it starts its own connections or timers and
 * calls store() as data arrives; onStop() releases them. restart(message)
 * stops the receiver and starts it again after a delay (conf
 * spark.streaming.receiverRestartDelay, 2000 ms by default, as in Spark);
 * reportError() tells the listeners. isStopped() lets loops end.
 *
 * Restarts are logged on stderr, one line each, as Spark's receiver
 * supervisor logs them ("WARN Receiver 0 (SocketReceiver): Restarting
 * receiver with delay 2000 ms: Error connecting to localhost:9999: connect
 * ECONNREFUSED ..."). A receiver that keeps failing the same way is logged
 * at restarts 1, 10, 100, ... (so a source that is down for an hour does not
 * fill the log), and once it works again (reportRecovered, or the first
 * store()) that is logged too.
 *
 * store() returns false when the stream holds more than it will hand to
 * the next two batches (spark.streaming.receiver.maxRate): a receiver that
 * can should then pause its source until onDrain() is called (Spark's
 * store() blocks the receiving thread instead). The stream is in
 * receiver-input-dstream.ts.
 */
import type { ReceiverInputDStream } from './receiver-input-dstream.js';

export { ReceiverInputDStream } from './receiver-input-dstream.js';

/** Writes one log line of a receiver to stderr. */
function log(level: 'INFO' | 'WARN', receiver: Receiver<unknown>, streamId: number | undefined, text: string): void {
  process.stderr.write(`${level} Receiver ${streamId ?? '?'} (${receiver.constructor.name}): ${text}\n`);
}

/** The message of an error for a log line (the cause's, when a wrapper only adds an address). */
function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return error === undefined ? '' : String(error);
}

function isPowerOfTen(n: number): boolean {
  while (n >= 10 && n % 10 === 0) n /= 10;
  return n === 1;
}

/** The base class of user-written receivers. */
export abstract class Receiver<T> {
  private sink: ReceiverInputDStream<T> | null = null;
  private stopped = true;
  private restartTimer: NodeJS.Timeout | null = null;
  /** Restarts since the receiver last stored data, and the message of the last one logged. */
  private failedRestarts = 0;
  private lastLogged = '';
  /** Delay before a restart, ms; default conf spark.streaming.receiverRestartDelay, else 2000. */
  restartDelayMs: number | undefined;

  /** Starts receiving; must return quickly. */
  abstract onStart(): void | Promise<void>;
  /** Stops receiving. */
  abstract onStop(): void | Promise<void>;

  /**
   * Hands records to the stream (one record or an array of them). With the
   * write-ahead log on, they are in the log when store() returns (one write
   * per call: store arrays rather than single records). Returns false when
   * the source should pause until onDrain() (see the header).
   */
  store(data: T | T[]): boolean {
    if (!this.sink) throw new Error('Receiver.store called on a receiver that is not attached to a started stream');
    const more = this.sink.push(data);
    if (this.failedRestarts > 0) this.reportRecovered('receiving data again');
    return more;
  }

  /** Called when a receiver that was told to pause (store() returned false) may go on. */
  onDrain?(): void;

  /**
   * Tells that the receiver works again (e.g. it connected): logged once
   * after restarts, with how many there were; nothing when there were none.
   */
  reportRecovered(text: string): void {
    if (this.failedRestarts === 0) return;
    this.logInfo(`${text} after ${this.failedRestarts} restart(s)`);
    this.failedRestarts = 0;
    this.lastLogged = '';
  }

  /** Logs an INFO line on stderr, prefixed with the stream id and the receiver's class. */
  logInfo(text: string): void {
    log('INFO', this, this.sink?.id, text);
  }

  /** Logs a WARN line on stderr, prefixed with the stream id and the receiver's class. */
  logWarning(text: string): void {
    log('WARN', this, this.sink?.id, text);
  }

  /** The delay before a restart: restartDelayMs, else the context's conf, else 2000 ms. */
  private restartDelay(): number {
    return this.restartDelayMs ?? this.sink?.ssc.confNumber('spark.streaming.receiverRestartDelay') ?? 2000;
  }

  /** Whether the receiver is stopped (loops in onStart's workers should end). */
  isStopped(): boolean {
    return this.stopped;
  }

  /** Reports an error to the listeners without stopping. */
  reportError(message: string, error?: unknown): void {
    this.sink?.ssc.listenerBus.post('onReceiverError', { streamId: this.sink.id, message, error });
  }

  /** Stops and, after the restart delay, starts the receiver again. */
  restart(message: string, error?: unknown, delayMs = this.restartDelay()): void {
    if (this.stopped) return;
    const cause = errorText(error);
    const line = `Restarting receiver with delay ${delayMs} ms: ${message}${cause ? `: ${cause}` : ''}`;
    this.failedRestarts++;
    // Log the first restart of a kind, then restarts 10, 100, ... of the same kind.
    if (line !== this.lastLogged || isPowerOfTen(this.failedRestarts)) {
      this.logWarning(line === this.lastLogged ? `${line} (restart ${this.failedRestarts})` : line);
      this.lastLogged = line;
    }
    this.reportError(line, error);
    this.stopped = true;
    void Promise.resolve(this.onStop()).catch(() => undefined);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      if (this.sink) void this.startWith(this.sink);
    }, delayMs);
  }

  /** Stops the receiver for good (from receiver code, e.g. on an unrecoverable error). */
  stop(message: string, error?: unknown): void {
    const cause = errorText(error);
    this.logWarning(`Stopped receiver: ${message}${cause ? `: ${cause}` : ''}`);
    this.reportError(`Stopped receiver: ${message}`, error);
    void this.shutdown();
  }

  /** @internal starts with the stream that receives the data. */
  async startWith(sink: ReceiverInputDStream<T>): Promise<void> {
    this.sink = sink;
    this.stopped = false;
    try {
      await this.onStart();
    } catch (err) {
      this.restart(`error starting receiver: ${(err as Error).message}`, err);
    }
  }

  /** @internal stops for good. */
  async shutdown(): Promise<void> {
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
    if (this.stopped) return;
    this.stopped = true;
    await this.onStop();
  }
}
