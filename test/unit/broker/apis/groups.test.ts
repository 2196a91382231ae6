/**
 * Group membership handlers over real services (no sockets): FindCoordinator
 * names this broker (creating __consumer_offsets), JoinGroup / SyncGroup /
 * Heartbeat / LeaveGroup run a one-member group at every version each serves
 * (JoinGroup v4+ first asks for a member id), and stale or unknown members
 * get their error codes as data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import findCoordinator from '../../../../broker/apis/find-coordinator.js';
import joinGroup from '../../../../broker/apis/join-group.js';
import syncGroup from '../../../../broker/apis/sync-group.js';
import heartbeat from '../../../../broker/apis/heartbeat.js';
import leaveGroup from '../../../../broker/apis/leave-group.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { assignedPartitions, assignment, subscription } from '../../../integration/groups-helpers.js';
import { ADVERTISED, startServices, type TestServices } from './services.js';

describe('group membership handlers', () => {
  let t: TestServices;

  beforeAll(async () => {
    t = await startServices();
    await t.createTopic('work', 4);
  });

  afterAll(async () => {
    await t?.close();
  });

  /** Joins a new member at version v (v4+: the MEMBER_ID_REQUIRED round first); waits out a loading coordinator. */
  async function join(v: number, groupId: string): Promise<any> {
    const req = {
      groupId,
      sessionTimeoutMs: 30_000,
      rebalanceTimeoutMs: v >= 1 ? 30_000 : undefined,
      memberId: '',
      protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: subscription(['work']) }],
    };
    const deadline = Date.now() + 10_000;
    for (;;) {
      let r = await t.call(joinGroup, v, req);
      if (r!.errorCode === ErrorCode.MEMBER_ID_REQUIRED) r = await t.call(joinGroup, v, { ...req, memberId: r!.memberId });
      if (r!.errorCode !== ErrorCode.COORDINATOR_LOAD_IN_PROGRESS || Date.now() > deadline) return r;
      await new Promise((res) => setTimeout(res, 20));
    }
  }

  it('FindCoordinator names this broker for a group at every version (batched from v4)', async () => {
    for (let v = findCoordinator.minVersion; v <= findCoordinator.maxVersion; v++) {
      const r = await t.call(findCoordinator, v, v >= 4 ? { keyType: 0, coordinatorKeys: ['g-a', 'g-b'] } : { key: 'g-a' });
      const found =
        v >= 4
          ? r!.coordinators.map((c) => [c.key, c.errorCode, c.nodeId, c.host, c.port])
          : [['g-a', r!.errorCode, r!.nodeId, r!.host, r!.port]];
      for (const f of found) expect(f.slice(1), `v${v}`).toEqual([ErrorCode.NONE, 0, ADVERTISED.host, ADVERTISED.port]);
    }
    expect(t.svc.metadata.topic('__consumer_offsets')).toBeDefined();
    // Share-group coordinators are not served here: an error for that key, not for the request.
    const share = await t.call(findCoordinator, 6, { keyType: 2, coordinatorKeys: ['sg'] });
    expect(share!.coordinators[0].errorCode).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
  });

  it('joins, syncs, heartbeats and leaves at every version', async () => {
    for (let v = joinGroup.minVersion; v <= joinGroup.maxVersion; v++) {
      const groupId = `g-v${v}`;
      const j = await join(v, groupId);
      expect([j.errorCode, j.generationId, j.leader === j.memberId, j.members.length], `join v${v}`).toEqual([ErrorCode.NONE, 1, true, 1]);
      if (v >= 7) expect(j.protocolType).toBe('consumer');
      expect(j.protocolName).toBe('range');
      const sv = Math.min(v, syncGroup.maxVersion);
      const s = await t.call(syncGroup, sv, {
        groupId,
        generationId: 1,
        memberId: j.memberId,
        protocolType: sv >= 5 ? 'consumer' : undefined,
        protocolName: sv >= 5 ? 'range' : undefined,
        assignments: [{ memberId: j.memberId, assignment: assignment('work', [0, 1, 2, 3]) }],
      });
      expect(s!.errorCode, `sync v${sv}`).toBe(ErrorCode.NONE);
      expect(assignedPartitions(s!.assignment, 'work')).toEqual([0, 1, 2, 3]);
      const hv = Math.min(v, heartbeat.maxVersion);
      const hb = await t.call(heartbeat, hv, { groupId, generationId: 1, memberId: j.memberId });
      expect(hb!.errorCode, `heartbeat v${hv}`).toBe(ErrorCode.NONE);
      const lv = Math.min(v, leaveGroup.maxVersion);
      const l = await t.call(
        leaveGroup,
        lv,
        lv >= 3 ? { groupId, members: [{ memberId: j.memberId, groupInstanceId: null }] } : { groupId, memberId: j.memberId },
      );
      expect(l!.errorCode, `leave v${lv}`).toBe(ErrorCode.NONE);
      if (lv >= 3) expect(l!.members.map((m) => m.errorCode)).toEqual([ErrorCode.NONE]);
    }
  });

  it('answers stale generations and unknown members with their error codes', async () => {
    const j = await join(5, 'g-errors');
    expect(j.errorCode).toBe(ErrorCode.NONE);
    const stale = await t.call(heartbeat, 4, { groupId: 'g-errors', generationId: 99, memberId: j.memberId });
    expect(stale!.errorCode).toBe(ErrorCode.ILLEGAL_GENERATION);
    const stranger = await t.call(heartbeat, 4, { groupId: 'g-errors', generationId: 1, memberId: 'who' });
    expect(stranger!.errorCode).toBe(ErrorCode.UNKNOWN_MEMBER_ID);
    const leave = await t.call(leaveGroup, 3, {
      groupId: 'g-errors',
      members: [
        { memberId: j.memberId, groupInstanceId: null },
        { memberId: 'who', groupInstanceId: null },
      ],
    });
    expect([leave!.errorCode, leave!.members.map((m) => m.errorCode)]).toEqual([
      ErrorCode.NONE,
      [ErrorCode.NONE, ErrorCode.UNKNOWN_MEMBER_ID],
    ]);
    const empty = await t.call(joinGroup, 5, {
      groupId: '',
      sessionTimeoutMs: 30_000,
      memberId: '',
      protocolType: 'consumer',
      protocols: [],
    });
    expect(empty!.errorCode).toBe(ErrorCode.INVALID_GROUP_ID);
  });
});
