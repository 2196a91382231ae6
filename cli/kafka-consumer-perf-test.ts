#!/usr/bin/env node
/**
 * kafka-consumer-perf-test: consumes --messages records of --topic (from the
 * start, or from the end with --from-latest) and prints Kafka's summary:
 *
 *   start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
 *
 * With --show-detailed-stats a line per --reporting-interval goes to stdout
 * (Kafka's layout); otherwise a progress line per interval goes to stderr,
 * so stdout stays exactly Kafka's. Without --group partitions are read
 * directly (rebalance.time.ms is 0); with --group a kafkajs consumer joins.
 */
import { UsageError, type ParsedArgs } from './common/args.js';
import { loadClientProperties, makeKafka, openCluster, resolveBootstrap } from './common/tool-clients.js';
import type { KafkaClient } from '../client/index.js';
import { GroupSource, GrouplessSource, type RecordSource } from './common/record-sources.js';
import { fixed, fullMatchRegex, perfDate } from './common/format.js';
import { runTool } from './common/tool.js';
import { connectionOption } from './common/connection-options.js';

const OPTIONS = [
  connectionOption('bootstrap-server', { desc: 'REQUIRED unless --broker-list(deprecated) is specified. The server(s) to connect to.' }),
  connectionOption('broker-list'),
  { name: 'topic', arg: 'required', metavar: 'String: topic', desc: 'REQUIRED: The topic to consume from.' },
  {
    name: 'include',
    arg: 'required',
    metavar: 'String: include',
    desc: 'Regular expression specifying list of topics to include for consumption.',
  },
  { name: 'messages', arg: 'required', metavar: 'Long: count', desc: 'REQUIRED: The number of messages to consume.' },
  {
    name: 'num-records',
    arg: 'required',
    metavar: 'Long: count',
    desc: 'The number of records to consume (the newer name of --messages).',
  },
  {
    name: 'group',
    arg: 'required',
    metavar: 'String: gid',
    desc: 'The group id to consume on; without it partitions are read without a group.',
  },
  {
    name: 'from-latest',
    desc: 'If the consumer does not already have an established offset to consume from, start with the latest message present in the log rather than the earliest message.',
  },
  {
    name: 'fetch-size',
    arg: 'required',
    metavar: 'Integer: size',
    desc: 'Accepted for compatibility: the amount of data to fetch in a single request (the reader fetches up to 1 MiB per partition).',
  },
  {
    name: 'timeout',
    arg: 'required',
    metavar: 'Long: milliseconds',
    desc: 'The maximum allowed time in milliseconds between returned records.',
    default: '10000',
  },
  {
    name: 'reporting-interval',
    arg: 'required',
    metavar: 'Integer: interval_ms',
    desc: 'Interval in milliseconds at which to print progress info.',
    default: '5000',
  },
  { name: 'show-detailed-stats', desc: 'If set, stats are reported for each reporting interval as configured by reporting-interval' },
  { name: 'hide-header', desc: 'If set, skips printing the header for the stats' },
  {
    name: 'date-format',
    arg: 'required',
    metavar: 'String: date format',
    desc: 'Accepted for compatibility; dates are printed as yyyy-MM-dd HH:mm:ss:SSS.',
  },
  { name: 'consumer.config', arg: 'required', metavar: 'String: config file', desc: 'Consumer config properties file.' },
  connectionOption('command-config', {
    desc: 'Consumer config properties file (the newer name of --consumer.config).',
    metavar: 'String: config file',
  }),
  { name: 'print-metrics', desc: 'Accepted for compatibility; no client metrics are printed.' },
  { name: 'threads', arg: 'required', metavar: 'Integer: count', desc: 'Accepted for compatibility (ignored, as in Kafka).' },
] as const;

const MB = 1024 * 1024;

async function run(args: ParsedArgs): Promise<number> {
  const topic = args.value('topic');
  const include = args.value('include');
  if ((topic === undefined) === (include === undefined)) throw new UsageError('Exactly one of include/topic is required.');
  const total = args.int('messages') ?? args.int('num-records');
  if (total === undefined) throw new UsageError('Missing required argument "[messages]"');
  const bootstrap = await resolveBootstrap(args);
  const props = loadClientProperties(args.value('consumer.config') ?? args.value('command-config'));
  const timeoutMs = args.int('timeout') ?? 10_000;
  const interval = args.int('reporting-interval') ?? 5000;
  const detailed = args.has('show-detailed-stats');

  let cluster: KafkaClient | null = null;
  let source: RecordSource;
  const group = args.value('group') ?? props.get('group.id');
  const start = args.has('from-latest') ? 'latest' : 'earliest';
  if (group !== undefined) {
    const kafka = makeKafka({ bootstrap, clientId: props.get('client.id') ?? 'perf-consumer-client', props });
    source = new GroupSource(kafka, {
      groupId: group,
      topics: topic !== undefined ? [topic] : [fullMatchRegex(include!)],
      fromBeginning: start === 'earliest',
      readCommitted: false,
    });
  } else {
    cluster = await openCluster(bootstrap, { clientId: props.get('client.id') ?? 'perf-consumer-client', props });
    source = new GrouplessSource(cluster, {
      topic,
      include: include !== undefined ? fullMatchRegex(include) : undefined,
      start,
      isolationLevel: 0,
    });
  }

  if (!args.has('hide-header')) {
    process.stdout.write(
      detailed
        ? 'time, threadId, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec\n'
        : 'start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec\n',
    );
  }
  const startMs = Date.now();
  let messages = 0;
  let bytes = 0;
  let lastReport = startMs;
  let lastMessages = 0;
  let lastBytes = 0;
  let timedOut = false;
  let idle: NodeJS.Timeout | null = null;
  const armIdle = (): void => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => {
      timedOut = true;
      void source.stop();
    }, timeoutMs);
  };
  const report = (): void => {
    const now = Date.now();
    const elapsed = Math.max(1, now - lastReport) / 1000;
    const mb = (bytes - lastBytes) / MB;
    const n = messages - lastMessages;
    if (detailed) {
      process.stdout.write(
        `${perfDate(now)}, 0, ${fixed(bytes / MB, 4)}, ${fixed(mb / elapsed, 4)}, ${messages}, ${fixed(n / elapsed, 4)}, 0, ${now - lastReport}, ${fixed(mb / elapsed, 4)}, ${fixed(n / elapsed, 4)}\n`,
      );
    } else {
      process.stderr.write(`${messages} records consumed, ${fixed(n / elapsed, 1)} records/sec (${fixed(mb / elapsed, 2)} MB/sec)\n`);
    }
    lastReport = now;
    lastMessages = messages;
    lastBytes = bytes;
  };
  const reporter = setInterval(report, interval);
  process.once('SIGINT', () => void source.stop());
  armIdle();
  try {
    if (total > 0) {
      await source.run((r) => {
        messages++;
        bytes += r.size;
        armIdle();
        return messages < total;
      });
    }
  } finally {
    clearInterval(reporter);
    if (idle) clearTimeout(idle);
    await source.stop();
    cluster?.close();
  }
  if (timedOut && messages < total) {
    process.stderr.write(
      `WARNING: Exiting before consuming the expected number of messages: timeout (${timeoutMs} ms) exceeded. You can use the --timeout option to increase the timeout.\n`,
    );
  }
  const endMs = Date.now();
  const secs = Math.max(1, endMs - startMs) / 1000;
  const mb = bytes / MB;
  if (!detailed) {
    process.stdout.write(
      `${perfDate(startMs)}, ${perfDate(endMs)}, ${fixed(mb, 4)}, ${fixed(mb / secs, 4)}, ${messages}, ${fixed(messages / secs, 4)}, 0, ${endMs - startMs}, ${fixed(mb / secs, 4)}, ${fixed(messages / secs, 4)}\n`,
    );
  }
  return 0;
}

runTool({ name: 'kafka-consumer-perf-test', summary: 'This tool is used to verify the consumer performance.', options: OPTIONS, run });
