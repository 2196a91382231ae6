import { describe, expect, it } from 'vitest';
import { parseProducerParams, serializerFor } from '../../../../streaming/kafka/producer-params.js';

describe('producer params', () => {
  it('defaults to transactions-compatible settings', () => {
    const c = parseProducerParams({});
    expect(c.acks).toBe(-1);
    expect(c.enableIdempotence).toBe(true);
    expect(c.transactionalId).toBeNull();
    expect(c.transactionTimeoutMs).toBe(60000);
    expect(c.bootstrapServers).toEqual([]);
  });

  it('parses values given as strings or numbers', () => {
    const c = parseProducerParams({
      'bootstrap.servers': 'a:1,b:2',
      acks: 'all',
      'linger.ms': '5',
      'transaction.timeout.ms': 10000,
      'compression.type': 'gzip',
    });
    expect(c.bootstrapServers).toEqual(['a:1', 'b:2']);
    expect(c.lingerMs).toBe(5);
    expect(c.transactionTimeoutMs).toBe(10000);
    expect(c.compression).toBe(1);
    expect(parseProducerParams({ acks: 0 }).acks).toBe(0);
    expect(() => parseProducerParams({ acks: 2 })).toThrow(/invalid value '2' for config 'acks'/);
  });

  it('serializes strings, buffers, JSON and nulls', () => {
    const str = serializerFor(undefined, 'p');
    expect(str('héllo')?.toString()).toBe('héllo');
    expect(str(42)?.toString()).toBe('42');
    expect(str(Buffer.from([1, 2]))).toEqual(Buffer.from([1, 2]));
    expect(str(null)).toBeNull();
    expect(serializerFor('org.apache.kafka.common.serialization.StringSerializer', 'p')('x')?.toString()).toBe('x');
    expect(serializerFor('json', 'p')({ a: 1 })?.toString()).toBe('{"a":1}');
    expect(() => serializerFor('buffer', 'producerParams value.serializer')('text')).toThrow(
      'producerParams value.serializer is "buffer" but a string was given',
    );
    const f = (v: unknown): Buffer => Buffer.from(`<${String(v)}>`);
    expect(serializerFor(f, 'p')).toBe(f);
  });
});
