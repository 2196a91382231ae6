#!/usr/bin/env node
/**
 * kafka-log-dirs: the log dirs of brokers through DescribeLogDirs, with
 * Apache Kafka's LogDirsCommand flags (--bootstrap-server, --describe,
 * --broker-list, --topic-list, --command-config) and its output:
 *
 *   Querying brokers for log directories information
 *   Received log directory information from brokers 0,1
 *   {"version":1,"brokers":[{"broker":0,"logDirs":[{"logDir":"/data/a","error":null,
 *     "partitions":[{"partition":"t-0","size":1234,"offsetLag":0,"isFuture":false}]}]}]}
 *
 * (the JSON on one line). A dir that failed has "error" set to the exception
 * class Kafka names (org.apache.kafka.common.errors.KafkaStorageException)
 * and no partitions. Without --broker-list every broker of the cluster is
 * asked; a broker that does not answer fails the command, as in Kafka.
 */
import { UsageError, requireOptions, type ParsedArgs } from './common/args.js';
import { loadClientProperties, openAdminCluster, resolveBootstrap } from './common/tool-clients.js';
import { runTool, ToolError } from './common/tool.js';
import { exceptionText } from './common/partition-admin.js';
import { ApiKey } from '../protocol/generated/api-keys.js';
import { ErrorCode } from '../protocol/generated/errors.js';
import { encodeDescribeLogDirsRequest } from '../protocol/generated/describe-log-dirs-request.js';
import { decodeDescribeLogDirsResponse, type DescribeLogDirsResult } from '../protocol/generated/describe-log-dirs-response.js';
import { connectionOption } from './common/connection-options.js';

const OPTIONS = [
  connectionOption('bootstrap-server', {
    desc: 'REQUIRED: the server(s) to use for bootstrapping',
    metavar: 'String: The server(s) to use for bootstrapping',
  }),
  connectionOption('command-config', { metavar: 'String: Admin client property file' }),
  { name: 'describe', desc: 'Describe the specified log directories on the specified brokers.' },
  {
    name: 'broker-list',
    arg: 'required',
    metavar: 'String: Broker list',
    desc: 'The list of brokers to be queried in the form "0,1,2". All brokers in the cluster will be queried if no broker list is specified',
  },
  {
    name: 'topic-list',
    arg: 'required',
    metavar: 'String: Topic list',
    desc: 'The list of topics to be queried in the form "topic1,topic2,topic3". All topics will be queried if no topic list is specified',
  },
] as const;

/** The exception class name Kafka's tool prints as a dir's "error". */
function errorClass(code: number): string {
  if (code === ErrorCode.KAFKA_STORAGE_ERROR) return 'org.apache.kafka.common.errors.KafkaStorageException';
  const text = exceptionText(code, null);
  const colon = text.indexOf(':');
  return colon < 0 ? text : text.slice(0, colon);
}

/** One broker's dirs as Kafka's JSON shows them. */
function dirsJson(results: DescribeLogDirsResult[], topics: Set<string> | null): object[] {
  return results.map((r) => ({
    logDir: r.logDir,
    error: r.errorCode === ErrorCode.NONE ? null : errorClass(r.errorCode),
    partitions: r.topics
      .filter((t) => topics === null || topics.has(t.name))
      .flatMap((t) =>
        t.partitions.map((p) => ({
          partition: `${t.name}-${p.partitionIndex}`,
          size: p.partitionSize,
          offsetLag: p.offsetLag,
          isFuture: p.isFutureKey,
        })),
      ),
  }));
}

function brokerList(args: ParsedArgs): number[] | null {
  const raw = args.value('broker-list');
  if (raw === undefined) return null;
  const ids = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const id of ids)
    if (!/^\d+$/.test(id)) throw new UsageError(`The broker list must be integers separated by commas, but it is: ${raw}`);
  return [...new Set(ids.map(Number))];
}

async function run(args: ParsedArgs): Promise<number> {
  requireOptions(args, 'bootstrap-server');
  if (!args.has('describe')) throw new UsageError('Command must include exactly one action: --describe');
  const wanted = brokerList(args);
  const topicList = args.value('topic-list');
  const topics =
    topicList === undefined
      ? null
      : new Set(
          topicList
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== ''),
        );
  const props = loadClientProperties(args.value('command-config'));
  const cluster = await openAdminCluster(await resolveBootstrap(args), props, 'kafka-log-dirs');
  try {
    await cluster.refreshMetadata([]);
    const ids = wanted ?? [...cluster.brokers.keys()].sort((a, b) => a - b);
    console.log('Querying brokers for log directories information');
    const brokers: object[] = [];
    for (const id of ids) {
      if (!cluster.brokers.has(id))
        throw new ToolError(`Error: broker ${id} is not in the cluster (live brokers: ${[...cluster.brokers.keys()].join(',')})`);
      const conn = await cluster.nodeConnection(id);
      const resp = await conn.send(
        ApiKey.DescribeLogDirs,
        (w, v) => encodeDescribeLogDirsRequest(w, v, { topics: null }),
        decodeDescribeLogDirsResponse,
      );
      if (resp.errorCode !== ErrorCode.NONE) throw new ToolError(`Error: broker ${id}: ${exceptionText(resp.errorCode, null)}`);
      brokers.push({ broker: id, logDirs: dirsJson(resp.results, topics) });
    }
    console.log(`Received log directory information from brokers ${ids.join(',')}`);
    console.log(JSON.stringify({ version: 1, brokers }));
    return 0;
  } finally {
    cluster.close();
  }
}

runTool({
  name: 'kafka-log-dirs',
  summary: 'This tool helps to query log directory usage on the specified brokers.',
  options: OPTIONS,
  run,
});
