/**
 * The channel contract: Flume's transactions between sources and sinks.
 *
 * A source puts events in a transaction and commits; only then do they become
 * visible to takers, all of them at once. A sink takes events in a
 * transaction, delivers them, and commits; if delivery fails it rolls back
 * and the events are back at the head of the channel, in order, for the next
 * attempt. A commit that finds no room waits up to the channel's keep-alive
 * and then fails with ChannelFullError, which the source treats as push-back:
 * it holds its input and retries. Nothing committed is ever dropped.
 *
 * One transaction is used by one caller at a time: put/take calls, then one
 * commit or one rollback, after which the transaction is finished.
 */
import type { FlumeEvent } from './event.js';
import type { ChannelCounter } from './metrics/counters.js';

/** One transaction on a channel. */
export interface ChannelTransaction {
  /** Adds an event to the transaction; throws ChannelError past the transaction capacity. */
  put(event: FlumeEvent): void;
  /** Takes up to `max` committed events (none when the channel is empty; never waits for new ones). */
  take(max: number): Promise<FlumeEvent[]>;
  /**
   * Records a source's position (`value`; null removes it) to be committed
   * together with the puts. Durable channels keep the last committed value
   * of each key across restarts (a taildir source resumes from it without
   * duplicates); other channels ignore marks.
   */
  setMark(key: string, value: string | null): void;
  /** Makes puts visible and takes final; rejects (ChannelFullError when there is no room) and then the caller must roll back. */
  commit(): Promise<void>;
  /** Undoes the transaction: puts are dropped, taken events return to the head of the channel. */
  rollback(): Promise<void>;
}

/** A channel. */
export interface Channel {
  readonly name: string;
  /** The type as configured (`memory`, `file`, ...). */
  readonly type: string;
  readonly counters: ChannelCounter;
  /** Most events one transaction may put or take. */
  readonly transactionCapacity: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  begin(): ChannelTransaction;
  /** Committed events not yet taken for good. */
  size(): number;
  /** Resolves when events were committed since the call, or after `timeoutMs`. */
  waitForEvents(timeoutMs: number): Promise<void>;
  /** The last committed value of a source's mark; undefined when none or the channel does not keep marks. */
  mark(key: string): string | undefined;
}

/** Wakes waiters (a sink waiting for events, a commit waiting for room) when something changes. */
export class Signal {
  private waiters: (() => void)[] = [];

  /** Resolves at the next notify() or after `timeoutMs`, whichever is first. */
  wait(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      let done = false;
      const fire = (): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(fire, timeoutMs);
      this.waiters.push(fire);
    });
  }

  /** Wakes every waiter. */
  notify(): void {
    if (this.waiters.length === 0) return;
    const ws = this.waiters;
    this.waiters = [];
    for (const w of ws) w();
  }
}
