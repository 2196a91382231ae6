#!/usr/bin/env node
/**
 * kafka-console-consumer: prints records of --topic (or of topics matching
 * --include) to standard output with Kafka's flags and formatter properties.
 * Runs until --max-messages records were printed, until no record arrived for
 * --timeout-ms, or until SIGINT/SIGTERM; then prints "Processed a total of N
 * messages" on stderr, as Kafka does. With --group it consumes in that
 * consumer group (kafkajs); otherwise it reads the partitions directly (see
 * record-sources.ts for why no random group is created).
 */
import { parseKeyValues, UsageError, type ParsedArgs } from './common/args.js';
import { loadClientProperties, makeKafka, openCluster, resolveBootstrap, withConnection } from './common/tool-clients.js';
import type { KafkaClient, StartPosition } from '../client/index.js';
import { formatRecord, formatterConfig } from './common/message-formatter.js';
import { GroupSource, GrouplessSource, type RecordSource } from './common/record-sources.js';
import { fullMatchRegex } from './common/format.js';
import { errorMessage, flush, runTool, ToolError } from './common/tool.js';
import { connectionOption } from './common/connection-options.js';

const OPTIONS = [
  connectionOption('bootstrap-server'),
  { name: 'topic', arg: 'required', metavar: 'String: topic', desc: 'The topic to consume on.' },
  {
    name: 'include',
    arg: 'required',
    metavar: 'String: Java regex (String)',
    desc: 'Regular expression specifying list of topics to include for consumption.',
  },
  { name: 'whitelist', arg: 'required', metavar: 'String: Java regex (String)', desc: 'DEPRECATED, use --include instead.' },
  {
    name: 'partition',
    arg: 'required',
    metavar: 'Integer: partition',
    desc: "The partition to consume from. Consumption starts from the end of the partition unless '--offset' is specified.",
  },
  {
    name: 'offset',
    arg: 'required',
    metavar: 'String: consume offset',
    desc: "The offset to consume from (a non-negative number), or 'earliest' which means from beginning, or 'latest' which means from end",
    default: 'latest',
  },
  {
    name: 'from-beginning',
    desc: 'If the consumer does not already have an established offset to consume from, start with the earliest message present in the log rather than the latest message.',
  },
  { name: 'group', arg: 'required', metavar: 'String: consumer group id', desc: 'The consumer group id of the consumer.' },
  {
    name: 'max-messages',
    arg: 'required',
    metavar: 'Integer: num_messages',
    desc: 'The maximum number of messages to consume before exiting. If not set, consumption is continual.',
  },
  {
    name: 'timeout-ms',
    arg: 'required',
    metavar: 'Integer: timeout_ms',
    desc: 'If specified, exit if no message is available for consumption for the specified interval.',
  },
  {
    name: 'isolation-level',
    arg: 'required',
    metavar: 'String',
    desc: 'Set to read_committed in order to filter out transactional messages which are not committed. Set to read_uncommitted to read all messages.',
    default: 'read_uncommitted',
  },
  {
    name: 'property',
    arg: 'required',
    metavar: 'String: prop',
    desc: 'The properties to initialize the message formatter: print.timestamp, print.key, print.offset, print.partition, print.headers, print.value, key.separator, line.separator, headers.separator, null.literal.',
  },
  {
    name: 'formatter-config',
    arg: 'required',
    metavar: 'String: config file',
    desc: 'Config properties file to initialize the message formatter. Note that [property] takes precedence over this config.',
  },
  {
    name: 'consumer-property',
    arg: 'required',
    metavar: 'String: consumer_prop',
    desc: 'A mechanism to pass user-defined properties in the form key=value to the consumer.',
  },
  {
    name: 'consumer.config',
    arg: 'required',
    metavar: 'String: config file',
    desc: 'Consumer config properties file. Note that [consumer-property] takes precedence over this config.',
  },
  { name: 'skip-message-on-error', desc: 'Accepted for compatibility (the default formatter does not fail).' },
] as const;

interface ConsumerOptions {
  topic?: string;
  include?: string;
  partition?: number;
  start: StartPosition;
  group?: string;
  maxMessages: number;
  timeoutMs: number;
  isolationLevel: number;
  props: Map<string, string>;
}

function parseOffset(s: string): StartPosition {
  const v = s.trim().toLowerCase();
  if (v === 'earliest') return 'earliest';
  if (v === 'latest') return 'latest';
  if (/^\d+$/.test(v)) return Number(v);
  throw new UsageError("The provided offset value is incorrect. Valid values are 'earliest', 'latest', or a non-negative long.");
}

function checkArgs(args: ParsedArgs): ConsumerOptions {
  const topic = args.value('topic');
  const include = args.value('include') ?? args.value('whitelist');
  if ((topic === undefined) === (include === undefined)) throw new UsageError('Exactly one of include/topic is required.');
  const partition = args.int('partition');
  if (partition !== undefined && topic === undefined) throw new UsageError('The topic is required when partition is specified.');
  if (args.has('from-beginning') && args.has('offset'))
    throw new UsageError('Options from-beginning and offset cannot be specified together.');
  if (args.has('offset') && partition === undefined) throw new UsageError('The partition is required when offset is specified.');
  const props = loadClientProperties(args.value('consumer.config'));
  for (const [k, v] of parseKeyValues(args.values('consumer-property'), 'consumer property')) props.set(k, v);
  let group = args.value('group');
  const propGroup = props.get('group.id');
  if (group !== undefined && propGroup !== undefined && group !== propGroup) {
    throw new UsageError(
      `The group ids provided in different places (directly using '--group': ${group}, via '--consumer-property': ${propGroup}) do not match.`,
    );
  }
  group ??= propGroup;
  if (group !== undefined && partition !== undefined) throw new UsageError('Options group and partition cannot be specified together.');
  const iso = args.value('isolation-level') ?? props.get('isolation.level') ?? 'read_uncommitted';
  if (iso !== 'read_committed' && iso !== 'read_uncommitted')
    throw new UsageError(`Invalid value ${iso} for configuration isolation.level: String must be one of: read_committed, read_uncommitted`);
  const reset = props.get('auto.offset.reset');
  let start: StartPosition = args.has('from-beginning') || reset === 'earliest' ? 'earliest' : 'latest';
  if (partition !== undefined)
    start = args.has('offset') ? parseOffset(args.value('offset')!) : args.has('from-beginning') ? 'earliest' : 'latest';
  const maxMessages = args.int('max-messages') ?? -1;
  const timeoutMs = args.int('timeout-ms') ?? -1;
  return { topic, include, partition, start, group, maxMessages, timeoutMs, isolationLevel: iso === 'read_committed' ? 1 : 0, props };
}

async function run(args: ParsedArgs): Promise<number> {
  const o = checkArgs(args);
  const bootstrap = await resolveBootstrap(args);
  const fmtProps = loadClientProperties(args.value('formatter-config'));
  for (const [k, v] of parseKeyValues(args.values('property'), 'property')) fmtProps.set(k, v);
  const fmt = formatterConfig(fmtProps);
  const requestTimeoutMs = Number(o.props.get('request.timeout.ms') ?? 10_000);

  let cluster: KafkaClient | null = null;
  let source: RecordSource;
  if (o.group !== undefined) {
    const kafka = makeKafka({ bootstrap, clientId: o.props.get('client.id') ?? 'console-consumer', props: o.props });
    await withConnection(bootstrap, async () => {
      const admin = kafka.admin();
      await admin.connect();
      await admin.disconnect();
    });
    const topics = o.topic !== undefined ? [o.topic] : [fullMatchRegex(o.include!)];
    source = new GroupSource(kafka, {
      groupId: o.group,
      topics,
      fromBeginning: o.start === 'earliest',
      readCommitted: o.isolationLevel === 1,
    });
  } else {
    cluster = await openCluster(bootstrap, { clientId: o.props.get('client.id') ?? 'console-consumer', requestTimeoutMs, props: o.props });
    source = new GrouplessSource(
      cluster,
      {
        topic: o.topic,
        include: o.include !== undefined ? fullMatchRegex(o.include) : undefined,
        partition: o.partition,
        start: o.start,
        isolationLevel: o.isolationLevel,
        onMissingTopic: (t) => process.stderr.write(`WARN Topic '${t}' does not exist yet; waiting for it to be created\n`),
      },
      o.timeoutMs >= 0 ? Math.min(500, Math.max(10, o.timeoutMs)) : 500,
    );
  }

  let count = 0;
  let exitCode = 0;
  let pendingWrite: Promise<void> | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  const armIdle = (): void => {
    if (o.timeoutMs < 0) return;
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      process.stderr.write(
        'ERROR Error processing message, terminating consumer process: org.apache.kafka.common.errors.TimeoutException\n',
      );
      void source.stop();
    }, o.timeoutMs);
  };
  const deliver = (r: Parameters<typeof formatRecord>[0]): boolean => {
    if (o.maxMessages >= 0 && count >= o.maxMessages) return false;
    count++;
    if (!process.stdout.write(formatRecord(r, fmt)) && !pendingWrite) {
      pendingWrite = new Promise((resolve) => process.stdout.once('drain', () => resolve()));
    }
    armIdle();
    return o.maxMessages < 0 || count < o.maxMessages;
  };
  const onSignal = (code: number) => () => {
    exitCode = code;
    void source.stop();
  };
  process.once('SIGINT', onSignal(130));
  process.once('SIGTERM', onSignal(143));
  armIdle();
  try {
    if (o.maxMessages === 0) return 0;
    await source.run(deliver);
  } catch (err) {
    if (err instanceof ToolError) throw err;
    exitCode = 1;
    process.stderr.write(`ERROR Error processing message, terminating consumer process: ${errorMessage(err)}\n`);
  } finally {
    if (idleTimer) clearTimeout(idleTimer);
    await source.stop();
    cluster?.close();
    if (pendingWrite) await pendingWrite;
    await flush(process.stdout);
    process.stderr.write(`Processed a total of ${count} messages\n`);
  }
  return exitCode;
}

runTool({
  name: 'kafka-console-consumer',
  summary: 'This tool helps to read data from Kafka topics and outputs it to standard output.',
  options: OPTIONS,
  run,
});
