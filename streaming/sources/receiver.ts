/**
 * Receiver: user code that brings data into a stream (Spark's Receiver).
 * onStart() must not block: it starts its own connections or timers and
 * calls store() as data arrives; onStop() releases them. restart(message)
 * stops the receiver and starts it again after a delay (2 s by default, as
 * Spark's spark.streaming.receiverRestartDelay); reportError() tells the
 * listeners. isStopped() lets loops end.
 *
 * ReceiverInputDStream: each batch takes everything stored since the
 * previous batch as one partition. Stored data lives in memory only: records
 * received but not yet in a completed batch are lost if the process dies
 * (Spark without its write-ahead log behaves the same).
 */
import { RDD } from '../rdd/rdd.js';
import { InputDStream } from '../dstream/input-dstream.js';
import type { Time } from '../dstream/dstream.js';
import type { StreamingContext } from '../context.js';

/** The base class of user-written receivers. */
export abstract class Receiver<T> {
  private sink: ReceiverInputDStream<T> | null = null;
  private stopped = true;
  private restartTimer: NodeJS.Timeout | null = null;
  /** Delay before a restart, ms. */
  restartDelayMs = 2000;

  /** Starts receiving; must return quickly. */
  abstract onStart(): void | Promise<void>;
  /** Stops receiving. */
  abstract onStop(): void | Promise<void>;

  /** Hands records to the stream (one record or an array of them). */
  store(data: T | T[]): void {
    if (!this.sink) throw new Error('Receiver.store called on a receiver that is not attached to a started stream');
    this.sink.push(data);
  }

  /** Whether the receiver is stopped (loops in onStart's workers should end). */
  isStopped(): boolean {
    return this.stopped;
  }

  /** Reports an error to the listeners without stopping. */
  reportError(message: string, error?: unknown): void {
    this.sink?.ssc.listenerBus.post('onReceiverError', { streamId: this.sink.id, message, error });
  }

  /** Stops and, after restartDelayMs, starts the receiver again. */
  restart(message: string, error?: unknown, delayMs = this.restartDelayMs): void {
    if (this.stopped) return;
    this.reportError(`Restarting receiver with delay ${delayMs} ms: ${message}`, error);
    this.stopped = true;
    void Promise.resolve(this.onStop()).catch(() => undefined);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      if (this.sink) void this.startWith(this.sink);
    }, delayMs);
  }

  /** Stops the receiver for good (from receiver code, e.g. on an unrecoverable error). */
  stop(message: string, error?: unknown): void {
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

/** A stream fed by a Receiver. */
export class ReceiverInputDStream<T> extends InputDStream<T> {
  private buffer: T[] = [];

  /** Creates the stream. */
  constructor(
    ssc: StreamingContext,
    readonly receiver: Receiver<T>,
  ) {
    super(ssc);
  }

  /** @internal called by Receiver.store. */
  push(data: T | T[]): void {
    if (Array.isArray(data)) for (const d of data) this.buffer.push(d);
    else this.buffer.push(data);
  }

  /** Starts the receiver. */
  override async start(): Promise<void> {
    await this.receiver.startWith(this);
  }

  /** Stops the receiver. */
  override async stop(): Promise<void> {
    await this.receiver.shutdown();
  }

  /** Stops receiving but keeps what was stored (graceful stop). */
  async stopReceiving(): Promise<void> {
    await this.receiver.shutdown();
  }

  /** Whether stored records wait for a batch. */
  override hasPendingData(): boolean {
    return this.buffer.length > 0;
  }

  protected compute(time: Time): RDD<T> {
    const data = this.buffer;
    this.buffer = [];
    this.reportRecords(time, data.length);
    return RDD.fromPartitions([data]);
  }
}
