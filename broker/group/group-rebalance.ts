/**
 * Rebalance mechanics of the classic group protocol (the timer-driven half
 * of Kafka's GroupCoordinator); group-coordinator.ts adds the requests.
 *
 * A rebalance: a JoinGroup from a new member, a member whose protocols
 * changed, the leader, or a member leaving or timing out moves the group to
 * PreparingRebalance. Every member must rejoin within the rebalance timeout
 * (the longest of the members'); a new group first waits
 * group.initial.rebalance.delay.ms, extended while members keep arriving,
 * bounded by the rebalance timeout. When all members have rejoined (or time
 * is up and the ones that did not are dropped, static members excepted) the
 * generation is bumped, the protocol chosen by vote, and every waiting
 * JoinGroup answered; the leader gets the members' metadata. Members that
 * never send SyncGroup within the rebalance timeout (at least the session
 * timeout: Group.syncTimeoutMs) are removed and another rebalance starts.
 *
 * Liveness: each member has a session timer re-armed by heartbeats, joins,
 * syncs and commits; when it fires the member is removed (members waiting in
 * JoinGroup or SyncGroup are exempt, except never-completed new ones, which
 * get five minutes).
 *
 * Everything runs on the event loop; no locking is needed.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { Group } from './group.js';
import { GroupManager, type GroupManagerDeps } from './group-manager.js';
import { joinError, syncError, type JoinResult, type Member } from './member.js';

/** How long a new member may wait in JoinGroup without completing a rebalance (Kafka's NewMemberJoinTimeoutMs). */
export const NEW_MEMBER_JOIN_TIMEOUT_MS = 5 * 60 * 1000;

const EMPTY = Buffer.alloc(0);

/** Timers and state transitions of rebalances, shared by the request handlers. */
export class RebalanceEngine {
  readonly manager: GroupManager;
  private readonly joinTimers = new Map<Group, { timer: NodeJS.Timeout; initial: boolean }>();
  private readonly syncTimers = new Map<Group, NodeJS.Timeout>();
  private readonly pendingTimers = new Map<string, NodeJS.Timeout>();
  private expiryTimer: NodeJS.Timeout | null = null;

  /** Creates the coordinator and its manager. */
  constructor(readonly deps: GroupManagerDeps) {
    this.manager = new GroupManager(deps, {
      onGroupLoaded: (g) => {
        for (const m of g.members.values()) this.scheduleHeartbeat(g, m);
      },
      onGroupUnloaded: (g) => this.dropGroup(g, ErrorCode.NOT_COORDINATOR),
    });
  }

  /** A topic was deleted: its committed offsets go from every group (tombstones), as Kafka does. */
  onTopicDeleted(topic: string): void {
    this.manager
      .removeTopicOffsets(topic)
      .catch((err: Error) => this.deps.logger.warn(`removing the offsets of deleted topic ${topic} failed: ${err.message}`));
  }

  protected get cfg(): GroupManagerDeps['config'] {
    return this.deps.config;
  }

  /** Loads the partitions this broker leads and starts the offset expiry timer. */
  startup(): void {
    this.manager.syncLeadership();
    const retentionMs = this.cfg.offsetsRetentionMinutes * 60_000;
    this.expiryTimer = setInterval(() => {
      this.manager.syncLeadership();
      this.manager
        .cleanupExpired(Date.now(), retentionMs)
        .catch((err: Error) => this.deps.logger.warn(`offset expiry failed: ${err.message}`));
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

  protected scheduleHeartbeat(g: Group, m: Member, timeoutMs = m.sessionTimeoutMs): void {
    if (m.timer) clearTimeout(m.timer);
    m.timer = setTimeout(() => {
      m.timer = null;
      if (g.is('Dead') || g.get(m.memberId) !== m || !m.mayExpire) return;
      this.deps.logger.info(`group ${g.groupId}: member ${m.memberId} has failed (no heartbeat for ${timeoutMs} ms), removing it`);
      this.removeMemberAndUpdateGroup(g, m);
    }, timeoutMs);
    m.timer.unref();
  }

  protected clearHeartbeat(m: Member): void {
    if (m.timer) clearTimeout(m.timer);
    m.timer = null;
  }

  protected dropGroup(g: Group, errorCode: number): void {
    this.clearJoinTimer(g);
    this.clearSyncTimer(g);
    for (const m of g.members.values()) {
      this.clearHeartbeat(m);
      m.completeJoin(joinError(m.memberId, errorCode));
      m.completeSync(syncError(errorCode));
    }
    for (const id of g.pendingMembers) this.clearPending(g, id);
  }

  protected clearJoinTimer(g: Group): void {
    const t = this.joinTimers.get(g);
    if (t) clearTimeout(t.timer);
    this.joinTimers.delete(g);
  }

  protected clearSyncTimer(g: Group): void {
    const t = this.syncTimers.get(g);
    if (t) clearTimeout(t);
    this.syncTimers.delete(g);
  }

  protected clearPending(g: Group, memberId: string): void {
    const key = `${g.groupId}\u0000${memberId}`;
    const t = this.pendingTimers.get(key);
    if (t) clearTimeout(t);
    this.pendingTimers.delete(key);
  }

  protected addPendingMember(g: Group, memberId: string, sessionTimeoutMs: number): void {
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

  protected maybePrepareRebalance(g: Group, reason: string): void {
    if (g.canRebalance) this.prepareRebalance(g, reason);
  }

  protected prepareRebalance(g: Group, reason: string): void {
    if (g.is('CompletingRebalance')) this.resetAndPropagateAssignmentError(g, ErrorCode.REBALANCE_IN_PROGRESS);
    this.clearSyncTimer(g);
    g.pendingSyncMembers.clear();
    const initial = g.is('Empty');
    g.transitionTo('PreparingRebalance', Date.now());
    this.deps.logger.info(
      `group ${g.groupId}: preparing to rebalance (generation ${g.generationId}, ${g.members.size} member(s)): ${reason}`,
    );
    if (initial) {
      const delay = this.cfg.groupInitialRebalanceDelayMs;
      this.scheduleInitialJoin(g, delay, Math.max(g.rebalanceTimeoutMs - delay, 0));
    } else {
      this.scheduleJoin(g, g.rebalanceTimeoutMs);
      this.tryCompleteJoin(g);
    }
  }

  protected scheduleJoin(g: Group, timeoutMs: number): void {
    this.clearJoinTimer(g);
    const timer = setTimeout(() => this.onCompleteJoin(g), timeoutMs);
    timer.unref();
    this.joinTimers.set(g, { timer, initial: false });
  }

  protected scheduleInitialJoin(g: Group, delayMs: number, remainingMs: number): void {
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

  protected tryCompleteJoin(g: Group): void {
    const t = this.joinTimers.get(g);
    if (!g.is('PreparingRebalance') || (t && t.initial)) return;
    if (g.hasAllMembersJoined) this.onCompleteJoin(g);
  }

  protected onCompleteJoin(g: Group): void {
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
    this.deps.logger.info(
      `group ${g.groupId}: stabilized generation ${g.generationId} (protocol ${g.protocolName}) with ${g.members.size} member(s)`,
    );
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
    const timer = setTimeout(() => this.onPendingSyncExpired(g, gen), g.syncTimeoutMs);
    timer.unref();
    this.syncTimers.set(g, timer);
  }

  protected onPendingSyncExpired(g: Group, generationId: number): void {
    this.syncTimers.delete(g);
    if (g.generationId !== generationId || !(g.is('CompletingRebalance') || g.is('Stable')) || g.pendingSyncMembers.size === 0) return;
    const missing = [...g.pendingSyncMembers];
    for (const id of missing) {
      const m = g.remove(id);
      if (m) this.clearHeartbeat(m);
    }
    this.prepareRebalance(g, `members ${missing.join(', ')} did not send SyncGroup in time`);
  }

  protected resetAndPropagateAssignmentError(g: Group, errorCode: number): void {
    for (const m of g.members.values()) {
      m.assignment = EMPTY;
      m.completeSync(syncError(errorCode));
    }
  }

  protected removeMemberAndUpdateGroup(g: Group, m: Member): void {
    m.completeJoin(joinError('', ErrorCode.UNKNOWN_MEMBER_ID));
    m.completeSync(syncError(ErrorCode.UNKNOWN_MEMBER_ID));
    this.clearHeartbeat(m);
    g.remove(m.memberId);
    if (g.is('Stable') || g.is('CompletingRebalance')) this.maybePrepareRebalance(g, `member ${m.memberId} left`);
    else if (g.is('PreparingRebalance')) this.tryCompleteJoin(g);
  }
}
