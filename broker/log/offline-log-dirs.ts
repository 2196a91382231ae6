/**
 * OfflineLogDirs: which log dirs of a JBOD broker (log.dirs=a,b,...) failed,
 * Kafka's LogDirFailureChannel. A storage error in a log dir (an append, a
 * roll, a checkpoint) takes that whole dir offline: the log manager closes
 * and forgets its logs (their partitions answer KAFKA_STORAGE_ERROR), puts
 * no new log there and writes nothing more to it, and the listeners hear it
 * (the cluster moves leadership away). The broker keeps serving the other
 * dirs. A dir stays offline until the broker restarts.
 *
 * Where Tributary departs from Kafka: when the failing dir is the last one
 * online (always so with a single log dir), Kafka halts the broker;
 * Tributary keeps it up and the dir online, and each failing operation
 * answers KAFKA_STORAGE_ERROR on its own (an append leaves nothing behind),
 * so a transient error (a full disk freed again) needs no restart.
 *
 * Not for concurrent callers beyond the one JS thread.
 */

/** Told a log dir's path and why it went offline. */
export type LogDirFailureListener = (logDir: string, reason: string) => void;

/** The failed log dirs of one broker. */
export class OfflineLogDirs {
  private readonly reasons = new Map<string, string>();
  private readonly listeners: LogDirFailureListener[] = [];

  /** Tracks the dirs `all` (paths). */
  constructor(private readonly all: readonly string[]) {}

  /** Whether `logDir` is offline. */
  has(logDir: string): boolean {
    return this.reasons.has(logDir);
  }

  /** Why `logDir` went offline; undefined while it is online. */
  reason(logDir: string): string | undefined {
    return this.reasons.get(logDir);
  }

  /** The dirs still online, in log.dirs order. */
  online(): string[] {
    return this.all.filter((d) => !this.reasons.has(d));
  }

  /** Calls `listener` after each dir goes offline. */
  onFailure(listener: LogDirFailureListener): void {
    this.listeners.push(listener);
  }

  /**
   * Records `logDir` as offline; false (nothing changes) when it already is,
   * is unknown, or is the last one online (see the header).
   */
  add(logDir: string, reason: string): boolean {
    if (this.reasons.has(logDir) || !this.all.includes(logDir)) return false;
    if (this.online().length <= 1) return false;
    this.reasons.set(logDir, reason);
    return true;
  }

  /** Tells the listeners (after the log manager closed the dir's logs); a failing listener does not stop the others. */
  notify(logDir: string, reason: string, warn: (m: string) => void): void {
    for (const l of this.listeners) {
      try {
        l(logDir, reason);
      } catch (err) {
        warn(`log dir failure listener failed: ${(err as Error).message}`);
      }
    }
  }
}
