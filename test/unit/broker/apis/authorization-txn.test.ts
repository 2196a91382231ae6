/**
 * Authorization of the transaction APIs over real services with Kafka's ACL
 * authorizer: WRITE on the transactional id for InitProducerId,
 * AddPartitionsToTxn, AddOffsetsToTxn, EndTxn and TxnOffsetCommit; WRITE on
 * each topic added; READ on the group whose offsets join the transaction;
 * CLUSTER_ACTION for the inter-broker WriteTxnMarkers; DESCRIBE on the id
 * to describe or list a transaction, READ on a topic to describe its producers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import findCoordinator from '../../../../broker/apis/find-coordinator.js';
import initProducerId from '../../../../broker/apis/init-producer-id.js';
import addPartitionsToTxn from '../../../../broker/apis/add-partitions-to-txn.js';
import addOffsetsToTxn from '../../../../broker/apis/add-offsets-to-txn.js';
import endTxn from '../../../../broker/apis/end-txn.js';
import txnOffsetCommit from '../../../../broker/apis/txn-offset-commit.js';
import writeTxnMarkers from '../../../../broker/apis/write-txn-markers.js';
import describeTransactions from '../../../../broker/apis/describe-transactions.js';
import listTransactions from '../../../../broker/apis/list-transactions.js';
import describeProducers from '../../../../broker/apis/describe-producers.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { AclOperation as Op, AclPermission, PatternType, ResourceType } from '../../../../broker/security/authorizer-acls.js';
import type { Principal } from '../../../../broker/apis/types.js';
import { startServices, type TestServices } from './services.js';

const user = (name: string): { principal: Principal } => ({ principal: { type: 'User', name } });
const alice = user('alice');

describe('authorization of the transaction APIs', () => {
  let t: TestServices;
  let producerId = -1;
  let producerEpoch = -1;

  async function allow(principal: string, op: Op, type: ResourceType, name: string) {
    const [err] = await t.svc.authorizer!.createAcls([
      {
        pattern: { resourceType: type, name, patternType: PatternType.LITERAL },
        entry: { principal, host: '*', operation: op, permission: AclPermission.ALLOW },
      },
    ]);
    expect(err).toBeNull();
  }

  /** Retries while a coordinator partition loads. */
  async function settled<T extends { errorCode?: number }>(f: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const r = await f();
      const retriable = [ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, ErrorCode.COORDINATOR_NOT_AVAILABLE, ErrorCode.CONCURRENT_TRANSACTIONS];
      if (!retriable.includes(r.errorCode as never) || Date.now() > deadline) return r;
      await new Promise((res) => setTimeout(res, 50));
    }
  }

  beforeAll(async () => {
    t = await startServices({
      'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer',
      'super.users': 'User:admin',
      'transaction.state.log.num.partitions': '1',
      'transaction.state.log.replication.factor': '1',
      'transaction.state.log.min.isr': '1',
    });
    await t.createTopic('ledger', 1);
    await t.createTopic('private', 1);
    await allow('User:alice', Op.WRITE, ResourceType.TRANSACTIONAL_ID, 'tx');
    await allow('User:alice', Op.WRITE, ResourceType.TOPIC, 'ledger');
    await settled(async () => (await t.call(findCoordinator, 4, { keyType: 1, coordinatorKeys: ['tx'] }, alice))!.coordinators[0]);
    const init = await settled(
      async () =>
        (await t.call(
          initProducerId,
          4,
          { transactionalId: 'tx', transactionTimeoutMs: 60000, producerId: -1, producerEpoch: -1 },
          alice,
        ))!,
    );
    expect(init.errorCode).toBe(ErrorCode.NONE);
    producerId = Number(init.producerId);
    producerEpoch = init.producerEpoch;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('InitProducerId and EndTxn need WRITE on the transactional id', async () => {
    const init = await t.call(
      initProducerId,
      4,
      { transactionalId: 'other', transactionTimeoutMs: 60000, producerId: -1, producerEpoch: -1 },
      alice,
    );
    expect(init!.errorCode).toBe(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
    const end = await t.call(endTxn, 3, { transactionalId: 'other', producerId, producerEpoch, committed: true }, alice);
    expect(end!.errorCode).toBe(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
  });

  it('AddPartitionsToTxn: an unwritable topic fails, the others are not attempted; then the writable one is added', async () => {
    const req = (topics: string[]) => ({
      v3AndBelowTransactionalId: 'tx',
      v3AndBelowProducerId: producerId,
      v3AndBelowProducerEpoch: producerEpoch,
      v3AndBelowTopics: topics.map((name) => ({ name, partitions: [0] })),
    });
    const mixed = await t.call(addPartitionsToTxn, 3, req(['ledger', 'private']), alice);
    expect(mixed!.resultsByTopicV3AndBelow.map((x) => x.resultsByPartition[0].partitionErrorCode)).toEqual([
      ErrorCode.OPERATION_NOT_ATTEMPTED,
      ErrorCode.TOPIC_AUTHORIZATION_FAILED,
    ]);
    const wrongId = await t.call(addPartitionsToTxn, 3, { ...req(['ledger']), v3AndBelowTransactionalId: 'other' }, alice);
    expect(wrongId!.resultsByTopicV3AndBelow[0].resultsByPartition[0].partitionErrorCode).toBe(
      ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
    );
    const ok = await settled(async () => {
      const r = await t.call(addPartitionsToTxn, 3, req(['ledger']), alice);
      return { errorCode: r!.resultsByTopicV3AndBelow[0].resultsByPartition[0].partitionErrorCode };
    });
    expect(ok.errorCode).toBe(ErrorCode.NONE);
  });

  it('AddOffsetsToTxn and TxnOffsetCommit need READ on the group', async () => {
    const add = await t.call(addOffsetsToTxn, 3, { transactionalId: 'tx', producerId, producerEpoch, groupId: 'grp' }, alice);
    expect(add!.errorCode).toBe(ErrorCode.GROUP_AUTHORIZATION_FAILED);
    const commit = await t.call(
      txnOffsetCommit,
      3,
      {
        transactionalId: 'tx',
        groupId: 'grp',
        producerId,
        producerEpoch,
        generationId: -1,
        memberId: '',
        groupInstanceId: null,
        topics: [
          { name: 'ledger', partitions: [{ partitionIndex: 0, committedOffset: 1, committedLeaderEpoch: -1, committedMetadata: '' }] },
        ],
      },
      alice,
    );
    expect(commit!.topics[0].partitions[0].errorCode).toBe(ErrorCode.GROUP_AUTHORIZATION_FAILED);
  });

  it('WriteTxnMarkers needs CLUSTER_ACTION', async () => {
    const r = await t.call(
      writeTxnMarkers,
      1,
      {
        markers: [
          { producerId, producerEpoch, transactionResult: false, coordinatorEpoch: 0, topics: [{ name: 'ledger', partitionIndexes: [0] }] },
        ],
      },
      alice,
    );
    expect(r!.markers[0].topics[0].partitions[0].errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    expect(t.svc.replicas.get('ledger', 0)!.log.logEndOffset).toBe(0);
  });
  it('DescribeTransactions and ListTransactions need DESCRIBE on the id; DescribeProducers READ on the topic', async () => {
    const d = await t.call(describeTransactions, 0, { transactionalIds: ['tx', 'other'] }, alice);
    expect(d!.transactionStates.map((s) => [s.transactionalId, s.errorCode])).toEqual([
      ['tx', ErrorCode.NONE],
      ['other', ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED],
    ]);
    const bob = user('bob');
    const l = await t.call(listTransactions, 1, { stateFilters: [], producerIdFilters: [], durationFilter: -1 }, bob);
    expect(l!.transactionStates).toEqual([]);
    const mine = await t.call(listTransactions, 1, { stateFilters: [], producerIdFilters: [], durationFilter: -1 }, alice);
    expect(mine!.transactionStates.map((s) => s.transactionalId)).toEqual(['tx']);
    const p = await t.call(describeProducers, 0, { topics: [{ name: 'ledger', partitionIndexes: [0] }] }, alice);
    expect(p!.topics[0].partitions[0].errorCode).toBe(ErrorCode.TOPIC_AUTHORIZATION_FAILED);
  });
});
