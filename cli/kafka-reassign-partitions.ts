#!/usr/bin/env node
/**
 * kafka-reassign-partitions: Apache Kafka's ReassignPartitionsCommand
 * (KIP-455 edition): exactly one action of --generate, --execute, --verify,
 * --cancel, --list; Kafka's JSON files (cli/common/reassignment-plan.ts),
 * option checks, messages and output; --throttle sets the inter-broker
 * rate on the brokers involved and the throttled-replica lists on the
 * topics, and --verify / --cancel clear them once nothing is moving.
 *
 * --bootstrap-server does everything through the brokers (the controller's
 * AlterPartitionReassignments / ListPartitionReassignments, Metadata,
 * IncrementalAlterConfigs). --zookeeper (deprecated in Kafka, removed in
 * 3.0) works as Kafka 2.x's: --execute writes /admin/reassign_partitions
 * for the controller to carry out (refusing while that znode exists);
 * where this differs: the rest (reading assignments, --verify, the
 * throttles) goes through the brokers found in ZooKeeper, since they
 * answer the same. Replicas whose "log_dirs" entry is not "any" move
 * between log dirs of their broker (AlterReplicaLogDirs, retried while the
 * reassignment has not created them yet, up to --timeout;
 * --replica-alter-log-dirs-throttle bounds the copy); --verify reports each
 * move and --cancel sends moves under way back (cli/common/replica-log-dirs.ts).
 *
 * Failures print one line on stderr (the project's tools' convention; Kafka
 * prints them on stdout) and exit 1.
 */
import fs from 'node:fs';
import { requireOneAction, requireOptions, type ParsedArgs } from './common/args.js';
import { loadClientProperties, openAdminCluster, resolveBootstrap } from './common/tool-clients.js';
import { runTool, ToolError } from './common/tool.js';
import { alterConfigs, alterReassignments, exceptionText, listReassignments } from './common/partition-admin.js';
import { ErrorCode } from '../protocol/generated/errors.js';
import type { KafkaClient } from '../client/index.js';
import type { BrokerInfo } from '../broker/cluster/metadata-cache.js';
import { assignReplicas } from '../broker/cluster/replica-assignment.js';
import {
  byTopicPartition,
  checkExecutePlan,
  formatReassignmentJson,
  ongoingText,
  parseReassignment,
  parseTopicsToMove,
  planThrottles,
  statesText,
  tpString,
  type PartitionState,
  type PlannedPartition,
  type Tp,
} from './common/reassignment-plan.js';
import { OPTIONS, checkReassignArgs } from './common/reassign-options.js';
import {
  cancelMoves,
  describeReplicaDirs,
  executeMoves,
  moveDone,
  moveStatesText,
  replicaMoves,
  replicaText,
  type ReplicaMove,
} from './common/replica-log-dirs.js';

const CANNOT_EXECUTE =
  'Cannot execute because there is an existing partition assignment.  Use --additional to override this and create a new partition assignment in addition to the existing one. The --additional flag can also be used to change the throttle by resubmitting the current reassignment.';
const RUN_VERIFY = 'Warning: You must run --verify periodically, until the reassignment completes, to ensure the throttle is removed.';
const BROKER_THROTTLES = [
  'leader.replication.throttled.rate',
  'follower.replication.throttled.rate',
  'replica.alter.log.dirs.io.max.bytes.per.second',
];
const TOPIC_THROTTLES = ['leader.replication.throttled.replicas', 'follower.replication.throttled.replicas'];

function readFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new ToolError(`Error: cannot read ${file}: ${(err as Error).message}`);
  }
}

/** The replicas of every partition of `topics`; a missing topic fails as Kafka's describeTopics does. */
async function assignmentOf(cluster: KafkaClient, topics: readonly string[]): Promise<Map<string, Tp & { replicas: number[] }>> {
  const md = await cluster.refreshMetadata([...new Set(topics)]);
  const out = new Map<string, Tp & { replicas: number[] }>();
  for (const t of md.topics) {
    if (t.name === null) continue;
    if (t.errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION)
      throw new ToolError(`Error: org.apache.kafka.common.errors.UnknownTopicOrPartitionException: Topic ${t.name} not found.`);
    if (t.errorCode !== ErrorCode.NONE) throw new ToolError(`Error: ${exceptionText(t.errorCode, null)}`);
    for (const p of t.partitions)
      out.set(tpString({ topic: t.name, partition: p.partitionIndex }), {
        topic: t.name,
        partition: p.partitionIndex,
        replicas: p.replicaNodes,
      });
  }
  return out;
}

async function brokersOf(cluster: KafkaClient): Promise<BrokerInfo[]> {
  const md = await cluster.refreshMetadata([]);
  return md.brokers.map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port, rack: b.rack }));
}

async function generate(cluster: KafkaClient, args: ParsedArgs): Promise<void> {
  const rawList = args.value('broker-list')!;
  const ids = rawList.split(',').map((s) => {
    if (!/^\s*-?\d+\s*$/.test(s)) throw new ToolError(`Error: For input string: "${s}"`);
    return Number(s);
  });
  const dupIds = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (dupIds.length > 0) throw new ToolError(`Error: Broker list contains duplicate entries: ${[...new Set(dupIds)].join(',')}`);
  const topics = parseTopicsToMove(readFile(args.value('topics-to-move-json-file')!));
  const current = await assignmentOf(cluster, topics);
  const rackAware = !args.has('disable-rack-aware');
  const brokers = (await brokersOf(cluster)).filter((b) => ids.includes(b.nodeId)).map((b) => (rackAware ? b : { ...b, rack: null }));
  const rackless = brokers.filter((b) => b.rack === null).length;
  if (rackAware && rackless !== 0 && rackless !== brokers.length)
    throw new ToolError(
      'Error: Not all brokers have rack information. Add --disable-rack-aware in command line to make replica assignment without rack information.',
    );
  const proposed: (Tp & { replicas: number[] })[] = [];
  for (const topic of new Set(topics)) {
    const parts = [...current.values()].filter((p) => p.topic === topic).sort(byTopicPartition);
    if (parts.length === 0) continue;
    const rf = parts[0].replicas.length;
    if (rf > brokers.length) throw new ToolError(`Error: Replication factor: ${rf} larger than available brokers: ${brokers.length}.`);
    assignReplicas(brokers, parts.length, rf, 0).forEach((replicas, partition) => proposed.push({ topic, partition, replicas }));
  }
  console.log(`Current partition replica assignment\n${formatReassignmentJson(current.values())}\n`);
  console.log(`Proposed partition reassignment configuration\n${formatReassignmentJson(proposed)}`);
}

/** Sets replica.alter.log.dirs.io.max.bytes.per.second on the brokers with moves (Kafka's modifyLogDirThrottle). */
async function setLogDirThrottle(cluster: KafkaClient, moves: readonly ReplicaMove[], rate: number): Promise<void> {
  const brokers = [...new Set(moves.map((m) => m.broker))];
  await alterConfigs(
    cluster,
    brokers.map((b) => ({
      resourceType: 'broker' as const,
      resourceName: String(b),
      changes: { 'replica.alter.log.dirs.io.max.bytes.per.second': String(rate) },
    })),
  );
  console.log(`The replica-alter-dir throttle limit was set to ${rate} B/s`);
}

async function setThrottles(
  cluster: KafkaClient,
  plan: readonly PlannedPartition[],
  current: Map<string, Tp & { replicas: number[] }>,
  rate: number,
  ongoing: Parameters<typeof planThrottles>[2],
): Promise<void> {
  const t = planThrottles(plan, new Map([...current].map(([k, v]) => [k, v.replicas])), ongoing);
  const topics = [...new Set([...t.leader.keys(), ...t.follower.keys()])];
  await alterConfigs(
    cluster,
    topics.map((topic) => ({
      resourceType: 'topic' as const,
      resourceName: topic,
      changes: {
        'leader.replication.throttled.replicas': t.leader.get(topic) ?? '',
        'follower.replication.throttled.replicas': t.follower.get(topic) ?? '',
      },
    })),
  );
  await alterConfigs(
    cluster,
    t.brokers.map((b) => ({
      resourceType: 'broker' as const,
      resourceName: String(b),
      changes: { 'leader.replication.throttled.rate': String(rate), 'follower.replication.throttled.rate': String(rate) },
    })),
  );
  console.log(`The inter-broker throttle limit was set to ${rate} B/s`);
}

function currentText(plan: readonly PlannedPartition[], current: Map<string, Tp & { replicas: number[] }>): string {
  const shown = plan.map((p) => current.get(tpString(p))).filter((p): p is Tp & { replicas: number[] } => p !== undefined);
  return `Current partition replica assignment\n\n${formatReassignmentJson(shown)}\n\nSave this to use as the --reassignment-json-file option during rollback`;
}

const started = (plan: readonly Tp[]): string =>
  `Successfully started partition reassignment${plan.length === 1 ? '' : 's'} for ${[...plan].sort(byTopicPartition).map(tpString).join(',')}`;

async function execute(cluster: KafkaClient, args: ParsedArgs, zookeeper: string | undefined): Promise<void> {
  const plan = parseReassignment(readFile(args.value('reassignment-json-file')!));
  checkExecutePlan(plan);
  const moves = replicaMoves(plan);
  const timeoutMs = args.int('timeout') ?? 10_000;
  const rate = args.int('throttle') ?? -1;
  const known = new Set((await brokersOf(cluster)).map((b) => b.nodeId));
  if (zookeeper !== undefined) {
    await executeThroughZooKeeper(cluster, zookeeper, plan, known, rate);
    if (moves.length > 0) await executeMoves(cluster, moves, timeoutMs);
    return;
  }
  const ongoing = await listReassignments(cluster, null);
  if (ongoing.length > 0 && !args.has('additional')) throw new ToolError(CANNOT_EXECUTE);
  const unknown = plan.flatMap((p) => p.replicas).find((r) => !known.has(r));
  if (unknown !== undefined) throw new ToolError(`Error: Unknown broker id ${unknown}`);
  const current = await assignmentOf(
    cluster,
    plan.map((p) => p.topic),
  );
  console.log(currentText(plan, current));
  const logDirRate = args.int('replica-alter-log-dirs-throttle') ?? -1;
  if (rate >= 0 || logDirRate >= 0) console.log(RUN_VERIFY);
  if (rate >= 0) await setThrottles(cluster, plan, current, rate, ongoing);
  if (logDirRate >= 0 && moves.length > 0) await setLogDirThrottle(cluster, moves, logDirRate);
  const errors = (await alterReassignments(cluster, plan)).filter((r) => r.errorCode !== ErrorCode.NONE).sort(byTopicPartition);
  if (errors.length > 0)
    throw new ToolError(
      `Error reassigning partition(s):\n${errors.map((e) => `${tpString(e)}: ${exceptionText(e.errorCode, e.errorMessage).replace(/^[^:]*: /, '')}`).join('\n')}`,
    );
  console.log(started(plan));
  if (moves.length > 0) await executeMoves(cluster, moves, timeoutMs);
}

/** Kafka 2.x's --zookeeper --execute: the controller carries out /admin/reassign_partitions. */
async function executeThroughZooKeeper(
  cluster: KafkaClient,
  connect: string,
  plan: readonly PlannedPartition[],
  known: ReadonlySet<number>,
  rate: number,
): Promise<void> {
  const current = await assignmentOf(
    cluster,
    plan.map((p) => p.topic),
  );
  const missing = plan.filter((p) => !current.has(tpString(p)));
  if (missing.length > 0)
    throw new ToolError(`Error: The proposed assignment contains non-existent partitions: ${missing.map(tpString).join(',')}`);
  const unknown = [...new Set(plan.flatMap((p) => p.replicas).filter((r) => !known.has(r)))];
  if (unknown.length > 0) throw new ToolError(`Error: The proposed assignment contains non-existent brokerIDs: ${unknown.join(',')}`);
  const { ZkClient, ZkCode, isZkCode } = await import('../broker/cluster/zk/zk-client.js');
  const { ZkPaths } = await import('../broker/cluster/zk/zk-metadata-store.js');
  const { encodeReassignPartitions } = await import('../broker/cluster/zk/zk-admin-znodes.js');
  const zk = await ZkClient.connect({ connect, sessionTimeoutMs: 10_000, connectionTimeoutMs: 5000 }).catch(() => {
    throw new ToolError(`Error: could not connect to ZooKeeper at ${connect}`);
  });
  try {
    if (await zk.exists(ZkPaths.reassignPartitions)) throw new ToolError(CANNOT_EXECUTE);
    console.log(currentText(plan, current));
    if (rate >= 0) {
      console.log(RUN_VERIFY);
      await setThrottles(cluster, plan, current, rate, []);
    }
    try {
      await zk.create(ZkPaths.reassignPartitions, encodeReassignPartitions(plan));
    } catch (err) {
      if (isZkCode(err, ZkCode.NODE_EXISTS)) throw new ToolError(CANNOT_EXECUTE);
      throw err;
    }
    console.log(started(plan));
  } finally {
    zk.close();
  }
}

async function clearThrottles(cluster: KafkaClient, plan: readonly PlannedPartition[]): Promise<void> {
  const brokers = [...new Set([...(await brokersOf(cluster)).map((b) => b.nodeId), ...plan.flatMap((p) => p.replicas)])].sort(
    (a, b) => a - b,
  );
  console.log(`Clearing broker-level throttles on broker${brokers.length === 1 ? '' : 's'} ${brokers.join(',')}`);
  await alterConfigs(
    cluster,
    brokers.map((b) => ({
      resourceType: 'broker' as const,
      resourceName: String(b),
      changes: Object.fromEntries(BROKER_THROTTLES.map((k) => [k, null])),
    })),
  );
  const topics = [...new Set(plan.map((p) => p.topic))].sort();
  console.log(`Clearing topic-level throttles on topic${topics.length === 1 ? '' : 's'} ${topics.join(',')}`);
  await alterConfigs(
    cluster,
    topics.map((t) => ({
      resourceType: 'topic' as const,
      resourceName: t,
      changes: Object.fromEntries(TOPIC_THROTTLES.map((k) => [k, null])),
    })),
  );
}

async function verify(cluster: KafkaClient, args: ParsedArgs, zookeeper: boolean): Promise<number> {
  const plan = parseReassignment(readFile(args.value('reassignment-json-file')!));
  if (zookeeper)
    console.log(
      'Warning: because you are using the deprecated --zookeeper option, the results may be incomplete.  Use --bootstrap-server instead for more accurate results.',
    );
  const ongoing = await listReassignments(cluster, null);
  const byTp = new Map(ongoing.map((r) => [tpString(r), r]));
  const idle = plan.filter((p) => !byTp.has(tpString(p)));
  const current = new Map<string, number[]>();
  if (idle.length > 0) {
    const md = await cluster.refreshMetadata([...new Set(idle.map((p) => p.topic))]);
    for (const t of md.topics)
      if (t.name !== null && t.errorCode === ErrorCode.NONE)
        for (const p of t.partitions) current.set(tpString({ topic: t.name, partition: p.partitionIndex }), p.replicaNodes);
  }
  const states: PartitionState[] = plan.map((p) => {
    const o = byTp.get(tpString(p));
    return o
      ? { topic: p.topic, partition: p.partition, current: o.replicas, target: p.replicas, done: false }
      : { topic: p.topic, partition: p.partition, current: current.get(tpString(p)) ?? [], target: p.replicas, done: true };
  });
  console.log(statesText(states));
  // Then the log-dir move states (an empty line when there are none).
  const moves = replicaMoves(plan);
  const moveStates = await describeReplicaDirs(cluster, moves);
  if (moves.length > 0 || !zookeeper) console.log(moveStatesText(moveStates));
  const movesOngoing = [...moveStates].some(([m, d]) => !moveDone(m, d));
  if (ongoing.length === 0 && !movesOngoing && !args.has('preserve-throttles')) await clearThrottles(cluster, plan);
  return 0;
}

async function cancel(cluster: KafkaClient, args: ParsedArgs): Promise<void> {
  const plan = parseReassignment(readFile(args.value('reassignment-json-file')!));
  const active = (await listReassignments(cluster, plan)).filter((r) => r.addingReplicas.length > 0 || r.removingReplicas.length > 0);
  if (active.length > 0) {
    const results = await alterReassignments(
      cluster,
      active.map((r) => ({ topic: r.topic, partition: r.partition, replicas: null })),
    );
    const errors = results.filter((r) => r.errorCode !== ErrorCode.NONE).sort(byTopicPartition);
    if (errors.length > 0)
      throw new ToolError(
        `Error cancelling partition reassignment${errors.length === 1 ? '' : 's'} for:\n${errors.map((e) => `${tpString(e)}: ${exceptionText(e.errorCode, e.errorMessage).replace(/^[^:]*: /, '')}`).join('\n')}`,
      );
    console.log(
      `Successfully cancelled partition reassignment${active.length === 1 ? '' : 's'} for: ${[...active].sort(byTopicPartition).map(tpString).join(',')}`,
    );
  } else console.log('None of the specified partition reassignments are active.');
  const cancelled = await cancelMoves(cluster, replicaMoves(plan));
  if (cancelled.length > 0)
    console.log(
      `Successfully cancelled log directory move${cancelled.length === 1 ? '' : 's'} for: ${cancelled.map(replicaText).join(',')}`,
    );
  else console.log('None of the specified partition moves are active.');
  if (!args.has('preserve-throttles')) await clearThrottles(cluster, plan);
}

async function run(args: ParsedArgs): Promise<number> {
  const action = requireOneAction(args, ['generate', 'execute', 'verify', 'cancel', 'list']);
  checkReassignArgs(args, action);
  const zookeeper = args.has('bootstrap-server') ? undefined : args.value('zookeeper');
  if (args.has('bootstrap-server') && args.has('zookeeper'))
    console.log(
      'Warning: ignoring deprecated --zookeeper option because --bootstrap-server was specified.  The --zookeeper option will be removed in a future version of Kafka.',
    );
  else if (zookeeper !== undefined) console.log('Warning: --zookeeper is deprecated, and will be removed in a future version of Kafka.');
  if (action === 'generate') requireOptions(args, 'topics-to-move-json-file', 'broker-list');
  else if (action !== 'list') requireOptions(args, 'reassignment-json-file');
  const props = loadClientProperties(args.value('command-config'));
  const bootstrap = args.value('bootstrap-server') ?? props.get('bootstrap.servers') ?? (await resolveBootstrap(args));
  const cluster = await openAdminCluster(bootstrap, props, 'reassign-partitions-tool');
  try {
    switch (action) {
      case 'generate':
        await generate(cluster, args);
        return 0;
      case 'execute':
        await execute(cluster, args, zookeeper);
        return 0;
      case 'verify':
        return await verify(cluster, args, zookeeper !== undefined);
      case 'cancel':
        await cancel(cluster, args);
        return 0;
      default:
        console.log(ongoingText(await listReassignments(cluster, null)));
        return 0;
    }
  } finally {
    cluster.close();
  }
}

runTool({
  name: 'kafka-reassign-partitions',
  summary: 'This tool helps to move topic partitions between replicas.',
  options: OPTIONS,
  run,
});
