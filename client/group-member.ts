/**
 * GroupMember: a small member of a classic consumer group (protocol type
 * "consumer"). It joins (JoinGroup, retrying with the id the coordinator
 * hands out on MEMBER_ID_REQUIRED), lets the leader compute the assignment
 * with the first assignor all members support (range or roundrobin), syncs,
 * then heartbeats every heartbeatIntervalMs. A heartbeat answered
 * REBALANCE_IN_PROGRESS, ILLEGAL_GENERATION or UNKNOWN_MEMBER_ID starts a
 * rejoin; listeners hear every new assignment. A pattern subscription is
 * re-evaluated every metadataMaxAgeMs and a changed topic set rejoins.
 *
 * Offsets are not this class's business: callers commit with GroupApi and
 * the member's `identity` (generation and member id).
 */
import { ErrorCode, errorName } from '../protocol/generated/errors.js';
import { KafkaClientError } from './errors.js';
import { GroupApi, type MemberIdentity } from './group-api.js';
import { sleep, tpKey, type KafkaClient, type TopicPartition } from './kafka-client.js';
import { ASSIGNORS, decodeAssignment, decodeSubscription, encodeAssignment, encodeSubscription } from './assignors.js';

/** Options of a group member. */
export interface GroupMemberOptions {
  groupId: string;
  /** Topics, or a pattern matched against the cluster's topics. */
  subscription: string[] | RegExp;
  sessionTimeoutMs?: number;
  rebalanceTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /** Assignor names in preference order; default ["range", "roundrobin"]. */
  assignors?: string[];
  /** How often a pattern subscription is re-evaluated; default 5000 ms. */
  metadataMaxAgeMs?: number;
}

/** A consumer-group member with a background heartbeat. */
export class GroupMember {
  readonly api: GroupApi;
  private memberId = '';
  private generationId = -1;
  private topics: string[] = [];
  private current: TopicPartition[] = [];
  private timer: NodeJS.Timeout | null = null;
  private joining: Promise<void> | null = null;
  private stopped = false;
  private lastTopicCheck = 0;
  private readonly listeners: ((tps: TopicPartition[]) => void)[] = [];
  /** The last error of the background loop (cleared by a successful join). */
  lastError: Error | null = null;

  /** Creates a member; call join() to enter the group. */
  constructor(
    readonly client: KafkaClient,
    readonly options: GroupMemberOptions,
  ) {
    this.api = new GroupApi(client, options.groupId);
  }

  /** The generation and member id to send with commits. */
  get identity(): MemberIdentity {
    return { generationId: this.generationId, memberId: this.memberId };
  }

  /** The partitions currently assigned to this member. */
  get assignment(): TopicPartition[] {
    return this.current;
  }

  /** Calls `fn` with each new assignment. */
  onAssignment(fn: (tps: TopicPartition[]) => void): void {
    this.listeners.push(fn);
  }

  private async resolveTopics(): Promise<string[]> {
    const s = this.options.subscription;
    if (Array.isArray(s)) return [...s].sort();
    const all = await this.client.listTopics();
    return all.filter((t) => s.test(t)).sort();
  }

  /** Joins (or rejoins) the group; resolves once this member has an assignment. */
  join(): Promise<void> {
    if (!this.joining) {
      this.joining = this.joinLoop().finally(() => {
        this.joining = null;
      });
    }
    return this.joining;
  }

  private async joinLoop(): Promise<void> {
    this.stopTimer();
    const o = this.options;
    const assignorNames = o.assignors ?? ['range', 'roundrobin'];
    for (let attempt = 0; !this.stopped; attempt++) {
      this.topics = await this.resolveTopics();
      this.lastTopicCheck = Date.now();
      const metadata = encodeSubscription(this.topics);
      const join = await this.api.joinGroup({
        memberId: this.memberId,
        sessionTimeoutMs: o.sessionTimeoutMs ?? 10_000,
        rebalanceTimeoutMs: o.rebalanceTimeoutMs ?? 30_000,
        protocolType: 'consumer',
        protocols: assignorNames.map((name) => ({ name, metadata })),
      });
      if (join.errorCode === ErrorCode.MEMBER_ID_REQUIRED) {
        this.memberId = join.memberId;
        continue;
      }
      if (join.errorCode === ErrorCode.UNKNOWN_MEMBER_ID || join.errorCode === ErrorCode.ILLEGAL_GENERATION) {
        this.memberId = '';
        continue;
      }
      if (join.errorCode === ErrorCode.REBALANCE_IN_PROGRESS || join.errorCode === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS) {
        await sleep(100);
        continue;
      }
      if (join.errorCode !== 0) throw new KafkaClientError(join.errorCode, `JoinGroup ${o.groupId}: ${errorName(join.errorCode)}`);
      this.memberId = join.memberId;
      this.generationId = join.generationId;
      const protocolName = join.protocolName ?? assignorNames[0];
      let assignments: { memberId: string; assignment: Buffer }[] = [];
      if (join.leader === join.memberId) {
        const subs = new Map<string, string[]>();
        for (const m of join.members) subs.set(m.memberId, decodeSubscription(m.metadata));
        const counts = new Map<string, number>();
        for (const ts of subs.values()) {
          for (const t of ts) if (!counts.has(t)) counts.set(t, (await this.client.partitionsFor(t).catch(() => [])).length);
        }
        const assignor = ASSIGNORS[protocolName];
        if (!assignor) throw new KafkaClientError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL, `unknown assignor ${protocolName}`, false);
        assignments = [...assignor.assign(subs, counts)].map(([memberId, tps]) => ({ memberId, assignment: encodeAssignment(tps) }));
      }
      const sync = await this.api.syncGroup(this.identity, 'consumer', protocolName, assignments);
      if (sync.errorCode === ErrorCode.REBALANCE_IN_PROGRESS) continue;
      if (sync.errorCode === ErrorCode.UNKNOWN_MEMBER_ID || sync.errorCode === ErrorCode.ILLEGAL_GENERATION) {
        if (sync.errorCode === ErrorCode.UNKNOWN_MEMBER_ID) this.memberId = '';
        continue;
      }
      if (sync.errorCode !== 0) throw new KafkaClientError(sync.errorCode, `SyncGroup ${o.groupId}: ${errorName(sync.errorCode)}`);
      this.current = decodeAssignment(sync.assignment).sort((a, b) =>
        a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1,
      );
      this.lastError = null;
      for (const fn of this.listeners) fn(this.current);
      this.schedule();
      return;
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.beat(), this.options.heartbeatIntervalMs ?? 3000);
  }

  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async beat(): Promise<void> {
    this.timer = null;
    if (this.stopped || this.joining) return;
    try {
      let rejoin = false;
      if (!Array.isArray(this.options.subscription) && Date.now() - this.lastTopicCheck >= (this.options.metadataMaxAgeMs ?? 5000)) {
        this.lastTopicCheck = Date.now();
        const topics = await this.resolveTopics();
        rejoin = topics.join('\n') !== this.topics.join('\n');
      }
      if (!rejoin) {
        const code = await this.api.heartbeat(this.identity);
        if (code === ErrorCode.UNKNOWN_MEMBER_ID) this.memberId = '';
        rejoin =
          code === ErrorCode.REBALANCE_IN_PROGRESS ||
          code === ErrorCode.ILLEGAL_GENERATION ||
          code === ErrorCode.UNKNOWN_MEMBER_ID ||
          code === ErrorCode.FENCED_INSTANCE_ID;
        if (!rejoin && code !== 0) throw new KafkaClientError(code, `Heartbeat ${this.options.groupId}: ${errorName(code)}`);
      }
      if (rejoin) {
        await this.join();
        return;
      }
    } catch (err) {
      this.lastError = err as Error;
    }
    if (!this.joining) this.schedule();
  }

  /** Whether a partition is assigned to this member. */
  owns(tp: TopicPartition): boolean {
    const k = tpKey(tp);
    return this.current.some((x) => tpKey(x) === k);
  }

  /** Stops heartbeating and leaves the group. */
  async leave(): Promise<void> {
    this.stopped = true;
    this.stopTimer();
    if (this.joining) await this.joining.catch(() => undefined);
    if (this.memberId) await this.api.leaveGroup(this.identity).catch(() => undefined);
    this.current = [];
  }
}
