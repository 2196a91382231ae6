/**
 * The memory channel (`memory`, org.apache.flume.channel.MemoryChannel):
 * events in a queue in the agent's memory. Fast, and lost when the process
 * dies; use the file channel when that matters.
 *
 * Properties (Flume's): capacity (100; events held at most), transactionCapacity
 * (100; events one transaction may put or take), keep-alive (3 seconds a put
 * commit waits for room before ChannelFullError), byteCapacity (bytes of
 * event bodies held at most; default 80% of the heap limit) and
 * byteCapacityBufferPercentage (20: that share of byteCapacity is kept free
 * for headers, which are not counted).
 *
 * Room is accounted as Flume does: a taken event keeps its slot until its
 * take commits (so a rollback always has room to put it back), and a commit
 * needs room for its puts minus its takes.
 */
import v8 from 'node:v8';
import { Signal, type Channel, type ChannelTransaction } from '../channel.js';
import type { ComponentContext } from '../config/context.js';
import { ChannelError, ChannelFullError } from '../errors.js';
import type { FlumeEvent } from '../event.js';
import { ChannelCounter } from '../metrics/counters.js';
import { Deque } from './deque.js';

/** Settings of a memory channel. */
export interface MemoryChannelOptions {
  capacity: number;
  transactionCapacity: number;
  keepAliveMs: number;
  /** Body bytes held at most (already reduced by the buffer percentage). */
  byteCapacity: number;
}

/** Reads a memory channel's settings from its properties. */
export function memoryChannelOptions(ctx: ComponentContext): MemoryChannelOptions {
  const capacity = ctx.int('capacity', 100, { min: 1 });
  const transactionCapacity = ctx.int('transactionCapacity', 100, { min: 1 });
  if (transactionCapacity > capacity)
    throw ctx.error('transactionCapacity', `${transactionCapacity} is larger than capacity ${capacity} (${ctx.key('capacity')})`);
  const pct = ctx.int('byteCapacityBufferPercentage', 20, { min: 0, max: 100 });
  const heapDefault = Math.floor(v8.getHeapStatistics().heap_size_limit * 0.8);
  const bytes = ctx.int('byteCapacity', heapDefault, { min: 1 });
  return {
    capacity,
    transactionCapacity,
    keepAliveMs: ctx.number('keep-alive', 3, { min: 0 }) * 1000,
    byteCapacity: Math.max(1, Math.floor(bytes * (1 - pct / 100))),
  };
}

/** Flume's memory channel. */
export class MemoryChannel implements Channel {
  readonly counters: ChannelCounter;
  readonly transactionCapacity: number;
  private readonly queue: Deque<FlumeEvent>;
  /** Slots in use: queued events plus taken ones whose take has not committed. */
  private occupied = 0;
  private occupiedBytes = 0;
  private readonly arrived = new Signal();
  private readonly freed = new Signal();
  private stopped = false;

  /** A memory channel named `name`. */
  constructor(
    readonly name: string,
    readonly options: MemoryChannelOptions,
    readonly type = 'memory',
  ) {
    this.transactionCapacity = options.transactionCapacity;
    this.queue = new Deque(Math.min(options.capacity, 1024));
    this.counters = new ChannelCounter(
      () => this.queue.length,
      () => options.capacity,
    );
  }

  /** Starts (nothing to open). */
  async start(): Promise<void> {
    this.stopped = false;
    this.counters.startTime = Date.now();
  }

  /** Stops; events still queued are lost, as with Flume's memory channel. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.counters.stopTime = Date.now();
    this.freed.notify();
  }

  /** Queued events. */
  size(): number {
    return this.queue.length;
  }

  /** Resolves on the next commit of puts, or after `timeoutMs`. */
  waitForEvents(timeoutMs: number): Promise<void> {
    return this.queue.length > 0 ? Promise.resolve() : this.arrived.wait(timeoutMs);
  }

  /** Memory channels keep no marks. */
  mark(_key: string): string | undefined {
    return undefined;
  }

  /** A new transaction. */
  begin(): ChannelTransaction {
    return new MemoryTransaction(this);
  }

  /** @internal takes up to `max` events off the head. */
  takeEvents(max: number, into: FlumeEvent[]): void {
    for (let i = 0; i < max; i++) {
      const e = this.queue.shift();
      if (e === undefined) return;
      into.push(e);
    }
  }

  /** @internal commits puts and takes, waiting up to keep-alive for room. */
  async commitEvents(puts: FlumeEvent[], takes: FlumeEvent[]): Promise<void> {
    if (this.stopped) throw new ChannelError(this.name, 'channel is stopped');
    let putBytes = 0;
    for (let i = 0; i < puts.length; i++) putBytes += puts[i].body.length;
    let takeBytes = 0;
    for (let i = 0; i < takes.length; i++) takeBytes += takes[i].body.length;
    const deadline = Date.now() + this.options.keepAliveMs;
    for (;;) {
      const fits =
        this.occupied - takes.length + puts.length <= this.options.capacity &&
        (puts.length === 0 || this.occupiedBytes - takeBytes + putBytes <= this.options.byteCapacity);
      if (fits) break;
      const left = deadline - Date.now();
      if (left <= 0 || this.stopped) {
        this.counters.channelFullCount++;
        const bytesFull = this.occupied - takes.length + puts.length <= this.options.capacity;
        throw new ChannelFullError(
          this.name,
          bytesFull
            ? `no room for ${putBytes} bytes (byteCapacity ${this.options.byteCapacity} after the buffer percentage): sinks are not keeping up`
            : `no room for ${puts.length} events (capacity ${this.options.capacity}, ${this.queue.length} queued): sinks are not keeping up`,
        );
      }
      await this.freed.wait(left);
    }
    this.occupied += puts.length - takes.length;
    this.occupiedBytes += putBytes - takeBytes;
    for (let i = 0; i < puts.length; i++) this.queue.push(puts[i]);
    this.counters.eventPutSuccessCount += puts.length;
    this.counters.eventTakeSuccessCount += takes.length;
    if (puts.length > 0) this.arrived.notify();
    if (takes.length > 0) this.freed.notify();
  }

  /** @internal puts taken events back at the head. */
  returnEvents(takes: FlumeEvent[]): void {
    this.queue.unshiftAll(takes);
    if (takes.length > 0) this.arrived.notify();
  }
}

/** A transaction on a memory channel. */
class MemoryTransaction implements ChannelTransaction {
  private readonly puts: FlumeEvent[] = [];
  private readonly takes: FlumeEvent[] = [];
  private done = false;

  constructor(private readonly ch: MemoryChannel) {}

  put(event: FlumeEvent): void {
    this.ch.counters.eventPutAttemptCount++;
    if (this.done) throw new ChannelError(this.ch.name, 'put on a finished transaction');
    if (this.puts.length >= this.ch.transactionCapacity)
      throw new ChannelError(
        this.ch.name,
        `a transaction may put at most ${this.ch.transactionCapacity} events (transactionCapacity): commit more often or raise it`,
      );
    this.puts.push(event);
  }

  async take(max: number): Promise<FlumeEvent[]> {
    if (this.done) throw new ChannelError(this.ch.name, 'take on a finished transaction');
    const room = this.ch.transactionCapacity - this.takes.length;
    if (room <= 0)
      throw new ChannelError(this.ch.name, `a transaction may take at most ${this.ch.transactionCapacity} events (transactionCapacity)`);
    const out: FlumeEvent[] = [];
    this.ch.takeEvents(Math.min(max, room), out);
    this.ch.counters.eventTakeAttemptCount += Math.max(1, out.length);
    for (let i = 0; i < out.length; i++) this.takes.push(out[i]);
    return out;
  }

  setMark(_key: string, _value: string | null): void {}

  async commit(): Promise<void> {
    if (this.done) throw new ChannelError(this.ch.name, 'commit of a finished transaction');
    await this.ch.commitEvents(this.puts, this.takes);
    this.done = true;
  }

  async rollback(): Promise<void> {
    if (this.done) return;
    this.done = true;
    this.ch.returnEvents(this.takes);
  }
}
