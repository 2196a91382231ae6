/**
 * The transaction coordinator through its handlers over real services (no
 * sockets): InitProducerId epochs and fencing with each version's error
 * code, AddPartitionsToTxn validation, EndTxn's state machine and its
 * markers in the data partition, TxnOffsetCommit offsets that only a COMMIT
 * makes visible (and requireStable answers UNSTABLE_OFFSET_COMMIT until
 * then), the abort of a transaction past its timeout, the expiration of an
 * idle transactional id, and the state rebuilt from `__transaction_state`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import initProducerId from '../../../../broker/apis/init-producer-id.js';
import addPartitionsToTxn from '../../../../broker/apis/add-partitions-to-txn.js';
import addOffsetsToTxn from '../../../../broker/apis/add-offsets-to-txn.js';
import endTxn from '../../../../broker/apis/end-txn.js';
import txnOffsetCommit from '../../../../broker/apis/txn-offset-commit.js';
import offsetFetch from '../../../../broker/apis/offset-fetch.js';
import findCoordinator from '../../../../broker/apis/find-coordinator.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { decodeRecordBatches, encodeRecordBatch } from '../../../../protocol/record-codec.js';
import { TxnState } from '../../../../broker/txn/txn-log-records.js';
import { TXN_TOPIC } from '../../../../broker/txn/txn-state-manager.js';
import { ADVERTISED, startServices, type TestServices } from '../apis/services.js';

let t: TestServices | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

async function start(config: Record<string, string> = {}): Promise<TestServices> {
  t = await startServices(config);
  await t.createTopic('data', 2);
  return t;
}

async function waitUntil(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function init(s: TestServices, id: string, v = 4, timeoutMs = 60_000, producerId = -1, producerEpoch = -1) {
  return (await s.call(initProducerId, v, { transactionalId: id, transactionTimeoutMs: timeoutMs, producerId, producerEpoch }))!;
}

async function add(s: TestServices, id: string, pid: number, epoch: number, partitions = [0], v = 3, topic = 'data') {
  const r = await s.call(addPartitionsToTxn, v, {
    v3AndBelowTransactionalId: id,
    v3AndBelowProducerId: pid,
    v3AndBelowProducerEpoch: epoch,
    v3AndBelowTopics: [{ name: topic, partitions }],
  });
  return r!.resultsByTopicV3AndBelow[0]!.resultsByPartition.map((p) => p.partitionErrorCode);
}

async function end(s: TestServices, id: string, pid: number, epoch: number, committed: boolean, v = 3) {
  return (await s.call(endTxn, v, { transactionalId: id, producerId: pid, producerEpoch: epoch, committed }))!.errorCode;
}

/** Appends a transactional batch of the producer, as a Produce would. */
function produce(s: TestServices, pid: number, epoch: number, seq: number, values: string[], partition = 0): void {
  const batch = encodeRecordBatch({
    records: values.map((v) => ({ key: null, value: v, timestamp: Date.now() })),
    producerId: pid,
    producerEpoch: epoch,
    baseSequence: seq,
    transactional: true,
  });
  const r = s.svc.replicas.appendRecords('data', partition, batch, -1, Date.now());
  expect(r.errorCode, r.errorMessage ?? '').toBe(ErrorCode.NONE);
}

function txnState(s: TestServices, id: string): number | undefined {
  return s.svc.txns.state.txns.get(id)?.state;
}

describe('transaction coordinator handlers', () => {
  it('finds the coordinator of a transactional id and bumps the epoch at each InitProducerId', async () => {
    const s = await start();
    const fc = await s.call(findCoordinator, 4, { keyType: 1, coordinatorKeys: ['tx-a'] });
    expect(fc!.coordinators[0]).toMatchObject({ errorCode: ErrorCode.NONE, nodeId: 0, host: ADVERTISED.host, port: ADVERTISED.port });
    expect(s.svc.metadata.topic(TXN_TOPIC)?.internal).toBe(true);
    const empty = await s.call(findCoordinator, 4, { keyType: 1, coordinatorKeys: [''] });
    expect(empty!.coordinators[0]!.errorCode).toBe(ErrorCode.INVALID_REQUEST);

    const a = await init(s, 'tx-a');
    expect(a).toMatchObject({ errorCode: ErrorCode.NONE, producerEpoch: 0 });
    const b = await init(s, 'tx-a');
    expect(b).toMatchObject({ errorCode: ErrorCode.NONE, producerId: a.producerId, producerEpoch: 1 });
    // KIP-360: the current epoch may ask for a bump; the previous one is a retry (same answer); older ones are fenced.
    expect(await init(s, 'tx-a', 4, 60_000, a.producerId, 1)).toMatchObject({ errorCode: ErrorCode.NONE, producerEpoch: 2 });
    expect(await init(s, 'tx-a', 4, 60_000, a.producerId, 1)).toMatchObject({ errorCode: ErrorCode.NONE, producerEpoch: 2 });
    expect((await init(s, 'tx-a', 4, 60_000, a.producerId, 0)).errorCode).toBe(ErrorCode.PRODUCER_FENCED);
    expect((await init(s, 'tx-a', 3, 60_000, a.producerId, 0)).errorCode).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect((await init(s, 'tx-a', 4, 60_000, a.producerId + 1000, 2)).errorCode).toBe(ErrorCode.PRODUCER_FENCED);
    // transaction.max.timeout.ms bounds the timeout.
    expect((await init(s, 'tx-a', 4, 900_001)).errorCode).toBe(ErrorCode.INVALID_TRANSACTION_TIMEOUT);
    expect((await init(s, '')).errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });

  it('validates AddPartitionsToTxn and EndTxn, commits with markers, and answers retries and wrong states', async () => {
    const s = await start();
    const { producerId: pid, producerEpoch: epoch } = await init(s, 'tx-b');
    expect(await end(s, 'tx-b', pid, epoch, true)).toBe(ErrorCode.INVALID_TXN_STATE);
    const unknown = await s.call(addPartitionsToTxn, 3, {
      v3AndBelowTransactionalId: 'tx-b',
      v3AndBelowProducerId: pid,
      v3AndBelowProducerEpoch: epoch,
      v3AndBelowTopics: [
        { name: 'data', partitions: [0, 7] },
        { name: 'nope', partitions: [0] },
      ],
    });
    expect(unknown!.resultsByTopicV3AndBelow.map((t) => t.resultsByPartition.map((p) => p.partitionErrorCode))).toEqual([
      [ErrorCode.OPERATION_NOT_ATTEMPTED, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
      [ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
    ]);
    expect(await add(s, 'tx-b', pid + 1, epoch)).toEqual([ErrorCode.INVALID_PRODUCER_ID_MAPPING]);
    expect(await add(s, 'tx-b', pid, epoch - 1, [0], 3)).toEqual([ErrorCode.PRODUCER_FENCED]);
    expect(await add(s, 'tx-b', pid, epoch - 1, [0], 1)).toEqual([ErrorCode.INVALID_PRODUCER_EPOCH]);
    expect(await add(s, 'tx-b', pid, epoch, [0, 1])).toEqual([ErrorCode.NONE, ErrorCode.NONE]);
    expect(txnState(s, 'tx-b')).toBe(TxnState.Ongoing);
    produce(s, pid, epoch, 0, ['a', 'b']);
    produce(s, pid, epoch, 0, ['c'], 1);
    const log = s.svc.replicas.get('data', 0)!.log;
    expect(log.lastStableOffset).toBe(0);
    expect(await end(s, 'tx-b', pid, epoch - 1, true)).toBe(ErrorCode.PRODUCER_FENCED);
    expect(await end(s, 'tx-b', pid, epoch - 1, true, 1)).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect(await end(s, 'tx-b', pid, epoch, true)).toBe(ErrorCode.NONE);
    await waitUntil('CompleteCommit', () => txnState(s, 'tx-b') === TxnState.CompleteCommit);
    expect(log.lastStableOffset).toBe(3);
    const r = await log.read(0, 1 << 20, log.logEndOffset, true);
    const batches = decodeRecordBatches(r.records);
    expect(batches.map((b) => b.isControl)).toEqual([false, true]);
    expect(batches[1]!.records[0]!.key!.readInt16BE(2)).toBe(1); // COMMIT
    expect(s.svc.replicas.get('data', 1)!.log.lastStableOffset).toBe(2);
    // A retried commit succeeds; an abort of a committed transaction is refused.
    expect(await end(s, 'tx-b', pid, epoch, true)).toBe(ErrorCode.NONE);
    expect(await end(s, 'tx-b', pid, epoch, false)).toBe(ErrorCode.INVALID_TXN_STATE);
  });

  it('a new instance aborts the open transaction of the fenced one (CONCURRENT_TRANSACTIONS until done)', async () => {
    const s = await start();
    const first = await init(s, 'tx-c');
    expect(await add(s, 'tx-c', first.producerId, first.producerEpoch)).toEqual([ErrorCode.NONE]);
    produce(s, first.producerId, first.producerEpoch, 0, ['doomed']);
    expect((await init(s, 'tx-c')).errorCode).toBe(ErrorCode.CONCURRENT_TRANSACTIONS);
    let second = await init(s, 'tx-c');
    for (let i = 0; second.errorCode === ErrorCode.CONCURRENT_TRANSACTIONS && i < 100; i++) second = await init(s, 'tx-c');
    expect(second).toMatchObject({ errorCode: ErrorCode.NONE, producerId: first.producerId, producerEpoch: first.producerEpoch + 2 });
    const log = s.svc.replicas.get('data', 0)!.log;
    expect(log.lastStableOffset).toBe(log.logEndOffset);
    expect(log.txn.collectAborted(0, log.logEndOffset)).toEqual([
      { producerId: first.producerId, firstOffset: 0, lastOffset: 1, lastStableOffset: 2 },
    ]);
    expect(await end(s, 'tx-c', first.producerId, first.producerEpoch, true)).toBe(ErrorCode.PRODUCER_FENCED);
  });

  it('aborts a transaction older than its timeout with a bumped epoch', async () => {
    const s = await start({ 'transaction.abort.timed.out.transaction.cleanup.interval.ms': '50' });
    const p = await init(s, 'tx-d', 4, 200);
    expect(await add(s, 'tx-d', p.producerId, p.producerEpoch)).toEqual([ErrorCode.NONE]);
    produce(s, p.producerId, p.producerEpoch, 0, ['late']);
    await waitUntil('the timed-out transaction aborted', () => txnState(s, 'tx-d') === TxnState.CompleteAbort);
    expect(s.svc.txns.state.txns.get('tx-d')!.producerEpoch).toBe(p.producerEpoch + 1);
    const log = s.svc.replicas.get('data', 0)!.log;
    expect(log.lastStableOffset).toBe(log.logEndOffset);
    expect(log.txn.collectAborted(0, log.logEndOffset)).toHaveLength(1);
    expect(await end(s, 'tx-d', p.producerId, p.producerEpoch, true)).toBe(ErrorCode.PRODUCER_FENCED);
  });

  it('keeps transactional offsets pending until COMMIT; ABORT drops them', async () => {
    const s = await start();
    const p = await init(s, 'tx-e');
    const fetch = async (requireStable: boolean) =>
      (await s.call(offsetFetch, 7, { groupId: 'g-e', topics: [{ name: 'data', partitionIndexes: [0] }], requireStable }))!.topics[0]!
        .partitions[0]!;
    const sendOffsets = async (offset: number) => {
      const a = await s.call(addOffsetsToTxn, 3, {
        transactionalId: 'tx-e',
        producerId: p.producerId,
        producerEpoch: p.producerEpoch,
        groupId: 'g-e',
      });
      expect(a!.errorCode).toBe(ErrorCode.NONE);
      const c = await s.call(txnOffsetCommit, 3, {
        transactionalId: 'tx-e',
        groupId: 'g-e',
        producerId: p.producerId,
        producerEpoch: p.producerEpoch,
        generationId: -1,
        memberId: '',
        groupInstanceId: null,
        topics: [
          { name: 'data', partitions: [{ partitionIndex: 0, committedOffset: offset, committedLeaderEpoch: -1, committedMetadata: 'm' }] },
        ],
      });
      expect(c!.topics[0]!.partitions[0]!.errorCode).toBe(ErrorCode.NONE);
    };
    await sendOffsets(5);
    expect(await fetch(false)).toMatchObject({ committedOffset: -1, errorCode: ErrorCode.NONE });
    expect((await fetch(true)).errorCode).toBe(ErrorCode.UNSTABLE_OFFSET_COMMIT);
    expect(await end(s, 'tx-e', p.producerId, p.producerEpoch, false)).toBe(ErrorCode.NONE);
    await waitUntil('CompleteAbort', () => txnState(s, 'tx-e') === TxnState.CompleteAbort);
    expect(await fetch(true)).toMatchObject({ committedOffset: -1, errorCode: ErrorCode.NONE });
    await sendOffsets(9);
    // The group coordinator reloads its partition: the offsets are still pending (replayed from the transactional batch).
    const groups = s.svc.groups.manager;
    groups.partitions.shutdown();
    await waitUntil('the groups reload', async () => (await s.svc.groups.prepare('g-e')) === ErrorCode.NONE);
    expect((await fetch(true)).errorCode).toBe(ErrorCode.UNSTABLE_OFFSET_COMMIT);
    expect(await end(s, 'tx-e', p.producerId, p.producerEpoch, true)).toBe(ErrorCode.NONE);
    await waitUntil('CompleteCommit', () => txnState(s, 'tx-e') === TxnState.CompleteCommit);
    expect(await fetch(true)).toMatchObject({ committedOffset: 9, metadata: 'm', errorCode: ErrorCode.NONE });
    // Replayed again: the COMMIT marker makes them committed; the aborted 5 never comes back.
    groups.partitions.shutdown();
    await waitUntil('the groups reload', async () => (await s.svc.groups.prepare('g-e')) === ErrorCode.NONE);
    expect(await fetch(true)).toMatchObject({ committedOffset: 9, errorCode: ErrorCode.NONE });
  });

  it('finishes a transaction it finds in PrepareCommit when it loads the partition (markers, then CompleteCommit)', async () => {
    const s = await start();
    const p = await init(s, 'tx-g');
    expect(await add(s, 'tx-g', p.producerId, p.producerEpoch, [0, 1])).toEqual([ErrorCode.NONE, ErrorCode.NONE]);
    produce(s, p.producerId, p.producerEpoch, 0, ['x']);
    produce(s, p.producerId, p.producerEpoch, 0, ['y'], 1);
    // A coordinator that stored PrepareCommit and died before its markers: the record alone is in the log.
    const state = s.svc.txns.state;
    const m = state.txns.get('tx-g')!;
    const epoch = state.coordinatorEpochOf('tx-g');
    expect(await state.write('tx-g', m.value({ state: TxnState.PrepareCommit, lastUpdateTimestamp: Date.now() }), epoch)).toBe(
      ErrorCode.NONE,
    );
    state.partitions.shutdown();
    await waitUntil('the reload', async () => (await state.prepare('tx-g')) === ErrorCode.NONE);
    await waitUntil('CompleteCommit after the reload', () => txnState(s, 'tx-g') === TxnState.CompleteCommit);
    for (const partition of [0, 1]) {
      const log = s.svc.replicas.get('data', partition)!.log;
      expect(log.lastStableOffset).toBe(log.logEndOffset);
      const batches = decodeRecordBatches((await log.read(0, 1 << 20, log.logEndOffset, true)).records);
      expect(batches.map((b) => b.isControl)).toEqual([false, true]);
      expect(log.txn.collectAborted(0, log.logEndOffset)).toBeNull();
    }
  });

  it('rebuilds its state from __transaction_state and forgets ids idle past transactional.id.expiration.ms', async () => {
    const s = await start({ 'transactional.id.expiration.ms': '300', 'transaction.remove.expired.transaction.cleanup.interval.ms': '50' });
    const p = await init(s, 'tx-f');
    expect(await add(s, 'tx-f', p.producerId, p.producerEpoch, [1])).toEqual([ErrorCode.NONE]);
    // Reload: the partition is dropped and replayed from the log.
    const parts = s.svc.txns.state.partitions;
    parts.shutdown();
    expect(s.svc.txns.state.txns.has('tx-f')).toBe(false);
    await waitUntil('the reload', async () => (await s.svc.txns.state.prepare('tx-f')) === ErrorCode.NONE);
    const m = s.svc.txns.state.txns.get('tx-f')!;
    expect(m).toMatchObject({ producerId: p.producerId, producerEpoch: p.producerEpoch, state: TxnState.Ongoing });
    expect(m.topicPartitions()).toEqual([{ topic: 'data', partitions: [1] }]);
    expect(await end(s, 'tx-f', p.producerId, p.producerEpoch, true)).toBe(ErrorCode.NONE);
    await waitUntil('the id expired', () => !s.svc.txns.state.txns.has('tx-f'));
    // The tombstone is in the log: a reload does not bring the id back.
    parts.shutdown();
    await waitUntil('the reload', async () => (await s.svc.txns.state.prepare('tx-f')) === ErrorCode.NONE);
    expect(s.svc.txns.state.txns.has('tx-f')).toBe(false);
  });
});
