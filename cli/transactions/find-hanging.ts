/**
 * `kafka-transactions find-hanging` (Kafka 3.x, KIP-664): open transactions
 * in partition logs that their coordinator no longer knows, so that nothing
 * will ever end them and the partition's last stable offset is stuck.
 *
 * The search, as Kafka's tool does it:
 * 1. Partitions: `--topic T --partition P`, every partition of `--topic T`,
 *    or every partition (internal topics included) with a replica on
 *    `--broker-id B` (with --topic too: that topic's partitions on B).
 * 2. Their producers (DescribeProducers: at B when --broker-id is given,
 *    which reads B's replica, else at each partition's leader). A candidate
 *    is a producer with an open transaction (a current transaction start
 *    offset) whose last write is older than `--max-transaction-timeout`
 *    minutes (default 15: transaction.max.timeout.ms's default), so the
 *    coordinator should have ended it by now.
 * 3. The candidates' transactional ids (ListTransactions on every broker,
 *    filtered by their producer ids) and the coordinators' view of them
 *    (DescribeTransactions at the broker that listed the id).
 * 4. Hanging: a candidate whose producer id no coordinator lists, or whose
 *    id the coordinator cannot describe, or whose coordinator's transaction
 *    does not hold that partition in an open state at that producer epoch
 *    (a PrepareAbort/PrepareEpochFence one epoch above counts as holding it:
 *    a fencing abort's markers carry the bumped epoch).
 *
 * Output: Kafka's table, `Topic Partition ProducerId ProducerEpoch
 * CoordinatorEpoch StartOffset LastTimestamp Duration(min)` (the header
 * alone when nothing hangs). `abort --topic T --partition P --start-offset N`
 * then ends one.
 */
import type { KafkaClient } from '../../client/index.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { ErrorCode, errorName } from '../../protocol/generated/errors.js';
import { encodeDescribeProducersRequest } from '../../protocol/generated/describe-producers-request.js';
import { decodeDescribeProducersResponse, type ProducerState } from '../../protocol/generated/describe-producers-response.js';
import { encodeListTransactionsRequest } from '../../protocol/generated/list-transactions-request.js';
import { decodeListTransactionsResponse } from '../../protocol/generated/list-transactions-response.js';
import { encodeDescribeTransactionsRequest } from '../../protocol/generated/describe-transactions-request.js';
import {
  decodeDescribeTransactionsResponse,
  type TransactionState as Described,
} from '../../protocol/generated/describe-transactions-response.js';
import { UsageError } from '../common/args.js';
import { ToolError } from '../common/tool.js';
import { formatTable } from './table.js';

/** What to search. */
export interface FindHangingOptions {
  brokerId?: number;
  topic?: string;
  partition?: number;
  /** --max-transaction-timeout, in ms. */
  maxTransactionTimeoutMs: number;
}

interface Tp {
  topic: string;
  partition: number;
}

/** An open transaction in a partition log. */
interface OpenTxn {
  tp: Tp;
  producer: ProducerState;
}

const OPEN_STATES = new Set(['Ongoing', 'PrepareCommit', 'PrepareAbort', 'PrepareEpochFence']);
const HEADERS = ['Topic', 'Partition', 'ProducerId', 'ProducerEpoch', 'CoordinatorEpoch', 'StartOffset', 'LastTimestamp', 'Duration(min)'];

/** The partitions to search (step 1). */
async function partitionsToSearch(client: KafkaClient, o: FindHangingOptions): Promise<Tp[]> {
  if (o.topic !== undefined && o.partition !== undefined) return [{ topic: o.topic, partition: o.partition }];
  const md = await client.refreshMetadata(o.topic === undefined ? null : [o.topic]);
  const out: Tp[] = [];
  for (const t of md.topics) {
    if (t.name === null) continue;
    if (t.errorCode !== ErrorCode.NONE) throw new ToolError(`Failed to describe topic ${t.name}: ${errorName(t.errorCode)}`);
    for (const p of t.partitions)
      if (o.brokerId === undefined || p.replicaNodes.includes(o.brokerId)) out.push({ topic: t.name, partition: p.partitionIndex });
  }
  return out.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition));
}

/** DescribeProducers of `tps` at `node`; a partition answered with an error fails the command, as Kafka's tool does. */
async function openTransactionsAt(client: KafkaClient, node: number, tps: readonly Tp[]): Promise<OpenTxn[]> {
  const byTopic = new Map<string, number[]>();
  for (const tp of tps) {
    let l = byTopic.get(tp.topic);
    if (!l) byTopic.set(tp.topic, (l = []));
    l.push(tp.partition);
  }
  const conn = await client.nodeConnection(node);
  const res = await conn.send(
    ApiKey.DescribeProducers,
    (w, v) =>
      encodeDescribeProducersRequest(w, v, { topics: [...byTopic].map(([name, partitionIndexes]) => ({ name, partitionIndexes })) }),
    decodeDescribeProducersResponse,
  );
  const out: OpenTxn[] = [];
  for (const t of res.topics) {
    for (const p of t.partitions) {
      if (p.errorCode !== ErrorCode.NONE)
        throw new ToolError(
          `Failed to describe producers of partition ${t.name}-${p.partitionIndex} on broker ${node}: ${errorName(p.errorCode)}`,
        );
      for (const s of p.activeProducers)
        if (s.currentTxnStartOffset >= 0) out.push({ tp: { topic: t.name, partition: p.partitionIndex }, producer: s });
    }
  }
  return out;
}

/** Transactional ids of `producerIds` by producer id, with the broker that listed each (its coordinator). */
async function transactionalIds(client: KafkaClient, producerIds: number[]): Promise<Map<number, { id: string; coordinator: number }>> {
  await client.refreshMetadata([]);
  const out = new Map<number, { id: string; coordinator: number }>();
  for (const b of [...client.brokers.values()].sort((x, y) => x.nodeId - y.nodeId)) {
    const conn = await client.nodeConnection(b.nodeId);
    const res = await conn.send(
      ApiKey.ListTransactions,
      (w, v) =>
        encodeListTransactionsRequest(w, v, { stateFilters: [], producerIdFilters: producerIds, durationFilter: v >= 1 ? -1 : undefined }),
      decodeListTransactionsResponse,
    );
    if (res.errorCode !== ErrorCode.NONE)
      throw new ToolError(`Failed to list transactions of broker ${b.nodeId}: ${errorName(res.errorCode)}`);
    for (const s of res.transactionStates)
      if (!out.has(s.producerId)) out.set(s.producerId, { id: s.transactionalId, coordinator: b.nodeId });
  }
  return out;
}

/** Whether the coordinator's transaction `d` holds `t` open (see the header, step 4). */
function coordinatorHolds(d: Described, t: OpenTxn): boolean {
  if (d.producerId !== t.producer.producerId || !OPEN_STATES.has(d.transactionState)) return false;
  const fencing =
    (d.transactionState === 'PrepareAbort' || d.transactionState === 'PrepareEpochFence') &&
    d.producerEpoch === t.producer.producerEpoch + 1;
  if (d.producerEpoch !== t.producer.producerEpoch && !fencing) return false;
  return d.topics.some((x) => x.topic === t.tp.topic && x.partitions.includes(t.tp.partition));
}

/** Runs the search and returns Kafka's table. */
export async function findHanging(client: KafkaClient, o: FindHangingOptions): Promise<string> {
  if (o.partition !== undefined && o.topic === undefined) throw new UsageError('--partition requires --topic');
  if (o.topic === undefined && o.brokerId === undefined)
    throw new UsageError('The `find-hanging` command requires either --topic or --broker-id to limit the search');
  const tps = await partitionsToSearch(client, o);
  const open: OpenTxn[] = [];
  if (tps.length > 0) {
    const byNode = o.brokerId !== undefined ? new Map([[o.brokerId, tps]]) : await client.byLeader(tps);
    for (const [node, list] of byNode) open.push(...(await openTransactionsAt(client, node, list)));
  }
  const now = Date.now();
  const candidates = open.filter((t) => now - t.producer.lastTimestamp > o.maxTransactionTimeoutMs);
  const hanging: OpenTxn[] = [];
  if (candidates.length > 0) {
    const ids = await transactionalIds(client, [...new Set(candidates.map((t) => t.producer.producerId))]);
    const described = new Map<string, Described>();
    for (const { id, coordinator } of ids.values()) {
      const conn = await client.nodeConnection(coordinator);
      const res = await conn.send(
        ApiKey.DescribeTransactions,
        (w, v) => encodeDescribeTransactionsRequest(w, v, { transactionalIds: [id] }),
        decodeDescribeTransactionsResponse,
      );
      const d = res.transactionStates[0];
      if (d && d.errorCode === ErrorCode.NONE) described.set(id, d);
    }
    for (const t of candidates) {
      const id = ids.get(t.producer.producerId);
      const d = id ? described.get(id.id) : undefined;
      if (!d || !coordinatorHolds(d, t)) hanging.push(t);
    }
  }
  const rows = hanging.map((t) => [
    t.tp.topic,
    String(t.tp.partition),
    String(t.producer.producerId),
    String(t.producer.producerEpoch),
    String(t.producer.coordinatorEpoch),
    String(t.producer.currentTxnStartOffset),
    String(t.producer.lastTimestamp),
    String(Math.floor((now - t.producer.lastTimestamp) / 60_000)),
  ]);
  return formatTable(HEADERS, rows);
}
