/**
 * The storage side of the group coordinator (Kafka's GroupMetadataManager):
 * the `__consumer_offsets` topic, which of its partitions this broker
 * coordinates, the groups they hold in memory, and every write to them.
 *
 * - The topic is created on first use (FindCoordinator or any group API):
 *   offsets.topic.num.partitions partitions, cleanup.policy=compact, and
 *   offsets.topic.replication.factor replicas, capped (with a log line) at
 *   the number of live brokers.
 * - Ownership follows leadership: this broker coordinates the groups of the
 *   partitions it leads. A led partition is replayed (loaded) on first use or
 *   at start-up, in steps that yield to the event loop; until it is loaded,
 *   its groups answer COORDINATOR_LOAD_IN_PROGRESS. A partition whose
 *   leadership moved away is unloaded (its groups answer NOT_COORDINATOR).
 * - Every change (group metadata after a rebalance, offset commits,
 *   tombstones for expired or deleted offsets and groups) is a record batch
 *   appended through the replica manager with acks=all (the whole ISR has it
 *   within offsets.commit.timeout.ms); the in-memory state changes only
 *   after that succeeded.
 *
 * Not safe for concurrent callers beyond the event loop's interleaving at
 * `await` points; loads check after every await that they are still wanted.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { encodeRecordBatch } from '../../protocol/record-codec.js';
import type { BrokerConfig } from '../../config/broker-config.js';
import type { MetadataCache } from '../cluster/metadata-cache.js';
import type { Controller } from '../cluster/controller.js';
import type { ReplicaManager } from '../replica/replica-manager.js';
import type { Logger } from '../logger.js';
import { ControlType } from '../../protocol/control-record.js';
import { OFFSETS_TOPIC } from './coordinator-key.js';
import { CoordinatorPartitions, replayBatches } from '../coordinator/coordinator-partitions.js';
import { Group } from './group.js';
import { PendingTxnOffsets, type PendingOffset } from './pending-txn-offsets.js';
import { Member } from './member.js';
import {
  decodeGroupMetadataValue,
  decodeOffsetCommitValue,
  decodeOffsetsTopicKey,
  encodeGroupMetadataKey,
  encodeGroupMetadataValue,
  encodeOffsetCommitKey,
  encodeOffsetCommitValue,
  type GroupMetadataValue,
  type OffsetCommitValue,
} from './offsets-records.js';

/** What the manager needs from the broker. */
export interface GroupManagerDeps {
  readonly brokerId: number;
  readonly config: BrokerConfig;
  readonly metadata: MetadataCache;
  readonly controller: Controller;
  readonly replicas: ReplicaManager;
  readonly logger: Logger;
}

/** What the coordinator hears about groups coming and going with partition leadership. */
export interface GroupLoadHooks {
  /** A load brought this group into memory (the coordinator arms member timers). */
  onGroupLoaded(g: Group): void;
  /** This group was dropped because its partition moved away. */
  onGroupUnloaded(g: Group): void;
}

/** One offset to store. */
export interface OffsetToStore {
  topic: string;
  partition: number;
  value: OffsetCommitValue;
}

/** A key/value pair bound for `__consumer_offsets` (value null = tombstone). */
interface OffsetsRecord {
  key: Buffer;
  value: Buffer | null;
}

/** Maps an append error to what a group API answers (Kafka's mapping). */
export function coordinatorAppendError(errorCode: number): number {
  switch (errorCode) {
    case ErrorCode.UNKNOWN_TOPIC_OR_PARTITION:
    case ErrorCode.NOT_ENOUGH_REPLICAS:
    case ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND:
    case ErrorCode.REQUEST_TIMED_OUT:
      return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    case ErrorCode.NOT_LEADER_OR_FOLLOWER:
    case ErrorCode.KAFKA_STORAGE_ERROR:
      return ErrorCode.NOT_COORDINATOR;
    case ErrorCode.MESSAGE_TOO_LARGE:
    case ErrorCode.RECORD_LIST_TOO_LARGE:
    case ErrorCode.INVALID_FETCH_SIZE:
      return ErrorCode.INVALID_COMMIT_OFFSET_SIZE;
    default:
      return errorCode;
  }
}

/** Groups and offsets of the `__consumer_offsets` partitions this broker leads. */
export class GroupManager {
  /** Loaded groups by id. */
  readonly groups = new Map<string, Group>();
  /** The partitions of `__consumer_offsets`, loaded as this broker leads them. */
  readonly partitions: CoordinatorPartitions;
  /** Offsets of transactions not ended yet (TxnOffsetCommit). */
  readonly pendingTxn = new PendingTxnOffsets();
  /** Transaction markers that reached a partition while it was loading: applied once it is loaded. */
  private readonly deferredMarkers = new Map<number, { pid: number; commit: boolean }[]>();

  /** Creates the manager (nothing happens until first use or syncLeadership). */
  constructor(
    private readonly deps: GroupManagerDeps,
    private readonly hooks: GroupLoadHooks = { onGroupLoaded: () => {}, onGroupUnloaded: () => {} },
  ) {
    const cfg = deps.config;
    this.partitions = new CoordinatorPartitions(
      deps,
      {
        name: OFFSETS_TOPIC,
        numPartitions: cfg.offsetsTopicNumPartitions,
        replicationFactor: cfg.offsetsTopicReplicationFactor,
        replicationFactorKey: 'offsets.topic.replication.factor',
        configs: () => ({
          'cleanup.policy': 'compact',
          'compression.type': 'producer',
          'segment.bytes': String(cfg.offsetsTopicSegmentBytes),
        }),
      },
      {
        load: (p, current) => this.startLoad(p, current),
        onLoaded: (p) => {
          const deferred = this.deferredMarkers.get(p);
          this.deferredMarkers.delete(p);
          if (deferred) for (const d of deferred) this.completeTxn(p, d.pid, d.commit);
        },
        unload: (p) => this.unload(p),
      },
    );
  }

  /** Partitions of the topic: its real count once it exists, else the configured one. */
  numPartitions(): number {
    return this.partitions.numPartitions();
  }

  /** The `__consumer_offsets` partition of a group. */
  partitionFor(groupId: string): number {
    return this.partitions.partitionFor(groupId);
  }

  /** Whether the topic exists. */
  get topicExists(): boolean {
    return this.partitions.topicExists;
  }

  /** Creates `__consumer_offsets` unless it exists; resolves with NONE or COORDINATOR_NOT_AVAILABLE. */
  ensureOffsetsTopic(): Promise<number> {
    return this.partitions.ensureTopic();
  }

  /**
   * Whether this broker can serve `groupId` now: NONE, NOT_COORDINATOR,
   * COORDINATOR_NOT_AVAILABLE (no topic yet) or COORDINATOR_LOAD_IN_PROGRESS
   * (and the load is started).
   */
  status(groupId: string): number {
    return this.partitions.statusOf(groupId);
  }

  /** The broker id leading a group's partition, or -1. */
  coordinatorOf(groupId: string): number {
    return this.partitions.coordinatorOf(groupId);
  }

  /** Starts loading every partition this broker leads and unloads those it lost. */
  syncLeadership(): void {
    this.partitions.syncLeadership();
  }

  /** Resolves when no partition is loading (tests, start-up logging). */
  loadsSettled(): Promise<void> {
    return this.partitions.loadsSettled();
  }

  /** Groups whose partition is loaded here. */
  loadedGroups(): Group[] {
    return [...this.groups.values()];
  }

  /** Whether some partition this broker leads is still loading. */
  isLoading(): boolean {
    return this.partitions.isLoading();
  }

  private startLoad(p: number, current: () => boolean): Promise<string> | null {
    const log = this.deps.replicas.get(OFFSETS_TOPIC, p)?.log;
    if (!log || log.highWatermark <= log.logStartOffset) return null;
    return this.load(p, current).then((n) => `${n} group(s)`);
  }

  /** Replays a partition from its log start to its high watermark; returns the number of groups. */
  private async load(p: number, current: () => boolean): Promise<number> {
    const offsets = new Map<string, Map<string, OffsetToStore | null>>();
    const metas = new Map<string, GroupMetadataValue | null>();
    // Transactional commits by producer id until their marker: group → "topic\0partition" → offset.
    const txns = new Map<number, Map<string, Map<string, OffsetToStore>>>();
    for await (const batch of replayBatches(this.deps.replicas, OFFSETS_TOPIC, p, current)) {
      if (batch.isControl) {
        const pending = txns.get(batch.producerId);
        const key = batch.records[0]?.key;
        txns.delete(batch.producerId);
        if (pending && key && key.length >= 4 && key.readInt16BE(2) === ControlType.COMMIT) {
          for (const [group, tps] of pending) {
            let m = offsets.get(group);
            if (!m) offsets.set(group, (m = new Map()));
            for (const [k, v] of tps) m.set(k, v);
          }
        }
        continue;
      }
      const txnal = batch.isTransactional && batch.producerId >= 0;
      for (const rec of batch.records) {
        if (rec.key === null) continue;
        const key = decodeOffsetsTopicKey(rec.key);
        if (key.kind === 'offset' && txnal && rec.value !== null) {
          let groups = txns.get(batch.producerId);
          if (!groups) txns.set(batch.producerId, (groups = new Map()));
          let tps = groups.get(key.group);
          if (!tps) groups.set(key.group, (tps = new Map()));
          tps.set(`${key.topic}\u0000${key.partition}`, {
            topic: key.topic,
            partition: key.partition,
            value: decodeOffsetCommitValue(rec.value),
          });
        } else if (key.kind === 'offset') {
          let m = offsets.get(key.group);
          if (!m) offsets.set(key.group, (m = new Map()));
          const value =
            rec.value === null ? null : { topic: key.topic, partition: key.partition, value: decodeOffsetCommitValue(rec.value) };
          m.set(`${key.topic}\u0000${key.partition}`, value);
        } else if (key.kind === 'group') {
          metas.set(key.group, rec.value === null ? null : decodeGroupMetadataValue(rec.value));
        }
      }
    }
    if (!current()) return 0;
    for (const [pid, groups] of txns) for (const [group, tps] of groups) this.pendingTxn.add(pid, group, [...tps.values()]);
    const now = Date.now();
    const ids = new Set([...offsets.keys(), ...metas.keys()]);
    let n = 0;
    for (const id of ids) {
      const meta = metas.get(id) ?? null;
      const commits = offsets.get(id);
      let live = 0;
      if (commits) for (const c of commits.values()) if (c !== null) live++;
      if (meta === null && live === 0 && !this.pendingTxn.hasGroup(id)) continue;
      const g = meta ? groupFromValue(id, meta, now) : new Group(id, 'Empty', now);
      if (commits) for (const c of commits.values()) if (c !== null) g.setOffset(c.topic, c.partition, c.value);
      this.groups.set(id, g);
      this.hooks.onGroupLoaded(g);
      n++;
    }
    return n;
  }

  private unload(p: number): void {
    this.pendingTxn.drop((id) => this.partitionFor(id) === p);
    this.deferredMarkers.delete(p);
    for (const [id, g] of this.groups) {
      if (this.partitionFor(id) !== p) continue;
      this.groups.delete(id);
      this.hooks.onGroupUnloaded(g);
    }
  }

  /** Unloads everything (broker shutdown). */
  shutdown(): void {
    this.partitions.shutdown();
  }

  /** Appends records for a group's partition; resolves with a group-API error code. */
  private async append(groupId: string, records: OffsetsRecord[], producer?: { id: number; epoch: number }): Promise<number> {
    if (records.length === 0) return ErrorCode.NONE;
    const now = Date.now();
    const batch = encodeRecordBatch({
      baseTimestamp: now,
      records: records.map((r) => ({ key: r.key, value: r.value, timestamp: now })),
      // A transaction's commits: a transactional batch of its producer, without sequence numbers (Kafka writes them so too).
      ...(producer ? { producerId: producer.id, producerEpoch: producer.epoch, baseSequence: -1, transactional: true } : {}),
    });
    const p = this.partitionFor(groupId);
    const r = await this.deps.replicas.appendRecords(OFFSETS_TOPIC, p, batch, -1, now);
    let err = r.errorCode;
    // acks=all: the write counts once the whole ISR has it (offsets.commit.timeout.ms).
    if (err === ErrorCode.NONE) err = await this.deps.replicas.awaitReplication(OFFSETS_TOPIC, p, this.deps.config.offsetsCommitTimeoutMs);
    if (err !== ErrorCode.NONE)
      this.deps.logger.warn(`appending to ${OFFSETS_TOPIC}-${p} for group ${groupId} failed: error ${err} ${r.errorMessage ?? ''}`);
    return coordinatorAppendError(err);
  }

  /** Writes the group's metadata (with `assignment` overriding members' current ones). */
  storeGroup(g: Group, assignment?: ReadonlyMap<string, Buffer>): Promise<number> {
    const value = encodeGroupMetadataValue({
      protocolType: g.protocolType ?? '',
      generationId: g.generationId,
      protocolName: g.protocolName,
      leaderId: g.leaderId,
      currentStateTimestamp: g.currentStateTimestamp,
      members: [...g.members.values()].map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rebalanceTimeoutMs: m.rebalanceTimeoutMs,
        sessionTimeoutMs: m.sessionTimeoutMs,
        subscription: (g.protocolName !== null ? m.metadataFor(g.protocolName) : undefined) ?? Buffer.alloc(0),
        assignment: assignment?.get(m.memberId) ?? m.assignment,
      })),
    });
    return this.append(g.groupId, [{ key: encodeGroupMetadataKey(g.groupId), value }]);
  }

  /** Writes offset commits; on success they become the group's committed offsets. */
  async storeOffsets(g: Group, commits: readonly OffsetToStore[]): Promise<number> {
    const records = commits.map((c) => ({
      key: encodeOffsetCommitKey(g.groupId, c.topic, c.partition),
      value: encodeOffsetCommitValue(c.value),
    }));
    const err = await this.append(g.groupId, records);
    if (err === ErrorCode.NONE && this.groups.get(g.groupId) === g) for (const c of commits) g.setOffset(c.topic, c.partition, c.value);
    return err;
  }

  /**
   * Writes offsets committed inside producer `pid`'s transaction; on success
   * they are pending until the transaction's marker (completeTxn).
   */
  async storeTxnOffsets(g: Group, pid: number, epoch: number, commits: readonly PendingOffset[]): Promise<number> {
    const records = commits.map((c) => ({
      key: encodeOffsetCommitKey(g.groupId, c.topic, c.partition),
      value: encodeOffsetCommitValue(c.value),
    }));
    const err = await this.append(g.groupId, records, { id: pid, epoch });
    if (err === ErrorCode.NONE && this.groups.get(g.groupId) === g) this.pendingTxn.add(pid, g.groupId, commits);
    return err;
  }

  /**
   * A marker of producer `pid` reached partition `p`: its pending offsets
   * there become committed (commit) or are dropped. On a partition still
   * loading, applied once it is loaded (applying twice changes nothing).
   */
  completeTxn(p: number, pid: number, commit: boolean): void {
    if (this.partitions.isLoadingPartition(p)) {
      let list = this.deferredMarkers.get(p);
      if (!list) this.deferredMarkers.set(p, (list = []));
      list.push({ pid, commit });
      return;
    }
    const done = this.pendingTxn.take(pid, (id) => this.partitionFor(id) === p);
    if (!commit) return;
    for (const [groupId, offsets] of done) {
      const g = this.addGroup(new Group(groupId, 'Empty', Date.now()));
      for (const o of offsets) g.setOffset(o.topic, o.partition, o.value);
    }
  }

  /** Removes offsets from the group and writes their tombstones. */
  deleteOffsets(g: Group, tps: readonly { topic: string; partition: number }[]): Promise<number> {
    for (const tp of tps) g.setOffset(tp.topic, tp.partition, null);
    return this.append(
      g.groupId,
      tps.map((tp) => ({ key: encodeOffsetCommitKey(g.groupId, tp.topic, tp.partition), value: null })),
    );
  }

  /** Marks the group Dead, forgets it, and writes tombstones for its offsets and (if it ever rebalanced) its metadata. */
  deleteGroup(g: Group): Promise<number> {
    const tps: { topic: string; partition: number }[] = [];
    for (const [topic, parts] of g.offsets) for (const partition of parts.keys()) tps.push({ topic, partition });
    g.transitionTo('Dead', Date.now());
    this.groups.delete(g.groupId);
    const records: OffsetsRecord[] = tps.map((tp) => ({ key: encodeOffsetCommitKey(g.groupId, tp.topic, tp.partition), value: null }));
    g.offsets.clear();
    if (g.generationId > 0) records.push({ key: encodeGroupMetadataKey(g.groupId), value: null });
    return this.append(g.groupId, records);
  }

  /**
   * Removes every group's committed offsets of a deleted topic and writes
   * their tombstones, as Kafka does when partitions are deleted: a topic
   * created again under the same name must not resume at the old one's
   * offsets. The in-memory removal happens before the first await, so an
   * OffsetFetch right after DeleteTopics already sees no offsets. Groups left
   * Empty without offsets are removed. Returns the groups that had offsets
   * of the topic.
   */
  async removeTopicOffsets(topic: string): Promise<Group[]> {
    const touched: Group[] = [];
    const appends: Promise<number>[] = [];
    for (const g of this.groups.values()) {
      const parts = g.offsets.get(topic);
      if (!parts || this.status(g.groupId) !== ErrorCode.NONE) continue;
      const tps: { topic: string; partition: number }[] = [];
      for (const partition of parts.keys()) tps.push({ topic, partition });
      appends.push(this.deleteOffsets(g, tps));
      touched.push(g);
    }
    await Promise.all(appends);
    for (const g of touched) if (g.is('Empty') && !g.hasOffsets && this.groups.get(g.groupId) === g) await this.deleteGroup(g);
    if (touched.length > 0) this.deps.logger.info(`removed the offsets of deleted topic ${topic} from ${touched.length} group(s)`);
    return touched;
  }

  /** Adds a new group to the cache (or returns the one already there). */
  addGroup(g: Group): Group {
    const existing = this.groups.get(g.groupId);
    if (existing) return existing;
    this.groups.set(g.groupId, g);
    return g;
  }

  /**
   * Expires offsets per Group.expiredOffsets and removes groups left Empty
   * without offsets (writing tombstones). Returns the number of offsets expired.
   * A group that has handed out member ids still to be used (the
   * MEMBER_ID_REQUIRED round trip of JoinGroup v4+) is kept: Kafka would
   * drop it too, and the member's second JoinGroup would then get
   * UNKNOWN_MEMBER_ID, which with a short offsets.retention.check.interval.ms
   * makes joins fail at random.
   */
  async cleanupExpired(now: number, retentionMs: number): Promise<number> {
    let total = 0;
    for (const g of [...this.groups.values()]) {
      if (this.status(g.groupId) !== ErrorCode.NONE) continue;
      const expired = g.expiredOffsets(now, retentionMs);
      if (expired.length > 0) {
        total += expired.length;
        await this.deleteOffsets(g, expired);
      }
      if (
        g.is('Empty') &&
        !g.hasOffsets &&
        g.pendingMembers.size === 0 &&
        !this.pendingTxn.hasGroup(g.groupId) &&
        this.groups.get(g.groupId) === g
      )
        await this.deleteGroup(g);
    }
    if (total > 0) this.deps.logger.info(`removed ${total} expired offset(s)`);
    return total;
  }
}

/** Rebuilds a group from its stored metadata: Stable with its members, or Empty. */
function groupFromValue(id: string, v: GroupMetadataValue, now: number): Group {
  const g = new Group(id, v.members.length > 0 ? 'Stable' : 'Empty', v.currentStateTimestamp >= 0 ? v.currentStateTimestamp : now);
  g.protocolType = v.protocolType.length > 0 ? v.protocolType : null;
  g.generationId = v.generationId;
  g.protocolName = v.protocolName;
  g.leaderId = v.leaderId;
  for (const sm of v.members) {
    const m = new Member(
      sm.memberId,
      sm.groupInstanceId,
      sm.clientId,
      sm.clientHost,
      sm.rebalanceTimeoutMs,
      sm.sessionTimeoutMs,
      v.protocolType,
      [{ name: v.protocolName ?? '', metadata: sm.subscription }],
    );
    m.assignment = sm.assignment;
    g.members.set(m.memberId, m);
    if (m.groupInstanceId !== null) g.staticMembers.set(m.groupInstanceId, m.memberId);
  }
  if (g.members.size > 0) g.subscribedTopics = g.computeSubscribedTopics();
  return g;
}
