#!/usr/bin/env node
/**
 * kafka-leader-election: preferred or unclean leader elections through
 * ElectLeaders, with Apache Kafka's LeaderElectionCommand flags
 * (--bootstrap-server, --election-type, exactly one of --topic/--partition,
 * --all-topic-partitions or --path-to-json-file) and its output:
 *
 *   Successfully completed leader election (PREFERRED) for partitions t-0, t-1
 *   Valid replica already elected for partitions t-2
 *   Error completing leader election (PREFERRED) for partition: t-3: org.apache.kafka.common.errors.PreferredLeaderNotAvailableException: ...
 *
 * then, when some failed, "Error: N replica(s) could not be elected" and
 * exit code 1. (Kafka 2.4 printed the succeeded partitions on the "already
 * elected" line by mistake; this prints the ones that needed no election,
 * as later Kafka does.)
 */
import fs from 'node:fs';
import { UsageError, rejectCombination, requireOptions, type ParsedArgs } from './common/args.js';
import { loadClientProperties, openAdminCluster, resolveBootstrap } from './common/tool-clients.js';
import { runTool, ToolError } from './common/tool.js';
import { compareTp, electLeaders, exceptionText, tpText, type TopicPartitionRef } from './common/partition-admin.js';
import { ErrorCode } from '../protocol/generated/errors.js';
import { connectionOption } from './common/connection-options.js';

const OPTIONS = [
  connectionOption('bootstrap-server', {
    desc: 'A hostname and port for the broker to connect to, in the form host:port. Multiple comma separated URLs can be given. REQUIRED.',
    metavar: 'String: host:port',
  }),
  {
    name: 'admin.config',
    arg: 'required',
    metavar: 'String: config file',
    desc: 'Configuration properties files to pass to the admin client',
  },
  {
    name: 'election-type',
    arg: 'required',
    metavar: '[PREFERRED,UNCLEAN]: election type',
    desc: 'Type of election to attempt. Possible values are "preferred" for preferred leader election or "unclean" for unclean leader election. If preferred election is selection, the election is only performed if the current leader is not the preferred leader for the topic partition. If unclean election is selected, the election is only performed if there are no leader for the topic partition. REQUIRED.',
  },
  {
    name: 'topic',
    arg: 'required',
    metavar: 'String: topic name',
    desc: 'Name of topic for which to perform an election. Not allowed if --path-to-json-file or --all-topic-partitions is specified.',
  },
  {
    name: 'partition',
    arg: 'required',
    metavar: 'Integer: partition id',
    desc: 'Partition id for which to perform an election. REQUIRED if --topic is specified.',
  },
  {
    name: 'path-to-json-file',
    arg: 'required',
    metavar: 'String: Path to JSON file',
    desc: 'The JSON file with the list of partition for which leader elections should be performed. This is an example format. {"partitions": [{"topic": "foo", "partition": 1}, {"topic": "foobar", "partition": 2}] } Not allowed if --all-topic-partitions or --topic flags are specified.',
  },
  {
    name: 'all-topic-partitions',
    desc: 'Perform election on all of the eligible topic partitions based on the type of election (see the --election-type flag). Not allowed if --topic or --path-to-json-file is specified.',
  },
] as const;

/** Reads Kafka's election JSON: {"partitions": [{"topic": "foo", "partition": 1}, ...]}. */
function parseElectionJson(text: string, file: string): TopicPartitionRef[] {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (err) {
    throw new ToolError(`Error: ${file} is not valid JSON: ${(err as Error).message}`);
  }
  const parts = (v as { partitions?: unknown } | null)?.partitions;
  if (!Array.isArray(parts)) throw new ToolError(`Error: Replica election data is missing "partitions" field`);
  const out: TopicPartitionRef[] = parts.map((p: { topic?: unknown; partition?: unknown }, i) => {
    if (typeof p?.topic !== 'string' || typeof p.partition !== 'number' || !Number.isInteger(p.partition))
      throw new ToolError(`Error: entry ${i} of "partitions" in ${file} needs "topic" (a string) and "partition" (an integer)`);
    return { topic: p.topic, partition: p.partition };
  });
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const p of out) (seen.has(tpText(p)) ? dups : seen).add(tpText(p));
  if (dups.size > 0) throw new ToolError(`Error: Replica election data contains duplicate partitions: ${[...dups].join(',')}`);
  return out;
}

function checkArgs(args: ParsedArgs): { type: 'preferred' | 'unclean' } {
  requireOptions(args, 'bootstrap-server', 'election-type');
  const raw = args.value('election-type')!.toLowerCase();
  if (raw !== 'preferred' && raw !== 'unclean') throw new UsageError(`Unknown election type: ${args.value('election-type')}`);
  const sources = ['topic', 'all-topic-partitions', 'path-to-json-file'];
  const given = sources.filter((s) => args.has(s));
  if (given.length === 0)
    throw new UsageError(`One and only one of the following options is required: ${sources.map((s) => `--${s}`).join(', ')}`);
  if (given.length > 1) throw new UsageError(`Only one of the following options is required: ${sources.map((s) => `--${s}`).join(', ')}`);
  if (args.has('topic') && !args.has('partition')) throw new UsageError('Missing required option(s): --partition');
  rejectCombination(args, 'partition', ['all-topic-partitions', 'path-to-json-file']);
  if (args.has('partition') && !args.has('topic')) throw new UsageError('Option --partition is only allowed if --topic is used');
  return { type: raw };
}

function partitionsOf(args: ParsedArgs): TopicPartitionRef[] | null {
  if (args.has('all-topic-partitions')) return null;
  const file = args.value('path-to-json-file');
  if (file !== undefined) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      throw new ToolError(`Error: cannot read ${file}: ${(err as Error).message}`);
    }
    return parseElectionJson(text, file);
  }
  const partition = args.int('partition')!;
  if (partition < 0) throw new UsageError(`Invalid partition: ${partition}`);
  return [{ topic: args.value('topic')!, partition }];
}

async function run(args: ParsedArgs): Promise<number> {
  const { type } = checkArgs(args);
  const partitions = partitionsOf(args);
  const props = loadClientProperties(args.value('admin.config'));
  const cluster = await openAdminCluster(await resolveBootstrap(args), props, 'kafka-leader-election');
  try {
    const results = (await electLeaders(cluster, type, partitions)).sort(compareTp);
    const label = type.toUpperCase();
    const succeeded = results.filter((r) => r.errorCode === ErrorCode.NONE);
    const noop = results.filter((r) => r.errorCode === ErrorCode.ELECTION_NOT_NEEDED);
    const failedOnes = results.filter((r) => r.errorCode !== ErrorCode.NONE && r.errorCode !== ErrorCode.ELECTION_NOT_NEEDED);
    if (succeeded.length > 0)
      console.log(`Successfully completed leader election (${label}) for partitions ${succeeded.map(tpText).join(', ')}`);
    if (noop.length > 0) console.log(`Valid replica already elected for partitions ${noop.map(tpText).join(', ')}`);
    for (const f of failedOnes)
      console.log(`Error completing leader election (${label}) for partition: ${tpText(f)}: ${exceptionText(f.errorCode, f.errorMessage)}`);
    if (failedOnes.length > 0) throw new ToolError(`Error: ${failedOnes.length} replica(s) could not be elected`);
    return 0;
  } finally {
    cluster.close();
  }
}

runTool({
  name: 'kafka-leader-election',
  summary:
    'This tool attempts to elect a new leader for a set of topic partitions. The type of elections supported are preferred replicas and unclean replicas.',
  options: OPTIONS,
  run,
});
