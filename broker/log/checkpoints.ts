/**
 * Checkpoint files of a log dir, in Kafka's text format, and the names of
 * the files in a log dir root.
 *
 * Offset checkpoint format (recovery-point-offset-checkpoint,
 * replication-offset-checkpoint, log-start-offset-checkpoint):
 *
 *   0                       version
 *   <count>                 number of lines that follow
 *   <topic> <partition> <offset>
 *   ...
 *
 * Files are replaced atomically: written to `<file>.tmp`, fsynced, renamed
 * over the old one, and the directory fsynced; a reader sees either the old
 * or the new content, never a mix. writeFileAtomic is synchronous (start-up,
 * shutdown, rare writes); writeFileAtomicAsync does the same steps on libuv's
 * thread pool, for the periodic checkpoints, whose fsyncs take 10-60 ms on a
 * busy disk and would otherwise stall every request for that long. Two
 * writers of the same file must not run at once (LogManager serialises); the
 * asynchronous one writes its own temp file (`<file>.tmp-async`), so even a
 * synchronous write racing it leaves one whole version or the other.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Per-log-dir file: recovery point of every partition (offsets below it are fsynced). */
export const RECOVERY_POINT_CHECKPOINT = 'recovery-point-offset-checkpoint';
/** Per-log-dir file: high watermark of every partition. */
export const REPLICATION_CHECKPOINT = 'replication-offset-checkpoint';
/** Per-log-dir file: log start offset of every partition. */
export const LOG_START_OFFSET_CHECKPOINT = 'log-start-offset-checkpoint';
/** Per-log-dir marker: present only after a clean shutdown. */
export const CLEAN_SHUTDOWN_FILE = '.kafka_cleanshutdown';
/** Per-partition file: leader epoch → start offset. */
export const LEADER_EPOCH_CHECKPOINT = 'leader-epoch-checkpoint';

/** One line of an offset checkpoint. */
export interface TopicPartitionOffset {
  topic: string;
  partition: number;
  offset: number;
}

/** Map key for a topic partition: `<topic>-<partition>` (the partition is after the last '-'). */
export function tpKey(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}

/** Splits a partition dir name `<topic>-<partition>` at the last '-'; null if it is not one. */
export function parseTopicPartitionDir(name: string): { topic: string; partition: number } | null {
  const i = name.lastIndexOf('-');
  if (i <= 0 || i === name.length - 1) return null;
  const p = name.slice(i + 1);
  if (!/^\d+$/.test(p)) return null;
  return { topic: name.slice(0, i), partition: Number(p) };
}

/**
 * Replaces `file` with `content` atomically (tmp + fsync + rename + dir
 * fsync). With `durable` false, the same without the fsyncs: a reader and a
 * restarted process see the old or the new content, but after a power loss
 * or kernel crash the file may be the old one or empty (for files whose
 * loss recovery repairs; see leader-epoch-cache.ts).
 */
export function writeFileAtomic(file: string, content: string | Buffer, durable = true): void {
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o644);
  try {
    fs.writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    if (durable) fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  if (!durable) return;
  try {
    const dfd = fs.openSync(path.dirname(file), 'r');
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  } catch {
    // Directory fsync is best effort (not supported everywhere).
  }
}

/** writeFileAtomic off the event loop: tmp + fsync + rename + dir fsync, each step on the thread pool. */
export async function writeFileAtomicAsync(file: string, content: string | Buffer): Promise<void> {
  const tmp = `${file}.tmp-async`;
  const fh = await fs.promises.open(tmp, 'w', 0o644);
  try {
    await fh.writeFile(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fs.promises.rename(tmp, file);
  try {
    const dir = await fs.promises.open(path.dirname(file), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // Directory fsync is best effort (not supported everywhere).
  }
}

/** The text of an offset checkpoint holding `entries`. */
export function formatOffsetCheckpoint(entries: Iterable<TopicPartitionOffset>): string {
  const lines: string[] = [];
  for (const e of entries) lines.push(`${e.topic} ${e.partition} ${e.offset}`);
  return `0\n${lines.length}\n${lines.join('\n')}${lines.length > 0 ? '\n' : ''}`;
}

/** Writes an offset checkpoint file atomically. */
export function writeOffsetCheckpoint(file: string, entries: Iterable<TopicPartitionOffset>): void {
  writeFileAtomic(file, formatOffsetCheckpoint(entries));
}

/**
 * Reads an offset checkpoint into a Map keyed by tpKey(). A missing file is
 * an empty map; a malformed one throws an Error naming the file.
 */
export function readOffsetCheckpoint(file: string): Map<string, number> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw err;
  }
  return parseOffsetCheckpoint(text, file);
}

/** Parses the text of an offset checkpoint (see the header); a malformed one throws an Error naming `file`. */
export function parseOffsetCheckpoint(text: string, file: string): Map<string, number> {
  const out = new Map<string, number>();
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const bad = (why: string): Error => new Error(`Malformed checkpoint file ${file}: ${why}`);
  if (lines[0]?.trim() !== '0') throw bad(`unsupported version '${lines[0] ?? ''}'`);
  const count = Number(lines[1]);
  if (!Number.isInteger(count) || count < 0) throw bad(`bad count '${lines[1] ?? ''}'`);
  if (lines.length - 2 !== count) throw bad(`expected ${count} entries, found ${lines.length - 2}`);
  for (let i = 2; i < lines.length; i++) {
    const parts = lines[i]!.trim().split(/\s+/);
    if (parts.length !== 3 || !/^\d+$/.test(parts[1]!) || !/^-?\d+$/.test(parts[2]!)) throw bad(`bad line '${lines[i]}'`);
    out.set(tpKey(parts[0]!, Number(parts[1])), Number(parts[2]));
  }
  return out;
}
