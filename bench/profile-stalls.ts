/**
 * Lists the event-loop stalls in a V8 .cpuprofile (node --cpu-prof): every
 * stretch of consecutive non-idle samples longer than a threshold — one
 * task that kept the loop busy, or a stretch of back-to-back tasks — with
 * when it started (ms from the profile start), how long it ran, and the
 * functions that took most of its samples (self time) plus the outermost
 * JavaScript frame of the stretch (what scheduled it: a timer, a socket
 * read, ...). Samples taken while the process was descheduled by a loaded
 * machine count as the function that was running, as in the profile itself;
 * so each stretch also says how many samples it holds times the profile's
 * usual sampling interval (the median time delta): CPU work keeps the
 * sampler's pace, while a stretch blocked in a syscall (fsync) or
 * descheduled shows long wall time over few samples. `--by-samples` sorts
 * by that estimate of on-CPU time, what to look at on a loaded machine.
 *
 *   node --import tsx bench/profile-stalls.ts <file.cpuprofile> [min-ms=5] [top=30] [--by-samples]
 */
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

interface Stall {
  startMs: number;
  ms: number;
  samples: number;
  self: Map<string, number>;
  roots: Map<string, number>;
}

const label = (n: ProfileNode): string => {
  const cf = n.callFrame;
  const url = cf.url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, '$1/').replace(/^node:internal\//, 'node:');
  return `${cf.functionName || '(anonymous)'} ${url}${url ? `:${cf.lineNumber + 1}` : ''}`;
};

function top(m: Map<string, number>, n: number): string {
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `${(us / 1000).toFixed(1)} ms ${k}`)
    .join('; ');
}

function main(): void {
  const args = process.argv.slice(2);
  const bySamples = args.includes('--by-samples');
  const [file, minArg, topArg] = args.filter((a) => a !== '--by-samples');
  if (!file) {
    console.error('usage: profile-stalls <file.cpuprofile> [min-ms=5] [top=30]');
    process.exit(1);
  }
  const minMs = Number(minArg ?? 5);
  const count = Number(topArg ?? 30);
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of p.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  /** The frame just below the root: what the event loop called into. */
  const rootOf = (id: number): string => {
    let cur = id;
    let below = id;
    for (let up = parent.get(cur); up !== undefined; up = parent.get(cur)) {
      below = cur;
      cur = up;
      if (parent.get(cur) === undefined) break;
    }
    return label(byId.get(below)!);
  };
  const sorted = [...p.timeDeltas].sort((a, b) => a - b);
  const interval = sorted[sorted.length >> 1] ?? 1000;
  const stalls: Stall[] = [];
  let t = 0;
  let cur: Stall | null = null;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i + 1] ?? 0;
    const n = byId.get(p.samples[i]!)!;
    const name = n.callFrame.functionName;
    if (name === '(idle)' || name === '(root)') {
      if (cur && cur.ms >= minMs * 1000) stalls.push(cur);
      cur = null;
    } else {
      cur ??= { startMs: t / 1000, ms: 0, samples: 0, self: new Map(), roots: new Map() };
      cur.ms += dt;
      cur.samples++;
      const k = label(n);
      cur.self.set(k, (cur.self.get(k) ?? 0) + dt);
      const r = rootOf(n.id);
      cur.roots.set(r, (cur.roots.get(r) ?? 0) + dt);
    }
    t += dt;
  }
  if (cur && cur.ms >= minMs * 1000) stalls.push(cur);
  const total = stalls.reduce((a, s) => a + s.ms, 0);
  console.log(
    `${stalls.length} busy stretches of ≥ ${minMs} ms in ${(t / 1000).toFixed(0)} ms sampled (${(total / 1000).toFixed(0)} ms in all); ` +
      `sampling interval ${(interval / 1000).toFixed(2)} ms (median)`,
  );
  const cpu = (s: Stall): number => (s.samples * interval) / 1000;
  for (const s of [...stalls].sort((a, b) => (bySamples ? cpu(b) - cpu(a) : b.ms - a.ms)).slice(0, count)) {
    console.log(
      `at ${s.startMs.toFixed(0).padStart(7)} ms: ${(s.ms / 1000).toFixed(1).padStart(6)} ms, ${s.samples} samples ≈ ${cpu(s).toFixed(1)} ms on CPU | ` +
        `${top(s.self, 4)} | from: ${top(s.roots, 2)}`,
    );
  }
}

main();
