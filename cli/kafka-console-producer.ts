#!/usr/bin/env node
/**
 * kafka-console-producer: reads lines from standard input and sends each as a
 * record to --topic, with Kafka's flags. Without --sync, records are sent in
 * batches (flushed when the batch is full, after --timeout ms of quiet, and
 * at the end of input); with --sync every record is acknowledged before the
 * next line is read. A record that fails (larger than max.request.size,
 * rejected by the broker) is reported on stderr as Kafka's ErrorLoggingCallback
 * does, and the tool exits 1 at the end.
 */
import readline from 'node:readline';
import type { Message, Producer } from 'kafkajs';
import { parseKeyValues, requireOptions, UsageError, type ParsedArgs } from './common/args.js';
import { loadClientProperties, makeKafka, resolveBootstrap, withConnection } from './common/tool-clients.js';
import { connectProducer, producerSettings, recordTooLarge, type ProducerSettings } from './common/producer.js';
import { lineReaderConfig, LineFormatError, parseLine } from './common/line-reader.js';
import { errorMessage, runTool, ToolError } from './common/tool.js';
import { connectionOption } from './common/connection-options.js';

const OPTIONS = [
  connectionOption('bootstrap-server', {
    desc: 'REQUIRED unless --broker-list(deprecated) is specified. The server(s) to connect to. The broker list string in the form HOST1:PORT1,HOST2:PORT2.',
  }),
  connectionOption('broker-list', {
    desc: 'DEPRECATED, use --bootstrap-server instead; ignored if --bootstrap-server is specified. The broker list string in the form HOST1:PORT1,HOST2:PORT2.',
  }),
  { name: 'topic', arg: 'required', metavar: 'String: topic', desc: 'REQUIRED: The topic id to produce messages to.' },
  {
    name: 'batch-size',
    arg: 'required',
    metavar: 'Integer: size',
    desc: 'Number of messages to send in a single batch if they are not being sent synchronously.',
    default: '16384',
  },
  {
    name: 'compression-codec',
    arg: 'optional',
    metavar: 'String: compression-codec',
    desc: "The compression codec: either 'none', 'gzip', 'snappy', 'lz4', or 'zstd'. If specified without value, then it defaults to 'gzip'",
  },
  {
    name: 'message-send-max-retries',
    arg: 'required',
    metavar: 'Integer',
    desc: 'Accepted for compatibility; the tool retries twice.',
    default: '3',
  },
  {
    name: 'request-required-acks',
    arg: 'required',
    metavar: 'String: request required acks',
    desc: 'The required `acks` of the producer requests',
    default: '-1',
  },
  {
    name: 'request-timeout-ms',
    arg: 'required',
    metavar: 'Integer: request timeout ms',
    desc: 'The ack timeout of the producer requests. Value must be non-negative and non-zero.',
    default: '1500',
  },
  { name: 'sync', desc: 'If set message send requests to the brokers are synchronously, one at a time as they arrive.' },
  {
    name: 'timeout',
    arg: 'required',
    metavar: 'Long: timeout_ms',
    desc: 'If set and the producer is running in asynchronous mode, this gives the maximum amount of time a message will queue awaiting sufficient batch size. The value is given in ms.',
    default: '1000',
  },
  {
    name: 'property',
    arg: 'required',
    metavar: 'String: prop',
    desc: 'A mechanism to pass user-defined properties in the form key=value to the message reader: parse.key, key.separator, parse.headers, headers.delimiter, headers.separator, headers.key.separator, null.marker, ignore.error.',
  },
  {
    name: 'reader-config',
    arg: 'required',
    metavar: 'String: config file',
    desc: 'Config properties file for the message reader. Note that [property] takes precedence over this config.',
  },
  {
    name: 'producer-property',
    arg: 'required',
    metavar: 'String: producer_prop',
    desc: 'A mechanism to pass user-defined properties in the form key=value to the producer.',
  },
  {
    name: 'producer.config',
    arg: 'required',
    metavar: 'String: config file',
    desc: 'Producer config properties file. Note that [producer-property] takes precedence over this config.',
  },
] as const;

const CODECS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

function producerProps(args: ParsedArgs): Map<string, string> {
  const props = loadClientProperties(args.value('producer.config'));
  // Tool options come after the file and before --producer-property, as in Kafka.
  if (args.has('request-required-acks')) props.set('acks', args.value('request-required-acks')!);
  if (args.has('compression-codec')) {
    const codec = args.value('compression-codec') ?? 'gzip';
    if (!CODECS.includes(codec)) throw new UsageError(`Unknown compression codec '${codec}': expected one of ${CODECS.join(', ')}`);
    props.set('compression.type', codec);
  }
  if (args.has('request-timeout-ms')) props.set('request.timeout.ms', args.value('request-timeout-ms')!);
  for (const [k, v] of parseKeyValues(args.values('producer-property'), 'producer property')) props.set(k, v);
  props.set('acks', props.get('acks') ?? '-1');
  return props;
}

/** Whether a kafkajs error (or one it wraps) carries Kafka's error `type`. */
function hasKafkaError(err: unknown, type: string): boolean {
  for (let e = err as { type?: unknown; cause?: unknown; originalError?: unknown } | undefined, i = 0; e && i < 5; i++) {
    if (e.type === type) return true;
    e = (e.cause ?? e.originalError) as typeof e;
  }
  return false;
}

/**
 * What a failed send says. A topic that does not exist fails in kafkajs's
 * metadata lookup, before any Produce could bring the broker's explanation,
 * with Kafka's stock "This server does not host this topic-partition"; say
 * what is missing and how to create it instead (the broker answers the same
 * in a Produce's error_message).
 */
function sendError(err: unknown, topic: string, bootstrap: string): string {
  if (hasKafkaError(err, 'UNKNOWN_TOPIC_OR_PARTITION')) {
    return (
      `Topic '${topic}' does not exist (UNKNOWN_TOPIC_OR_PARTITION); create it with ` +
      `kafka-topics --create --topic ${topic} --bootstrap-server ${bootstrap}, or let the broker create it (auto.create.topics.enable=true)`
    );
  }
  return errorMessage(err);
}

/** Sends records in batches; remembers whether any failed. */
class Sender {
  failed = false;
  private batch: Message[] = [];
  private inFlight: Promise<void> = Promise.resolve();

  constructor(
    private readonly producer: Producer,
    private readonly topic: string,
    private readonly bootstrap: string,
    private readonly s: ProducerSettings,
    private readonly batchSize: number,
  ) {}

  private report(m: Message, err: string): void {
    const key = m.key === null || m.key === undefined ? 'null' : `${Buffer.byteLength(m.key)} bytes`;
    const value = m.value === null || m.value === undefined ? 'null' : `${Buffer.byteLength(m.value)} bytes`;
    process.stderr.write(`ERROR Error when sending message to topic ${this.topic} with key: ${key}, value: ${value} with error: ${err}\n`);
    this.failed = true;
  }

  /** Queues `m` (or sends it at once with `sync`); resolves when it may take the next line. */
  async add(m: Message, sync: boolean): Promise<void> {
    const tooLarge = recordTooLarge(m, this.s.maxRequestSize);
    if (tooLarge) return this.report(m, tooLarge);
    this.batch.push(m);
    if (sync) return this.flush();
    if (this.batch.length >= this.batchSize) await this.flush();
  }

  /** Sends the queued records and waits for the acknowledgement. */
  async flush(): Promise<void> {
    const messages = this.batch;
    this.batch = [];
    if (messages.length === 0) return this.inFlight;
    const previous = this.inFlight;
    this.inFlight = previous.then(async () => {
      try {
        await this.producer.send({ topic: this.topic, messages, acks: this.s.acks, compression: this.s.compression });
      } catch (err) {
        const why = sendError(err, this.topic, this.bootstrap);
        for (const m of messages) this.report(m, why);
      }
    });
    return this.inFlight;
  }
}

async function run(args: ParsedArgs): Promise<number> {
  requireOptions(args, 'topic');
  const bootstrap = await resolveBootstrap(args);
  const topic = args.value('topic')!;
  const props = producerProps(args);
  const settings = producerSettings(props);
  const readerProps = loadClientProperties(args.value('reader-config'));
  for (const [k, v] of parseKeyValues(args.values('property'), 'property')) readerProps.set(k, v);
  const cfg = lineReaderConfig(readerProps);
  const lingerMs = Math.max(0, args.int('timeout') ?? 1000);
  const batchSize = Math.max(1, args.int('batch-size') ?? 16384);
  const sync = args.has('sync');

  const kafka = makeKafka({ bootstrap, clientId: props.get('client.id') ?? 'console-producer', props });
  const producer = await withConnection(bootstrap, () => connectProducer(kafka, settings));
  const sender = new Sender(producer, topic, bootstrap, settings, batchSize);
  let stop = false;
  const onSignal = (): void => {
    stop = true;
    process.stdin.destroy();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let timer: NodeJS.Timeout | null = null;
  try {
    const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
    let lineNumber = 0;
    for await (const line of rl) {
      lineNumber++;
      let rec;
      try {
        rec = parseLine(line, lineNumber, cfg);
      } catch (err) {
        if (err instanceof LineFormatError) throw new ToolError(`ERROR ${err.message}`);
        throw err;
      }
      const headers = rec.headers.length > 0 ? Object.fromEntries(rec.headers.map((h) => [h.key, h.value ?? ''])) : undefined;
      await sender.add({ key: rec.key, value: rec.value, headers }, sync);
      if (!sync) {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => void sender.flush(), lingerMs);
      }
      if (stop) break;
    }
    if (timer) clearTimeout(timer);
    await sender.flush();
  } finally {
    if (timer) clearTimeout(timer);
    // Records read before a failure are still sent, as the Java producer's close() does.
    await sender.flush().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
  }
  return sender.failed ? 1 : 0;
}

runTool({
  name: 'kafka-console-producer',
  summary: 'This tool helps to read data from standard input and publish it to Kafka.',
  options: OPTIONS,
  run,
});
