/**
 * Fault injection for the storage engines (tests of slow or failing disks).
 *
 * A StorageFaults is attached to every store: one per engine, one per log
 * dir, one per partition, each asking its parent when it has nothing armed
 * itself. A test arms it — "fail the next write", "delay the next 3 reads by
 * 200 ms", optionally only for files whose name matches — and the engine's
 * files consult it before every operation of that kind:
 *
 *   write  positional writes of .log / index files, checkpoint writes
 *   fsync  flushes of those files
 *   read   reads of segment data (the fetch path) and of headers (scans)
 *
 * A failure throws a StorageFaultError (an `EIO`-coded Error, as a failing
 * disk would) out of the operation, before it touches anything. A delay of a
 * synchronous operation blocks the thread (as a slow synchronous disk
 * would); a delay of an asynchronous read waits on a timer, so the event
 * loop runs meanwhile. A hold (asynchronous reads and fsyncs only) stops the next
 * matching read until the test releases it, and tells the test when a read
 * reached it — for deterministic tests of what happens while a read is in
 * flight. Each armed fault fires `count` times (default once), oldest
 * armed first.
 *
 * Nothing armed costs one integer comparison per operation. Not for
 * concurrent callers beyond the one JS thread.
 */

/** The operations a fault can target. */
export type FaultOp = 'write' | 'fsync' | 'read';

/** How to arm a fault. */
export interface FaultOptions {
  /** How many operations it hits (default 1). */
  count?: number;
  /** Only files whose name matches (default: every file). */
  file?: RegExp;
}

/** The error an injected failure throws. */
export class StorageFaultError extends Error {
  /** errno-style code, as fs errors carry. */
  readonly code = 'EIO';
  constructor(op: FaultOp, name: string) {
    super(`injected ${op} failure on ${name}`);
    this.name = 'StorageFaultError';
  }
}

/** A held read (see holdNext). */
export interface HeldFault {
  /** Resolves when a read reached the hold (it is waiting now). */
  readonly reached: Promise<void>;
  /** Lets the held read (and any later one that meets this hold) go on. */
  release(): void;
}

interface Armed {
  op: FaultOp;
  /** -1: fail; >= 0: delay. */
  delayMs: number;
  remaining: number;
  file: RegExp | null;
  /** For a hold: resolves on release; null otherwise. */
  gate: Promise<void> | null;
  onReached: (() => void) | null;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Armed faults of one store (see the header). */
export class StorageFaults {
  private armed: Armed[] = [];

  /** `parent` is asked when nothing here matches. */
  constructor(private readonly parent: StorageFaults | null = null) {}

  /** The next matching `op` throws a StorageFaultError. */
  failNext(op: FaultOp, opts: FaultOptions = {}): void {
    this.armed.push({ op, delayMs: -1, remaining: opts.count ?? 1, file: opts.file ?? null, gate: null, onReached: null });
  }

  /** The next matching `op` waits `ms` first. */
  delayNext(op: FaultOp, ms: number, opts: FaultOptions = {}): void {
    this.armed.push({ op, delayMs: ms, remaining: opts.count ?? 1, file: opts.file ?? null, gate: null, onReached: null });
  }

  /** The next matching asynchronous read or fsync waits until release() (synchronous ones pass a hold by). */
  holdNext(op: 'read' | 'fsync', opts: FaultOptions = {}): HeldFault {
    let release!: () => void;
    let reached!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const reachedP = new Promise<void>((r) => (reached = r));
    this.armed.push({ op, delayMs: 0, remaining: opts.count ?? 1, file: opts.file ?? null, gate, onReached: reached });
    return { reached: reachedP, release };
  }

  /** Disarms everything armed here (not in the parent). */
  clear(): void {
    this.armed = [];
  }

  /** Whether anything is armed here or in a parent. */
  get isArmed(): boolean {
    return this.armed.length > 0 || (this.parent !== null && this.parent.isArmed);
  }

  private take(op: FaultOp, name: string, async: boolean): Armed | null {
    for (let i = 0; i < this.armed.length; i++) {
      const a = this.armed[i]!;
      if (a.op !== op || (a.file !== null && !a.file.test(name)) || (a.gate !== null && !async)) continue;
      if (--a.remaining <= 0) this.armed.splice(i, 1);
      return a;
    }
    return this.parent === null ? null : this.parent.take(op, name, async);
  }

  /** Before a synchronous `op` on file `name`: throws an armed failure, blocks for an armed delay. */
  beforeSync(op: FaultOp, name: string): void {
    if (this.armed.length === 0 && this.parent === null) return;
    const a = this.take(op, name, false);
    if (a === null) return;
    if (a.delayMs < 0) throw new StorageFaultError(op, name);
    Atomics.wait(sleeper, 0, 0, a.delayMs);
  }

  /**
   * Before an asynchronous `op` on file `name`: null when nothing is armed
   * (no promise allocated), else a promise that waits for an armed delay or
   * rejects with an armed failure.
   */
  beforeAsync(op: FaultOp, name: string): Promise<void> | null {
    if (this.armed.length === 0 && this.parent === null) return null;
    const a = this.take(op, name, true);
    if (a === null) return null;
    if (a.delayMs < 0) return Promise.reject(new StorageFaultError(op, name));
    if (a.gate !== null) {
      a.onReached!();
      return a.gate;
    }
    return new Promise((resolve) => setTimeout(resolve, a.delayMs));
  }
}
