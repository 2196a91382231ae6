/**
 * The files and texts of kafka-reassign-partitions, as Apache Kafka's
 * ReassignPartitionsCommand reads and prints them:
 *
 * ```
 * topics to move (--topics-to-move-json-file):
 *   {"topics": [{"topic": "foo"}, {"topic": "foo1"}], "version": 1}
 * a reassignment (--reassignment-json-file, and what --generate prints):
 *   {"version":1,"partitions":[{"topic":"foo","partition":0,"replicas":[1,2],"log_dirs":["any","any"]}]}
 *   ("version" defaults to 1, the only one; "log_dirs" is optional, one per
 *   replica, "any" or an absolute directory on that broker)
 * ```
 *
 * and the throttle arithmetic of --execute --throttle: for each moving
 * partition, its sources (the current replicas, or the original ones of a
 * reassignment in progress) are leader-throttled (`p:b` in
 * leader.replication.throttled.replicas) and its new destinations
 * follower-throttled (follower.replication.throttled.replicas); every
 * source and destination broker gets the rate.
 */
import { ToolError } from './tool.js';

/** A topic-partition. */
export interface Tp {
  topic: string;
  partition: number;
}

/** The "any" log dir: wherever the broker puts the replica. */
export const ANY_LOG_DIR = 'any';

/** Kafka's "topic-partition" text. */
export function tpString(tp: Tp): string {
  return `${tp.topic}-${tp.partition}`;
}

/** Kafka's order: by topic, then partition. */
export function byTopicPartition(a: Tp, b: Tp): number {
  return a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition;
}

/** One partition of a reassignment file. */
export interface PlannedPartition extends Tp {
  replicas: number[];
  /** One per replica. */
  logDirs: string[];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ToolError(`Error: The input string is not a valid JSON: ${(err as Error).message}`);
  }
}

function versionOf(v: Record<string, unknown>): void {
  const version = v.version ?? 1;
  if (version !== 1) throw new ToolError(`Error: Not supported version field value ${JSON.stringify(version)}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** The topics of a --topics-to-move-json-file (duplicates refused, as Kafka does). */
export function parseTopicsToMove(text: string): string[] {
  const v = parseJson(text);
  if (!isObject(v)) throw new ToolError('Error: The input string is not a valid JSON object');
  versionOf(v);
  const list = v.topics ?? [];
  if (!Array.isArray(list)) throw new ToolError('Error: "topics" must be an array of {"topic": "name"}');
  const topics = list.map((t: unknown, i) => {
    if (!isObject(t) || typeof t.topic !== 'string') throw new ToolError(`Error: entry ${i} of "topics" needs "topic" (a string)`);
    return t.topic;
  });
  const dups = duplicates(topics);
  if (dups.length > 0) throw new ToolError(`Error: List of topics to reassign contains duplicate entries: ${dups.join(',')}`);
  return topics;
}

function duplicates<T>(items: readonly T[]): T[] {
  const seen = new Set<T>();
  const out = new Set<T>();
  for (const x of items) (seen.has(x) ? out : seen).add(x);
  return [...out];
}

/** The partitions of a --reassignment-json-file, in file order (not deduplicated: callers check). */
export function parseReassignment(text: string): PlannedPartition[] {
  const v = parseJson(text);
  if (!isObject(v)) throw new ToolError('Error: The input string is not a valid JSON object');
  versionOf(v);
  const list = v.partitions ?? [];
  if (!Array.isArray(list)) throw new ToolError('Error: "partitions" must be an array');
  return list.map((p: unknown, i) => {
    if (!isObject(p) || typeof p.topic !== 'string' || !isInt(p.partition) || !Array.isArray(p.replicas) || !p.replicas.every(isInt))
      throw new ToolError(`Error: entry ${i} of "partitions" needs "topic" (a string), "partition" and "replicas" (integers)`);
    const replicas = p.replicas;
    let logDirs: string[];
    if (p.log_dirs === undefined) logDirs = replicas.map(() => ANY_LOG_DIR);
    else if (Array.isArray(p.log_dirs) && p.log_dirs.every((d) => typeof d === 'string')) logDirs = p.log_dirs as string[];
    else throw new ToolError(`Error: "log_dirs" of entry ${i} must be an array of strings`);
    const tp = { topic: p.topic, partition: p.partition };
    if (logDirs.length !== replicas.length)
      throw new ToolError(
        `Error: Size of replicas list [${replicas.join(', ')}] is different from size of log dirs list [${logDirs.join(', ')}] for partition ${tpString(tp)}`,
      );
    return { ...tp, replicas, logDirs };
  });
}

/** Kafka's checks of a plan to execute: not empty, no empty replica list, no partition twice, no replica twice. */
export function checkExecutePlan(plan: readonly PlannedPartition[]): void {
  if (plan.length === 0) throw new ToolError('Error: Partition reassignment list cannot be empty');
  if (plan.some((p) => p.replicas.length === 0)) throw new ToolError('Error: Partition replica list cannot be empty');
  const dupParts = duplicates(plan.map(tpString));
  if (dupParts.length > 0) throw new ToolError(`Error: Partition reassignment contains duplicate topic partitions: ${dupParts.join(',')}`);
  const dupReplicas = plan
    .map((p) => ({ tp: tpString(p), dups: duplicates(p.replicas) }))
    .filter((d) => d.dups.length > 0)
    .map((d) => `${d.tp} contains multiple entries for ${d.dups.join(',')}`);
  if (dupReplicas.length > 0)
    throw new ToolError(`Error: Partition replica lists may not contain duplicate entries: ${dupReplicas.join('. ')}`);
}

/** The reassignment JSON Kafka prints: compact, partitions sorted, "any" log dirs. */
export function formatReassignmentJson(parts: Iterable<Tp & { replicas: number[] }>): string {
  const partitions = [...parts].sort(byTopicPartition).map((p) => ({
    topic: p.topic,
    partition: p.partition,
    replicas: p.replicas,
    log_dirs: p.replicas.map(() => ANY_LOG_DIR),
  }));
  return JSON.stringify({ version: 1, partitions });
}

/** A reassignment in progress as ListPartitionReassignments describes it. */
export interface Ongoing extends Tp {
  replicas: number[];
  addingReplicas: number[];
  removingReplicas: number[];
}

/** --list's text. */
export function ongoingText(ongoing: readonly Ongoing[]): string {
  if (ongoing.length === 0) return 'No partition reassignments found.';
  const lines = [...ongoing].sort(byTopicPartition).map((r) => {
    const adding = r.addingReplicas.length > 0 ? ` adding: ${r.addingReplicas.join(',')}.` : '';
    const removing = r.removingReplicas.length > 0 ? ` removing: ${r.removingReplicas.join(',')}.` : '';
    return `${tpString(r)}: replicas: ${r.replicas.join(',')}.${adding}${removing}`;
  });
  return `Current partition reassignments:\n${lines.join('\n')}`;
}

/** Where one partition of a plan stands (--verify). */
export interface PartitionState extends Tp {
  current: number[];
  target: number[];
  done: boolean;
}

/** --verify's status text. */
export function statesText(states: readonly PartitionState[]): string {
  const lines = ['Status of partition reassignment:'];
  for (const s of [...states].sort(byTopicPartition)) {
    if (!s.done) lines.push(`Reassignment of partition ${tpString(s)} is still in progress.`);
    else if (s.current.join(',') === s.target.join(',')) lines.push(`Reassignment of partition ${tpString(s)} is complete.`);
    else
      lines.push(
        `There is no active reassignment of partition ${tpString(s)}, but replica set is ${s.current.join(',')} rather than ${s.target.join(',')}.`,
      );
  }
  return lines.join('\n');
}

/** The throttle configs of --execute --throttle. */
export interface Throttles {
  /** leader.replication.throttled.replicas per topic. */
  leader: Map<string, string>;
  /** follower.replication.throttled.replicas per topic. */
  follower: Map<string, string>;
  /** The brokers that get the rate, ascending. */
  brokers: number[];
}

/**
 * Throttles for moving `plan` from `current` (replicas per "topic-partition"),
 * counting the reassignments already in progress as Kafka does (their
 * sources are their original replicas, their destinations the replicas
 * being added).
 */
export function planThrottles(
  plan: readonly (Tp & { replicas: number[] })[],
  current: ReadonlyMap<string, readonly number[]>,
  ongoing: readonly Ongoing[],
): Throttles {
  const moves = new Map<string, Map<number, { sources: Set<number>; destinations: Set<number> }>>();
  const movesOf = (topic: string) => {
    let m = moves.get(topic);
    if (!m) moves.set(topic, (m = new Map()));
    return m;
  };
  for (const r of ongoing)
    movesOf(r.topic).set(r.partition, {
      sources: new Set(r.replicas.filter((x) => !r.addingReplicas.includes(x))),
      destinations: new Set(r.addingReplicas),
    });
  for (const p of plan) {
    const m = movesOf(p.topic);
    const sources = m.get(p.partition)?.sources ?? new Set(current.get(tpString(p)) ?? []);
    if (sources.size === 0) throw new ToolError(`Error: Trying to reassign a topic partition ${tpString(p)} with 0 replicas`);
    m.set(p.partition, { sources, destinations: new Set(p.replicas.filter((x) => !sources.has(x))) });
  }
  const leader = new Map<string, string>();
  const follower = new Map<string, string>();
  const brokers = new Set<number>();
  for (const [topic, m] of moves) {
    const l = new Set<string>();
    const f = new Set<string>();
    for (const [partition, move] of m) {
      for (const s of move.sources) {
        l.add(`${partition}:${s}`);
        brokers.add(s);
      }
      for (const d of move.destinations) {
        if (!move.sources.has(d)) f.add(`${partition}:${d}`);
        brokers.add(d);
      }
    }
    // Kafka keeps them in a sorted set of strings.
    leader.set(topic, [...l].sort().join(','));
    follower.set(topic, [...f].sort().join(','));
  }
  return { leader, follower, brokers: [...brokers].sort((a, b) => a - b) };
}
