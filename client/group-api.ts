/**
 * Consumer-group calls of the lean client: FindCoordinator, OffsetCommit,
 * TxnOffsetCommit (a transactional producer's sendOffsets),
 * OffsetFetch, OffsetDelete, JoinGroup, SyncGroup, Heartbeat and LeaveGroup, each sent to
 * the group's coordinator (found once, found again on NOT_COORDINATOR or
 * COORDINATOR_NOT_AVAILABLE). Versions that changed shape (FindCoordinator
 * v4 batching keys, OffsetFetch v8 batching groups) are handled here so that
 * callers see one shape.
 */
import { ApiKey } from '../protocol/generated/api-keys.js';
import { ErrorCode, errorName } from '../protocol/generated/errors.js';
import { encodeOffsetCommitRequest } from '../protocol/generated/offset-commit-request.js';
import { decodeOffsetCommitResponse } from '../protocol/generated/offset-commit-response.js';
import { encodeOffsetFetchRequest } from '../protocol/generated/offset-fetch-request.js';
import { decodeOffsetFetchResponse } from '../protocol/generated/offset-fetch-response.js';
import { encodeTxnOffsetCommitRequest } from '../protocol/generated/txn-offset-commit-request.js';
import { decodeTxnOffsetCommitResponse } from '../protocol/generated/txn-offset-commit-response.js';
import { encodeOffsetDeleteRequest } from '../protocol/generated/offset-delete-request.js';
import { decodeOffsetDeleteResponse } from '../protocol/generated/offset-delete-response.js';
import { encodeJoinGroupRequest } from '../protocol/generated/join-group-request.js';
import { decodeJoinGroupResponse, type JoinGroupResponse } from '../protocol/generated/join-group-response.js';
import { encodeSyncGroupRequest } from '../protocol/generated/sync-group-request.js';
import { decodeSyncGroupResponse, type SyncGroupResponse } from '../protocol/generated/sync-group-response.js';
import { encodeHeartbeatRequest } from '../protocol/generated/heartbeat-request.js';
import { decodeHeartbeatResponse } from '../protocol/generated/heartbeat-response.js';
import { encodeLeaveGroupRequest } from '../protocol/generated/leave-group-request.js';
import { decodeLeaveGroupResponse } from '../protocol/generated/leave-group-response.js';
import type { Connection } from './connection.js';
import { CoordinatorKeyType, findCoordinator } from './find-coordinator.js';
import { KafkaClientError, check } from './errors.js';
import { tpKey, type BrokerNode, type KafkaClient, type TopicPartition } from './kafka-client.js';

/** An offset to commit for a partition (the offset of the next record to read). */
export interface OffsetAndMetadata extends TopicPartition {
  offset: number;
  metadata?: string | null;
}

/** The member identity sent with commits; generation -1 and "" for a simple (non-member) commit. */
export interface MemberIdentity {
  generationId: number;
  memberId: string;
  groupInstanceId?: string | null;
}

/** The JoinGroup request fields a member chooses. */
export interface JoinGroupParams {
  memberId: string;
  groupInstanceId?: string | null;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  protocolType: string;
  protocols: { name: string; metadata: Buffer }[];
}

const COORDINATOR_ERRORS = new Set<number>([ErrorCode.NOT_COORDINATOR, ErrorCode.COORDINATOR_NOT_AVAILABLE]);

/** `items` grouped by topic, topics in first-seen order, items in their order. */
function byTopic<T extends TopicPartition>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    let list = out.get(x.topic);
    if (!list) out.set(x.topic, (list = []));
    list.push(x);
  }
  return out;
}

/** The request topics of an OffsetCommit or TxnOffsetCommit (no leader epoch; the broker's commit time). */
function commitTopics(offsets: readonly OffsetAndMetadata[]): {
  name: string;
  partitions: { partitionIndex: number; committedOffset: number; committedLeaderEpoch: number; committedMetadata: string | null }[];
}[] {
  return [...byTopic(offsets)].map(([name, list]) => ({
    name,
    partitions: list.map((o) => ({
      partitionIndex: o.partition,
      committedOffset: o.offset,
      committedLeaderEpoch: -1,
      committedMetadata: o.metadata ?? null,
    })),
  }));
}

/** The first partition error of a commit response (0: none); a coordinator error makes the call find the coordinator again. */
function firstPartitionError(r: { topics: { partitions: { errorCode: number }[] }[] }): number {
  for (const t of r.topics) for (const p of t.partitions) if (p.errorCode !== 0) return p.errorCode;
  return 0;
}

/** Throws a KafkaClientError naming `what` and the partition for the first partition error of a commit response. */
function checkPartitions(topics: { name: string; partitions: { partitionIndex: number; errorCode: number }[] }[], what: string): void {
  for (const t of topics) for (const p of t.partitions) check(p.errorCode, `${what} ${t.name}-${p.partitionIndex}`);
}

/** Talks to the coordinator of one consumer group. */
export class GroupApi {
  private coordinator: Promise<Connection> | null = null;

  /** Creates the API object for `groupId`; nothing is sent yet. */
  constructor(
    readonly client: KafkaClient,
    readonly groupId: string,
  ) {}

  /** The coordinator's connection (FindCoordinator on first use). */
  coordinatorConnection(): Promise<Connection> {
    if (!this.coordinator) {
      const p = this.findCoordinator();
      this.coordinator = p;
      p.catch(() => {
        if (this.coordinator === p) this.coordinator = null;
      });
    }
    return this.coordinator;
  }

  private async findCoordinator(): Promise<Connection> {
    const node = await this.findCoordinatorNode();
    return this.client.connection(node.host, node.port);
  }

  /** The coordinator broker of the group (FindCoordinator, retried; not cached). */
  findCoordinatorNode(): Promise<BrokerNode> {
    return findCoordinator(this.client, this.groupId, CoordinatorKeyType.GROUP);
  }

  /** Sends a request to the coordinator, finding it again when it moved. */
  private async call<T>(what: string, fn: (c: Connection) => Promise<T>, codeOf: (t: T) => number): Promise<T> {
    return this.client.retry(what, async () => {
      const c = await this.coordinatorConnection();
      let res: T;
      try {
        res = await fn(c);
      } catch (err) {
        this.coordinator = null;
        throw err;
      }
      const code = codeOf(res);
      if (COORDINATOR_ERRORS.has(code)) {
        this.coordinator = null;
        throw new KafkaClientError(code, `${what} ${this.groupId}: ${errorName(code)}`);
      }
      return res;
    });
  }

  /**
   * Commits offsets. Throws a KafkaClientError on the first partition error
   * (ILLEGAL_GENERATION or UNKNOWN_MEMBER_ID after a rebalance, for example).
   */
  async offsetCommit(offsets: OffsetAndMetadata[], member: MemberIdentity = { generationId: -1, memberId: '' }): Promise<void> {
    const topics = commitTopics(offsets);
    const res = await this.call(
      'OffsetCommit',
      (c) =>
        c.send(
          ApiKey.OffsetCommit,
          (w, v) =>
            encodeOffsetCommitRequest(w, v, {
              groupId: this.groupId,
              generationIdOrMemberEpoch: member.generationId,
              memberId: member.memberId,
              groupInstanceId: member.groupInstanceId ?? null,
              retentionTimeMs: -1,
              topics,
            }),
          decodeOffsetCommitResponse,
        ),
      firstPartitionError,
    );
    checkPartitions(res.topics, `OffsetCommit ${this.groupId}`);
  }

  /**
   * TxnOffsetCommit: adds `offsets` to the transaction of `txn` (visible to
   * the group once the transaction commits). The member identity (v3+) lets
   * the coordinator refuse a zombie of an old generation. Throws a
   * KafkaClientError on the first partition error.
   */
  async txnOffsetCommit(
    txn: { transactionalId: string; producerId: number; producerEpoch: number },
    offsets: OffsetAndMetadata[],
    member: MemberIdentity = { generationId: -1, memberId: '' },
  ): Promise<void> {
    const topics = commitTopics(offsets);
    const res = await this.call(
      'TxnOffsetCommit',
      (c) =>
        c.send(
          ApiKey.TxnOffsetCommit,
          (w, v) =>
            encodeTxnOffsetCommitRequest(w, v, {
              transactionalId: txn.transactionalId,
              groupId: this.groupId,
              producerId: txn.producerId,
              producerEpoch: txn.producerEpoch,
              generationId: member.generationId,
              memberId: member.memberId,
              groupInstanceId: member.groupInstanceId ?? null,
              topics,
            }),
          decodeTxnOffsetCommitResponse,
        ),
      firstPartitionError,
    );
    checkPartitions(res.topics, `TxnOffsetCommit ${this.groupId}`);
  }

  /**
   * The committed offsets of `tps` (absent from the map: nothing committed).
   * With `requireStable` (OffsetFetch v7+, KIP-447) a partition whose offset
   * was committed in a transaction not ended yet throws a retriable
   * UNSTABLE_OFFSET_COMMIT error instead of answering the older offset.
   */
  async offsetFetch(tps: TopicPartition[], options: { requireStable?: boolean } = {}): Promise<Map<string, number>> {
    const topics = [...byTopic(tps)].map(([name, list]) => ({ name, partitionIndexes: list.map((tp) => tp.partition) }));
    const res = await this.call(
      'OffsetFetch',
      (c) =>
        c.send(
          ApiKey.OffsetFetch,
          (w, v) =>
            encodeOffsetFetchRequest(w, v, {
              // v8+ ask for several groups (groups); v0-v7 for one (groupId, topics).
              groupId: v < 8 ? this.groupId : undefined,
              topics: v < 8 ? topics : undefined,
              groups: v >= 8 ? [{ groupId: this.groupId, memberId: null, memberEpoch: -1, topics }] : undefined,
              requireStable: v >= 7 && options.requireStable === true,
            }),
          (r, v) => {
            const x = decodeOffsetFetchResponse(r, v);
            if (v < 8) return { errorCode: x.errorCode, topics: x.topics };
            const g = x.groups[0];
            return { errorCode: g?.errorCode ?? 0, topics: g?.topics ?? [] };
          },
        ),
      (r) => r.errorCode,
    );
    check(res.errorCode, `OffsetFetch ${this.groupId}`);
    const out = new Map<string, number>();
    for (const t of res.topics) {
      for (const p of t.partitions) {
        check(p.errorCode, `OffsetFetch ${this.groupId} ${t.name}-${p.partitionIndex}`);
        if (p.committedOffset >= 0) out.set(tpKey({ topic: t.name, partition: p.partitionIndex }), p.committedOffset);
      }
    }
    return out;
  }

  /**
   * Deletes the committed offsets of `tps` (OffsetDelete). Errors are
   * returned, not thrown: the group-level code and one code per
   * "topic-partition" (GROUP_SUBSCRIBED_TO_TOPIC for a topic in use).
   */
  async offsetDelete(tps: TopicPartition[]): Promise<{ errorCode: number; partitions: Map<string, number> }> {
    const topics = [...byTopic(tps)].map(([name, list]) => ({ name, partitions: list.map((tp) => ({ partitionIndex: tp.partition })) }));
    const res = await this.call(
      'OffsetDelete',
      (c) =>
        c.send(
          ApiKey.OffsetDelete,
          (w, v) =>
            encodeOffsetDeleteRequest(w, v, {
              groupId: this.groupId,
              topics,
            }),
          decodeOffsetDeleteResponse,
        ),
      (r) => r.errorCode,
    );
    const partitions = new Map<string, number>();
    for (const t of res.topics)
      for (const p of t.partitions) partitions.set(tpKey({ topic: t.name, partition: p.partitionIndex }), p.errorCode);
    return { errorCode: res.errorCode, partitions };
  }

  /**
   * One JoinGroup round trip. Errors are returned in the response (the member
   * loop branches on MEMBER_ID_REQUIRED, UNKNOWN_MEMBER_ID, ...), except
   * coordinator moves, which are retried.
   */
  joinGroup(p: JoinGroupParams): Promise<JoinGroupResponse> {
    return this.call(
      'JoinGroup',
      (c) =>
        c.send(
          ApiKey.JoinGroup,
          (w, v) =>
            encodeJoinGroupRequest(w, v, {
              groupId: this.groupId,
              sessionTimeoutMs: p.sessionTimeoutMs,
              rebalanceTimeoutMs: p.rebalanceTimeoutMs,
              memberId: p.memberId,
              groupInstanceId: p.groupInstanceId ?? null,
              protocolType: p.protocolType,
              protocols: p.protocols,
              reason: null,
            }),
          decodeJoinGroupResponse,
          { extraTimeoutMs: p.rebalanceTimeoutMs },
        ),
      (r) => r.errorCode,
    );
  }

  /** One SyncGroup round trip; the leader passes the assignments. */
  syncGroup(
    member: MemberIdentity,
    protocolType: string,
    protocolName: string,
    assignments: { memberId: string; assignment: Buffer }[],
  ): Promise<SyncGroupResponse> {
    return this.call(
      'SyncGroup',
      (c) =>
        c.send(
          ApiKey.SyncGroup,
          (w, v) =>
            encodeSyncGroupRequest(w, v, {
              groupId: this.groupId,
              generationId: member.generationId,
              memberId: member.memberId,
              groupInstanceId: member.groupInstanceId ?? null,
              protocolType,
              protocolName,
              assignments,
            }),
          decodeSyncGroupResponse,
          { extraTimeoutMs: 60_000 },
        ),
      (r) => r.errorCode,
    );
  }

  /** One Heartbeat; returns its error code (REBALANCE_IN_PROGRESS means rejoin). */
  async heartbeat(member: MemberIdentity): Promise<number> {
    const res = await this.call(
      'Heartbeat',
      (c) =>
        c.send(
          ApiKey.Heartbeat,
          (w, v) =>
            encodeHeartbeatRequest(w, v, {
              groupId: this.groupId,
              generationId: member.generationId,
              memberId: member.memberId,
              groupInstanceId: member.groupInstanceId ?? null,
            }),
          decodeHeartbeatResponse,
        ),
      (r) => r.errorCode,
    );
    return res.errorCode;
  }

  /** Leaves the group (best effort: errors are returned, not thrown). */
  async leaveGroup(member: MemberIdentity): Promise<number> {
    const res = await this.call(
      'LeaveGroup',
      (c) =>
        c.send(
          ApiKey.LeaveGroup,
          (w, v) =>
            encodeLeaveGroupRequest(w, v, {
              groupId: this.groupId,
              // v3+ leave as a batch of members; v0-v2 as the sending member.
              memberId: v < 3 ? member.memberId : undefined,
              members:
                v >= 3
                  ? [{ memberId: member.memberId, groupInstanceId: member.groupInstanceId ?? null, reason: 'the member is stopping' }]
                  : undefined,
            }),
          decodeLeaveGroupResponse,
        ),
      (r) => r.errorCode,
    );
    return res.errorCode;
  }
}
