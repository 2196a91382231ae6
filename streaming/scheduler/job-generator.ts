/**
 * JobGenerator's timer (Spark's RecurringTimer): ticks at startTime,
 * startTime + period, ... on the wall clock. A tick that comes late (a
 * blocked event loop) is still delivered, so every batch time is submitted
 * exactly once, in order.
 */
import type { Time } from '../dstream/dstream.js';

/** The first tick strictly after now, aligned to a multiple of the period. */
export function nextAlignedTime(now: Time, period: Time): Time {
  return (Math.floor(now / period) + 1) * period;
}

/** A recurring timer calling `onTick(time)`. */
export class RecurringTimer {
  private timer: NodeJS.Timeout | null = null;
  private nextTime = 0;
  private stopped = true;

  /** Creates the timer; nothing runs before start(). */
  constructor(
    readonly period: Time,
    private readonly onTick: (time: Time) => void,
  ) {}

  /** Starts ticking at `startTime`. */
  start(startTime: Time): void {
    this.stopped = false;
    this.nextTime = startTime;
    this.schedule();
  }

  /** The time of the next tick. */
  get next(): Time {
    return this.nextTime;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(
      () => {
        // Node's timers run on a monotonic clock and may fire a millisecond
        // before Date.now() reaches the batch time: wait out the remainder, so a
        // batch never starts before its time (no negative scheduling delay).
        if (Date.now() < this.nextTime) {
          this.schedule();
          return;
        }
        const t = this.nextTime;
        this.nextTime += this.period;
        this.onTick(t);
        this.schedule();
      },
      Math.max(0, this.nextTime - Date.now()),
    );
  }

  /** Stops ticking; returns the time of the last tick delivered. */
  stop(): Time {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.nextTime - this.period;
  }
}
