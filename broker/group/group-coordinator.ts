/**
 * The group coordinator: Kafka's classic group membership protocol over the
 * groups the GroupManager holds.
 *
 * A rebalance: a JoinGroup from a new member, a member whose protocols
 * changed, the leader, or a member leaving or timing out moves the group to
 * PreparingRebalance. Every member must rejoin within the rebalance timeout
 * (the longest of the members'); a new group first waits
 * group.initial.rebalance.delay.ms, extended while members keep arriving,
 * bounded by the rebalance timeout. When all members have rejoined (or time
 * is up and the ones that did not are dropped, static members excepted) the
 * generation is bumped, the protocol chosen by vote, and every waiting
 * JoinGroup answered; the leader gets the members' metadata. The group waits
 * in CompletingRebalance for the leader's SyncGroup, stores the assignment
 * in `__consumer_offsets`, answers every SyncGroup with its member's part,
 * and is Stable. Members that never send SyncGroup within the rebalance
 * timeout are removed and another rebalance starts.
 *
 * Liveness: each member has a session timer re-armed by heartbeats, joins,
 * syncs and commits; when it fires the member is removed (members waiting in
 * JoinGroup or SyncGroup are exempt, except never-completed new ones, which
 * get five minutes). JoinGroup v4+ without a member id gets
 * MEMBER_ID_REQUIRED and a member id to come back with; static members
 * (group.instance.id, v5+) keep their identity and assignment across
 * restarts, and a newer instance fences the older with FENCED_INSTANCE_ID.
 *
 * Requests are promises resolved by the state machine; everything runs on
 * the event loop, so no locking is needed.
 */
import { ErrorCode } from '../protocol/generated/errors.js';
import { Group } from './group.js';
import { GroupManager, type GroupManagerDeps } from './group-manager.js';
import { Member, joinError, syncError, type JoinResult, type MemberProtocol, type SyncResult } from './member.js';
import { randomUUID } from 'node:crypto';

/** How long a new member may wait in JoinGroup without completing a rebalance (Kafka's NewMemberJoinTimeoutMs). */
export const NEW_MEMBER_JOIN_TIMEOUT_MS = 5 * 60 * 1000;

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
  errorCode: number;
}

const EMPTY = Buffer.alloc(0);

/** The group coordinator of one broker. */
export class GroupCoordinator {
  readonly manager: GroupManager;
  private readonly joinTimers = new Map<Group, { timer: NodeJS.Timeout; initial: boolean }>();
  private readonly syncTimers = new Map<Group, NodeJS.Timeout>();
  private readonly pendingTimers = new Map<string, NodeJS.Timeout>();
  private expiryTimer: NodeJS.Timeout | null = null;

  /** Creates the coordinator and its manager. */
  constructor(readonly deps: GroupManagerDeps) {
    this.manager = new GroupManager(deps);
    this.manager.onGroupLoaded = (g) => {
      for (const m of g.members.values()) this.scheduleHeartbeat(g, m);
    };
    this.manager.onGroupUnloaded = (g) => this.dropGroup(g, ErrorCode.NOT_COORDINATOR);
  }

  private get cfg(): GroupManagerDeps['config'] {
    return this.deps.config;
  }

  /** Loads the partitions this broker leads and starts the offset expiry timer. */
  startup(): void {
    this.manager.syncLeadership();
    const retentionMs = this.cfg.offsetsRetentionMinutes * 60_000;
    this.expiryTimer = setInterval(() => {
      this.manager.syncLeadership();
      this.manager.cleanupExpired(Date.now(), retentionMs).catch((err: Error) => this.deps.logger.warn(`offset expiry failed: ${err.message}`));
    }, this.cfg.offsetsRetentionCheckIntervalMs);
    this.expiryTimer.unref();
  }

  /** Stops timers and answers every waiting request with NOT_COORDINATOR. */
  shutdown(): void {
    if (this.expiryTimer) clearInterval(this.expiryTimer);
    this.expiryTimer = null;
    this.manager.shutdown();
    for (const t of this.pendingTimers.values()) clearTimeout(t);
    this.pendingTimers.clear();
  }

  /** Creates the offsets topic if needed, then tells whether `groupId` can be served here. */
  async prepare(groupId: string): Promise<number> {
    const err = await this.manager.ensureOffsetsTopic();
    if (err !== ErrorCode.NONE) return err;
    return this.manager.status(groupId);
  }

  // ---- timers

  private scheduleHeartbeat(g: Group, m: Member, timeoutMs = m.sessionTimeoutMs): void {
    if (m.timer) clearTimeout(m.timer);
    m.timer = setTimeout(() => {
      m.timer = null;
      if (g.is('Dead') || g.get(m.memberId) !== m || !m.mayExpire) return;
      this.deps.logger.info(`group ${g.groupId}: member ${m.memberId} has failed (no heartbeat for ${timeoutMs} ms), removing it`);
      this.removeMemberAndUpdateGroup(g, m);
    }, timeoutMs);
    m.timer.unref();
  }

  private clearHeartbeat(m: Member): void {
    if (m.timer) clearTimeout(m.timer);
    m.timer = null;
  }

  private dropGroup(g: Group, errorCode: number): void {
    this.clearJoinTimer(g);
    this.clearSyncTimer(g);
    for (const m of g.members.values()) {
      this.clearHeartbeat(m);
      m.completeJoin(joinError(m.memberId, errorCode));
      m.completeSync(syncError(errorCode));
    }
    for (const id of g.pendingMembers) this.clearPending(g, id);
  }

  private clearJoinTimer(g: Group): void {
    const t = this.joinTimers.get(g);
    if (t) clearTimeout(t.timer);
    this.joinTimers.delete(g);
  }

  private clearSyncTimer(g: Group): void {
    const t = this.syncTimers.get(g);
    if (t) clearTimeout(t);
    this.syncTimers.delete(g);
  }

  private clearPending(g: Group, memberId: string): void {
    const key = `${g.groupId}\u0000${memberId}`;
    const t = this.pendingTimers.get(key);
    if (t) clearTimeout(t);
    this.pendingTimers.delete(key);
  }

  private addPendingMember(g: Group, memberId: string, sessionTimeoutMs: number): void {
    g.pendingMembers.add(memberId);
    const key = `${g.groupId}\u0000${memberId}`;
    const t = setTimeout(() => {
      this.pendingTimers.delete(key);
      if (!g.pendingMembers.delete(memberId)) return;
      if (g.is('PreparingRebalance')) this.tryCompleteJoin(g);
    }, sessionTimeoutMs);
    t.unref();
    this.pendingTimers.set(key, t);
  }

  // ---- rebalance

  private maybePrepareRebalance(g: Group, reason: string): void {
    if (g.canRebalance) this.prepareRebalance(g, reason);
  }

  private prepareRebalance(g: Group, reason: string): void {
    if (g.is('CompletingRebalance')) this.resetAndPropagateAssignmentError(g, ErrorCode.REBALANCE_IN_PROGRESS);
    this.clearSyncTimer(g);
    g.pendingSyncMembers.clear();
    const initial = g.is('Empty');
    g.transitionTo('PreparingRebalance', Date.now());
    this.deps.logger.info(`group ${g.groupId}: preparing to rebalance (generation ${g.generationId}, ${g.members.size} member(s)): ${reason}`);
    if (initial) {
      const delay = this.cfg.groupInitialRebalanceDelayMs;
      this.scheduleInitialJoin(g, delay, Math.max(g.rebalanceTimeoutMs - delay, 0));
    } else {
      this.scheduleJoin(g, g.rebalanceTimeoutMs);
      this.tryCompleteJoin(g);
    }
  }

  private scheduleJoin(g: Group, timeoutMs: number): void {
    this.clearJoinTimer(g);
    const timer = setTimeout(() => this.onCompleteJoin(g), timeoutMs);
    timer.unref();
    this.joinTimers.set(g, { timer, initial: false });
  }

  private scheduleInitialJoin(g: Group, delayMs: number, remainingMs: number): void {
    this.clearJoinTimer(g);
    const timer = setTimeout(() => {
      if (g.newMemberAdded && remainingMs > 0) {
        g.newMemberAdded = false;
        const next = Math.min(this.cfg.groupInitialRebalanceDelayMs, remainingMs);
        this.scheduleInitialJoin(g, next, Math.max(remainingMs - next, 0));
      } else this.onCompleteJoin(g);
    }, delayMs);
    timer.unref();
    this.joinTimers.set(g, { timer, initial: true });
  }

  private tryCompleteJoin(g: Group): void {
    const t = this.joinTimers.get(g);
    if (!g.is('PreparingRebalance') || (t && t.initial)) return;
    if (g.hasAllMembersJoined) this.onCompleteJoin(g);
  }

  private onCompleteJoin(g: Group): void {
    this.clearJoinTimer(g);
    if (!g.is('PreparingRebalance')) return;
    for (const m of g.notYetRejoinedMembers()) {
      if (m.isStatic) continue;
      this.clearHeartbeat(m);
      g.remove(m.memberId);
    }
    if (!g.maybeElectNewJoinedLeader() && g.members.size > 0) {
      this.deps.logger.warn(`group ${g.groupId}: could not complete the rebalance because no member rejoined`);
      this.scheduleJoin(g, g.rebalanceTimeoutMs);
      return;
    }
    g.initNextGeneration(Date.now());
    if (g.is('Empty')) {
      this.deps.logger.info(`group ${g.groupId} with generation ${g.generationId} is now empty`);
      void this.manager.storeGroup(g);
      return;
    }
    this.deps.logger.info(`group ${g.groupId}: stabilized generation ${g.generationId} (protocol ${g.protocolName}) with ${g.members.size} member(s)`);
    const leaderMembers = g.currentMemberMetadata();
    for (const m of g.members.values()) {
      const r: JoinResult = {
        errorCode: ErrorCode.NONE,
        memberId: m.memberId,
        generationId: g.generationId,
        protocolType: g.protocolType,
        protocolName: g.protocolName,
        leaderId: g.leaderId ?? '',
        skipAssignment: false,
        members: g.isLeader(m.memberId) ? leaderMembers : [],
      };
      m.completeJoin(r);
      this.scheduleHeartbeat(g, m);
      m.isNew = false;
      g.pendingSyncMembers.add(m.memberId);
    }
    const gen = g.generationId;
    const timer = setTimeout(() => this.onPendingSyncExpired(g, gen), g.rebalanceTimeoutMs);
    timer.unref();
    this.syncTimers.set(g, timer);
  }

  private onPendingSyncExpired(g: Group, generationId: number): void {
    this.syncTimers.delete(g);
    if (g.generationId !== generationId || !(g.is('CompletingRebalance') || g.is('Stable')) || g.pendingSyncMembers.size === 0) return;
    const missing = [...g.pendingSyncMembers];
    for (const id of missing) {
      const m = g.remove(id);
      if (m) this.clearHeartbeat(m);
    }
    this.prepareRebalance(g, `members ${missing.join(', ')} did not send SyncGroup in time`);
  }

  private resetAndPropagateAssignmentError(g: Group, errorCode: number): void {
    for (const m of g.members.values()) {
      m.assignment = EMPTY;
      m.completeSync(syncError(errorCode));
    }
  }

  private removeMemberAndUpdateGroup(g: Group, m: Member): void {
    m.completeJoin(joinError('', ErrorCode.UNKNOWN_MEMBER_ID));
    m.completeSync(syncError(ErrorCode.UNKNOWN_MEMBER_ID));
    this.clearHeartbeat(m);
    g.remove(m.memberId);
    if (g.is('Stable') || g.is('CompletingRebalance')) this.maybePrepareRebalance(g, `member ${m.memberId} left`);
    else if (g.is('PreparingRebalance')) this.tryCompleteJoin(g);
  }

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
    if (g.members.size >= this.cfg.groupMaxSize && (unknown || !g.has(req.memberId)) && !(req.groupInstanceId !== null && g.staticMembers.has(req.groupInstanceId))) {
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
    if (!m || (req.groupInstanceId !== null && !g.staticMembers.has(req.groupInstanceId))) return resolve(joinError(memberId, ErrorCode.UNKNOWN_MEMBER_ID));
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
    const m = new Member(memberId, req.groupInstanceId, req.clientId, req.clientHost, rebalanceTimeoutMs, req.sessionTimeoutMs, req.protocolType, req.protocols);
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

  private updateStaticMemberAndRebalance(g: Group, oldMemberId: string, newMemberId: string, req: JoinRequest, resolve: (r: JoinResult) => void): void {
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
          this.deps.logger.info(`group ${g.groupId}: static member ${req.groupInstanceId} rejoined as ${newMemberId}; keeping generation ${g.generationId} without a rebalance`);
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
    if ((req.protocolType !== null && req.protocolType !== g.protocolType) || (req.protocolName !== null && req.protocolName !== g.protocolName)) {
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
          if (member.completeSync({ errorCode: ErrorCode.NONE, protocolType: g.protocolType, protocolName: g.protocolName, assignment: member.assignment })) {
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
  async leave(groupId: string, members: { memberId: string; groupInstanceId: string | null }[]): Promise<{ errorCode: number; members: LeaveMemberResult[] }> {
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
      let errorCode: number = ErrorCode.NONE;
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
