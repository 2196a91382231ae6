/**
 * The `.lock` file of a log dir (Kafka's): held by one broker for its whole
 * life, taken before anything in the dir is read or written, so that a
 * second broker pointed at the same dir stops with a clear error instead of
 * recovering, re-indexing or checkpointing files a live broker is using.
 *
 * Kafka holds an OS file lock (flock) on `.lock`, which the kernel releases
 * when the process dies. Node has no flock, so the exclusion is the file's
 * existence instead — created with O_EXCL (atomic on local file systems),
 * holding one line:
 *
 *   <pid> <process start time> <hostname>
 *
 * and a liveness check replaces the kernel's release: a lock whose process
 * is gone (kill -9, power loss) is stale and taken over at once. "Gone"
 * means: same host, and no process with that pid — or one with a different
 * start time (the pid was reused; start times come from /proc on Linux,
 * elsewhere the pid alone decides). A lock from another host cannot be
 * checked and is treated as held. Within one process a registry of held
 * dirs makes a second LogManager on the same dir fail the same way.
 *
 * Taking over a stale lock renames it aside first (atomic) and re-checks
 * what was renamed, so two brokers starting together on one stale dir do
 * not both win; the one that renamed a fresh lock by mistake puts it back
 * and fails. Clean shutdown removes the file.
 *
 * Limits (why Kafka's flock is stronger): pid namespaces (containers) that
 * share a dir but not a pid space see each other's pids as dead; network
 * file systems may not honour O_EXCL. Synchronous; start-up and shutdown
 * only.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Kafka's lock file name. */
export const LOCK_FILE = '.lock';

/** Another live process holds the log dir. */
export class LogDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: string,
  ) {
    super(
      `Failed to acquire lock on file .lock in ${dir}. A Kafka instance in another process or thread is using this directory ` +
        `(held by ${holder}; stop that broker, or give this one its own log.dirs)`,
    );
    this.name = 'LogDirLockedError';
  }
}

/** Dirs locked by this process (realpaths). */
const heldHere = new Set<string>();

/** Start time of process `pid` in clock ticks since boot (Linux /proc), or '' when unknown. */
function startTimeOf(pid: number): string {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22, counted after the parenthesised command name (which may contain spaces).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? '';
  } catch {
    return '';
  }
}

function identity(): string {
  return `${process.pid} ${startTimeOf(process.pid) || '-'} ${os.hostname()}`;
}

/** Whether the process named by lock content `content` may still hold it. */
function holderAlive(content: string, dir: string): boolean {
  const [pidText, start, host] = content.trim().split(' ');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return false; // torn or empty: its writer died creating it
  if (host !== undefined && host !== os.hostname()) return true;
  if (pid === process.pid) return heldHere.has(dir);
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const now = startTimeOf(pid);
  return start === undefined || start === '-' || now === '' || now === start;
}

function readLock(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** The lock of one log dir, held until release(). */
export class LogDirLock {
  private released = false;

  private constructor(
    readonly dir: string,
    private readonly content: string,
  ) {}

  /**
   * Takes the lock of `dir` (which must exist), taking over a stale one.
   * Throws LogDirLockedError when a live process holds it.
   */
  static acquire(dir: string): LogDirLock {
    const real = fs.realpathSync(dir);
    const file = path.join(real, LOCK_FILE);
    const mine = `${identity()}\n`;
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o644);
        try {
          fs.writeSync(fd, mine);
          fs.fsyncSync(fd);
        } finally {
          fs.closeSync(fd);
        }
        heldHere.add(real);
        return new LogDirLock(real, mine);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const seen = readLock(file);
      if (seen === null) continue;
      if (holderAlive(seen, real)) throw new LogDirLockedError(real, describe(seen));
      // Stale: move it aside, then make sure what moved is what we judged stale.
      const aside = `${file}.stale-${process.pid}`;
      try {
        fs.renameSync(file, aside);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw err;
      }
      const moved = readLock(aside);
      if (moved !== null && moved !== seen && holderAlive(moved, real)) {
        // Someone took over between our read and our rename: give it back.
        try {
          fs.linkSync(aside, file);
        } catch {
          // a third starter got in; it holds the dir now
        }
        fs.rmSync(aside, { force: true });
        throw new LogDirLockedError(real, describe(moved));
      }
      fs.rmSync(aside, { force: true });
    }
    throw new Error(`Failed to acquire lock on file .lock in ${real}: it keeps changing (several brokers starting on this directory?)`);
  }

  /** Removes the lock file if it is still ours. */
  release(): void {
    if (this.released) return;
    this.released = true;
    heldHere.delete(this.dir);
    const file = path.join(this.dir, LOCK_FILE);
    if (readLock(file) === this.content) fs.rmSync(file, { force: true });
  }

  /**
   * Forgets the lock in this process without removing the file, as a
   * process death would (tests that simulate a crash and restart in one
   * process): the next acquire finds it stale.
   */
  abandon(): void {
    this.released = true;
    heldHere.delete(this.dir);
  }
}

function describe(content: string): string {
  const [pid, , host] = content.trim().split(' ');
  return host !== undefined && host !== os.hostname() ? `process ${pid} on host ${host}` : `process ${pid}`;
}
