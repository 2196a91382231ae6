import { describe, expect, it } from 'vitest';
import {
  TxnState,
  decodeTxnLogKey,
  decodeTxnLogValue,
  encodeTxnLogKey,
  encodeTxnLogValue,
  txnStateName,
  type TxnLogValue,
} from '../../../../broker/txn/txn-log-records.js';

const VALUE: TxnLogValue = {
  producerId: 4001,
  previousProducerId: -1,
  producerEpoch: 7,
  transactionTimeoutMs: 60_000,
  state: TxnState.PrepareCommit,
  topicPartitions: [
    { topic: 'orders', partitions: [0, 2] },
    { topic: '__consumer_offsets', partitions: [13] },
  ],
  lastUpdateTimestamp: 1_700_000_000_123,
  startTimestamp: 1_700_000_000_001,
};

describe('__transaction_state records', () => {
  it('writes the key as version 0 + transactional id, byte for byte', () => {
    const key = encodeTxnLogKey('tx-1');
    expect(key.toString('hex')).toBe('0000' + '0004' + Buffer.from('tx-1').toString('hex'));
    expect(decodeTxnLogKey(key)).toBe('tx-1');
    expect(() => decodeTxnLogKey(Buffer.from('00010000', 'hex'))).toThrow(/version 1/);
  });

  it('writes the value as version 0 in Kafka field order and reads it back', () => {
    const buf = encodeTxnLogValue(VALUE);
    expect(buf.readInt16BE(0)).toBe(0);
    expect(Number(buf.readBigInt64BE(2))).toBe(4001);
    expect(buf.readInt16BE(10)).toBe(7);
    expect(buf.readInt32BE(12)).toBe(60_000);
    expect(buf.readInt8(16)).toBe(TxnState.PrepareCommit);
    expect(buf.readInt32BE(17)).toBe(2);
    expect(Number(buf.readBigInt64BE(buf.length - 8))).toBe(VALUE.startTimestamp);
    expect(decodeTxnLogValue(buf)).toEqual(VALUE);
  });

  it('reads version 1 (flexible) with its tagged previous producer id', () => {
    const parts: Buffer[] = [];
    const u = (n: number) => Buffer.from([n]);
    const i16 = (n: number) => Buffer.from([(n >> 8) & 255, n & 255]);
    const i32 = (n: number) => {
      const b = Buffer.alloc(4);
      b.writeInt32BE(n);
      return b;
    };
    const i64 = (n: number) => {
      const b = Buffer.alloc(8);
      b.writeBigInt64BE(BigInt(n));
      return b;
    };
    parts.push(i16(1), i64(9), i16(3), i32(1000), Buffer.from([TxnState.Ongoing]));
    parts.push(u(2), u(2), Buffer.from('t'), u(2), i32(5), u(0)); // one topic "t" with partition 5, no tags
    parts.push(i64(11), i64(10));
    parts.push(u(1), u(0), u(8), i64(8)); // tag 0: previousProducerId 8
    const v = decodeTxnLogValue(Buffer.concat(parts));
    expect(v).toEqual({
      producerId: 9,
      previousProducerId: 8,
      producerEpoch: 3,
      transactionTimeoutMs: 1000,
      state: TxnState.Ongoing,
      topicPartitions: [{ topic: 't', partitions: [5] }],
      lastUpdateTimestamp: 11,
      startTimestamp: 10,
    });
    expect(txnStateName(v.state)).toBe('Ongoing');
    expect(txnStateName(TxnState.CompleteAbort)).toBe('CompleteAbort');
  });
});
