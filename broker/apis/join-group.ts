/**
 * JoinGroup (key 11): joins a member to a classic group and waits for the
 * rebalance to complete (see group/group-coordinator.ts). v0 has no
 * rebalance timeout (the session timeout is used); v4+ first answers
 * MEMBER_ID_REQUIRED to a member without id; v5+ carries group.instance.id.
 * Authorization (Kafka's): READ on the group, else GROUP_AUTHORIZATION_FAILED
 * (the member never joins).
 */
import { JoinGroupApi } from '../../protocol/generated/join-group-api.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { defineApi, type RequestContext } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized } from '../security/authorizer-checks.js';

/** The client host as Kafka reports it in group descriptions ("/127.0.0.1"). */
function clientHostOf(ctx: RequestContext): string {
  const h = ctx.clientHost.startsWith('::ffff:') ? ctx.clientHost.slice(7) : ctx.clientHost;
  return h.startsWith('/') ? h : `/${h}`;
}

export default defineApi(JoinGroupApi, {
  minVersion: 0,
  maxVersion: 9,
  async handle(ctx, req) {
    const v = ctx.apiVersion;
    if (!authorized(ctx, AclOperation.READ, ResourceType.GROUP, req.groupId)) {
      return {
        throttleTimeMs: 0,
        errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED,
        generationId: -1,
        protocolType: null,
        protocolName: '',
        leader: '',
        skipAssignment: false,
        memberId: '',
        members: [],
      };
    }
    const r = await ctx.broker.groups.join({
      groupId: req.groupId,
      memberId: req.memberId,
      groupInstanceId: v >= 5 ? req.groupInstanceId : null,
      requireKnownMemberId: v >= 4,
      clientId: ctx.clientId ?? '',
      clientHost: clientHostOf(ctx),
      rebalanceTimeoutMs: v >= 1 ? req.rebalanceTimeoutMs : req.sessionTimeoutMs,
      sessionTimeoutMs: req.sessionTimeoutMs,
      protocolType: req.protocolType,
      protocols: req.protocols.map((p) => ({ name: p.name, metadata: Buffer.from(p.metadata) })),
    });
    return {
      throttleTimeMs: 0,
      errorCode: asErrorCode(r.errorCode),
      generationId: r.generationId,
      protocolType: r.protocolType,
      protocolName: r.protocolName,
      leader: r.leaderId,
      // v9+ (KIP-814) tell a rejoining static leader to skip the assignment; older
      // versions cannot say so and the leader assigns again (the stable group keeps its assignment).
      skipAssignment: v >= 9 ? r.skipAssignment : false,
      memberId: r.memberId,
      members: r.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, metadata: m.metadata })),
    };
  },
});
