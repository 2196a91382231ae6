import { describe, expect, it } from 'vitest';
import { TopicMeters, countRecords } from '../../../../broker/metrics/topic-meters.js';
import { encodeRecordBatch } from '../../../../protocol/record-codec.js';

describe('countRecords', () => {
  it('sums recordsCount over the batch headers', () => {
    const a = encodeRecordBatch({ records: [{ value: 'a' }, { value: 'b' }, { value: 'c' }] });
    const b = encodeRecordBatch({ records: [{ value: 'd' }] });
    expect(countRecords(Buffer.concat([a, b]))).toBe(4);
  });

  it('ignores a trailing partial batch and empty input', () => {
    const a = encodeRecordBatch({ records: [{ value: 'a' }, { value: 'b' }] });
    const b = encodeRecordBatch({ records: [{ value: 'c' }] });
    expect(countRecords(Buffer.concat([a, b.subarray(0, b.length - 3)]))).toBe(2);
    expect(countRecords(Buffer.alloc(0))).toBe(0);
  });
});

describe('TopicMeters', () => {
  it('creates one meter per topic and reuses it', () => {
    const m = new TopicMeters();
    const x = m.meter('x');
    x.messagesIn += 5;
    expect(m.meter('x')).toBe(x);
    expect(m.peek('y')).toBeUndefined();
    expect([...m.all()].map((t) => t.topic)).toEqual(['x']);
  });

  it('drops meters of topics that no longer exist', () => {
    const m = new TopicMeters();
    m.meter('keep');
    m.meter('gone');
    m.retain((t) => t === 'keep');
    expect([...m.all()].map((t) => t.topic)).toEqual(['keep']);
  });
});
