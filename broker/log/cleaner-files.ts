/**
 * Files of the log cleaner and the crash recovery of an interrupted swap.
 *
 * A cleaned segment replaces the consecutive segments with base offsets in
 * [base, end) (end exclusive: the base of the first segment it does not
 * replace). It is written as `<base>-<end>.log.cleaned` (both 20-digit),
 * fsynced, then renamed to `<base>-<end>.log.swap` — the commit point:
 * from then on the cleaned data is complete and wins. The replaced
 * segments' files are deleted and the swap file is renamed to
 * `<base>.log`; its indexes are rebuilt from it.
 *
 * After a crash, before a partition dir is loaded:
 * - a `.cleaned` file is an unfinished clean: deleted (the old segments are
 *   all still there);
 * - a `.swap` file is a finished clean whose swap was interrupted: every
 *   segment with a base offset in [base, end) is deleted (with its indexes)
 *   and the swap file becomes `<base>.log` (indexes are rebuilt by the
 *   loader, which finds them missing).
 * Names carry `end` because a cleaned segment may end well before `end`
 * (the newest records of the last replaced segment may all be superseded),
 * so its own content cannot tell which segments it replaced.
 */
import { parseSegmentBaseOffset, segmentFileName } from './segment.js';
import type { PartitionStore } from './partition-store.js';

const SWAP = /^(\d{20})-(\d{20})\.log\.swap$/;
const CLEANED = /^(\d{20})-(\d{20})\.log\.cleaned$/;

/** `<base>-<end>.log.cleaned`: a cleaned segment being written. */
export function cleanedFileName(base: number, end: number): string {
  return `${String(base).padStart(20, '0')}-${String(end).padStart(20, '0')}.log.cleaned`;
}

/** `<base>-<end>.log.swap`: a complete cleaned segment about to replace [base, end). */
export function swapFileName(base: number, end: number): string {
  return `${String(base).padStart(20, '0')}-${String(end).padStart(20, '0')}.log.swap`;
}

/** Deletes `<base>.log`, `.index`, `.timeindex` and `.txnindex` if present. */
export function deleteSegmentFiles(store: PartitionStore, base: number): void {
  for (const suffix of ['.log', '.index', '.timeindex', '.txnindex']) store.remove(segmentFileName(base, suffix));
}

/**
 * Finishes or discards what a crash interrupted in `store` (see the header).
 * Returns a line per action for the caller to log.
 */
export function completeInterruptedSwaps(store: PartitionStore): string[] {
  const names = store.list();
  const done: string[] = [];
  for (const name of names) {
    if (CLEANED.test(name)) {
      store.remove(name);
      done.push(`discarded unfinished cleaned segment ${name}`);
      continue;
    }
    const m = SWAP.exec(name);
    if (!m) continue;
    const base = Number(m[1]);
    const end = Number(m[2]);
    for (const other of names) {
      const b = parseSegmentBaseOffset(other);
      if (b >= base && b < end) store.remove(other);
    }
    store.rename(name, segmentFileName(base, '.log'));
    done.push(`completed the interrupted swap of cleaned segment ${base} (replacing offsets ${base}..${end - 1})`);
  }
  return done;
}
