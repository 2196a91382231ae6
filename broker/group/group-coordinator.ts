/**
 * The group coordinator: Kafka's classic group membership requests —
 * JoinGroup, SyncGroup, Heartbeat, LeaveGroup — over the rebalance
 * mechanics of group-rebalance.ts and the groups the GroupManager holds.
 *
 * JoinGroup v4+ without a member id gets MEMBER_ID_REQUIRED and a member id
 * to come back with; a member joining with protocols the group cannot use
 * gets INCONSISTENT_GROUP_PROTOCOL. Static members (group.instance.id, v5+)
 * keep their identity and assignment across restarts: a rejoin with the
 * same instance id takes over the old member id without a rebalance (unless
 * the group's protocol would change), and the older incarnation is fenced
 * with FENCED_INSTANCE_ID. SyncGroup parks members until the leader's
 * assignment is stored in `__consumer_offsets`, then answers each with its
 * part; the group is then Stable.
 *
 * Requests are promises resolved by the state machine; everything runs on
 * the event loop, so no locking is needed.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { Group } from './group.js';
import { Member, joinError, syncError, type JoinResult, type MemberProtocol, type SyncResult } from './member.js';
import { randomUUID } from 'node:crypto';
import { NEW_MEMBER_JOIN_TIMEOUT_MS, RebalanceEngine } from './group-rebalance.js';

export { NEW_MEMBER_JOIN_TIMEOUT_MS } from './group-rebalance.js';

/** A JoinGroup as the coordinator sees it. */
export interface JoinRequest {
  groupId: string;
  memberId: string;
  groupInstanceId: string | null;
  /** JoinGroup v4+: a member without id first gets MEMBER_ID_REQUIRED. */
  requireKnownMemberId: boolean;
  clientId: string;
  clientHost: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  protocolType: string;
  protocols: MemberProtocol[];
}

/** A SyncGroup as the coordinator sees it. */
export interface SyncRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  protocolType: string | null;
  protocolName: string | null;
  assignments: { memberId: string; assignment: Buffer }[];
}

/** One member of a LeaveGroup and its outcome. */
export interface LeaveMemberResult {
  memberId: string;
  groupInstanceId: string | null;
  errorCode: ErrorCode;
}

const EMPTY = Buffer.alloc(0);

/** The group coordinator of one broker. */
export class GroupCoordinator extends RebalanceEngine {
  // ---- JoinGroup

  /** JoinGroup. */
  async join(req: JoinRequest): Promise<JoinResult> {
    if (req.groupId.length === 0) return joinError(req.memberId, ErrorCode.INVALID_GROUP_ID);
    const status = await this.prepare(req.groupId);
    if (status !== ErrorCode.NONE) return joinError(req.memberId, status);
    if (req.sessionTimeoutMs < this.cfg.groupMinSessionTimeoutMs || req.sessionTimeoutMs > this.cfg.groupMaxSessionTimeoutMs) {
      return joinError(req.memberId, ErrorCode.INVALID_SESSION_TIMEOUT);
    }
    const unknown = req.memberId === '';
    let g = this.manager.groups.get(req.groupId);
    if (!g) {
      if (!unknown) return joinError(req.memberId, ErrorCode.UNKNOWN_MEMBER_ID);
      g = this.manager.addGroup(new Group(req.groupId, 'Empty', Date.now()));
    }
    if (
      g.members.size >= this.cfg.groupMaxSize &&
      (unknown || !g.has(req.memberId)) &&
      !(req.groupInstanceId !== null && g.staticMembers.has(req.groupInstanceId))
    ) {
      return joinError(req.memberId, ErrorCode.GROUP_MAX_SIZE_REACHED);
    }
    const group = g;
    return new Promise<JoinResult>((resolve) => {
      if (unknown) this.doNewMemberJoin(group, req, resolve);
      else this.doCurrentMemberJoin(group, req, resolve);
      if (group.is('PreparingRebalance')) this.tryCompleteJoin(group);
    });
  }

  private doNewMemberJoin(g: Group, req: JoinRequest, resolve: (r: JoinResult) => void): void {
    if (g.is('Dead')) return resolve(joinError('', ErrorCode.COORDINATOR_NOT_AVAILABLE));
    if (!g.supportsProtocols(req.protocolType, req.protocols)) return resolve(joinError('', ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
    const newMemberId = `${req.groupInstanceId ?? req.clientId}-${randomUUID()}`;
    if (req.groupInstanceId !== null) {
      const existing = g.currentStaticMemberId(req.groupInstanceId);
      if (existing !== undefined) this.updateStaticMemberAndRebalance(g, existing, newMemberId, req, resolve);
      else this.addMemberAndRebalance(g, newMemberId, req, resolve);
    } else if (req.requireKnownMemberId) {
      this.addPendingMember(g, newMemberId, req.sessionTimeoutMs);
      resolve(joinError(newMemberId, ErrorCode.MEMBER_ID_REQUIRED));
    } else this.addMemberAndRebalance(g, newMemberId, req, resolve);
  }

  private doCurrentMemberJoin(g: Group, req: JoinRequest, resolve: (r: JoinResult) => void): void {
    const memberId = req.memberId;
    if (g.is('Dead')) return resolve(joinError(memberId, ErrorCode.COORDINATOR_NOT_AVAILABLE));
    if (!g.supportsProtocols(req.protocolType, req.protocols)) return resolve(joinError(memberId, ErrorCode.INCONSISTENT_GROUP_PROTOCOL));
    if (g.pendingMembers.has(memberId)) {
      this.clearPending(g, memberId);
      return this.addMemberAndRebalance(g, memberId, req, resolve);
    }
    if (g.isStaticMemberFenced(req.groupInstanceId, memberId)) return resolve(joinError(memberId, ErrorCode.FENCED_INSTANCE_ID));
    const m = g.get(memberId);
    if (!m || (req.groupInstanceId !== null && !g.staticMembers.has(req.groupInstanceId)))
      return resolve(joinError(memberId, ErrorCode.UNKNOWN_MEMBER_ID));
    m.clientId = req.clientId;
    m.clientHost = req.clientHost;
    switch (g.state) {
      case 'PreparingRebalance':
        return this.updateMemberAndRebalance(g, m, req, resolve);
      case 'CompletingRebalance':
        if (m.matches(req.protocols)) return resolve(this.currentJoinResult(g, m, false));
        return this.updateMemberAndRebalance(g, m, req, resolve);
      case 'Stable':
        if (g.isLeader(memberId) || !m.matches(req.protocols)) return this.updateMemberAndRebalance(g, m, req, resolve);
        return resolve(this.currentJoinResult(g, m, false));
      default:
        return resolve(joinError(memberId, ErrorCode.UNKNOWN_MEMBER_ID));
    }
  }

  private currentJoinResult(g: Group, m: Member, skipAssignment: boolean): JoinResult {
    return {
      errorCode: ErrorCode.NONE,
      memberId: m.memberId,
      generationId: g.generationId,
      protocolType: g.protocolType,
      protocolName: g.protocolName,
      leaderId: g.leaderId ?? '',
      skipAssignment,
      members: g.isLeader(m.memberId) ? g.currentMemberMetadata() : [],
    };
  }

  private addMemberAndRebalance(g: Group, memberId: string, req: JoinRequest, resolve: (r: JoinResult) => void): void {
    const rebalanceTimeoutMs = req.rebalanceTimeoutMs < 0 ? req.sessionTimeoutMs : req.rebalanceTimeoutMs;
    const m = new Member(
      memberId,
      req.groupInstanceId,
      req.clientId,
      req.clientHost,
      rebalanceTimeoutMs,
      req.sessionTimeoutMs,
      req.protocolType,
      req.protocols,
    );
    m.isNew = true;
    if (g.is('PreparingRebalance') && g.generationId === 0) g.newMemberAdded = true;
    g.add(m, resolve);
    this.scheduleHeartbeat(g, m, NEW_MEMBER_JOIN_TIMEOUT_MS);
    this.maybePrepareRebalance(g, `adding new member ${memberId}`);
  }

  private updateMemberAndRebalance(g: Group, m: Member, req: JoinRequest, resolve: (r: JoinResult) => void): void {
    const rebalanceTimeoutMs = req.rebalanceTimeoutMs < 0 ? req.sessionTimeoutMs : req.rebalanceTimeoutMs;
    g.updateMember(m, req.protocols, rebalanceTimeoutMs, req.sessionTimeoutMs, resolve);
    this.maybePrepareRebalance(g, `updating metadata for member ${m.memberId}`);
  }

  private updateStaticMemberAndRebalance(
    g: Group,
    oldMemberId: string,
    newMemberId: string,
    req: JoinRequest,
    resolve: (r: JoinResult) => void,
  ): void {
    const oldProtocols = g.get(oldMemberId)!.protocols;
    const m = g.replaceStaticMember(req.groupInstanceId!, oldMemberId, newMemberId);
    this.scheduleHeartbeat(g, m);
    const rebalanceTimeoutMs = req.rebalanceTimeoutMs < 0 ? req.sessionTimeoutMs : req.rebalanceTimeoutMs;
    g.updateMember(m, req.protocols, rebalanceTimeoutMs, req.sessionTimeoutMs, resolve);
    m.clientId = req.clientId;
    m.clientHost = req.clientHost;
    switch (g.state) {
      case 'Stable': {
        if (g.protocolName === g.selectProtocol()) {
          this.deps.logger.info(
            `group ${g.groupId}: static member ${req.groupInstanceId} rejoined as ${newMemberId}; keeping generation ${g.generationId} without a rebalance`,
          );
          void this.manager.storeGroup(g).then((err) => {
            if (err !== ErrorCode.NONE) {
              g.replaceStaticMember(req.groupInstanceId!, newMemberId, oldMemberId);
              m.protocols = oldProtocols;
              m.completeJoin(joinError(newMemberId, err));
            } else m.completeJoin(this.currentJoinResult(g, m, g.isLeader(newMemberId)));
          });
        } else this.maybePrepareRebalance(g, `static member ${req.groupInstanceId} rejoined with a different protocol`);
        return;
      }
      case 'CompletingRebalance':
        m.completeJoin(this.currentJoinResult(g, m, false));
        return;
      default:
        return;
    }
  }

  // ---- SyncGroup, Heartbeat, LeaveGroup

  /** SyncGroup. */
  async sync(req: SyncRequest): Promise<SyncResult> {
    if (req.groupId.length === 0) return syncError(ErrorCode.INVALID_GROUP_ID);
    const status = await this.prepare(req.groupId);
    if (status !== ErrorCode.NONE) return syncError(status);
    const g = this.manager.groups.get(req.groupId);
    if (!g) return syncError(ErrorCode.UNKNOWN_MEMBER_ID);
    if (g.is('Dead')) return syncError(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    if (g.isStaticMemberFenced(req.groupInstanceId, req.memberId)) return syncError(ErrorCode.FENCED_INSTANCE_ID);
    const m = g.get(req.memberId);
    if (!m) return syncError(ErrorCode.UNKNOWN_MEMBER_ID);
    if (req.generationId !== g.generationId) return syncError(ErrorCode.ILLEGAL_GENERATION);
    if (
      (req.protocolType !== null && req.protocolType !== g.protocolType) ||
      (req.protocolName !== null && req.protocolName !== g.protocolName)
    ) {
      return syncError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    }
    switch (g.state) {
      case 'Empty':
        return syncError(ErrorCode.UNKNOWN_MEMBER_ID);
      case 'PreparingRebalance':
        return syncError(ErrorCode.REBALANCE_IN_PROGRESS);
      case 'Stable':
        g.pendingSyncMembers.delete(m.memberId);
        this.scheduleHeartbeat(g, m);
        return { errorCode: ErrorCode.NONE, protocolType: g.protocolType, protocolName: g.protocolName, assignment: m.assignment };
      default:
        break;
    }
    return new Promise<SyncResult>((resolve) => {
      m.completeSync(syncError(ErrorCode.REBALANCE_IN_PROGRESS));
      m.awaitingSync = resolve;
      g.pendingSyncMembers.delete(m.memberId);
      this.scheduleHeartbeat(g, m);
      if (!g.isLeader(m.memberId)) return;
      const assignment = new Map<string, Buffer>();
      for (const a of req.assignments) if (g.has(a.memberId)) assignment.set(a.memberId, a.assignment);
      for (const id of g.members.keys()) if (!assignment.has(id)) assignment.set(id, EMPTY);
      const gen = g.generationId;
      void this.manager.storeGroup(g, assignment).then((err) => {
        if (!g.is('CompletingRebalance') || g.generationId !== gen) return;
        if (err !== ErrorCode.NONE) {
          this.resetAndPropagateAssignmentError(g, err);
          this.maybePrepareRebalance(g, `storing the assignment failed with error ${err}`);
          return;
        }
        for (const member of g.members.values()) {
          member.assignment = assignment.get(member.memberId) ?? EMPTY;
          if (
            member.completeSync({
              errorCode: ErrorCode.NONE,
              protocolType: g.protocolType,
              protocolName: g.protocolName,
              assignment: member.assignment,
            })
          ) {
            this.scheduleHeartbeat(g, member);
          }
        }
        g.transitionTo('Stable', Date.now());
      });
    });
  }

  /** Heartbeat; answers an error code. */
  async heartbeat(groupId: string, memberId: string, groupInstanceId: string | null, generationId: number): Promise<number> {
    if (groupId.length === 0) return ErrorCode.INVALID_GROUP_ID;
    const status = await this.prepare(groupId);
    // Kafka answers heartbeats blindly while the group is loading.
    if (status === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS) return ErrorCode.NONE;
    if (status !== ErrorCode.NONE) return status;
    const g = this.manager.groups.get(groupId);
    if (!g) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (g.is('Dead')) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    if (g.isStaticMemberFenced(groupInstanceId, memberId)) return ErrorCode.FENCED_INSTANCE_ID;
    const m = g.get(memberId);
    if (!m) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (generationId !== g.generationId) return ErrorCode.ILLEGAL_GENERATION;
    switch (g.state) {
      case 'Empty':
        return ErrorCode.UNKNOWN_MEMBER_ID;
      case 'PreparingRebalance':
        this.scheduleHeartbeat(g, m);
        return ErrorCode.REBALANCE_IN_PROGRESS;
      default:
        this.scheduleHeartbeat(g, m);
        return ErrorCode.NONE;
    }
  }

  /** Re-arms a member's session timer (an offset commit counts as a sign of life). */
  touch(g: Group, memberId: string): void {
    const m = g.get(memberId);
    if (m) this.scheduleHeartbeat(g, m);
  }

  /** LeaveGroup for one or more members; answers a group-level error and one result per member. */
  async leave(
    groupId: string,
    members: { memberId: string; groupInstanceId: string | null }[],
  ): Promise<{ errorCode: number; members: LeaveMemberResult[] }> {
    if (groupId.length === 0) return { errorCode: ErrorCode.INVALID_GROUP_ID, members: [] };
    const status = await this.prepare(groupId);
    if (status !== ErrorCode.NONE) return { errorCode: status, members: [] };
    const g = this.manager.groups.get(groupId);
    const out: LeaveMemberResult[] = [];
    if (!g) {
      for (const l of members) out.push({ ...l, errorCode: ErrorCode.UNKNOWN_MEMBER_ID });
      return { errorCode: ErrorCode.NONE, members: out };
    }
    if (g.is('Dead')) return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE, members: [] };
    for (const l of members) {
      let errorCode: ErrorCode = ErrorCode.NONE;
      if (l.memberId === '') {
        const current = g.currentStaticMemberId(l.groupInstanceId);
        if (current !== undefined) this.removeMemberAndUpdateGroup(g, g.get(current)!);
        else errorCode = ErrorCode.UNKNOWN_MEMBER_ID;
      } else if (g.pendingMembers.has(l.memberId)) {
        g.pendingMembers.delete(l.memberId);
        this.clearPending(g, l.memberId);
        if (g.is('PreparingRebalance')) this.tryCompleteJoin(g);
      } else if (g.isStaticMemberFenced(l.groupInstanceId, l.memberId)) {
        errorCode = ErrorCode.FENCED_INSTANCE_ID;
      } else if (g.has(l.memberId)) {
        this.deps.logger.info(`group ${groupId}: member ${l.memberId} is leaving`);
        this.removeMemberAndUpdateGroup(g, g.get(l.memberId)!);
      } else errorCode = ErrorCode.UNKNOWN_MEMBER_ID;
      out.push({ ...l, errorCode });
    }
    return { errorCode: ErrorCode.NONE, members: out };
  }
}
