/**
 * Authorization of the group and offset handlers over real services with
 * Kafka's ACL authorizer: READ on the group to join, sync, heartbeat, leave
 * and commit; DESCRIBE to find its coordinator, describe it, fetch its
 * offsets and see it listed; DELETE to delete it or its offsets; READ on each
 * topic whose offsets are committed or deleted. Denied requests change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import findCoordinator from '../../../../broker/apis/find-coordinator.js';
import joinGroup from '../../../../broker/apis/join-group.js';
import syncGroup from '../../../../broker/apis/sync-group.js';
import heartbeat from '../../../../broker/apis/heartbeat.js';
import leaveGroup from '../../../../broker/apis/leave-group.js';
import offsetCommit from '../../../../broker/apis/offset-commit.js';
import offsetFetch from '../../../../broker/apis/offset-fetch.js';
import offsetDelete from '../../../../broker/apis/offset-delete.js';
import describeGroups from '../../../../broker/apis/describe-groups.js';
import listGroups from '../../../../broker/apis/list-groups.js';
import deleteGroups from '../../../../broker/apis/delete-groups.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { AclOperation as Op, AclPermission, PatternType, ResourceType } from '../../../../broker/security/authorizer-acls.js';
import type { Principal } from '../../../../broker/apis/types.js';
import { subscription } from '../../../integration/groups-helpers.js';
import { startServices, type TestServices } from './services.js';

const user = (name: string): { principal: Principal } => ({ principal: { type: 'User', name } });
const alice = user('alice');
const bob = user('bob');
const admin = user('admin');

describe('authorization of group and offset handlers', () => {
  let t: TestServices;

  async function acl(principal: string, op: Op, type: ResourceType, name: string, permission: AclPermission = AclPermission.ALLOW) {
    const [err] = await t.svc.authorizer!.createAcls([
      {
        pattern: { resourceType: type, name, patternType: PatternType.LITERAL },
        entry: { principal, host: '*', operation: op, permission },
      },
    ]);
    expect(err).toBeNull();
  }

  const commit = (groupId: string, topics: string[], as: { principal: Principal }) =>
    t.call(
      offsetCommit,
      8,
      {
        groupId,
        generationIdOrMemberEpoch: -1,
        memberId: '',
        groupInstanceId: null,
        topics: topics.map((name) => ({
          name,
          partitions: [{ partitionIndex: 0, committedOffset: 5, committedLeaderEpoch: -1, committedMetadata: '' }],
        })),
      },
      as,
    );

  /** Retries while the offsets partition loads. */
  async function settled<T extends { errorCode?: number }>(f: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const r = await f();
      if (r.errorCode !== ErrorCode.COORDINATOR_LOAD_IN_PROGRESS || Date.now() > deadline) return r;
      await new Promise((res) => setTimeout(res, 20));
    }
  }

  beforeAll(async () => {
    t = await startServices({ 'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer', 'super.users': 'User:admin' });
    await t.createTopic('work', 1);
    await t.createTopic('private', 1);
    await acl('User:alice', Op.READ, ResourceType.GROUP, 'team');
    await acl('User:alice', Op.READ, ResourceType.TOPIC, 'work');
    await acl('User:alice', Op.DESCRIBE, ResourceType.GROUP, 'watched');
    await acl('User:alice', Op.DELETE, ResourceType.GROUP, 'old');
    await acl('User:alice', Op.DELETE, ResourceType.GROUP, 'team');
    await acl('User:alice', Op.DESCRIBE, ResourceType.TRANSACTIONAL_ID, 'tx');
    // The coordinator and an admin-committed group to look at.
    await settled(async () => (await t.call(findCoordinator, 4, { keyType: 0, coordinatorKeys: ['team'] }, admin))!.coordinators[0]);
    for (const g of ['watched', 'old', 'hidden'])
      await settled(async () => (await commit(g, ['work', 'private'], admin))!.topics[0].partitions[0]);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('FindCoordinator needs DESCRIBE on the group or transactional id', async () => {
    const r = await t.call(findCoordinator, 4, { keyType: 0, coordinatorKeys: ['team', 'nope'] }, alice);
    expect(r!.coordinators.map((c) => c.errorCode)).toEqual([ErrorCode.NONE, ErrorCode.GROUP_AUTHORIZATION_FAILED]);
    const tx = await t.call(findCoordinator, 4, { keyType: 1, coordinatorKeys: ['tx', 'other'] }, alice);
    expect(tx!.coordinators[1].errorCode).toBe(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
    expect(tx!.coordinators[0].errorCode).not.toBe(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
  });

  it('JoinGroup, SyncGroup, Heartbeat and LeaveGroup need READ on the group', async () => {
    const join = { groupId: 'team', sessionTimeoutMs: 30000, rebalanceTimeoutMs: 30000, memberId: '', protocolType: 'consumer' };
    const protocols = [{ name: 'range', metadata: subscription(['work']) }];
    const denied = await t.call(joinGroup, 5, { ...join, groupId: 'other', protocols }, alice);
    expect([denied!.errorCode, denied!.memberId, denied!.generationId]).toEqual([ErrorCode.GROUP_AUTHORIZATION_FAILED, '', -1]);
    const j = await settled(async () => (await t.call(joinGroup, 3, { ...join, protocols }, alice))!);
    expect(j.errorCode).toBe(ErrorCode.NONE);
    const asBob = { groupId: 'team', generationId: j.generationId, memberId: j.memberId };
    expect((await t.call(syncGroup, 3, { ...asBob, assignments: [] }, bob))!.errorCode).toBe(ErrorCode.GROUP_AUTHORIZATION_FAILED);
    expect((await t.call(heartbeat, 3, asBob, bob))!.errorCode).toBe(ErrorCode.GROUP_AUTHORIZATION_FAILED);
    expect((await t.call(leaveGroup, 2, { groupId: 'team', memberId: j.memberId }, bob))!.errorCode).toBe(
      ErrorCode.GROUP_AUTHORIZATION_FAILED,
    );
    // Bob's leave did nothing: alice's member is still there and leaves itself.
    expect((await t.call(heartbeat, 3, asBob, alice))!.errorCode).not.toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    expect((await t.call(leaveGroup, 2, { groupId: 'team', memberId: j.memberId }, alice))!.errorCode).toBe(ErrorCode.NONE);
  });

  it('OffsetCommit needs READ on the group and each topic; nothing denied is stored', async () => {
    const g = await commit('nope', ['work'], alice);
    expect(g!.topics[0].partitions[0].errorCode).toBe(ErrorCode.GROUP_AUTHORIZATION_FAILED);
    const r = await commit('team', ['work', 'private'], alice);
    expect(r!.topics.map((x) => x.partitions[0].errorCode)).toEqual([ErrorCode.NONE, ErrorCode.TOPIC_AUTHORIZATION_FAILED]);
    const stored = await t.call(offsetFetch, 7, { groupId: 'team', topics: null, requireStable: false }, admin);
    expect(stored!.topics.map((x) => x.name)).toEqual(['work']);
  });

  it('OffsetFetch needs DESCRIBE on the group; topics without DESCRIBE are denied or left out', async () => {
    const denied = await t.call(offsetFetch, 7, { groupId: 'hidden', topics: null, requireStable: false }, alice);
    expect(denied!.errorCode).toBe(ErrorCode.GROUP_AUTHORIZATION_FAILED);
    const all = await t.call(offsetFetch, 7, { groupId: 'watched', topics: null, requireStable: false }, alice);
    expect(all!.topics.map((x) => [x.name, x.partitions[0].committedOffset])).toEqual([['work', 5]]);
    const named = await t.call(
      offsetFetch,
      8,
      {
        groups: [
          { groupId: 'watched', topics: ['work', 'private'].map((name) => ({ name, partitionIndexes: [0] })) },
          { groupId: 'hidden', topics: null },
        ],
      },
      alice,
    );
    const [watched, hidden] = named!.groups;
    expect(watched.topics.map((x) => [x.name, x.partitions[0].errorCode, x.partitions[0].committedOffset])).toEqual([
      ['work', ErrorCode.NONE, 5],
      ['private', ErrorCode.TOPIC_AUTHORIZATION_FAILED, -1],
    ]);
    expect(hidden.errorCode).toBe(ErrorCode.GROUP_AUTHORIZATION_FAILED);
  });

  it('DescribeGroups, ListGroups, DeleteGroups and OffsetDelete check the group', async () => {
    const d = await t.call(describeGroups, 5, { groups: ['watched', 'hidden'], includeAuthorizedOperations: true }, alice);
    expect(d!.groups.map((g) => [g.groupId, g.errorCode])).toEqual([
      ['watched', ErrorCode.NONE],
      ['hidden', ErrorCode.GROUP_AUTHORIZATION_FAILED],
    ]);
    expect(d!.groups[0].authorizedOperations).toBe(1 << Op.DESCRIBE);
    const l = await t.call(listGroups, 4, { statesFilter: [] }, alice);
    expect(l!.groups.map((g) => g.groupId).sort()).toEqual(['old', 'team', 'watched']);
    const everyone = await t.call(listGroups, 4, { statesFilter: [] }, admin);
    expect(everyone!.groups.map((g) => g.groupId)).toContain('hidden');

    const od = await t.call(
      offsetDelete,
      0,
      { groupId: 'old', topics: ['work', 'private'].map((name) => ({ name, partitions: [{ partitionIndex: 0 }] })) },
      alice,
    );
    expect([od!.errorCode, od!.topics.map((x) => x.partitions[0].errorCode)]).toEqual([
      ErrorCode.NONE,
      [ErrorCode.NONE, ErrorCode.TOPIC_AUTHORIZATION_FAILED],
    ]);
    const odDenied = await t.call(
      offsetDelete,
      0,
      { groupId: 'hidden', topics: [{ name: 'work', partitions: [{ partitionIndex: 0 }] }] },
      alice,
    );
    expect(odDenied!.errorCode).toBe(ErrorCode.GROUP_AUTHORIZATION_FAILED);

    const del = await t.call(deleteGroups, 2, { groupsNames: ['old', 'hidden'] }, alice);
    expect(del!.results.map((r) => [r.groupId, r.errorCode])).toEqual([
      ['old', ErrorCode.NONE],
      ['hidden', ErrorCode.GROUP_AUTHORIZATION_FAILED],
    ]);
    const left = await t.call(offsetFetch, 7, { groupId: 'hidden', topics: null, requireStable: false }, admin);
    expect(left!.topics.length).toBe(2);
  });
});
