/**
 * LogWriter: appends generated access-log lines to a file at a steady rate,
 * the way a web server writes its access log (and `tail -F` follows it).
 *
 * Every tick (100 ms) it writes the lines that are due — `rate` per second
 * since the start — in one append of whole lines, so a reader never sees half
 * a line; it stops by itself after `count` lines (0: runs until stop()). The
 * time of line i is the wall clock when it is written, or, with `startTime`,
 * startTime + i × stepMs (a simulated clock: a day of traffic written in
 * seconds, or a run that crosses midnight). Ticks never overlap: the next
 * is scheduled after the previous write finished.
 */
import fs from 'node:fs';
import { AccessLogGenerator, type GeneratorOptions } from './generator.js';

/** Options of a writer. */
export interface LogWriterOptions extends GeneratorOptions {
  /** The access log (created if missing, appended to). */
  file: string;
  /** Lines per second (> 0). */
  rate: number;
  /** Lines to write before stopping; 0 (default) writes until stop(). */
  count?: number;
  seed: number;
  /** The time of the first line; default: each line gets the wall clock. */
  startTime?: Date;
  /** With startTime: milliseconds between two lines' times (default 1000 / rate). */
  stepMs?: number;
}

const TICK_MS = 100;
/** Most lines written in one tick (a rate too high for the disk falls behind instead of blocking the loop). */
const MAX_PER_TICK = 20_000;

/** Appends generated lines to a file at a rate. */
export class LogWriter {
  /** Lines written so far. */
  written = 0;
  /** Resolves when `count` lines are written or stop() finished; rejects on a write error. */
  readonly done: Promise<void>;
  private readonly generator: AccessLogGenerator;
  private readonly count: number;
  private readonly stepMs: number;
  private handle: fs.promises.FileHandle | null = null;
  private timer: NodeJS.Timeout | null = null;
  private startedAt = 0;
  private stopped = false;
  private tickRunning: Promise<void> | null = null;
  private resolveDone!: () => void;
  private rejectDone!: (err: Error) => void;

  /** Checks the options; nothing is written before start(). */
  constructor(private readonly options: LogWriterOptions) {
    if (!(options.rate > 0) || !Number.isFinite(options.rate))
      throw new Error(`rate must be a positive number of lines per second, got ${options.rate}`);
    this.count = options.count ?? 0;
    if (!Number.isInteger(this.count) || this.count < 0) throw new Error(`count must be a whole number ≥ 0, got ${options.count}`);
    this.stepMs = options.stepMs ?? 1000 / options.rate;
    if (!(this.stepMs >= 0)) throw new Error(`stepMs must be ≥ 0, got ${options.stepMs}`);
    this.generator = new AccessLogGenerator(options.seed, options);
    this.done = new Promise<void>((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
    });
    this.done.catch(() => undefined);
  }

  /** Opens the file and starts writing. */
  async start(): Promise<void> {
    this.handle = await fs.promises.open(this.options.file, 'a');
    this.startedAt = Date.now();
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.tickRunning = this.tick().then(
        () => {
          this.tickRunning = null;
          if (this.count > 0 && this.written >= this.count) void this.finish();
          else this.schedule(TICK_MS);
        },
        (err: unknown) => {
          this.tickRunning = null;
          this.stopped = true;
          this.rejectDone(err instanceof Error ? err : new Error(String(err)));
        },
      );
    }, delay);
  }

  private async tick(): Promise<void> {
    let due = Math.floor(((Date.now() - this.startedAt) / 1000) * this.options.rate) + 1 - this.written;
    if (this.count > 0) due = Math.min(due, this.count - this.written);
    due = Math.min(due, MAX_PER_TICK);
    if (due <= 0 || !this.handle) return;
    const start = this.options.startTime?.getTime();
    let text = '';
    for (let i = 0; i < due; i++) {
      const time = start === undefined ? new Date() : new Date(start + Math.round((this.written + i) * this.stepMs));
      text += `${this.generator.next(time)}\n`;
    }
    await this.handle.write(text);
    this.written += due;
  }

  private async finish(): Promise<void> {
    this.stopped = true;
    const h = this.handle;
    this.handle = null;
    try {
      await h?.close();
      this.resolveDone();
    } catch (err) {
      this.rejectDone(err as Error);
    }
  }

  /** Stops writing (a write in progress completes) and closes the file. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.tickRunning) await this.tickRunning.catch(() => undefined);
    if (this.handle) await this.finish();
  }
}
