#!/usr/bin/env node
/**
 * kafka-producer-perf-test: sends --num-records records of --record-size
 * bytes (or lines of --payload-file) to --topic at up to --throughput
 * records/sec (-1: unthrottled), printing Kafka's window line every 5 s and
 * its total line with latency percentiles at the end. Records go out in
 * batches through kafkajs with a few requests in flight; a record's latency
 * is from the moment its batch was handed to the producer to its
 * acknowledgement.
 */
import fs from 'node:fs';
import type { Message } from 'kafkajs';
import { parseKeyValues, requireOptions, UsageError, type ParsedArgs } from './common/args.js';
import { loadClientProperties, makeKafka, withConnection } from './common/tool-clients.js';
import { connectProducer, producerSettings, recordTooLarge } from './common/producer.js';
import { ProducerStats, throttleDelayMs } from './common/perf-stats.js';
import { errorMessage, runTool, ToolError } from './common/tool.js';

const OPTIONS = [
  { name: 'topic', arg: 'required', metavar: 'TOPIC', desc: 'Produce messages to this topic.' },
  { name: 'num-records', arg: 'required', metavar: 'NUM-RECORDS', desc: 'Number of messages to produce.' },
  {
    name: 'record-size',
    arg: 'required',
    metavar: 'RECORD-SIZE',
    desc: 'Message size in bytes. Note that you must provide exactly one of --record-size or --payload-file.',
  },
  {
    name: 'payload-file',
    arg: 'required',
    metavar: 'PAYLOAD-FILE',
    desc: 'File to read the message payloads from; payloads are split by --payload-delimiter and picked at random.',
  },
  {
    name: 'payload-delimiter',
    arg: 'required',
    metavar: 'PAYLOAD-DELIMITER',
    desc: 'Delimiter of the payloads in --payload-file.',
    default: '\\n',
  },
  {
    name: 'throughput',
    arg: 'required',
    metavar: 'THROUGHPUT',
    desc: 'Throttle maximum message throughput to *approximately* THROUGHPUT messages/sec. Set this to -1 to disable throttling.',
  },
  {
    name: 'producer-props',
    arg: 'many',
    metavar: 'PROP-NAME=PROP-VALUE',
    desc: 'Kafka producer related configuration properties like bootstrap.servers, client.id etc. These configs take precedence over those passed via --producer.config.',
  },
  { name: 'producer.config', arg: 'required', metavar: 'CONFIG-FILE', desc: 'Producer config properties file.' },
  {
    name: 'bootstrap-server',
    arg: 'required',
    metavar: 'BOOTSTRAP-SERVERS',
    desc: 'The server(s) to connect to; overrides bootstrap.servers of --producer-props / --producer.config.',
  },
  {
    name: 'reporting-interval',
    arg: 'required',
    metavar: 'INTERVAL-MS',
    desc: 'Interval in milliseconds at which to print progress info.',
    default: '5000',
  },
  { name: 'print-metrics', desc: 'Accepted for compatibility; no client metrics are printed.' },
] as const;

/** Records per produce call and produce calls in flight. */
const BATCH_RECORDS = 500;
const MAX_IN_FLIGHT = 5;

function payloads(args: ParsedArgs): Buffer[] {
  const size = args.int('record-size');
  const file = args.value('payload-file');
  if ((size === undefined) === (file === undefined))
    throw new UsageError('Either --record-size or --payload-file must be specified but not both.');
  if (size !== undefined) {
    if (size < 0) throw new UsageError('--record-size must be non-negative');
    const buf = Buffer.alloc(size);
    for (let i = 0; i < size; i++) buf[i] = 65 + Math.floor(Math.random() * 26);
    return [buf];
  }
  const delimiter = (args.value('payload-delimiter') ?? '\\n').replace(/\\n/g, '\n').replace(/\\t/g, '\t');
  let text: string;
  try {
    text = fs.readFileSync(file!, 'utf8');
  } catch (err) {
    throw new ToolError(`Error: cannot read ${file}: ${errorMessage(err)}`);
  }
  const list = text
    .split(delimiter)
    .filter((s) => s !== '')
    .map((s) => Buffer.from(s));
  if (list.length === 0) throw new ToolError(`Error: File does not contain any payloads: ${file}`);
  return list;
}

async function run(args: ParsedArgs): Promise<number> {
  requireOptions(args, 'topic', 'num-records', 'throughput');
  const topic = args.value('topic')!;
  const numRecords = args.int('num-records')!;
  const throughput = Number(args.value('throughput'));
  if (!Number.isFinite(throughput)) throw new UsageError(`Cannot parse argument '${args.value('throughput')}' of option throughput`);
  const interval = args.int('reporting-interval') ?? 5000;
  const props = loadClientProperties(args.value('producer.config'));
  for (const [k, v] of parseKeyValues(args.values('producer-props'), 'producer property')) props.set(k, v);
  if (args.has('bootstrap-server')) props.set('bootstrap.servers', args.value('bootstrap-server')!);
  const bootstrap = props.get('bootstrap.servers');
  if (bootstrap === undefined)
    throw new UsageError('Either --bootstrap-server or bootstrap.servers in --producer-props / --producer.config must be specified.');
  const bodies = payloads(args);
  const settings = producerSettings(props);
  const tooLarge = recordTooLarge({ value: bodies.reduce((a, b) => (a.length >= b.length ? a : b)) }, settings.maxRequestSize);
  if (tooLarge) throw new ToolError(`Error: ${tooLarge}`);

  const kafka = makeKafka({ bootstrap, clientId: props.get('client.id') ?? 'perf-producer-client', props });
  const producer = await withConnection(bootstrap, () => connectProducer(kafka, settings));
  const stats = new ProducerStats(numRecords);
  const start = Date.now();
  const reporter = setInterval(() => process.stdout.write(`${stats.windowLine()}\n`), interval);
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  let stop = false;
  process.once('SIGINT', () => (stop = true));
  try {
    let sent = 0;
    while (sent < numRecords && failure === null && !stop) {
      const n =
        throughput > 0
          ? Math.min(numRecords - sent, Math.max(1, Math.ceil(throughput / 100)), BATCH_RECORDS)
          : Math.min(numRecords - sent, BATCH_RECORDS);
      const wait = throttleDelayMs(sent, start, throughput);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const messages: Message[] = new Array(n);
      let bytes = 0;
      for (let i = 0; i < n; i++) {
        const value = bodies.length === 1 ? bodies[0] : bodies[Math.floor(Math.random() * bodies.length)];
        messages[i] = { value };
        bytes += value.length;
      }
      const sentAt = Date.now();
      const p: Promise<void> = producer
        .send({ topic, messages, acks: settings.acks, compression: settings.compression })
        .then(() => {
          const latency = Date.now() - sentAt;
          const each = bytes / n;
          for (let i = 0; i < n; i++) stats.record(latency, each);
        })
        .catch((err: unknown) => {
          failure ??= err;
        })
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
      sent += n;
      if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    clearInterval(reporter);
    await producer.disconnect().catch(() => undefined);
  }
  if (failure !== null) throw new ToolError(`Error: producing to ${topic} failed after ${stats.total} records: ${errorMessage(failure)}`);
  process.stdout.write(`${stats.totalLine()}\n`);
  return 0;
}

runTool({ name: 'kafka-producer-perf-test', summary: 'This tool is used to verify the producer performance.', options: OPTIONS, run });
