/**
 * ElectLeaders, AlterPartitionReassignments and ListPartitionReassignments
 * handlers on one broker (the local controller: it leads everything, so no
 * election is needed and the only valid target is where the replicas are),
 * at every version, and CLUSTER_AUTHORIZATION_FAILED without ALTER /
 * DESCRIBE on the cluster. The multi-broker behaviour is in
 * test/integration/cluster-reassignment.test.ts and
 * cluster-leader-election.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import electLeaders from '../../../../broker/apis/elect-leaders.js';
import alterReassignments from '../../../../broker/apis/alter-partition-reassignments.js';
import listReassignments from '../../../../broker/apis/list-partition-reassignments.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { startServices, type TestServices } from './services.js';

const alice = { principal: { type: 'User', name: 'alice' } };

describe('partition admin handlers on one broker', () => {
  let t: TestServices;
  let secured: TestServices;

  beforeAll(async () => {
    t = await startServices();
    await t.createTopic('t', 2);
    secured = await startServices({ 'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer', 'super.users': 'User:admin' });
  });
  afterAll(async () => {
    await t?.close();
    await secured?.close();
  });

  it('ElectLeaders at every version: not needed for an existing partition, unknown otherwise; all partitions: none listed', async () => {
    for (let v = electLeaders.minVersion; v <= electLeaders.maxVersion; v++) {
      const r = await t.call(electLeaders, v, { electionType: 0, topicPartitions: [{ topic: 't', partitions: [1, 7] }], timeoutMs: 1000 });
      expect(
        r!.replicaElectionResults.flatMap((x) => x.partitionResult.map((p) => [x.topic, p.partitionId, p.errorCode])),
        `v${v}`,
      ).toEqual([
        ['t', 1, ErrorCode.ELECTION_NOT_NEEDED],
        ['t', 7, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
      ]);
    }
    const all = await t.call(electLeaders, 2, { electionType: 1, topicPartitions: null, timeoutMs: 1000 });
    expect(all!.errorCode).toBe(ErrorCode.NONE);
    expect(all!.replicaElectionResults).toEqual([]);
    const bad = await t.call(electLeaders, 1, { electionType: 5, topicPartitions: null, timeoutMs: 1000 });
    expect(bad!.errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });

  it('AlterPartitionReassignments: the current replicas are accepted, other brokers are not alive, nothing to cancel; nothing listed', async () => {
    const r = await t.call(alterReassignments, 0, {
      timeoutMs: 1000,
      topics: [
        {
          name: 't',
          partitions: [
            { partitionIndex: 0, replicas: [0] },
            { partitionIndex: 1, replicas: [0, 3] },
            { partitionIndex: 1, replicas: null },
            { partitionIndex: 9, replicas: [0] },
          ],
        },
      ],
    });
    expect(r!.errorCode).toBe(ErrorCode.NONE);
    expect(r!.responses[0].partitions.map((p) => p.errorCode)).toEqual([
      ErrorCode.NONE,
      ErrorCode.INVALID_REPLICA_ASSIGNMENT,
      ErrorCode.NO_REASSIGNMENT_IN_PROGRESS,
      ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
    ]);
    expect(r!.responses[0].partitions[1].errorMessage).toMatch(/not alive/);
    const l = await t.call(listReassignments, 0, { timeoutMs: 1000, topics: null });
    expect(l!.errorCode).toBe(ErrorCode.NONE);
    expect(l!.topics).toEqual([]);
  });

  it('needs ALTER (DESCRIBE for the list) on the cluster', async () => {
    const e = await secured.call(electLeaders, 2, { electionType: 0, topicPartitions: null, timeoutMs: 1000 }, alice);
    expect(e!.errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    const e0 = await secured.call(electLeaders, 0, { topicPartitions: [{ topic: 't', partitions: [0] }], timeoutMs: 1000 }, alice);
    expect(e0!.replicaElectionResults[0].partitionResult[0].errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    const a = await secured.call(alterReassignments, 0, { timeoutMs: 1000, topics: [] }, alice);
    expect(a!.errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    const l = await secured.call(listReassignments, 0, { timeoutMs: 1000, topics: null }, alice);
    expect(l!.errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    const admin = await secured.call(
      listReassignments,
      0,
      { timeoutMs: 1000, topics: null },
      { principal: { type: 'User', name: 'admin' } },
    );
    expect(admin!.errorCode).toBe(ErrorCode.NONE);
  });
});
