import { beforeAll, describe, expect, it } from 'vitest';
import { parseHeaders, scanRecordBatches, type RecordVisitor } from '../../../client/record-scanner.js';
import { initCodecs } from '../../../protocol/compression.js';
import { Compression } from '../../../protocol/record-batch.js';
import { decodeRecordBatches, encodeRecordBatch, type RecordInput } from '../../../protocol/record-codec.js';

interface Seen {
  offset: number;
  timestamp: number;
  key: string | null;
  value: string | null;
  headers: { key: string; value: string | null }[];
}

/** A visitor that decodes what it is shown, to compare with record-codec's full decode. */
class Collect implements RecordVisitor {
  seen: Seen[] = [];
  record(buf: Buffer, offset: number, timestamp: number, ks: number, kl: number, vs: number, vl: number, hs: number, hc: number): void {
    this.seen.push({
      offset,
      timestamp,
      key: kl < 0 ? null : buf.toString('utf8', ks, ks + kl),
      value: vl < 0 ? null : buf.toString('utf8', vs, vs + vl),
      headers: parseHeaders(buf, hs, hc).map((h) => ({ key: h.key, value: h.value === null ? null : h.value.toString() })),
    });
  }
}

function records(n: number, from: number): RecordInput[] {
  return Array.from({ length: n }, (_, i) => ({
    key: i % 3 === 0 ? null : `k${from + i}`,
    value: i % 4 === 1 ? null : `value ${from + i} ${'x'.repeat(i * 7)}`,
    headers:
      i % 2 === 0
        ? [
            { key: 'h', value: Buffer.from(`hv${i}`) },
            { key: 'n', value: null },
          ]
        : [],
    timestamp: 1_000 + i,
  }));
}

beforeAll(() => initCodecs());

describe('scanRecordBatches', () => {
  for (const [name, codec] of Object.entries(Compression)) {
    it(`shows every record as record-codec decodes it (${name})`, () => {
      const buf = Buffer.concat([
        encodeRecordBatch({ baseOffset: 0, records: records(10, 0), compression: codec }),
        encodeRecordBatch({ baseOffset: 10, records: records(5, 10), compression: codec }),
      ]);
      const c = new Collect();
      const res = scanRecordBatches(buf, 0, 100, c);
      expect(res).toEqual({ nextOffset: 15, records: 15, partialTail: false });
      const full = decodeRecordBatches(buf).flatMap((b) => b.records);
      expect(c.seen).toEqual(
        full.map((r) => ({
          offset: r.offset,
          timestamp: r.timestamp,
          key: r.key?.toString() ?? null,
          value: r.value?.toString() ?? null,
          headers: r.headers.map((h) => ({ key: h.key, value: h.value?.toString() ?? null })),
        })),
      );
    });
  }

  it('keeps to [from, until), skips control batches, leaves a partial tail, uses LogAppendTime', () => {
    const a = encodeRecordBatch({ baseOffset: 0, records: records(10, 0) });
    const marker = encodeRecordBatch({
      baseOffset: 10,
      records: [{ key: Buffer.from([0, 0, 0, 0]), value: Buffer.from([0, 0, 0, 0, 0, 0]) }],
      control: true,
    });
    const b = encodeRecordBatch({ baseOffset: 11, records: records(5, 11), timestampType: 1, maxTimestamp: 9_999 });
    const all = Buffer.concat([a, marker, b]);
    const c = new Collect();
    expect(scanRecordBatches(all, 4, 13, c)).toEqual({ nextOffset: 16, records: 8, partialTail: false });
    expect(c.seen.map((r) => r.offset)).toEqual([4, 5, 6, 7, 8, 9, 11, 12]);
    expect(c.seen.at(-1)!.timestamp).toBe(9_999);
    const cut = new Collect();
    expect(scanRecordBatches(all.subarray(0, a.length + marker.length + 30), 0, 100, cut)).toEqual({
      nextOffset: 11,
      records: 10,
      partialTail: true,
    });
  });

  it('refuses a batch whose CRC does not match, unless told not to check', () => {
    const buf = encodeRecordBatch({ baseOffset: 0, records: records(3, 0) });
    buf[buf.length - 2] ^= 0x01;
    expect(() => scanRecordBatches(buf, 0, 10, new Collect())).toThrow(/CRC-32C mismatch/);
    expect(scanRecordBatches(buf, 0, 10, new Collect(), false).records).toBe(3);
  });
});
