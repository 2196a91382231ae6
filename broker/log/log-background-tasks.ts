/**
 * The log manager's timers (Kafka's LogManager scheduler tasks): retention
 * every log.retention.check.interval.ms, flush.ms checks every second, and
 * the offset checkpoints every replica.high.watermark.checkpoint.interval.ms
 * (written off the event loop, log-dir-checkpoints.ts). Timers are unref'd:
 * they never keep the process alive. A failing task is logged and runs
 * again at its next tick.
 */
import type { LogLogger } from './log-loader.js';

/** Options of startBackgroundTasks. */
export interface BackgroundTaskOptions {
  retentionCheckIntervalMs: number;
  /** Checkpoint interval; default 5000 ms. */
  checkpointIntervalMs?: number;
  /** How often flush.ms is checked; default 1000 ms. */
  flushCheckIntervalMs?: number;
}

/** What the tasks run. */
export interface BackgroundWork {
  applyRetention(now: number): void;
  checkpointInBackground(): Promise<void>;
  flushIfDue(now: number): void;
}

/** The running timers of one log manager. */
export class LogBackgroundTasks {
  private timers: NodeJS.Timeout[] = [];

  /** Runs `work` (nothing until start). */
  constructor(
    private readonly work: BackgroundWork,
    private readonly logger: LogLogger,
  ) {}

  /** (Re)starts every timer. */
  start(opts: BackgroundTaskOptions): void {
    this.stop();
    this.every(opts.retentionCheckIntervalMs, () => this.work.applyRetention(Date.now()));
    this.every(opts.checkpointIntervalMs ?? 5000, () => void this.work.checkpointInBackground());
    this.every(opts.flushCheckIntervalMs ?? 1000, () => this.work.flushIfDue(Date.now()));
  }

  /** Stops every timer. */
  stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }

  private every(ms: number, fn: () => void): void {
    const t = setInterval(() => {
      try {
        fn();
      } catch (err) {
        this.logger.warn(`log background task failed: ${(err as Error).message}`);
      }
    }, ms);
    t.unref();
    this.timers.push(t);
  }
}
