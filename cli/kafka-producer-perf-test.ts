#!/usr/bin/env node
/**
 * kafka-producer-perf-test: sends --num-records records of --record-size
 * bytes (or lines of --payload-file) to --topic at up to --throughput
 * records/sec (-1: unthrottled), printing Kafka's window line every
 * --reporting-interval and its total line with latency percentiles at the
 * end. Like Kafka's tool: one record per send() on an asynchronous producer
 * (client/batching-producer.ts: linger.ms 0 by default, batch.size,
 * max.in.flight.requests.per.connection 5, records that arrive while
 * requests are in flight share the next batch), paced by Kafka's
 * ThroughputThrottler (cli/common/perf-stats.ts), and a record's latency
 * runs from its send() call to its acknowledgement. With
 * enable.idempotence=true the records go through kafkajs's idempotent
 * producer instead (the lean producer has no producer ids), batched the
 * same way with one request in flight.
 *
 * --print-metrics prints, after the total line, the producer's counters and
 * this process's own event-loop delay (p50/p99/p99.9/max,
 * perf_hooks.monitorEventLoopDelay) and GC pause time: a tail the client
 * adds itself shows there, not in the broker.
 */
import fs from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import type { Message, Producer } from 'kafkajs';
import { parseKeyValues, requireOptions, UsageError, type ParsedArgs } from './common/args.js';
import { loadClientProperties, makeKafka, openCluster, withConnection } from './common/tool-clients.js';
import { connectProducer, producerSettings, recordTooLarge, type ProducerSettings } from './common/producer.js';
import { ProducerStats, ThroughputThrottler } from './common/perf-stats.js';
import { BatchingProducer, type SendCallback } from '../client/batching-producer.js';
import { TransactionalProducer } from '../client/transactional-producer.js';
import type { KafkaClient } from '../client/index.js';
import { errorMessage, runTool, ToolError } from './common/tool.js';
import { connectionOption } from './common/connection-options.js';

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
  connectionOption('bootstrap-server', {
    desc: 'The server(s) to connect to; overrides bootstrap.servers of --producer-props / --producer.config.',
    metavar: 'BOOTSTRAP-SERVERS',
  }),
  {
    name: 'reporting-interval',
    arg: 'required',
    metavar: 'INTERVAL-MS',
    desc: 'Interval in milliseconds at which to print progress info.',
    default: '5000',
  },
  {
    name: 'transactional-id',
    arg: 'required',
    metavar: 'TRANSACTIONAL-ID',
    desc: 'The transactionalId to use if transaction-duration-ms is > 0. Useful when testing the performance of concurrent transactions.',
  },
  {
    name: 'transaction-duration-ms',
    arg: 'required',
    metavar: 'TRANSACTION-DURATION',
    desc: 'The max age of each transaction. The commitTransaction will be called after this time has elapsed. Transactions are only enabled if this value is positive.',
  },
  {
    name: 'print-metrics',
    desc: "Print out metrics at the end of the test: the producer's counters and this process's event-loop delay and GC pauses.",
  },
] as const;

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

/** Interval of the event-loop delay timer, ms. */
const LOOP_RESOLUTION_MS = 10;

/** What the test sends through: one record per call, callbacks on acknowledgement. */
interface RecordSender {
  send(topic: string, value: Buffer, cb: SendCallback): void;
  flush(): Promise<void>;
  close(): Promise<void>;
  /** Produce requests sent (NaN when unknown). */
  readonly requests: number;
  /** With transactions: starts one. */
  begin?(): void;
  /** With transactions: commits the ongoing one (after flushing it). */
  commit?(): Promise<void>;
}

/** A producer property as an integer (default when absent); a UsageError names a bad one. */
function intProp(props: Map<string, string>, name: string, dflt: number): number {
  const raw = props.get(name);
  if (raw === undefined) return dflt;
  const n = Number(raw.trim());
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`Invalid value ${raw} for configuration ${name}`);
  return n;
}

/** The lean client's batching producer with the Java producer's settings. */
function leanSender(client: KafkaClient, settings: ProducerSettings, props: Map<string, string>): RecordSender {
  const p = new BatchingProducer(client, {
    acks: settings.acks,
    compression: settings.compression,
    lingerMs: intProp(props, 'linger.ms', 0),
    batchSize: intProp(props, 'batch.size', 16384),
    maxInFlight: intProp(props, 'max.in.flight.requests.per.connection', 5),
    requestTimeoutMs: intProp(props, 'request.timeout.ms', 30_000),
    retries: intProp(props, 'retries', 2),
    maxBlockMs: intProp(props, 'max.block.ms', 60_000),
    allowAutoTopicCreation: (props.get('allow.auto.create.topics') ?? 'true').trim().toLowerCase() !== 'false',
  });
  return {
    send: (topic, value, cb) => p.send(topic, null, value, cb),
    flush: () => p.flush(),
    close: () => p.close(),
    get requests() {
      return p.requests;
    },
  };
}

/** The lean client's transactional producer (--transactional-id / --transaction-duration-ms). */
async function transactionalSender(
  client: KafkaClient,
  settings: ProducerSettings,
  props: Map<string, string>,
  transactionalId: string,
): Promise<RecordSender> {
  const p = new TransactionalProducer(client, {
    transactionalId,
    transactionTimeoutMs: intProp(props, 'transaction.timeout.ms', 60_000),
    compression: settings.compression,
    lingerMs: intProp(props, 'linger.ms', 0),
    batchSize: intProp(props, 'batch.size', 16384),
    maxInFlight: intProp(props, 'max.in.flight.requests.per.connection', 5),
    requestTimeoutMs: intProp(props, 'request.timeout.ms', 30_000),
    maxBlockMs: intProp(props, 'max.block.ms', 60_000),
    allowAutoTopicCreation: (props.get('allow.auto.create.topics') ?? 'true').trim().toLowerCase() !== 'false',
  });
  await p.initTransactions();
  return {
    send: (topic, value, cb) => p.send(topic, null, value, cb),
    flush: () => p.flush(),
    close: () => p.close(),
    begin: () => p.beginTransaction(),
    commit: () => p.commitTransaction(),
    get requests() {
      return p.requests;
    },
  };
}

/** kafkajs's idempotent producer behind the same interface: records wait while the one request is in flight. */
function kafkajsSender(producer: Producer, settings: ProducerSettings): RecordSender {
  let messages: Message[] = [];
  let callbacks: SendCallback[] = [];
  let busy = false;
  let requests = 0;
  let idle: (() => void)[] = [];
  const pump = (topic: string): void => {
    if (busy || messages.length === 0) return;
    busy = true;
    const ms = messages;
    const cbs = callbacks;
    messages = [];
    callbacks = [];
    requests++;
    void producer
      .send({ topic, messages: ms, acks: settings.acks, compression: settings.compression })
      .then(
        (r) => {
          const base = Number(r[0]?.baseOffset ?? -1);
          for (let i = 0; i < cbs.length; i++) cbs[i]!(null, base < 0 ? -1 : base + i);
        },
        (err: Error) => {
          for (const cb of cbs) cb(err, -1);
        },
      )
      .finally(() => {
        busy = false;
        if (messages.length > 0) pump(topic);
        else for (const r of idle.splice(0)) r();
      });
  };
  return {
    send(topic, value, cb) {
      messages.push({ value });
      callbacks.push(cb);
      if (messages.length === 1) queueMicrotask(() => pump(topic));
    },
    flush: () => (busy || messages.length > 0 ? new Promise<void>((r) => idle.push(r)) : Promise.resolve()),
    close: async () => {
      await producer.disconnect();
      idle = [];
    },
    get requests() {
      return requests;
    },
  };
}

/** Kafka's metrics table: `name : value`, names padded to one width. */
function metricsTable(rows: [string, number][]): string {
  const width = Math.max(11, ...rows.map(([n]) => n.length));
  const lines = [`${'Metric Name'.padEnd(width)}   Value`];
  for (const [n, v] of rows) lines.push(`${n.padEnd(width)} : ${v.toFixed(3)}`);
  return lines.join('\n');
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

  const clientId = props.get('client.id') ?? 'perf-producer-client';
  // Kafka's rule: transactions are on with either flag (or transactional.id in the producer properties), 3 s each by default.
  const durationArg = args.value('transaction-duration-ms');
  const transactionalId = args.value('transactional-id') ?? props.get('transactional.id');
  const transactional = durationArg !== undefined || transactionalId !== undefined;
  const transactionDurationMs = durationArg !== undefined ? Number(durationArg) : 3000;
  if (transactional && (!Number.isInteger(transactionDurationMs) || transactionDurationMs <= 0))
    throw new UsageError(`--transaction-duration-ms must be a positive integer, got ${durationArg}`);
  let sender: RecordSender;
  let client: KafkaClient | null = null;
  if (transactional) {
    client = await openCluster(bootstrap, { clientId, requestTimeoutMs: intProp(props, 'request.timeout.ms', 30_000), props });
    sender = await transactionalSender(client, settings, props, transactionalId ?? 'performance-producer-default-transactional-id');
  } else if (settings.idempotent) {
    const kafka = makeKafka({ bootstrap, clientId, props });
    sender = kafkajsSender(await withConnection(bootstrap, () => connectProducer(kafka, settings)), settings);
  } else {
    client = await openCluster(bootstrap, { clientId, requestTimeoutMs: intProp(props, 'request.timeout.ms', 30_000), props });
    sender = leanSender(client, settings, props);
  }
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  let gcMs = 0;
  let gcCount = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcMs += e.duration;
      gcCount++;
    }
  });
  gc.observe({ entryTypes: ['gc'] });
  loopDelay.enable();
  const start = Date.now();
  const stats = new ProducerStats(numRecords, start);
  const throttler = new ThroughputThrottler(throughput, start);
  const reporter = setInterval(() => process.stdout.write(`${stats.windowLine()}\n`), interval);
  let failure: unknown = null;
  let stop = false;
  process.once('SIGINT', () => (stop = true));
  let inTransaction = 0;
  let transactionStart = 0;
  try {
    for (let i = 0; i < numRecords && failure === null && !stop; i++) {
      if (transactional && inTransaction === 0) {
        sender.begin!();
        transactionStart = Date.now();
      }
      const value = bodies.length === 1 ? bodies[0]! : bodies[Math.floor(Math.random() * bodies.length)]!;
      const sendStartMs = Date.now();
      const sentAt = performance.now();
      const bytes = value.length;
      sender.send(topic, value, (err) => {
        if (err !== null) failure ??= err;
        else stats.record(performance.now() - sentAt, bytes);
      });
      inTransaction++;
      if (transactional && Date.now() - transactionStart >= transactionDurationMs) {
        await sender.commit!().catch((err: unknown) => (failure ??= err));
        inTransaction = 0;
      }
      if (throttler.shouldThrottle(i, sendStartMs)) await throttler.throttle();
      // Unthrottled, the loop still yields now and then so that responses are read.
      else if ((i & 1023) === 1023) await new Promise((r) => setImmediate(r));
    }
    await sender.flush();
    if (transactional && inTransaction > 0 && failure === null) await sender.commit!().catch((err: unknown) => (failure ??= err));
  } finally {
    clearInterval(reporter);
    loopDelay.disable();
    gc.disconnect();
    await sender.close().catch(() => undefined);
    client?.close();
  }
  if (failure !== null) throw new ToolError(`Error: producing to ${topic} failed after ${stats.total} records: ${errorMessage(failure)}`);
  process.stdout.write(`${stats.totalLine()}\n`);
  if (args.has('print-metrics')) {
    const tag = `{client-id=${clientId}}`;
    const exact = stats.exactPercentiles(0.5, 0.99, 0.999);
    // The histogram holds the time between its timer's runs: the delay is what exceeds the timer's interval.
    const ms = (ns: number): number => Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS);
    process.stdout.write(
      `\n${metricsTable([
        [`producer-metrics:record-send-total:${tag}`, stats.total],
        [`producer-metrics:request-total:${tag}`, sender.requests],
        [`producer-metrics:records-per-request-avg:${tag}`, sender.requests > 0 ? stats.total / sender.requests : 0],
        ...(['50', '99', '99.9'] as const).map(
          (q, i) => [`tributary-client-metrics:record-latency-p${q}-ms:${tag}`, exact[i]!] as [string, number],
        ),
        [`tributary-client-metrics:record-latency-max-ms:${tag}`, stats.max],
        [`tributary-client-metrics:event-loop-delay-p50-ms:${tag}`, ms(loopDelay.percentile(50))],
        [`tributary-client-metrics:event-loop-delay-p99-ms:${tag}`, ms(loopDelay.percentile(99))],
        [`tributary-client-metrics:event-loop-delay-p99.9-ms:${tag}`, ms(loopDelay.percentile(99.9))],
        [`tributary-client-metrics:event-loop-delay-max-ms:${tag}`, ms(loopDelay.max)],
        [`tributary-client-metrics:gc-pause-total-ms:${tag}`, gcMs],
        [`tributary-client-metrics:gc-pause-count:${tag}`, gcCount],
      ])}\n`,
    );
  }
  return 0;
}

runTool({ name: 'kafka-producer-perf-test', summary: 'This tool is used to verify the producer performance.', options: OPTIONS, run });
