#!/usr/bin/env node
/**
 * kafka-topics: create, delete, describe, list topics and add partitions,
 * with Apache Kafka's flags, output and exit codes. `--topic` accepts a
 * regular expression (whole-name match) for --list, --describe, --delete and
 * --alter. `--zookeeper host:port` (older tutorials) reads the brokers'
 * addresses from ZooKeeper and then talks to the brokers.
 */
import { rejectCombination, requireOneAction, requireOptions, type ParsedArgs } from './common/args.js';
import { loadClientProperties, openAdminCluster, resolveBootstrap } from './common/tool-clients.js';
import type { KafkaClient } from '../client/index.js';
import { fullMatchRegex, isInternalTopic } from './common/format.js';
import { runTool, ToolError } from './common/tool.js';
import {
  addPartitions,
  createTopic,
  deleteTopics,
  describeTopics,
  listTopics,
  parseReplicaAssignment,
  parseTopicConfigs,
  TopicCommandError,
  type TopicDescription,
} from './common/topic-admin.js';
import { ZERO_UUID } from '../protocol/reader.js';
import { connectionOption } from './common/connection-options.js';

const ACTIONS = ['list', 'create', 'delete', 'alter', 'describe'];
const REPORTS = ['under-replicated-partitions', 'unavailable-partitions', 'under-min-isr-partitions', 'at-min-isr-partitions'];

const OPTIONS = [
  connectionOption('bootstrap-server', { desc: 'REQUIRED: The Kafka server to connect to.' }),
  connectionOption('zookeeper'),
  connectionOption('command-config'),
  { name: 'list', desc: 'List all available topics.' },
  { name: 'create', desc: 'Create a new topic.' },
  { name: 'delete', desc: 'Delete a topic' },
  { name: 'alter', desc: 'Alter the number of partitions and replica assignment.' },
  { name: 'describe', desc: 'List details for the given topics.' },
  {
    name: 'topic',
    arg: 'required',
    metavar: 'String: topic',
    desc: 'The topic to create, alter, describe or delete. It also accepts a regular expression, except for --create option.',
  },
  {
    name: 'config',
    arg: 'required',
    metavar: 'String: name=value',
    desc: 'A topic configuration override for the topic being created. It is supported only in combination with --create.',
  },
  {
    name: 'partitions',
    arg: 'required',
    metavar: 'Integer: # of partitions',
    desc: 'The number of partitions for the topic being created or altered. If not supplied with --create, the topic uses the cluster default.',
  },
  {
    name: 'replication-factor',
    arg: 'required',
    metavar: 'Integer: replication factor',
    desc: 'The replication factor for each partition in the topic being created. If not supplied, the topic uses the cluster default.',
  },
  {
    name: 'replica-assignment',
    arg: 'required',
    metavar:
      'String: broker_id_for_part1_replica1 : broker_id_for_part1_replica2 , broker_id_for_part2_replica1 : broker_id_for_part2_replica2 , ...',
    desc: 'A list of manual partition-to-broker assignments for the topic being created or altered.',
  },
  { name: 'under-replicated-partitions', desc: 'If set when describing topics, only show under-replicated partitions.' },
  { name: 'unavailable-partitions', desc: 'If set when describing topics, only show partitions whose leader is not available.' },
  {
    name: 'under-min-isr-partitions',
    desc: 'If set when describing topics, only show partitions whose isr count is less than the configured minimum.',
  },
  {
    name: 'at-min-isr-partitions',
    desc: 'If set when describing topics, only show partitions whose isr count is equal to the configured minimum.',
  },
  { name: 'topics-with-overrides', desc: 'If set when describing topics, only show topics that have overridden configs.' },
  { name: 'if-exists', desc: 'If set when altering or deleting or describing topics, the action will only execute if the topic exists.' },
  { name: 'if-not-exists', desc: 'If set when creating topics, the action will only execute if the topic does not already exist.' },
  {
    name: 'exclude-internal',
    desc: 'Exclude internal topics when listing or describing topics. By default, the internal topics are included.',
  },
] as const;

function checkArgs(args: ParsedArgs): string {
  const action = requireOneAction(args, ACTIONS);
  if (action !== 'list' && action !== 'describe') requireOptions(args, 'topic');
  if (action === 'alter') requireOptions(args, 'partitions');
  const notWith = (opt: string, allowed: string[]): void =>
    rejectCombination(
      args,
      opt,
      ACTIONS.filter((a) => !allowed.includes(a)),
    );
  notWith('config', ['create']);
  notWith('partitions', ['alter', 'create']);
  notWith('replication-factor', ['create']);
  notWith('replica-assignment', ['alter', 'create']);
  if (action === 'create') rejectCombination(args, 'replica-assignment', ['partitions', 'replication-factor']);
  for (const r of [...REPORTS, 'topics-with-overrides']) notWith(r, ['describe']);
  notWith('if-exists', ['alter', 'delete', 'describe']);
  notWith('if-not-exists', ['create']);
  notWith('exclude-internal', ['list', 'describe']);
  return action;
}

/** Topics matching --topic (a regex, whole name) or all, minus internal ones with --exclude-internal. */
async function selectTopics(cluster: KafkaClient, args: ParsedArgs): Promise<string[]> {
  const all = await listTopics(cluster);
  const pattern = args.value('topic');
  const re = pattern !== undefined ? fullMatchRegex(pattern) : null;
  const excludeInternal = args.has('exclude-internal');
  return all
    .filter((t) => !(excludeInternal && (t.internal || isInternalTopic(t.name))) && (re === null || re.test(t.name)))
    .map((t) => t.name);
}

function ensureExists(found: string[], args: ParsedArgs): void {
  const requested = args.value('topic');
  if (requested !== undefined && requested !== '' && !args.has('if-exists') && found.length === 0) {
    throw new ToolError(`Topic '${requested}' does not exist as expected`);
  }
}

function printDescription(t: TopicDescription, args: ParsedArgs, liveBrokers: Set<number>): void {
  const reports = REPORTS.some((r) => args.has(r));
  const overridesOnly = args.has('topics-with-overrides');
  const minIsrEntry = t.configs.find((c) => c.name === 'min.insync.replicas');
  const minIsr = Number(minIsrEntry?.value ?? 1);
  const overrides = t.configs.filter((c) => !c.isDefault);
  if (!reports && (!overridesOnly || overrides.length > 0) && t.partitions.length > 0) {
    let line = `Topic: ${t.name}`;
    // Kafka prints a topic id as Uuid.toString(): URL-safe base64 of the 16 bytes, no padding.
    if (t.topicId && t.topicId !== ZERO_UUID) line += `\tTopicId: ${Buffer.from(t.topicId.replace(/-/g, ''), 'hex').toString('base64url')}`;
    line += `\tPartitionCount: ${t.partitions.length}`;
    line += `\tReplicationFactor: ${t.partitions[0].replicas.length}`;
    line += `\tConfigs: ${overrides.map((c) => `${c.name}=${c.value ?? ''}`).join(',')}`;
    process.stdout.write(`${line}\n`);
  }
  if (overridesOnly) return;
  for (const p of t.partitions) {
    const hasLeader = p.leader >= 0;
    const show =
      !reports ||
      (args.has('under-replicated-partitions') && p.replicas.length - p.isr.length > 0) ||
      (args.has('unavailable-partitions') && (!hasLeader || !liveBrokers.has(p.leader))) ||
      (args.has('under-min-isr-partitions') && (!hasLeader || p.isr.length < minIsr)) ||
      (args.has('at-min-isr-partitions') && p.isr.length === minIsr);
    if (!show) continue;
    process.stdout.write(
      `\tTopic: ${t.name}\tPartition: ${p.partition}\tLeader: ${hasLeader ? p.leader : 'none'}\tReplicas: ${p.replicas.join(',')}\tIsr: ${p.isr.join(',')}\tElr: N/A\tLastKnownElr: N/A\n`,
    );
  }
}

async function run(args: ParsedArgs): Promise<number> {
  const action = checkArgs(args);
  const bootstrap = await resolveBootstrap(args);
  const props = loadClientProperties(args.value('command-config'));
  const cluster = await openAdminCluster(bootstrap, props, 'kafka-topics');
  try {
    if (action === 'create') {
      const name = args.value('topic')!;
      const rf = args.int('replication-factor');
      const partitions = args.int('partitions');
      if (rf !== undefined && (rf < 1 || rf > 32767)) throw new ToolError('The replication factor must be between 1 and 32767 inclusive');
      if (partitions !== undefined && partitions < 1) throw new ToolError('The partitions must be greater than 0');
      if (/[._]/.test(name)) {
        process.stdout.write(
          "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could collide. To avoid issues it is best to use either, but not both.\n",
        );
      }
      const ra = args.value('replica-assignment');
      try {
        await createTopic(cluster, {
          name,
          partitions: partitions ?? -1,
          replicationFactor: rf ?? -1,
          assignment: ra ? parseReplicaAssignment(ra) : null,
          configs: parseTopicConfigs(args.values('config')),
        });
        process.stdout.write(`Created topic ${name}.\n`);
      } catch (err) {
        if (!(err instanceof TopicCommandError && err.errorCode === 36 && args.has('if-not-exists'))) throw err;
      }
    } else if (action === 'list') {
      const topics = await selectTopics(cluster, args);
      if (topics.length > 0) process.stdout.write(`${topics.join('\n')}\n`);
    } else if (action === 'describe') {
      const topics = await selectTopics(cluster, args);
      ensureExists(topics, args);
      if (topics.length > 0) {
        const { topics: described, liveBrokers } = await describeTopics(cluster, topics);
        for (const t of described) printDescription(t, args, liveBrokers);
      }
    } else if (action === 'delete') {
      const topics = await selectTopics(cluster, args);
      ensureExists(topics, args);
      await deleteTopics(cluster, topics);
    } else if (action === 'alter') {
      const topics = await selectTopics(cluster, args);
      ensureExists(topics, args);
      const ra = args.value('replica-assignment');
      let assignment: number[][] | null = null;
      if (ra) {
        // Kafka's list covers every partition; the ones beyond the current count are the new ones.
        const { topics: described } = await describeTopics(cluster, topics.slice(0, 1));
        assignment = parseReplicaAssignment(ra).slice(described[0]?.partitions.length ?? 0);
      }
      await addPartitions(cluster, topics, args.int('partitions')!, assignment);
    }
    return 0;
  } catch (err) {
    if (err instanceof TopicCommandError) throw new ToolError(`Error while executing topic command : ${err.message}`);
    throw err;
  } finally {
    cluster.close();
  }
}

runTool({ name: 'kafka-topics', summary: 'This tool helps to create, delete, describe, or change a topic.', options: OPTIONS, run });
