/**
 * The state of one classic group (Kafka's GroupMetadata): its state
 * machine, members, static-member and pending-member books, the protocol in
 * use, the generation, and the committed offsets.
 *
 * States and legal transitions (anything else is a bug and throws):
 *   Empty               <- PreparingRebalance (the rebalance ended with no members)
 *   PreparingRebalance  <- Empty, Stable, CompletingRebalance
 *   CompletingRebalance <- PreparingRebalance (all members joined or the rebalance timed out)
 *   Stable              <- CompletingRebalance (the leader's assignment was stored)
 *   Dead                <- any (group deleted, expired, or its partition moved away)
 *
 * The protocol of a generation is chosen by vote: the candidates are the
 * protocols every member supports; each member votes for the first of its
 * own list that is a candidate; most votes wins (ties: the candidate listed
 * first by the leader). Pure data and rules: no timers, no I/O (the
 * coordinator drives it). Not safe for concurrent callers.
 */
import { Reader } from '../../protocol/reader.js';
import { decodeConsumerProtocolSubscription } from '../../protocol/generated/consumer-protocol-subscription.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { joinError, syncError, type Member, type JoinMemberInfo, type MemberProtocol } from './member.js';
import type { OffsetCommitValue } from './offsets-records.js';

/** The five states of a classic group. */
export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

const VALID_PREVIOUS: Record<GroupState, readonly GroupState[]> = {
  Empty: ['PreparingRebalance'],
  PreparingRebalance: ['Empty', 'Stable', 'CompletingRebalance'],
  CompletingRebalance: ['PreparingRebalance'],
  Stable: ['CompletingRebalance'],
  Dead: ['Empty', 'PreparingRebalance', 'CompletingRebalance', 'Stable', 'Dead'],
};

/** The protocol type of Kafka consumers (the one whose subscriptions the broker reads). */
export const CONSUMER_PROTOCOL_TYPE = 'consumer';

/** DescribeGroups' view of a member. */
export interface MemberSummary {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  metadata: Buffer;
  assignment: Buffer;
}

const EMPTY = Buffer.alloc(0);

/** One classic group. */
export class Group {
  state: GroupState;
  /** When the state last changed (epoch ms). */
  currentStateTimestamp: number;
  protocolType: string | null = null;
  protocolName: string | null = null;
  generationId = 0;
  leaderId: string | null = null;
  readonly members = new Map<string, Member>();
  /** group.instance.id → member id. */
  readonly staticMembers = new Map<string, string>();
  /** Member ids handed out with MEMBER_ID_REQUIRED that have not joined yet. */
  readonly pendingMembers = new Set<string>();
  /** Members that got a JoinGroup answer and still owe a SyncGroup. */
  readonly pendingSyncMembers = new Set<string>();
  /** A member joined during the initial delayed rebalance. */
  newMemberAdded = false;
  /** Topics the consumer members subscribe to; null when unknown (non-consumer protocol). */
  subscribedTopics: Set<string> | null = null;
  /** Committed offsets: topic → partition → value. */
  readonly offsets = new Map<string, Map<number, OffsetCommitValue>>();

  /** Creates a group in `state` (Empty for a new group). */
  constructor(
    readonly groupId: string,
    state: GroupState,
    now: number,
  ) {
    this.state = state;
    this.currentStateTimestamp = now;
  }

  /** Whether the group is in `s`. */
  is(s: GroupState): boolean {
    return this.state === s;
  }

  /** Moves to `next`; throws on an illegal transition. */
  transitionTo(next: GroupState, now: number): void {
    if (!VALID_PREVIOUS[next].includes(this.state)) throw new Error(`group ${this.groupId}: illegal transition ${this.state} -> ${next}`);
    this.state = next;
    this.currentStateTimestamp = now;
  }

  /** Whether a rebalance may start from the current state. */
  get canRebalance(): boolean {
    return this.state === 'Stable' || this.state === 'CompletingRebalance' || this.state === 'Empty';
  }

  /** A member by id. */
  get(memberId: string): Member | undefined {
    return this.members.get(memberId);
  }

  /** Whether `memberId` is a member. */
  has(memberId: string): boolean {
    return this.members.has(memberId);
  }

  /** Whether `memberId` leads the current generation. */
  isLeader(memberId: string): boolean {
    return this.leaderId === memberId;
  }

  /** The member id currently holding `groupInstanceId`, if any. */
  currentStaticMemberId(groupInstanceId: string | null): string | undefined {
    return groupInstanceId === null ? undefined : this.staticMembers.get(groupInstanceId);
  }

  /** A static member whose instance id now belongs to another member id was fenced. */
  isStaticMemberFenced(groupInstanceId: string | null, memberId: string): boolean {
    const current = this.currentStaticMemberId(groupInstanceId);
    return current !== undefined && current !== memberId;
  }

  /** Adds a member (the first one fixes the protocol type and leads). */
  add(member: Member, onJoin: Member['awaitingJoin']): void {
    if (this.members.size === 0) this.protocolType = member.protocolType;
    this.members.set(member.memberId, member);
    if (member.groupInstanceId !== null) this.staticMembers.set(member.groupInstanceId, member.memberId);
    this.pendingMembers.delete(member.memberId);
    member.awaitingJoin = onJoin;
    if (this.leaderId === null) this.leaderId = member.memberId;
  }

  /** Removes a member; a new leader is picked when the leader leaves. */
  remove(memberId: string): Member | undefined {
    const m = this.members.get(memberId);
    if (!m) return undefined;
    this.members.delete(memberId);
    this.pendingSyncMembers.delete(memberId);
    if (m.groupInstanceId !== null && this.staticMembers.get(m.groupInstanceId) === memberId) this.staticMembers.delete(m.groupInstanceId);
    if (this.leaderId === memberId) this.leaderId = this.members.size > 0 ? this.members.keys().next().value! : null;
    return m;
  }

  /**
   * Gives a static member a new member id (a restarted static member, or a
   * duplicate one): the old id's pending JoinGroup or SyncGroup is answered
   * FENCED_INSTANCE_ID at once. Returns the same member under its new id.
   */
  replaceStaticMember(groupInstanceId: string, oldMemberId: string, newMemberId: string): Member {
    const m = this.members.get(oldMemberId);
    if (!m) throw new Error(`group ${this.groupId}: no member ${oldMemberId} for instance ${groupInstanceId}`);
    this.members.delete(oldMemberId);
    m.completeJoin(joinError(oldMemberId, ErrorCode.FENCED_INSTANCE_ID));
    m.completeSync(syncError(ErrorCode.FENCED_INSTANCE_ID));
    m.memberId = newMemberId;
    this.members.set(newMemberId, m);
    this.staticMembers.set(groupInstanceId, newMemberId);
    if (this.leaderId === oldMemberId) this.leaderId = newMemberId;
    if (this.pendingSyncMembers.delete(oldMemberId)) this.pendingSyncMembers.add(newMemberId);
    return m;
  }

  /** Updates a rejoining member's protocols and timeouts and parks its JoinGroup. */
  updateMember(
    member: Member,
    protocols: MemberProtocol[],
    rebalanceTimeoutMs: number,
    sessionTimeoutMs: number,
    onJoin: Member['awaitingJoin'],
  ): void {
    member.protocols = protocols;
    member.rebalanceTimeoutMs = rebalanceTimeoutMs;
    member.sessionTimeoutMs = sessionTimeoutMs;
    member.awaitingJoin = onJoin;
  }

  /** Members waiting in JoinGroup. */
  get numAwaitingJoin(): number {
    let n = 0;
    for (const m of this.members.values()) if (m.isAwaitingJoin) n++;
    return n;
  }

  /** Every member has rejoined and no member id handed out is still outstanding. */
  get hasAllMembersJoined(): boolean {
    return this.members.size === this.numAwaitingJoin && this.pendingMembers.size === 0;
  }

  /** Members that have not rejoined this rebalance. */
  notYetRejoinedMembers(): Member[] {
    const out: Member[] = [];
    for (const m of this.members.values()) if (!m.isAwaitingJoin) out.push(m);
    return out;
  }

  /** The longest rebalance timeout of the members (how long a rebalance may take). */
  get rebalanceTimeoutMs(): number {
    let t = 0;
    for (const m of this.members.values()) if (m.rebalanceTimeoutMs > t) t = m.rebalanceTimeoutMs;
    return t;
  }

  /**
   * How long the members have to send SyncGroup once a join completes: the
   * longest rebalance timeout, but never less than the longest session
   * timeout. Kafka 3.x waits the rebalance timeout alone; Kafka 2.x had no
   * such deadline, and a member that joined was kept for its session
   * timeout (heartbeats reset it). Clients that send rebalance_timeout_ms = 0
   * (kafkajs's `Broker.joinGroup` when the caller gives none) work with
   * Kafka 2.x, so a zero rebalance timeout must not expire a member right
   * after its join: the session timeout governs it.
   */
  get syncTimeoutMs(): number {
    let t = this.rebalanceTimeoutMs;
    for (const m of this.members.values()) if (m.sessionTimeoutMs > t) t = m.sessionTimeoutMs;
    return t;
  }

  /**
   * If the leader has not rejoined, makes some member that has the leader.
   * Returns false when no member rejoined at all.
   */
  maybeElectNewJoinedLeader(): boolean {
    if (this.leaderId === null) return false;
    const leader = this.members.get(this.leaderId);
    if (leader?.isAwaitingJoin) return true;
    for (const m of this.members.values()) {
      if (m.isAwaitingJoin) {
        this.leaderId = m.memberId;
        return true;
      }
    }
    return false;
  }

  /** Protocols every member supports. */
  candidateProtocols(): Set<string> {
    let set: Set<string> | null = null;
    for (const m of this.members.values()) {
      const names = new Set(m.protocols.map((p) => p.name));
      if (set === null) set = names;
      else for (const n of set) if (!names.has(n)) set.delete(n);
    }
    return set ?? new Set();
  }

  /** Whether a member with these protocols may join (same type, and a protocol in common with everyone). */
  supportsProtocols(protocolType: string, protocols: readonly MemberProtocol[]): boolean {
    if (this.members.size === 0) return protocolType.length > 0 && protocols.length > 0;
    if (this.protocolType !== protocolType) return false;
    const candidates = this.candidateProtocols();
    for (const p of protocols) if (candidates.has(p.name)) return true;
    return false;
  }

  /** The protocol the members vote for (see the header). */
  selectProtocol(): string {
    if (this.members.size === 0) throw new Error(`group ${this.groupId}: cannot select a protocol for an empty group`);
    const candidates = this.candidateProtocols();
    const votes = new Map<string, number>();
    for (const m of this.members.values()) {
      const v = m.vote(candidates);
      votes.set(v, (votes.get(v) ?? 0) + 1);
    }
    const leader = this.leaderId !== null ? this.members.get(this.leaderId) : undefined;
    const order = (leader ?? this.members.values().next().value!).protocols.map((p) => p.name);
    let best = '';
    let bestVotes = -1;
    for (const name of order) {
      const n = votes.get(name) ?? 0;
      if (n > bestVotes) {
        best = name;
        bestVotes = n;
      }
    }
    return best;
  }

  /** Starts the next generation: CompletingRebalance with a chosen protocol, or Empty with none. */
  initNextGeneration(now: number): void {
    this.generationId++;
    if (this.members.size > 0) {
      this.protocolName = this.selectProtocol();
      this.subscribedTopics = this.computeSubscribedTopics();
      this.transitionTo('CompletingRebalance', now);
    } else {
      this.protocolName = null;
      this.subscribedTopics = null;
      this.transitionTo('Empty', now);
    }
  }

  /** Topics of the consumer members' subscriptions, or null when they cannot be read. */
  computeSubscribedTopics(): Set<string> | null {
    if (this.protocolType !== CONSUMER_PROTOCOL_TYPE || this.protocolName === null) return null;
    const topics = new Set<string>();
    for (const m of this.members.values()) {
      const md = m.metadataFor(this.protocolName);
      if (md === undefined || md.length < 2) return null;
      try {
        const r = new Reader(md);
        const version = Math.min(r.int16(), 3);
        if (version < 0) return null;
        for (const t of decodeConsumerProtocolSubscription(r, version).topics) topics.add(t);
      } catch {
        return null;
      }
    }
    return topics;
  }

  /** The leader's JoinGroup member list: every member with its metadata for the chosen protocol. */
  currentMemberMetadata(): JoinMemberInfo[] {
    const out: JoinMemberInfo[] = [];
    const proto = this.protocolName;
    for (const m of this.members.values()) {
      out.push({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        metadata: (proto !== null ? m.metadataFor(proto) : undefined) ?? EMPTY,
      });
    }
    return out;
  }

  /** DescribeGroups: metadata and assignments only when Stable (as Kafka). */
  summary(): { state: GroupState; protocolType: string; protocolData: string; members: MemberSummary[] } {
    const stable = this.state === 'Stable';
    const members: MemberSummary[] = [];
    for (const m of this.members.values()) {
      members.push({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        metadata: stable && this.protocolName !== null ? (m.metadataFor(this.protocolName) ?? EMPTY) : EMPTY,
        assignment: stable ? m.assignment : EMPTY,
      });
    }
    return { state: this.state, protocolType: this.protocolType ?? '', protocolData: stable ? (this.protocolName ?? '') : '', members };
  }

  /** A committed offset, if any. */
  offset(topic: string, partition: number): OffsetCommitValue | undefined {
    return this.offsets.get(topic)?.get(partition);
  }

  /** Stores (or with null removes) a committed offset. */
  setOffset(topic: string, partition: number, value: OffsetCommitValue | null): void {
    let parts = this.offsets.get(topic);
    if (value === null) {
      if (!parts) return;
      parts.delete(partition);
      if (parts.size === 0) this.offsets.delete(topic);
      return;
    }
    if (!parts) this.offsets.set(topic, (parts = new Map()));
    parts.set(partition, value);
  }

  /** Whether any offset is committed. */
  get hasOffsets(): boolean {
    return this.offsets.size > 0;
  }

  /**
   * Offsets that have expired at `now` (Kafka's KIP-211 rules): an offset
   * with its own expire timestamp expires then; otherwise, in an Empty group
   * with a protocol, retentionMs after the group became Empty; in a Stable
   * consumer group, retentionMs after the commit, for topics no member
   * subscribes to; in a group without a protocol (offsets only),
   * retentionMs after the commit. Nothing expires in other cases.
   */
  expiredOffsets(now: number, retentionMs: number): { topic: string; partition: number }[] {
    let base: ((v: OffsetCommitValue) => number) | null = null;
    let keep: Set<string> | null = null;
    if (this.protocolType !== null && this.state === 'Empty') {
      const since = this.currentStateTimestamp;
      base = (v) => (since >= 0 ? since : v.commitTimestamp);
    } else if (this.protocolType === CONSUMER_PROTOCOL_TYPE && this.subscribedTopics !== null && this.state === 'Stable') {
      base = (v) => v.commitTimestamp;
      keep = this.subscribedTopics;
    } else if (this.protocolType === null) {
      base = (v) => v.commitTimestamp;
    }
    const out: { topic: string; partition: number }[] = [];
    if (base === null) return out;
    for (const [topic, parts] of this.offsets) {
      if (keep?.has(topic)) continue;
      for (const [partition, v] of parts) {
        const expired = v.expireTimestamp >= 0 ? now >= v.expireTimestamp : now - base(v) >= retentionMs;
        if (expired) out.push({ topic, partition });
      }
    }
    return out;
  }
}
