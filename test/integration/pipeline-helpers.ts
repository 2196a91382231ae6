/**
 * Helpers of the pipeline's integration tests: `tributary pipeline` as a
 * real process (its own process group; the URL and the job's pid read from
 * its output), the processes left under a data directory, and an
 * independent recomputation of the statistics from the raw access log —
 * written here with its own small parser, not the pipeline's, so that a
 * mistake in the job's cleaner or counters shows as a difference.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import geoip from 'geoip-lite';
import { UAParser } from 'ua-parser-js';
import { isBot } from 'ua-parser-js/bot-detection';
import { ROOT } from './harness.js';
import { waitFor } from './agent-helpers.js';

/** `tributary pipeline` running as a child process. */
export class PipelineProcess {
  readonly child: ChildProcess;
  output = '';
  private exited: Promise<number | null>;

  /** Starts `node bin/tributary.js pipeline --data-dir dir ...args`. */
  constructor(
    readonly dataDir: string,
    args: string[],
  ) {
    this.child = spawn(process.execPath, [path.join(ROOT, 'bin', 'tributary.js'), 'pipeline', '--data-dir', dataDir, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.child.stdout!.on('data', (d) => (this.output += d));
    this.child.stderr!.on('data', (d) => (this.output += d));
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  /** The page's URL, once printed. */
  async url(): Promise<string> {
    await waitFor(
      () => /Course statistics: (\S+)/.test(this.output) || this.child.exitCode !== null,
      'the pipeline to start',
      90_000,
      () => this.output,
    );
    const m = /Course statistics: (\S+)/.exec(this.output);
    if (!m) throw new Error(`the pipeline did not start:\n${this.output}`);
    return m[1];
  }

  /** The pid of the running job (the last one started). */
  jobPid(): number {
    const pids = [...this.output.matchAll(/job +pid (\d+)|job restarted: pid (\d+)/g)].map((m) => Number(m[1] ?? m[2]));
    if (pids.length === 0) throw new Error(`no job pid in the output:\n${this.output}`);
    return pids[pids.length - 1];
  }

  /** Sends SIGINT (Ctrl-C) and resolves with the exit code. */
  async interrupt(timeoutMs = 90_000): Promise<number | null> {
    this.child.kill('SIGINT');
    const timer = setTimeout(() => this.kill(), timeoutMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** SIGKILL to the pipeline's group and to every process still running under its data dir. */
  kill(): void {
    try {
      process.kill(-this.child.pid!, 'SIGKILL');
    } catch {
      // gone
    }
    for (const p of processesUnder(this.dataDir)) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
  }
}

/** Processes whose command line mentions `dir` (the agent, its tail, the job). */
export function processesUnder(dir: string): { pid: number; args: string }[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const found: { pid: number; args: string }[] = [];
  for (const line of out.split('\n')) {
    const m = /^\s*(\d+)\s+(.*)$/.exec(line);
    if (m && m[2].includes(dir) && Number(m[1]) !== process.pid) found.push({ pid: Number(m[1]), args: m[2] });
  }
  return found;
}

/** GET url as JSON. */
export async function getJson<T = any>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

// ---- The recomputation: its own parser and classifiers. ----

const ENGINE_BY_DOMAIN: [RegExp, string][] = [
  [/(^|\.)baidu\.com$/, 'baidu'],
  [/(^|\.)sogou\.com$/, 'sogou'],
  [/(^|\.)bing\.com$/, 'bing'],
  [/(^|\.)yahoo\.com$/, 'yahoo'],
  [/(^|\.)google\.[a-z.]+$/, 'google'],
  [/(^|\.)so\.com$/, 'so'],
];

function engine(referer: string): string | null {
  let host: string;
  try {
    const u = new URL(referer);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    host = u.hostname;
  } catch {
    return null;
  }
  for (const [re, name] of ENGINE_BY_DOMAIN) if (re.test(host)) return name;
  return 'other';
}

function client(ua: string): string {
  if (ua === '-' || ua.trim() === '') return 'unknown';
  return new UAParser(ua).getBrowser().name ?? (isBot(ua) ? 'Bot' : 'Other');
}

function region(ip: string): string {
  const [a, b] = ip.split('.').map(Number);
  const privateV4 =
    net.isIPv4(ip) &&
    (a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 172 && b >= 16 && b < 32) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b < 128));
  if (privateV4) return 'unknown';
  const g = geoip.lookup(ip);
  if (!g) return 'unknown';
  return g.region ? `${g.country}-${g.region}` : g.country;
}

/** A valid `yyyy-MM-dd HH:mm:ss` as [yyyyMMdd, HHmm], else null. */
function dayAndMinute(time: string): [string, string] | null {
  if (!/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(time)) return null;
  const [d, t] = time.split(' ');
  const [y, mo, da] = d.split('-').map(Number);
  const [h, mi, s] = t.split(':').map(Number);
  const date = new Date(Date.UTC(y, mo - 1, da, h, mi, s));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== da || h > 23 || mi > 59 || s > 59) return null;
  return [d.replaceAll('-', ''), t.slice(0, 5).replace(':', '')];
}

/** The counters (the store's keys, pipeline/course-stats.ts) of a raw access log, recomputed. */
export function recompute(lines: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (k: string): void => void counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const raw of lines) {
    add('total/lines');
    const f = raw.split('\t');
    const dm = f.length === 5 || f.length === 6 ? dayAndMinute(f[1]) : null;
    const req = f.length >= 5 ? /^"?[A-Z]+ (\S+) HTTP\/[\d.]+"?$/.exec(f[2]) : null;
    if (!dm || !req || net.isIP(f[0]) === 0 || !/^[1-5]\d\d$/.test(f[3]) || f[4] === '') {
      add('total/malformed');
      continue;
    }
    const course = /^\/class\/(\d+)\.html(?:[?#].*)?$/.exec(req[1]);
    if (!course) {
      add('total/other-url');
      continue;
    }
    const [day, minute] = dm;
    const id = String(parseInt(course[1], 10));
    add('total/visits');
    add(`days/${day}`);
    add(`day/${day}/course/${id}`);
    const e = engine(f[4]);
    if (e) add(`day/${day}/engine/${e}/${id}`);
    add(`day/${day}/client/${client(f[5] ?? '-')}`);
    add(`day/${day}/region/${region(f[0])}`);
    add(`day/${day}/minute/${minute}`);
  }
  return counts;
}

/** The recomputed counters of one day as {kind: {name: count}} (engine names as "engine/course"). */
export function dayView(counts: Map<string, number>, day: string): Record<string, Record<string, number>> {
  const view: Record<string, Record<string, number>> = { course: {}, engine: {}, client: {}, region: {}, minute: {} };
  const prefix = `day/${day}/`;
  for (const [k, n] of counts) {
    if (!k.startsWith(prefix)) continue;
    const rest = k.slice(prefix.length);
    const i = rest.indexOf('/');
    view[rest.slice(0, i)][rest.slice(i + 1)] = n;
  }
  return view;
}

/** The same view of a day as the page's API answers it. */
export function apiDayView(day: {
  courses: [string, number][];
  engines: { engine: string; courses: [string, number][] }[];
  clients: [string, number][];
  regions: [string, number][];
  minutes: [string, number][];
}): Record<string, Record<string, number>> {
  const engine: Record<string, number> = {};
  for (const e of day.engines) for (const [c, n] of e.courses) engine[`${e.engine}/${c}`] = n;
  return {
    course: Object.fromEntries(day.courses),
    engine,
    client: Object.fromEntries(day.clients),
    region: Object.fromEntries(day.regions),
    minute: Object.fromEntries(day.minutes),
  };
}

/** The lines of the raw access log. */
export function rawLines(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
}
