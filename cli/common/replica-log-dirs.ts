/**
 * Replica moves between log dirs for kafka-reassign-partitions, as Apache
 * Kafka's ReassignPartitionsCommand does them: each replica of the
 * reassignment file whose "log_dirs" entry is not "any" is a move
 * (`TopicPartitionReplica`, printed `<broker>-<topic>-<partition>`, sorted
 * by broker, topic, partition), sent as AlterReplicaLogDirs to its broker;
 * a replica the broker does not have yet (REPLICA_NOT_AVAILABLE: the
 * reassignment has not created it there yet) is asked again every 100 ms
 * until --timeout. Progress (--verify) and cancelling (--cancel) read the
 * replicas' current and future dirs from DescribeLogDirs.
 */
import type { KafkaClient } from '../../client/index.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { encodeAlterReplicaLogDirsRequest } from '../../protocol/generated/alter-replica-log-dirs-request.js';
import { decodeAlterReplicaLogDirsResponse } from '../../protocol/generated/alter-replica-log-dirs-response.js';
import { encodeDescribeLogDirsRequest } from '../../protocol/generated/describe-log-dirs-request.js';
import { decodeDescribeLogDirsResponse } from '../../protocol/generated/describe-log-dirs-response.js';
import { exceptionText } from './partition-admin.js';
import { ANY_LOG_DIR, type PlannedPartition } from './reassignment-plan.js';
import { ToolError } from './tool.js';

/** One replica to move to a log dir. */
export interface ReplicaMove {
  broker: number;
  topic: string;
  partition: number;
  logDir: string;
}

/** Kafka's TopicPartitionReplica text. */
export function replicaText(r: { broker: number; topic: string; partition: number }): string {
  return `${r.broker}-${r.topic}-${r.partition}`;
}

/** Kafka's order of replicas: broker, topic, partition. */
export function byReplica(a: ReplicaMove, b: ReplicaMove): number {
  return a.broker - b.broker || (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition);
}

/** The moves of a reassignment plan (log_dirs other than "any"). */
export function replicaMoves(plan: readonly PlannedPartition[]): ReplicaMove[] {
  const out: ReplicaMove[] = [];
  for (const p of plan)
    p.replicas.forEach((broker, i) => {
      const logDir = p.logDirs[i];
      if (logDir !== undefined && logDir !== ANY_LOG_DIR) out.push({ broker, topic: p.topic, partition: p.partition, logDir });
    });
  return out.sort(byReplica);
}

function byBroker(moves: readonly ReplicaMove[]): Map<number, ReplicaMove[]> {
  const out = new Map<number, ReplicaMove[]>();
  for (const m of moves) {
    let list = out.get(m.broker);
    if (!list) out.set(m.broker, (list = []));
    list.push(m);
  }
  return out;
}

/** Sends each broker its moves; resolves the error code of each move. */
async function alterOnce(cluster: KafkaClient, moves: readonly ReplicaMove[]): Promise<Map<ReplicaMove, number>> {
  const out = new Map<ReplicaMove, number>();
  for (const [broker, list] of byBroker(moves)) {
    const dirs = new Map<string, Map<string, number[]>>();
    for (const m of list) {
      let topics = dirs.get(m.logDir);
      if (!topics) dirs.set(m.logDir, (topics = new Map()));
      let parts = topics.get(m.topic);
      if (!parts) topics.set(m.topic, (parts = []));
      parts.push(m.partition);
    }
    const request = {
      dirs: [...dirs].map(([path, topics]) => ({ path, topics: [...topics].map(([name, partitions]) => ({ name, partitions })) })),
    };
    const conn = await cluster.nodeConnection(broker);
    const resp = await conn.send(
      ApiKey.AlterReplicaLogDirs,
      (w, v) => encodeAlterReplicaLogDirsRequest(w, v, request),
      decodeAlterReplicaLogDirsResponse,
    );
    const codes = new Map<string, number>();
    for (const t of resp.results) for (const p of t.partitions) codes.set(`${t.topicName}\u0000${p.partitionIndex}`, p.errorCode);
    for (const m of list) out.set(m, codes.get(`${m.topic}\u0000${m.partition}`) ?? ErrorCode.UNKNOWN_SERVER_ERROR);
  }
  return out;
}

/**
 * Starts every move, asking again for replicas not created yet until
 * `timeoutMs`; prints Kafka's "Successfully started log directory move(s)
 * for: ..." for each round that started some. Throws ToolError on another
 * error or the timeout.
 */
export async function executeMoves(cluster: KafkaClient, moves: readonly ReplicaMove[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let pending = [...moves];
  for (;;) {
    const codes = await alterOnce(cluster, pending);
    const started: ReplicaMove[] = [];
    for (const [m, code] of codes) {
      if (code === ErrorCode.NONE) started.push(m);
      else if (code !== ErrorCode.REPLICA_NOT_AVAILABLE)
        throw new ToolError(`Error: Failed to alter dir for ${replicaText(m)}: ${exceptionText(code, null)}`);
    }
    if (started.length > 0)
      console.log(
        `Successfully started log directory move${started.length === 1 ? '' : 's'} for: ${started.sort(byReplica).map(replicaText).join(',')}`,
      );
    pending = pending.filter((m) => !started.includes(m));
    if (pending.length === 0) return;
    if (Date.now() >= deadline)
      throw new ToolError(
        `Error: Timed out before log directory move${pending.length === 1 ? '' : 's'} could be started for: ${pending.map(replicaText).join(',')}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Where a replica is: its current and future log dirs (null: none found). */
export interface ReplicaDirs {
  current: string | null;
  future: string | null;
}

/** The current and future dirs of every moved replica (DescribeLogDirs on each broker). */
export async function describeReplicaDirs(cluster: KafkaClient, moves: readonly ReplicaMove[]): Promise<Map<ReplicaMove, ReplicaDirs>> {
  const out = new Map<ReplicaMove, ReplicaDirs>();
  for (const [broker, list] of byBroker(moves)) {
    const topics = [...new Set(list.map((m) => m.topic))].map((topic) => ({
      topic,
      partitions: list.filter((m) => m.topic === topic).map((m) => m.partition),
    }));
    const found = new Map<string, ReplicaDirs>();
    try {
      const conn = await cluster.nodeConnection(broker);
      const resp = await conn.send(
        ApiKey.DescribeLogDirs,
        (w, v) => encodeDescribeLogDirsRequest(w, v, { topics }),
        decodeDescribeLogDirsResponse,
      );
      for (const d of resp.results) {
        if (d.errorCode !== ErrorCode.NONE) continue;
        for (const t of d.topics)
          for (const p of t.partitions) {
            const key = `${t.name}\u0000${p.partitionIndex}`;
            const dirs = found.get(key) ?? { current: null, future: null };
            if (p.isFutureKey) dirs.future = d.logDir;
            else dirs.current = d.logDir;
            found.set(key, dirs);
          }
      }
    } catch {
      // A broker that cannot answer: its replicas are "missing", as Kafka reports them.
    }
    for (const m of list) out.set(m, found.get(`${m.topic}\u0000${m.partition}`) ?? { current: null, future: null });
  }
  return out;
}

/** Whether a move is done (the replica is in its target dir and not moving). */
export function moveDone(m: ReplicaMove, d: ReplicaDirs): boolean {
  return d.future === null && d.current === m.logDir;
}

/** Kafka's replicaMoveStatesToString: one line per move, in replica order. */
export function moveStatesText(states: ReadonlyMap<ReplicaMove, ReplicaDirs>): string {
  const lines: string[] = [];
  for (const m of [...states.keys()].sort(byReplica)) {
    const d = states.get(m)!;
    const tp = `${m.topic}-${m.partition}`;
    if (d.current === null)
      lines.push(
        `Partition ${tp} is not found in any live log dir on broker ${m.broker}. There is likely an offline log directory on the broker.`,
      );
    else if (d.future !== null)
      lines.push(
        d.future === m.logDir
          ? `Reassignment of replica ${replicaText(m)} is still in progress.`
          : `Partition ${tp} on broker ${m.broker} is being moved to log dir ${d.future} instead of ${m.logDir}.`,
      );
    else if (d.current === m.logDir) lines.push(`Reassignment of replica ${replicaText(m)} completed successfully.`);
    else lines.push(`Partition ${tp} on broker ${m.broker} is not being moved from log dir ${d.current} to ${m.logDir}.`);
  }
  return lines.join('\n');
}

/** Cancels the moves under way (each replica sent back to its current dir); resolves the cancelled ones. */
export async function cancelMoves(cluster: KafkaClient, moves: readonly ReplicaMove[]): Promise<ReplicaMove[]> {
  const states = await describeReplicaDirs(cluster, moves);
  const back: ReplicaMove[] = [];
  for (const [m, d] of states) if (d.future !== null && d.current !== null) back.push({ ...m, logDir: d.current });
  if (back.length === 0) return [];
  for (const [m, code] of await alterOnce(cluster, back))
    if (code !== ErrorCode.NONE) throw new ToolError(`Error: Failed to cancel the move of ${replicaText(m)}: ${exceptionText(code, null)}`);
  return back.sort(byReplica);
}
