import { describe, expect, it } from 'vitest';
import { deserializerFor, toConsumerRecord, type ConsumerRecord } from '../../../../streaming/kafka/consumer-record.js';
import type { DecodedRecord } from '../../../../protocol/record-codec.js';

function decoded(key: string | null, value: string | null): DecodedRecord {
  return {
    offset: 7,
    timestamp: 1000,
    key: key === null ? null : Buffer.from(key),
    value: value === null ? null : Buffer.from(value),
    headers: [],
    attributes: 0,
  };
}

describe('ConsumerRecord', () => {
  it('decodes strings on access, nulls stay null', () => {
    const s = deserializerFor(undefined, 'value.deserializer');
    const r = toConsumerRecord<string, string>('t', 2, decoded(null, 'héllo'), s, s);
    expect(r.key).toBeNull();
    expect(r.value).toBe('héllo');
    expect(r.value).toBe('héllo');
    expect([r.topic, r.partition, r.offset, r.timestamp]).toEqual(['t', 2, 7, 1000]);
  });

  it('runs other deserializers once and keeps the result', () => {
    let calls = 0;
    const json = deserializerFor('json', 'value.deserializer');
    const counting = (b: Buffer): unknown => (calls++, json(b));
    const r = toConsumerRecord<string, { a: number }>(
      't',
      0,
      decoded('k', '{"a":1}'),
      deserializerFor('string', 'key.deserializer'),
      counting,
    );
    expect(r.value).toEqual({ a: 1 });
    expect(r.value).toBe(r.value);
    expect(calls).toBe(1);
    const b = toConsumerRecord<Buffer, Buffer>('t', 0, decoded('k', 'v'), deserializerFor('buffer', 'k'), deserializerFor('buffer', 'v'));
    expect(b.value!.toString()).toBe('v');
  });

  it('accepts assignment and serializes as a plain record', () => {
    const s = deserializerFor('string', 'v');
    const r: ConsumerRecord<string, string> = toConsumerRecord('t', 1, decoded('k', 'v'), s, s);
    expect(JSON.parse(JSON.stringify(r))).toEqual({
      topic: 't',
      partition: 1,
      offset: 7,
      timestamp: 1000,
      key: 'k',
      value: 'v',
      headers: [],
    });
    r.value = 'changed';
    r.key = null;
    expect(r.value).toBe('changed');
    expect(r.key).toBeNull();
  });
});
