/**
 * ReplicaManager: the partitions this broker hosts, and the produce and fetch
 * paths over them.
 *
 * Produce appends to the leader's log (the log validates, assigns offsets in
 * place and writes before returning), then moves the high watermark and wakes
 * waiting fetches. Fetch reads whole batches below the high watermark; when
 * fewer than min_bytes are ready it parks as a DelayedFetch until an append
 * brings enough or max_wait_ms passes (Kafka's fetch purgatory).
 *
 * A read_committed fetch (isolation level 1) reads below the last stable
 * offset only and answers the aborted transactions in the range it
 * returns, from the segments' aborted-transaction indexes.
 *
 * Fetch reads are asynchronous (the segment bytes come off the event loop's
 * thread; see local-log.ts), partition after partition, so produce requests
 * run between them: a consumer catching up on a cold backlog does not hold
 * up appends. Sizes are taken before the first read, so an append that
 * lands while it is in flight still counts towards a parked fetch's
 * min_bytes.
 *
 * A consumer fetch may read a partition this broker follows when the
 * request allows it (KIP-392, the debug consumer), up to the high watermark
 * the leader last sent; on the leader, a rack-aware replica selector may
 * answer a consumer with the replica to read from instead.
 *
 * Replication throttles (replication-quota.ts): a follower outside the ISR
 * fetching a partition this broker leads and its topic leader-throttles
 * here gets no records while the leader quota is exceeded (its offsets and
 * high watermark still); the bytes served to throttled replicas count
 * towards the quota.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { LogManager } from '../log/log-manager.js';
import type { LogConfig } from '../log/log-config.js';
import type { LogReadResult } from '../log/log-results.js';
import type { AbortedTxn } from '../log/txn-index.js';
import { BATCH_LENGTH_OFFSET, LAST_OFFSET_DELTA_OFFSET, LOG_OVERHEAD, readInt64 } from '../../protocol/record-batch.js';
import type { PartitionRecord } from '../cluster/metadata-store.js';
import type { Logger } from '../logger.js';
import { Partition } from './partition.js';
import { DelayedFetch, fetchableEnd } from './delayed-fetch.js';
import { hostedPartition, leaderPartition } from './leader-lookup.js';
import { awaitIsr } from './delayed-produce.js';
import { readPartitionTopicId, writePartitionTopicId } from '../log/partition-metadata.js';
import { ReplicationQuotas, listsReplica } from './replication-quota.js';
import { LogDirMover } from './log-dir-mover.js';

/** What the replication layer hears from the fetch path. */
export interface ReplicationHooks {
  /** A follower fetched `p` from `fetchOffset` (its log end offset), before the read. */
  onFollowerFetch(p: Partition, replicaId: number, fetchOffset: number): void;
}

/** What else the manager is given (all optional: a bare manager serves one broker's logs). */
export interface ReplicaManagerOptions {
  /** Where to say that a stale log was replaced. */
  logger?: Logger;
}

/** Result of appending to one partition. */
export interface ProduceResult {
  errorCode: number;
  errorMessage: string | null;
  /** KIP-467: the records that refused the batch (Produce v8+ answers them as record_errors). */
  recordErrors?: readonly { batchIndex: number; message: string }[];
  baseOffset: number;
  logAppendTime: number;
  logStartOffset: number;
}

/** One partition of a fetch request. */
export interface FetchPartitionRequest {
  topic: string;
  partition: number;
  fetchOffset: number;
  partitionMaxBytes: number;
  /** -1 when the client does not know it. */
  currentLeaderEpoch: number;
}

/** What a fetch answers for one partition. */
export interface FetchPartitionResult {
  errorCode: number;
  highWatermark: number;
  lastStableOffset: number;
  logStartOffset: number;
  records: Buffer;
  /** read_committed: the aborted transactions overlapping the records returned (null: none). */
  abortedTransactions: AbortedTxn[] | null;
  /** KIP-392: the replica to read from instead (no records then); absent: -1. */
  preferredReadReplica?: number;
}

/** Fetch-wide parameters. */
export interface FetchParams {
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  /** -1 for consumers; a broker id for followers. */
  replicaId: number;
  /** 0 read_uncommitted (below the high watermark, the default), 1 read_committed (below the last stable offset). */
  isolationLevel?: number;
  /**
   * Whether a partition this broker follows may be read too, up to its high
   * watermark as the leader last told it (KIP-392 consumers, Fetch v11+, and
   * the debug consumer, replica id -2); otherwise only led partitions.
   */
  anyReplica?: boolean;
  /**
   * For a consumer fetch of a led partition, the broker it should read from
   * instead (replica-selector.ts); this broker's id, or absent, to serve it.
   */
  preferReplica?: (p: Partition, fetchOffset: number) => number;
}

/** What one pass over a fetch's partitions read. */
export interface ReadResults {
  results: FetchPartitionResult[];
  /** Record bytes read over all partitions. */
  bytes: number;
  /** Whether a partition answered an error or a preferred read replica (either way the fetch answers at once, as Kafka's). */
  hasError: boolean;
}

const EMPTY = Buffer.alloc(0);

function errorResult(errorCode: number): FetchPartitionResult {
  return { errorCode, highWatermark: -1, lastStableOffset: -1, logStartOffset: -1, records: EMPTY, abortedTransactions: null };
}

/** An answer without records: the partition's offsets only. */
function positionsOf(p: Partition): FetchPartitionResult {
  const log = p.log;
  return {
    errorCode: ErrorCode.NONE,
    highWatermark: log.highWatermark,
    lastStableOffset: log.lastStableOffset,
    logStartOffset: log.logStartOffset,
    records: EMPTY,
    abortedTransactions: null,
  };
}

/** One past the last offset of the last batch in a buffer of whole batches (-1 when empty). */
function nextOffsetAfter(records: Buffer): number {
  let next = -1;
  for (let pos = 0; pos < records.length; pos += LOG_OVERHEAD + records.readInt32BE(pos + BATCH_LENGTH_OFFSET)) {
    next = readInt64(records, pos) + records.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET) + 1;
  }
  return next;
}

/** The partitions of this broker. */
export class ReplicaManager {
  private readonly partitions = new Map<string, Partition[]>();
  /** This broker's replication throttles (the follower one is its fetchers'). */
  readonly quotas = new ReplicationQuotas();
  /** Moves between this broker's log dirs (AlterReplicaLogDirs). */
  readonly logDirMover: LogDirMover;

  /** Creates the manager over a log manager; `replication` hears follower fetches (null for a single broker). */
  constructor(
    readonly brokerId: number,
    /** The partition logs (DescribeLogDirs reads their log dirs). */
    readonly logs: LogManager,
    private readonly replication: ReplicationHooks | null = null,
    private readonly opts: ReplicaManagerOptions = {},
  ) {
    this.logDirMover = new LogDirMover(logs, opts.logger);
  }

  private get logger(): Logger | undefined {
    return this.opts.logger;
  }

  /** A hosted partition, or undefined. */
  get(topic: string, partition: number): Partition | undefined {
    return this.partitions.get(topic)?.[partition];
  }

  /** Every hosted partition. */
  all(): Partition[] {
    const out: Partition[] = [];
    for (const ps of this.partitions.values()) for (const p of ps) if (p) out.push(p);
    return out;
  }

  /**
   * Hosts (creating or opening its log) and takes the given state for a
   * partition. With the topic's id, a log found on disk that belongs to
   * another topic of the same name (its partition.metadata names another id:
   * the topic was deleted and re-created while this broker was away) is
   * deleted and a new one created; a log without the file gets it.
   */
  applyPartitionState(topic: string, state: PartitionRecord, config: LogConfig, topicId?: string): Partition {
    let list = this.partitions.get(topic);
    if (!list) this.partitions.set(topic, (list = []));
    let p = list[state.partition];
    if (!p) {
      let loaded = this.logs.getLog(topic, state.partition);
      const onDisk = loaded && topicId !== undefined ? readPartitionTopicId(loaded.store) : null;
      if (loaded && onDisk !== null && topicId !== undefined && onDisk !== topicId) {
        this.logger?.info(
          `${topic}-${state.partition}: deleting the log of a deleted topic of the same name (topic id ${onDisk}, the topic now has ${topicId})`,
        );
        this.logs.deleteLog(topic, state.partition);
        loaded = undefined;
      }
      // A log loaded from disk at start has the broker defaults: give it the topic's overrides.
      if (loaded) loaded.updateConfig(config);
      const log = loaded ?? this.logs.createLog(topic, state.partition, config);
      if (topicId !== undefined && (!loaded || onDisk === null)) writePartitionTopicId(log.store, topicId);
      p = new Partition(topic, state.partition, log, this.brokerId, state);
      list[state.partition] = p;
      // A move between log dirs under way when the broker stopped resumes.
      if (this.logs.getFutureLog(topic, state.partition)) this.logDirMover.add(p);
    } else {
      p.leaderId = state.leader;
      p.leaderEpoch = state.leaderEpoch;
      p.replicas = state.replicas;
      p.isr = state.isr;
      p.log.updateConfig(config);
    }
    p.addingReplicas = state.addingReplicas ?? [];
    p.removingReplicas = state.removingReplicas ?? [];
    if (p.isLeader) p.updateHighWatermark();
    return p;
  }

  /** Applies a new config to every partition of a topic. */
  updateTopicConfig(topic: string, config: LogConfig): void {
    for (const p of this.partitions.get(topic) ?? []) p?.log.updateConfig(config);
  }

  /** Stops hosting a topic's partitions and deletes their logs. */
  deleteTopic(topic: string): void {
    const list = this.partitions.get(topic);
    if (!list) return;
    this.partitions.delete(topic);
    for (const p of list) {
      if (!p) continue;
      p.notifyWatchers();
      this.logs.deleteLog(topic, p.index);
    }
  }

  /**
   * Stops hosting one partition (a reassignment took this broker out of its
   * replicas) and deletes its log, also one on disk that was never hosted.
   * Resolves whether there was anything to remove.
   */
  removePartition(topic: string, partition: number): boolean {
    const list = this.partitions.get(topic);
    const p = list?.[partition];
    if (list && p) {
      delete list[partition];
      p.leaderId = -1;
      p.notifyWatchers();
    }
    const hadLog = this.logs.getLog(topic, partition) !== undefined;
    if (hadLog) this.logs.deleteLog(topic, partition);
    return p !== undefined || hadLog;
  }

  /**
   * Appends a produce request's records for one partition; `origin`
   * 'coordinator' is a transaction coordinator writing markers (control
   * batches), which clients may not.
   */
  appendRecords(
    topic: string,
    partition: number,
    records: Buffer | null,
    acks: number,
    now: number,
    origin: 'client' | 'coordinator' = 'client',
  ): ProduceResult {
    const p = leaderPartition(this, topic, partition);
    if (typeof p === 'number') return { errorCode: p, errorMessage: null, baseOffset: -1, logAppendTime: -1, logStartOffset: -1 };
    if (acks === -1 && p.isr.length < p.log.config.minInsyncReplicas) {
      return {
        errorCode: ErrorCode.NOT_ENOUGH_REPLICAS,
        errorMessage: `ISR has ${p.isr.length} replicas, min.insync.replicas is ${p.log.config.minInsyncReplicas}`,
        baseOffset: -1,
        logAppendTime: -1,
        logStartOffset: p.log.logStartOffset,
      };
    }
    if (records === null || records.length === 0) {
      return {
        errorCode: ErrorCode.INVALID_RECORD,
        errorMessage: 'no records in produce request',
        baseOffset: -1,
        logAppendTime: -1,
        logStartOffset: p.log.logStartOffset,
      };
    }
    const r = p.log.appendAsLeader(records, p.leaderEpoch, now, origin);
    if (r.errorCode === ErrorCode.NONE) {
      p.updateHighWatermark();
      p.notifyWatchers();
    }
    return {
      errorCode: r.errorCode,
      errorMessage: r.errorMessage ?? null,
      recordErrors: r.recordErrors,
      baseOffset: r.errorCode === ErrorCode.NONE ? r.baseOffset : -1,
      logAppendTime: r.logAppendTime,
      logStartOffset: r.logStartOffset,
    };
  }

  /**
   * Reads every requested partition once, one after the other (each read is
   * asynchronous). `maxBytes` bounds the response; the first partition with
   * data may exceed it by one batch (Kafka's rule). Never rejects: a failing
   * read is that partition's KAFKA_STORAGE_ERROR.
   */
  async readPartitions(reqs: readonly FetchPartitionRequest[], params: FetchParams): Promise<ReadResults> {
    const results: FetchPartitionResult[] = new Array(reqs.length);
    let bytes = 0;
    let hasError = false;
    for (let i = 0; i < reqs.length; i++) {
      const q = reqs[i];
      const p = params.anyReplica
        ? hostedPartition(this, q.topic, q.partition, q.currentLeaderEpoch)
        : leaderPartition(this, q.topic, q.partition, q.currentLeaderEpoch);
      if (typeof p === 'number') {
        results[i] = errorResult(p);
        hasError = true;
        continue;
      }
      if (params.preferReplica && p.isLeader) {
        const preferred = params.preferReplica(p, q.fetchOffset);
        if (preferred !== this.brokerId) {
          results[i] = { ...positionsOf(p), preferredReadReplica: preferred };
          hasError = true;
          continue;
        }
      }
      let r: LogReadResult;
      const throttled = params.replicaId >= 0 && this.leaderThrottled(p, params.replicaId);
      try {
        if (params.replicaId >= 0 && this.replication) this.replication.onFollowerFetch(p, params.replicaId, q.fetchOffset);
        if (throttled && this.quotas.leader.isExceeded()) {
          results[i] = positionsOf(p);
          continue;
        }
        const limit = Math.max(0, Math.min(q.partitionMaxBytes, params.maxBytes - bytes));
        r = await p.log.read(q.fetchOffset, limit, fetchableEnd(p, params), bytes === 0);
      } catch {
        // A parked fetch must always be answered: a failure here is this partition's error, not the request's.
        results[i] = errorResult(ErrorCode.UNKNOWN_SERVER_ERROR);
        hasError = true;
        continue;
      }
      if (r.errorCode !== ErrorCode.NONE) hasError = true;
      bytes += r.records.length;
      if (throttled) this.quotas.leader.record(r.records.length);
      const aborted =
        params.replicaId < 0 && params.isolationLevel === 1 && r.records.length > 0
          ? p.log.txn.collectAborted(q.fetchOffset, nextOffsetAfter(r.records))
          : null;
      results[i] = {
        errorCode: r.errorCode,
        highWatermark: r.highWatermark,
        lastStableOffset: r.lastStableOffset,
        logStartOffset: r.logStartOffset,
        records: r.records,
        abortedTransactions: aborted,
      };
    }
    return { results, bytes, hasError };
  }

  /** Whether serving `replicaId` this partition is leader-throttled (outside the ISR, listed in the topic's config). */
  private leaderThrottled(p: Partition, replicaId: number): boolean {
    return !p.isr.includes(replicaId) && listsReplica(p.log.config.leaderReplicationThrottledReplicas, p.index, this.brokerId);
  }

  /**
   * acks=all after a successful append: the error code once every ISR member
   * has everything appended so far (at once when it already has), or
   * REQUEST_TIMED_OUT after `timeoutMs` (see DelayedProduce).
   */
  awaitReplication(topic: string, partition: number, timeoutMs: number): number | Promise<number> {
    const p = this.get(topic, partition);
    if (!p) return ErrorCode.NOT_LEADER_OR_FOLLOWER;
    return awaitIsr(p, p.log.logEndOffset, timeoutMs);
  }

  /** Fetch with long poll: answers once min_bytes are ready, or after max_wait_ms with what there is. */
  async fetch(reqs: readonly FetchPartitionRequest[], params: FetchParams): Promise<FetchPartitionResult[]> {
    const watched: Partition[] = [];
    for (const q of reqs) {
      const p = this.get(q.topic, q.partition);
      if (p) watched.push(p);
    }
    // Before the read: growth (or a high watermark / LSO move) while it is in flight must count for a parked fetch.
    const sizes = watched.map((p) => p.log.size);
    const ends = watched.map((p) => fetchableEnd(p, params));
    const first = await this.readPartitions(reqs, params);
    if (params.maxWaitMs <= 0 || first.bytes >= params.minBytes || first.hasError || reqs.length === 0) return first.results;
    return new DelayedFetch(this, reqs, params, watched, sizes, first.bytes, ends).promise;
  }
}
