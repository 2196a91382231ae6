import { describe, it, expect } from 'vitest';
import {
  ControlType,
  controlTypeOf,
  encodeEndTxnMarker,
  isControlBatch,
  markerCoordinatorEpoch,
} from '../../../protocol/control-record.js';
import { decodeRecordBatches, encodeRecordBatch } from '../../../protocol/record-codec.js';
import {
  batchAttributes,
  batchBaseSequence,
  batchProducerEpoch,
  batchProducerId,
  compressionOf,
  isBatchCrcValid,
  isTransactional,
} from '../../../protocol/record-batch.js';

describe('control batches (transaction markers)', () => {
  it("encodes a COMMIT marker in Kafka's layout: key {0, 1}, value {0, coordinatorEpoch}", () => {
    const b = encodeEndTxnMarker({ producerId: 4242, producerEpoch: 7, coordinatorEpoch: 3, commit: true, timestamp: 1_700_000_000_000 });
    expect(isBatchCrcValid(b, 0)).toBe(true);
    const attrs = batchAttributes(b, 0);
    expect(isControlBatch(b, 0)).toBe(true);
    expect(isTransactional(attrs)).toBe(true);
    expect(compressionOf(attrs)).toBe(0);
    expect(batchProducerId(b, 0)).toBe(4242);
    expect(batchProducerEpoch(b, 0)).toBe(7);
    expect(batchBaseSequence(b, 0)).toBe(-1);
    const [d] = decodeRecordBatches(b);
    expect(d!.isControl).toBe(true);
    expect(d!.records).toHaveLength(1);
    expect([...d!.records[0]!.key!]).toEqual([0, 0, 0, 1]);
    expect([...d!.records[0]!.value!]).toEqual([0, 0, 0, 0, 0, 3]);
    expect(d!.records[0]!.timestamp).toBe(1_700_000_000_000);
    expect(controlTypeOf(b, 0)).toBe(ControlType.COMMIT);
    expect(markerCoordinatorEpoch(b, 0)).toBe(3);
  });

  it('reads an ABORT marker at any position of a buffer', () => {
    const data = encodeRecordBatch({ records: [{ value: 'x' }] });
    const abort = encodeEndTxnMarker({ producerId: 1, producerEpoch: 0, coordinatorEpoch: 12345, commit: false, timestamp: 5 });
    const buf = Buffer.concat([data, abort]);
    expect(controlTypeOf(buf, data.length)).toBe(ControlType.ABORT);
    expect(markerCoordinatorEpoch(buf, data.length)).toBe(12345);
  });

  it('answers -1 for data batches and for malformed control records', () => {
    const data = encodeRecordBatch({ records: [{ key: 'abcd', value: 'x' }] });
    expect(isControlBatch(data, 0)).toBe(false);
    expect(controlTypeOf(data, 0)).toBe(-1);
    expect(markerCoordinatorEpoch(data, 0)).toBe(-1);
    const shortKey = encodeRecordBatch({ records: [{ key: Buffer.from([0, 0]), value: null }], control: true, transactional: true });
    expect(controlTypeOf(shortKey, 0)).toBe(-1);
    expect(markerCoordinatorEpoch(shortKey, 0)).toBe(-1);
    const truncated = encodeEndTxnMarker({ producerId: 1, producerEpoch: 0, coordinatorEpoch: 1, commit: true, timestamp: 5 });
    expect(controlTypeOf(truncated.subarray(0, truncated.length - 3), 0)).toBe(-1);
  });
});
