/**
 * The statistics the pipeline keeps, as counters in the job's store (the
 * `data/` keys of streaming's ExactlyOnceStore), and how a batch of lines
 * turns into increments of them.
 *
 * Counter keys (every value a whole number; <day> is yyyyMMdd):
 *
 *   days/<day>                          course visits on that day
 *   day/<day>/course/<id>               visits of course <id>
 *   day/<day>/engine/<engine>/<id>      visits of course <id> from a search engine (search-engine.ts)
 *   day/<day>/client/<family>           course visits per client family (client-family.ts)
 *   day/<day>/region/<region>           course visits per region (region.ts)
 *   day/<day>/minute/<HHmm>             course visits in that minute
 *   total/lines                         lines read (all of them)
 *   total/visits                        lines that were course visits
 *   total/other-url                     well-formed lines of other pages (dropped)
 *   total/malformed                     malformed lines (dropped)
 *
 * So total/lines = total/visits + total/other-url + total/malformed, and for
 * each day days/<day> equals the sum of its course/, client/, region/ and
 * minute/ counters.
 */
import { cleanLine } from './access-log.js';
import type { ClientFamilies } from './client-family.js';
import { SEARCH_ENGINES, searchEngineOf } from './search-engine.js';

/** Counter keys of the totals. */
export const TOTAL_KEYS = {
  lines: 'total/lines',
  visits: 'total/visits',
  otherUrl: 'total/other-url',
  malformed: 'total/malformed',
} as const;

/** Adds `n` to counter `key` of `counts`. */
function bump(counts: Map<string, number>, key: string, n = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

/** Classifiers a batch needs (the region lookup and a user-agent cache). */
export interface Classifiers {
  clients: ClientFamilies;
  regionOf(ip: string): string;
}

/**
 * Adds the counters of one raw line to `counts` (a per-batch map of
 * increments). Lines that are not course visits only count in the totals.
 */
export function countLine(line: string, counts: Map<string, number>, classify: Classifiers): void {
  bump(counts, TOTAL_KEYS.lines);
  const c = cleanLine(line);
  if (c.kind === 'malformed') return bump(counts, TOTAL_KEYS.malformed);
  if (c.kind === 'other-url') return bump(counts, TOTAL_KEYS.otherUrl);
  const v = c.visit;
  const day = `day/${v.day}/`;
  bump(counts, TOTAL_KEYS.visits);
  bump(counts, `days/${v.day}`);
  bump(counts, `${day}course/${v.courseId}`);
  const engine = searchEngineOf(v.referer);
  if (engine !== null) bump(counts, `${day}engine/${engine}/${v.courseId}`);
  bump(counts, `${day}client/${classify.clients.of(v.userAgent)}`);
  bump(counts, `${day}region/${classify.regionOf(v.ip)}`);
  bump(counts, `${day}minute/${v.minute}`);
}

/** The increments of a list of lines. */
export function countLines(lines: Iterable<string>, classify: Classifiers): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) countLine(line, counts, classify);
  return counts;
}

/** The totals over every day. */
export interface Totals {
  lines: number;
  visits: number;
  otherUrl: number;
  malformed: number;
}

/** One day's statistics, as the page shows them. */
export interface DayStats {
  day: string;
  /** Course visits on the day. */
  visits: number;
  /** [course id, visits], by course id (numeric order). */
  courses: [string, number][];
  /** Engine → [course id, visits] by course id; engines in SEARCH_ENGINES order, only those with visits. */
  engines: { engine: string; visits: number; courses: [string, number][] }[];
  /** [family, visits], most visits first. */
  clients: [string, number][];
  /** [region, visits], most visits first. */
  regions: [string, number][];
  /** [HHmm, visits], in time order. */
  minutes: [string, number][];
}

const byCount = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
const byCourse = (a: [string, number], b: [string, number]): number => Number(a[0]) - Number(b[0]);

/**
 * A day's statistics from its counters: `entries` are [key, value] of the
 * keys under `day/<day>/` (with that prefix), `visits` its days/<day> counter.
 */
export function dayStats(day: string, visits: number, entries: Iterable<[string, number]>): DayStats {
  const prefix = `day/${day}/`;
  const courses: [string, number][] = [];
  const engines = new Map<string, [string, number][]>();
  const clients: [string, number][] = [];
  const regions: [string, number][] = [];
  const minutes: [string, number][] = [];
  for (const [key, n] of entries) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const slash = rest.indexOf('/');
    const kind = rest.slice(0, slash);
    const name = rest.slice(slash + 1);
    if (kind === 'course') courses.push([name, n]);
    else if (kind === 'client') clients.push([name, n]);
    else if (kind === 'region') regions.push([name, n]);
    else if (kind === 'minute') minutes.push([name, n]);
    else if (kind === 'engine') {
      const s = name.indexOf('/');
      const engine = name.slice(0, s);
      let list = engines.get(engine);
      if (!list) engines.set(engine, (list = []));
      list.push([name.slice(s + 1), n]);
    }
  }
  const order = (e: string): number => {
    const i = (SEARCH_ENGINES as readonly string[]).indexOf(e);
    return i < 0 ? SEARCH_ENGINES.length : i;
  };
  return {
    day,
    visits,
    courses: courses.sort(byCourse),
    engines: [...engines]
      .sort((a, b) => order(a[0]) - order(b[0]) || (a[0] < b[0] ? -1 : 1))
      .map(([engine, list]) => ({ engine, visits: list.reduce((s, [, n]) => s + n, 0), courses: list.sort(byCourse) })),
    clients: clients.sort(byCount),
    regions: regions.sort(byCount),
    minutes: minutes.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  };
}
