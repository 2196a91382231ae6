/**
 * The fingerprint of a DStream graph, kept in every checkpoint so that a
 * restart can tell whether the job it restores into is the job that wrote
 * the checkpoint. JavaScript functions cannot be serialized, so restore
 * matches state to streams by creation order (checkpoint keys are
 * "<Kind>-<id>"); a job built differently (one more stream created first, a
 * window changed, an older version of the code) would silently get another
 * stream's state. The fingerprint makes that an error instead.
 *
 * One entry per stream, in creation order: its kind (class name), the ids
 * of the streams it reads, its slide duration, its window duration (window
 * streams), whether it carries state into the checkpoint, and its
 * checkpoint key. Functions passed to operations are not part of it (they
 * cannot be compared): changing what a map does keeps the graph the same.
 */
import type { DStream } from '../dstream/dstream.js';

/** What identifies one stream of a graph. */
export interface StreamPrint {
  id: number;
  kind: string;
  /** Ids of the streams it is computed from. */
  deps: number[];
  slideMs: number;
  windowMs?: number;
  /** True when the stream puts state into the checkpoint. */
  stateful: boolean;
  key: string;
}

/** The fingerprint of the streams of a graph, in creation order. */
export function graphFingerprint(streams: readonly DStream<unknown>[]): StreamPrint[] {
  const out: StreamPrint[] = [];
  for (const s of streams) {
    const w = (s as unknown as { windowDuration?: unknown }).windowDuration;
    const p: StreamPrint = {
      id: s.id,
      kind: s.constructor.name,
      deps: s.dependencies.map((d) => d.id),
      slideMs: s.slideDuration,
      stateful: typeof s.snapshot === 'function',
      key: s.checkpointKey,
    };
    if (typeof w === 'number') p.windowMs = w;
    out.push(p);
  }
  return out;
}

/** "ReducedWindowedDStream #4 (window 30000 ms, slide 10000 ms, stateful) of #3". */
export function describeStream(p: StreamPrint): string {
  const params: string[] = [];
  if (p.windowMs !== undefined) params.push(`window ${p.windowMs} ms`);
  params.push(`slide ${p.slideMs} ms`);
  if (p.stateful) params.push('stateful');
  const of = p.deps.length === 0 ? '' : ` of ${p.deps.map((d) => `#${d}`).join(', ')}`;
  return `${p.kind} #${p.id} (${params.join(', ')})${of}`;
}

function sameStream(a: StreamPrint, b: StreamPrint): boolean {
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.slideMs === b.slideMs &&
    a.windowMs === b.windowMs &&
    a.stateful === b.stateful &&
    a.key === b.key &&
    a.deps.length === b.deps.length &&
    a.deps.every((d, i) => d === b.deps[i])
  );
}

/**
 * The shape of each stream: its kind, the kinds of the streams it reads and
 * of the streams that read it. Alignment prefers pairs of one shape, so that
 * of two sources of one kind the one feeding the same operations is matched.
 */
function shapes(prints: readonly StreamPrint[]): string[] {
  const kindOf = new Map<number, string>();
  const readers = new Map<number, string[]>();
  for (const p of prints) {
    kindOf.set(p.id, p.kind);
    for (const d of p.deps) {
      let r = readers.get(d);
      if (!r) readers.set(d, (r = []));
      r.push(p.kind);
    }
  }
  return prints.map((p) => `${p.kind}<${p.deps.map((d) => kindOf.get(d)).join(',')}>[${(readers.get(p.id) ?? []).join(',')}]`);
}

/**
 * What changed from the graph `before` (the checkpoint's) to `after` (the
 * job's), one item per stream, or an empty list when they are the same.
 * Streams are aligned by kind, preferring equal shapes (a weighted longest
 * common subsequence), so that an inserted or removed stream shows as one
 * item, not as a change of every later one (whose ids all moved); aligned
 * streams are compared by their parameters and by which aligned streams
 * they read.
 */
export function graphChanges(before: readonly StreamPrint[], after: readonly StreamPrint[]): string[] {
  if (before.length === after.length && before.every((p, i) => sameStream(p, after[i]))) return [];
  const n = before.length;
  const m = after.length;
  const ka = shapes(before);
  const kb = shapes(after);
  // Weighted longest common subsequence of kinds: a pair of one kind scores 1, of one shape 2.
  const score = (i: number, j: number): number => (before[i].kind !== after[j].kind ? 0 : ka[i] === kb[j] ? 2 : 1);
  // best[i][j]: the best score aligning before[i..] with after[j..].
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      const w = score(i, j);
      best[i][j] = Math.max(best[i + 1][j], best[i][j + 1], w > 0 ? best[i + 1][j + 1] + w : 0);
    }
  const steps: { a?: StreamPrint; b?: StreamPrint }[] = [];
  const aligned = new Map<number, number>();
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const w = i < n && j < m ? score(i, j) : 0;
    if (w > 0 && best[i][j] === best[i + 1][j + 1] + w) {
      aligned.set(before[i].id, after[j].id);
      steps.push({ a: before[i++], b: after[j++] });
    } else if (j < m && (i === n || best[i][j] === best[i][j + 1])) {
      steps.push({ b: after[j++] });
    } else {
      steps.push({ a: before[i++] });
    }
  }
  const changes: string[] = [];
  for (const { a, b } of steps) {
    if (a && b) {
      const sameDeps = a.deps.length === b.deps.length && a.deps.every((d, k) => aligned.get(d) === b.deps[k]);
      if (a.slideMs !== b.slideMs || a.windowMs !== b.windowMs || a.stateful !== b.stateful || !sameDeps)
        changes.push(`changed: ${describeStream(a)} is now ${describeStream(b)}`);
    } else if (b) changes.push(`added: ${describeStream(b)}`);
    else if (a) changes.push(`removed: ${describeStream(a)}`);
  }
  // Same kinds and parameters, yet not equal: only the creation order differs.
  if (changes.length === 0) changes.push('the streams are created in a different order');
  return changes;
}
