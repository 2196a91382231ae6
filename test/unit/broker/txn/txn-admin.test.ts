/**
 * DescribeTransactions, ListTransactions and DescribeProducers through their
 * handlers over real services: Kafka's state names, filters and errors, and
 * a partition's producers with the start offset of their open transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import initProducerId from '../../../../broker/apis/init-producer-id.js';
import addPartitionsToTxn from '../../../../broker/apis/add-partitions-to-txn.js';
import describeTransactions from '../../../../broker/apis/describe-transactions.js';
import listTransactions from '../../../../broker/apis/list-transactions.js';
import describeProducers from '../../../../broker/apis/describe-producers.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { encodeRecordBatch } from '../../../../protocol/record-codec.js';
import { startServices, type TestServices } from '../apis/services.js';

describe('transaction admin handlers', () => {
  let t: TestServices;
  let open: { producerId: number; producerEpoch: number };
  let idle: { producerId: number; producerEpoch: number };

  beforeAll(async () => {
    t = await startServices();
    await t.createTopic('data', 1);
    idle = (await t.call(initProducerId, 4, {
      transactionalId: 'tx-idle',
      transactionTimeoutMs: 60_000,
      producerId: -1,
      producerEpoch: -1,
    }))!;
    open = (await t.call(initProducerId, 4, {
      transactionalId: 'tx-open',
      transactionTimeoutMs: 30_000,
      producerId: -1,
      producerEpoch: -1,
    }))!;
    const add = await t.call(addPartitionsToTxn, 3, {
      v3AndBelowTransactionalId: 'tx-open',
      v3AndBelowProducerId: open.producerId,
      v3AndBelowProducerEpoch: open.producerEpoch,
      v3AndBelowTopics: [{ name: 'data', partitions: [0] }],
    });
    expect(add!.resultsByTopicV3AndBelow[0]!.resultsByPartition[0]!.partitionErrorCode).toBe(ErrorCode.NONE);
    const plain = encodeRecordBatch({
      records: [{ key: null, value: 'x', timestamp: Date.now() }],
      producerId: 77,
      producerEpoch: 0,
      baseSequence: 0,
    });
    expect(t.svc.replicas.appendRecords('data', 0, plain, -1, Date.now()).errorCode).toBe(ErrorCode.NONE);
    const txnal = encodeRecordBatch({
      records: [{ key: null, value: 'y', timestamp: Date.now() }],
      producerId: open.producerId,
      producerEpoch: open.producerEpoch,
      baseSequence: 0,
      transactional: true,
    });
    expect(t.svc.replicas.appendRecords('data', 0, txnal, -1, Date.now()).errorCode).toBe(ErrorCode.NONE);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('describes transactional ids with Kafka state names; unknown ids are not found', async () => {
    const r = await t.call(describeTransactions, 0, { transactionalIds: ['tx-open', 'tx-idle', 'tx-none'] });
    const [o, i, n] = r!.transactionStates;
    expect(o).toMatchObject({
      errorCode: ErrorCode.NONE,
      transactionState: 'Ongoing',
      transactionTimeoutMs: 30_000,
      producerId: open.producerId,
      producerEpoch: open.producerEpoch,
      topics: [{ topic: 'data', partitions: [0] }],
    });
    expect(o!.transactionStartTimeMs).toBeGreaterThan(0);
    expect(i).toMatchObject({ errorCode: ErrorCode.NONE, transactionState: 'Empty', transactionStartTimeMs: -1, topics: [] });
    expect(n!.errorCode).toBe(ErrorCode.TRANSACTIONAL_ID_NOT_FOUND);
  });

  it('lists transactions with state, producer id and duration filters', async () => {
    const all = await t.call(listTransactions, 1, { stateFilters: [], producerIdFilters: [], durationFilter: -1 });
    expect(all!.transactionStates.map((s) => [s.transactionalId, s.transactionState])).toEqual([
      ['tx-idle', 'Empty'],
      ['tx-open', 'Ongoing'],
    ]);
    const ongoing = await t.call(listTransactions, 0, { stateFilters: ['Ongoing', 'Bogus'], producerIdFilters: [] });
    expect(ongoing!.transactionStates.map((s) => s.transactionalId)).toEqual(['tx-open']);
    expect(ongoing!.unknownStateFilters).toEqual(['Bogus']);
    const byPid = await t.call(listTransactions, 0, { stateFilters: [], producerIdFilters: [idle.producerId] });
    expect(byPid!.transactionStates.map((s) => s.transactionalId)).toEqual(['tx-idle']);
    const long = await t.call(listTransactions, 1, { stateFilters: [], producerIdFilters: [], durationFilter: 3_600_000 });
    expect(long!.transactionStates).toEqual([]);
    const short = await t.call(listTransactions, 1, { stateFilters: [], producerIdFilters: [], durationFilter: 0 });
    expect(short!.transactionStates.map((s) => s.transactionalId)).toEqual(['tx-open']);
  });

  it("describes a partition's producers with the start offset of an open transaction", async () => {
    const r = await t.call(describeProducers, 0, { topics: [{ name: 'data', partitionIndexes: [0, 5] }] });
    const [p0, p5] = r!.topics[0]!.partitions;
    expect(p5!.errorCode).not.toBe(ErrorCode.NONE);
    expect(p0!.errorCode).toBe(ErrorCode.NONE);
    const byId = new Map(p0!.activeProducers.map((p) => [p.producerId, p]));
    expect(byId.get(77)).toMatchObject({ producerEpoch: 0, lastSequence: 0, currentTxnStartOffset: -1 });
    expect(byId.get(open.producerId)).toMatchObject({ producerEpoch: open.producerEpoch, lastSequence: 0, currentTxnStartOffset: 1 });
  });
});
