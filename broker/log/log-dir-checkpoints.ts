/**
 * The offset checkpoints of a broker's log dirs — per dir
 * `recovery-point-offset-checkpoint`, `replication-offset-checkpoint` and
 * `log-start-offset-checkpoint` (checkpoints.ts has the format), each
 * replaced atomically — written now (start-up, shutdown) or off the event
 * loop (the periodic timer: the offsets are taken in one tick, the files
 * written on the thread pool, one round at a time).
 *
 * A dir whose checkpoint cannot be written is a failed log dir (Kafka's
 * behaviour): `dirFailed` is told, and the other dirs still get theirs. A
 * failure the owner does not take as a dir failure (the last dir online)
 * is thrown (now) or logged (background).
 */
import {
  LOG_START_OFFSET_CHECKPOINT,
  RECOVERY_POINT_CHECKPOINT,
  REPLICATION_CHECKPOINT,
  formatOffsetCheckpoint,
  type TopicPartitionOffset,
} from './checkpoints.js';
import type { LogDirStore } from './partition-store.js';
import type { LogLogger } from './log-loader.js';

/** What a checkpoint records of one log. */
export interface CheckpointedLog {
  readonly topic: string;
  readonly partition: number;
  readonly recoveryPoint: number;
  readonly highWatermark: number;
  readonly logStartOffset: number;
}

/** What the writer needs from its owner (the log manager). */
export interface CheckpointSource {
  /** The online log dirs, in order. */
  online(): LogDirStore[];
  /** The logs of one dir, as of now. */
  logsOf(logDir: LogDirStore): Iterable<CheckpointedLog>;
  /** A checkpoint of `logDir` failed: true when the dir was taken offline for it. */
  dirFailed(logDir: LogDirStore, err: Error): boolean;
  logger: LogLogger;
}

/** The three checkpoint files of `logs`: [name, text] pairs. */
export function checkpointTexts(logs: Iterable<CheckpointedLog>): [string, string][] {
  const rp: TopicPartitionOffset[] = [];
  const hw: TopicPartitionOffset[] = [];
  const ls: TopicPartitionOffset[] = [];
  for (const log of logs) {
    const { topic, partition } = log;
    rp.push({ topic, partition, offset: log.recoveryPoint });
    hw.push({ topic, partition, offset: log.highWatermark });
    ls.push({ topic, partition, offset: log.logStartOffset });
  }
  return [
    [RECOVERY_POINT_CHECKPOINT, formatOffsetCheckpoint(rp)],
    [REPLICATION_CHECKPOINT, formatOffsetCheckpoint(hw)],
    [LOG_START_OFFSET_CHECKPOINT, formatOffsetCheckpoint(ls)],
  ];
}

/** Writes the checkpoints of every online log dir. */
export class LogDirCheckpoints {
  /** The background round being written, if any. */
  private running: Promise<void> | null = null;

  constructor(private readonly source: CheckpointSource) {}

  /** Writes every online dir's checkpoints now (synchronously). */
  writeNow(): void {
    for (const logDir of this.source.online()) {
      try {
        for (const [name, text] of checkpointTexts(this.source.logsOf(logDir))) logDir.writeFileAtomic(name, text);
      } catch (err) {
        if (!this.source.dirFailed(logDir, err as Error)) throw err;
      }
    }
  }

  /**
   * writeNow() with the file I/O off the event loop: the offsets are taken
   * now, in one tick, and written on the thread pool. A round still running
   * when the next is due is not overlapped: the next is skipped (the
   * running one is returned). Never rejects (a failure is logged).
   */
  writeInBackground(): Promise<void> {
    if (this.running !== null) return this.running;
    const texts = this.source.online().map((d) => [d, checkpointTexts(this.source.logsOf(d))] as const);
    const run = async (): Promise<void> => {
      let failure: Error | null = null;
      for (const [logDir, files] of texts) {
        try {
          for (const [name, text] of files) await logDir.writeFileAtomicAsync(name, text);
        } catch (err) {
          if (!this.source.dirFailed(logDir, err as Error)) failure = err as Error;
        }
      }
      if (failure !== null) throw failure;
    };
    const p = run()
      .catch((err: Error) => {
        this.source.logger.warn(`checkpoint failed: ${err.message}`);
      })
      .finally(() => {
        if (this.running === p) this.running = null;
      });
    this.running = p;
    return p;
  }

  /** Resolves when the background round in flight, if any, has finished. */
  async settled(): Promise<void> {
    while (this.running !== null) await this.running;
  }
}
