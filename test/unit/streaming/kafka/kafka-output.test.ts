/**
 * saveToKafka's checks when the output is declared (nothing connects before
 * start()): the streams it cannot be exactly-once for, the producer params
 * that contradict transactions, and commitAsync on a bound stream. The
 * writes themselves are covered by test/integration/streaming-exactly-once.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  ConsumerStrategies,
  KafkaUtils,
  LocationStrategies,
  StreamingContext,
  type DirectKafkaInputDStream,
  type KafkaParams,
} from '../../../../streaming/index.js';

const PARAMS: KafkaParams = { 'bootstrap.servers': '127.0.0.1:9', 'group.id': 'g' };

function directStream(ssc: StreamingContext, params: KafkaParams = PARAMS): DirectKafkaInputDStream {
  return KafkaUtils.createDirectStream(ssc, LocationStrategies.PreferConsistent, ConsumerStrategies.Subscribe(['in'], params));
}

function errorOf(fn: () => void): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('no error thrown');
}

describe('saveToKafka exactlyOnce: the streams it refuses', () => {
  it('a stream computed from a source other than a direct Kafka stream', () => {
    const ssc = new StreamingContext(100);
    const q = ssc.queueStream<string>([]);
    expect(
      errorOf(() => q.map((v) => v).saveToKafka('out', { exactlyOnce: true, producerParams: { 'bootstrap.servers': 'h:1' } })),
    ).toMatch(
      /saveToKafka\(out\): exactly-once needs a stream read from Kafka by direct streams only, but it is computed from QueueInputDStream-0/,
    );
    // A union of a direct stream and a queue stream is refused too.
    const u = directStream(ssc)
      .map((r) => r.value ?? '')
      .union(q);
    expect(errorOf(() => u.saveToKafka('out', { exactlyOnce: true }))).toMatch(/cannot be replayed from committed Kafka offsets/);
  });

  it('a stream computed from two direct streams', () => {
    const ssc = new StreamingContext(100);
    const a = directStream(ssc);
    const b = directStream(ssc, { ...PARAMS, 'group.id': 'g2' });
    expect(errorOf(() => a.union(b).saveToKafka('out', { exactlyOnce: true }))).toMatch(
      /exactly-once needs a stream computed from one direct stream, but it reads 2/,
    );
  });

  it('state or a window without a checkpoint directory, when the context starts', async () => {
    const ssc = new StreamingContext(100);
    const words = directStream(ssc).map((r): [string, number] => [r.value ?? '', 1]);
    words.window(200).saveToKafka('out', { exactlyOnce: true });
    await expect(ssc.start()).rejects.toThrow(
      /saveToKafka\(out\): exactly-once over WindowedDStream-\d+ \(state or a window\) needs a checkpoint directory/,
    );
  });

  it('a direct stream without group.id, and a second exactly-once output on one direct stream', () => {
    const ssc = new StreamingContext(100);
    const assigned = KafkaUtils.createDirectStream(
      ssc,
      LocationStrategies.PreferConsistent,
      ConsumerStrategies.Assign([{ topic: 'in', partition: 0 }], { 'bootstrap.servers': '127.0.0.1:9' }),
    );
    expect(errorOf(() => assigned.saveToKafka('out', { exactlyOnce: true }))).toMatch(/needs group\.id in the direct stream's kafkaParams/);
    const s = directStream(ssc);
    s.map((r) => r.value).saveToKafka('out', { exactlyOnce: true });
    expect(errorOf(() => s.map((r) => r.key).saveToKafka('other', { exactlyOnce: true }))).toMatch(
      /already has an exactly-once output \(saveToKafka\(out\)\); one transaction per batch commits its offsets/,
    );
  });

  it('commitAsync on a stream whose offsets an exactly-once output commits', () => {
    const ssc = new StreamingContext(100);
    const s = directStream(ssc);
    s.saveToKafka('out', { exactlyOnce: true });
    expect(errorOf(() => s.commitAsync([]))).toMatch(/its offsets are committed by saveToKafka\(out\) inside each batch's transaction/);
    expect(s.boundOutput).toBe('saveToKafka(out)');
  });

  it('the direct stream refuses auto commit before any output can be declared', () => {
    expect(errorOf(() => directStream(new StreamingContext(100), { ...PARAMS, 'enable.auto.commit': true }))).toMatch(
      /enable\.auto\.commit.*not supported by the direct stream/,
    );
  });
});

describe('saveToKafka: producer params', () => {
  it('refuses params that contradict transactions', () => {
    const ssc = new StreamingContext(100);
    const s = directStream(ssc);
    expect(errorOf(() => s.saveToKafka('out', { exactlyOnce: true, producerParams: { acks: '1' } }))).toMatch(/exactlyOnce needs acks=all/);
    expect(errorOf(() => s.saveToKafka('out', { exactlyOnce: true, producerParams: { 'enable.idempotence': false } }))).toMatch(
      /exactlyOnce needs enable\.idempotence=true/,
    );
    expect(errorOf(() => s.saveToKafka('out', { producerParams: { 'transactional.id': 't' } }))).toMatch(
      /transactional\.id is set but exactlyOnce is not/,
    );
    // None of the refused outputs bound the stream.
    expect(s.boundOutput).toBeNull();
  });

  it('refuses a misspelt key with a did-you-mean, bad values, TLS, and a missing topic', () => {
    const ssc = new StreamingContext(100);
    const s = directStream(ssc);
    expect(errorOf(() => s.saveToKafka('out', { producerParams: { 'lingr.ms': 5 } }))).toBe(
      "saveToKafka producerParams: unknown config 'lingr.ms' (did you mean 'linger.ms'?)",
    );
    expect(errorOf(() => s.saveToKafka('out', { producerParams: { 'batch.size': 'big' } }))).toContain(
      "invalid value 'big' for config 'batch.size'",
    );
    expect(errorOf(() => s.saveToKafka('out', { producerParams: { 'ssl.keystore.location': '/k' } }))).toContain('is not supported');
    expect(errorOf(() => s.saveToKafka('out', { producerParams: { 'value.serializer': 'avro' } }))).toContain('unknown serializer "avro"');
    expect(errorOf(() => s.saveToKafka(''))).toMatch(/the topic must be a non-empty string/);
  });

  it('needs bootstrap.servers when the stream is not read from Kafka (at least once)', () => {
    const ssc = new StreamingContext(100);
    const q = ssc.queueStream<string>([]);
    expect(errorOf(() => q.saveToKafka('out'))).toMatch(/producerParams must contain bootstrap\.servers/);
    q.saveToKafka('out', { producerParams: { 'bootstrap.servers': 'h:1' } });
    expect(ssc.graph.outputStreams.map((o) => o.description)).toEqual(['saveToKafka']);
  });
});
