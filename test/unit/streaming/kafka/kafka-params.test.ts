import { describe, expect, it } from 'vitest';
import { ConsumerStrategies, KafkaUtils, LocationStrategies, StreamingContext, type KafkaParams } from '../../../../streaming/index.js';
import { KAFKA_PARAM_KEYS, parseKafkaParams } from '../../../../streaming/kafka/kafka-params.js';

const BASE: KafkaParams = { 'bootstrap.servers': '127.0.0.1:9', 'group.id': 'g', 'enable.auto.commit': false };

/** The error making a direct stream with `params` throws, or null (nothing connects before start()). */
function streamError(params: KafkaParams): Error | null {
  try {
    KafkaUtils.createDirectStream(
      new StreamingContext(100),
      LocationStrategies.PreferConsistent,
      ConsumerStrategies.Subscribe(['t'], params),
    );
    return null;
  } catch (err) {
    return err as Error;
  }
}

describe('kafkaParams', () => {
  it('refuses a misspelt key when the stream is made, with a did-you-mean', () => {
    expect(streamError({ ...BASE, 'auto.offset.rest': 'earliest' })?.message).toBe(
      "kafkaParams: unknown config 'auto.offset.rest' (did you mean 'auto.offset.reset'?)",
    );
    expect(streamError({ ...BASE, 'max.partition.fetch.byte': 1000 })?.message).toContain("did you mean 'max.partition.fetch.bytes'?");
    expect(streamError({ ...BASE, 'bootstrap.server': 'x:1' })?.message).toContain("did you mean 'bootstrap.servers'?");
  });

  it('refuses bad values and unsupported settings, naming key and value', () => {
    expect(streamError({ ...BASE, 'max.partition.fetch.bytes': 'abc' })?.message).toBe(
      "kafkaParams: invalid value 'abc' for config 'max.partition.fetch.bytes': expected an int",
    );
    expect(streamError({ ...BASE, 'auto.offset.reset': 'smallest' })?.message).toBe(
      "kafkaParams: invalid value 'smallest' for config 'auto.offset.reset': must be one of earliest, latest, none",
    );
    expect(streamError({ ...BASE, 'enable.auto.commit': 'yes' })?.message).toContain('expected a boolean');
    expect(streamError({ ...BASE, 'enable.auto.commit': true })?.message).toContain('call stream.commitAsync(offsetRanges)');
    expect(streamError({ ...BASE, 'isolation.level': 'read_committed' })).toBeNull();
    expect(streamError({ ...BASE, 'isolation.level': 'READ_COMMITTED' })?.message).toBe(
      "kafkaParams: invalid value 'READ_COMMITTED' for config 'isolation.level': must be one of read_uncommitted, read_committed",
    );
    expect(streamError({ ...BASE, 'security.protocol': 'SASL_SSL' })?.message).toContain("'security.protocol'");
    expect(streamError({ ...BASE, 'sasl.mechanism': 'PLAIN' })?.message).toBe(
      "kafkaParams: config 'sasl.mechanism' is not supported (the client speaks neither TLS nor SASL)",
    );
    expect(
      streamError({ ...BASE, 'partition.assignment.strategy': 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor' })?.message,
    ).toContain('is not one of');
    expect(streamError({ ...BASE, 'key.deserializer': 'avro' })?.message).toContain('unknown deserializer "avro"');
    expect(streamError({ 'group.id': 'g' })?.message).toBe('kafkaParams must contain bootstrap.servers');
  });

  it("accepts every key of Kafka's consumer table, Java names and functions, and parses them", () => {
    const all: KafkaParams = { ...BASE };
    for (const k of KAFKA_PARAM_KEYS) if (k.default !== null && !(k.name in all)) all[k.name] = k.default;
    expect(streamError(all)).toBeNull();
    const c = parseKafkaParams({
      'bootstrap.servers': 'a:1, b:2',
      'group.id': 'g',
      'key.deserializer': 'org.apache.kafka.common.serialization.StringDeserializer',
      'value.deserializer': (b: Buffer) => b.length,
      'partition.assignment.strategy': 'org.apache.kafka.clients.consumer.RoundRobinAssignor,range',
      'max.partition.fetch.bytes': 1024,
      'fetch.max.wait.ms': '50',
      'enable.auto.commit': 'false',
    });
    expect(c.bootstrapServers).toEqual(['a:1', 'b:2']);
    expect(c.assignors).toEqual(['roundrobin', 'range']);
    expect(c.maxPartitionFetchBytes).toBe(1024);
    expect(c.fetchMaxWaitMs).toBe(50);
    expect(c.autoOffsetReset).toBe('latest');
    expect(c.clientId).toBe('tributary-streaming-g');
    expect(c.valueDeserializer(Buffer.from('abc'))).toBe(3);
    expect(c.keyDeserializer(Buffer.from('k'))).toBe('k');
  });

  it('is checked by KafkaUtils.createRDD too, before connecting', async () => {
    await expect(KafkaUtils.createRDD({ 'bootstrap.servers': '127.0.0.1:9', 'auto.offset.rest': 'x' }, [])).rejects.toThrow(
      "did you mean 'auto.offset.reset'?",
    );
  });
});
