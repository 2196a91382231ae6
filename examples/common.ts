/**
 * Shared bits of the examples: the batch interval (the course's value,
 * overridable with TRIBUTARY_BATCH_MS for tests) and a graceful stop on
 * Ctrl-C / SIGTERM.
 */
import type { StreamingContext } from '../streaming/index.js';

/** `ms` unless TRIBUTARY_BATCH_MS overrides it. */
export function batchMs(ms: number): number {
  const v = process.env.TRIBUTARY_BATCH_MS;
  return v ? Number(v) : ms;
}

/** A duration scaled like the batch interval (window and slide lengths in tests). */
export function scaled(ms: number, courseBatchMs: number): number {
  return (ms / courseBatchMs) * batchMs(courseBatchMs);
}

/** Stops the context gracefully on SIGINT and SIGTERM, then exits. */
export function stopOnSignals(ssc: StreamingContext): void {
  const stop = (): void => {
    void ssc.stop({ graceful: true }).finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Splits a line into words. */
export function words(line: string): string[] {
  return line.split(' ').filter((w) => w.length > 0);
}
