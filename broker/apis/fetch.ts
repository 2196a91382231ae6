/**
 * Fetch (key 1): records of each requested partition from the fetch offset,
 * whole batches as stored, below the high watermark; long poll with
 * max_wait_ms / min_bytes; max_bytes and partition_max_bytes with Kafka's
 * "at least one batch" rule. isolation_level read_committed (1) reads below
 * the last stable offset and answers the aborted transactions of the range
 * returned; every answer carries the last stable offset. Fetch sessions (KIP-227) are not kept: every
 * answer says session id 0, which tells clients to send full requests; an
 * incremental request for a session gets FETCH_SESSION_ID_NOT_FOUND.
 * v0-v3 (Kafka 3.x serves them; 4.0 dropped them) answer the old message
 * formats: each partition's records are down-converted (legacy-formats.ts).
 *
 * Authorization (Kafka's): a follower fetch (replica id >= 0) needs
 * CLUSTER_ACTION on the cluster, else every partition answers
 * TOPIC_AUTHORIZATION_FAILED; a consumer needs READ on each topic, else its
 * partitions answer TOPIC_AUTHORIZATION_FAILED (checked before existence,
 * which is not disclosed). Denied partitions are not read.
 *
 * Fetch from followers (KIP-392): a consumer fetch at v11+ (which carries
 * the client's rack, so the client knows about it) and a debug consumer
 * (replica id -2, kafka-replica-verification) may read a partition this
 * broker follows; with replica.selector.class the rack-aware selector, the
 * leader answers a v11+ consumer in another rack with a preferred read
 * replica (replica-selector.ts).
 *
 * Client quotas (Kafka's handleFetchRequest): a consumer's max_bytes is
 * capped by what its consumer_byte_rate allows over the quota window; the
 * record bytes read count against that quota and the handling time against
 * request_percentage; when either is exceeded the answer is empty (the
 * bytes read are taken back from the byte quota) with the throttle time,
 * and the connection is muted for it. Follower fetches are never throttled
 * by client quotas (replication has its own quotas).
 */
import type { FetchRequest } from '../../protocol/generated/fetch-request.js';
import type { FetchResponse, FetchableTopicResponse } from '../../protocol/generated/fetch-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import type { FetchPartitionRequest, FetchPartitionResult } from '../replica/replica-manager.js';
import { FetchApi } from '../../protocol/generated/fetch-api.js';
import { defineApi, type RequestContext } from './types.js';
import { downConvertFetch } from './legacy-formats.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorizedOnCluster, unauthorizedNames } from '../security/authorizer-checks.js';
import { RACK_AWARE_REPLICA_SELECTOR, rackAwareReadReplica } from '../replica/replica-selector.js';
import type { Partition } from '../replica/partition.js';
import { percentageOf } from '../security/quota/request-throttle.js';

/** Kafka's replica id of the debug consumer (FetchRequest.DEBUGGING_CONSUMER_ID). */
const DEBUGGING_CONSUMER_ID = -2;

const INT32_MAX = 2147483647;

/** A partition not read (Kafka's FetchResponse.partitionResponse for an error). */
const DENIED_PARTITION = {
  highWatermark: -1,
  lastStableOffset: -1,
  logStartOffset: -1,
  abortedTransactions: null,
  preferredReadReplica: -1,
  records: Buffer.alloc(0),
} as const;

/** Per topic of the request, TOPIC_AUTHORIZATION_FAILED or NONE; null when every topic may be read. */
function denials(ctx: RequestContext, req: FetchRequest, names: readonly (string | null)[], follower: boolean): ErrorCode[] | null {
  if (ctx.broker.authorizer === null) return null;
  if (follower) {
    return authorizedOnCluster(ctx, AclOperation.CLUSTER_ACTION) ? null : names.map(() => ErrorCode.TOPIC_AUTHORIZATION_FAILED);
  }
  const unreadable = unauthorizedNames(ctx, AclOperation.READ, ResourceType.TOPIC, names, (n) => n);
  if (unreadable === null) return null;
  return names.map((n) => (n !== null && unreadable.has(n) ? ErrorCode.TOPIC_AUTHORIZATION_FAILED : ErrorCode.NONE));
}

function respond(
  ctx: RequestContext,
  req: FetchRequest,
  names: (string | null)[],
  denied: readonly ErrorCode[] | null,
  results: FetchPartitionResult[],
  follower: boolean,
): Input<FetchResponse> {
  const metrics = ctx.broker.metrics;
  const responses: Input<FetchableTopicResponse>[] = new Array(req.topics.length);
  let k = 0;
  for (let t = 0; t < req.topics.length; t++) {
    const topic = req.topics[t];
    const parts: Input<FetchableTopicResponse>['partitions'] = new Array(topic.partitions.length);
    const denial = denied === null ? ErrorCode.NONE : denied[t];
    for (let i = 0; i < topic.partitions.length; i++) {
      if (denial !== ErrorCode.NONE) {
        parts[i] = { ...DENIED_PARTITION, partitionIndex: topic.partitions[i].partition, errorCode: denial };
        continue;
      }
      const r = results[k++];
      if (metrics !== undefined && names[t] !== null) metrics.recordFetch(names[t]!, r.records, follower);
      let records: Buffer | null = r.records;
      let errorCode = names[t] === null ? ErrorCode.UNKNOWN_TOPIC_ID : asErrorCode(r.errorCode);
      if (ctx.apiVersion < 4 && errorCode === ErrorCode.NONE) {
        const c = downConvertFetch(
          ctx.broker,
          ctx.apiVersion,
          topic.topic,
          topic.partitions[i].partition,
          topic.partitions[i].fetchOffset,
          records,
        );
        if (c.errorCode === undefined) records = c.records;
        else {
          errorCode = asErrorCode(c.errorCode);
          records = Buffer.alloc(0);
        }
      }
      parts[i] = {
        partitionIndex: topic.partitions[i].partition,
        errorCode,
        highWatermark: r.highWatermark,
        lastStableOffset: r.lastStableOffset,
        logStartOffset: r.logStartOffset,
        // v4+ (all served versions) carry the aborted transactions of a read_committed fetch.
        abortedTransactions: r.abortedTransactions,
        preferredReadReplica: r.preferredReadReplica ?? -1,
        records,
      };
    }
    responses[t] = { topic: topic.topic, topicId: topic.topicId, partitions: parts };
  }
  return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, sessionId: 0, responses };
}

/** Bytes of records a fetch read (Kafka counts the response size; the records are nearly all of it). */
function recordBytes(results: readonly FetchPartitionResult[]): number {
  let n = 0;
  for (let i = 0; i < results.length; i++) n += results[i].records?.length ?? 0;
  return n;
}

/**
 * A consumer fetch's throttle time from its quotas (0: answer normally);
 * `handlerMs` is the time the handler ran. A throttled fetch's bytes are
 * taken back from the byte quota: they are not sent.
 */
function fetchThrottleMs(ctx: RequestContext, results: readonly FetchPartitionResult[], handlerMs: number): number {
  const quotas = ctx.broker.clientQuotas;
  const user = ctx.principal.name;
  const bytes = quotas.fetch.enabled ? recordBytes(results) : 0;
  const time = quotas.request.enabled ? quotas.request.record(user, ctx.clientId, percentageOf(handlerMs)) : 0;
  const bandwidth = quotas.fetch.enabled ? quotas.fetch.record(user, ctx.clientId, bytes) : 0;
  if (bandwidth === 0 && time === 0) return 0;
  if (quotas.fetch.enabled) quotas.fetch.unrecord(user, ctx.clientId, bytes);
  if (bandwidth > time) quotas.fetch.recordThrottle(user, ctx.clientId, bandwidth);
  else quotas.request.recordThrottle(user, ctx.clientId, time);
  return Math.max(bandwidth, time);
}

export default defineApi(FetchApi, {
  minVersion: 0,
  maxVersion: 17,
  handle(ctx, req) {
    const started = performance.now();
    if (req.sessionId !== 0 || req.sessionEpoch > 0) {
      return { errorCode: ErrorCode.FETCH_SESSION_ID_NOT_FOUND, sessionId: 0, responses: [] };
    }
    const md = ctx.broker.metadata;
    const names: (string | null)[] = new Array(req.topics.length);
    // v13+ names topics by id only.
    for (let t = 0; t < req.topics.length; t++)
      names[t] = ctx.apiVersion >= 13 ? (md.topicById(req.topics[t].topicId)?.name ?? null) : req.topics[t].topic;
    const replicaId = ctx.apiVersion >= 15 ? (req.replicaState?.replicaId ?? -1) : req.replicaId;
    const follower = replicaId >= 0;
    const denied = denials(ctx, req, names, follower);
    const reqs: FetchPartitionRequest[] = [];
    for (let t = 0; t < req.topics.length; t++) {
      if (denied !== null && denied[t] !== ErrorCode.NONE) continue;
      const name = names[t];
      for (const p of req.topics[t].partitions) {
        reqs.push({
          topic: name ?? '',
          partition: p.partition,
          fetchOffset: p.fetchOffset,
          partitionMaxBytes: p.partitionMaxBytes,
          currentLeaderEpoch: p.currentLeaderEpoch,
        });
      }
    }
    // Nothing left to read (every topic denied): answered at once, as Kafka does.
    if (reqs.length === 0 && req.topics.length > 0) return respond(ctx, req, names, denied, [], follower);
    const kip392Consumer = replicaId === -1 && ctx.apiVersion >= 11;
    let preferReplica: ((p: Partition, fetchOffset: number) => number) | undefined;
    if (kip392Consumer && req.rackId !== '' && ctx.broker.config.replicaSelectorClass === RACK_AWARE_REPLICA_SELECTOR) {
      const racks = new Map(md.brokers().map((b) => [b.nodeId, b.rack]));
      preferReplica = (p, fetchOffset) => rackAwareReadReplica(p, fetchOffset, req.rackId, (id) => racks.get(id));
    }
    let maxBytes = ctx.apiVersion >= 3 ? req.maxBytes : INT32_MAX;
    const quotas = ctx.broker.clientQuotas;
    const quotaBound = !follower && (quotas.fetch.enabled || quotas.request.enabled);
    if (quotaBound && quotas.fetch.enabled) {
      maxBytes = Math.min(maxBytes, Math.floor(quotas.fetch.maxValueInWindow(ctx.principal.name, ctx.clientId)));
    }
    const syncMs = performance.now() - started;
    // Segment reads are asynchronous: the answer is always a promise.
    return ctx.broker.replicas
      .fetch(reqs, {
        maxWaitMs: req.maxWaitMs,
        minBytes: Math.min(req.minBytes, maxBytes),
        maxBytes,
        replicaId,
        isolationLevel: req.isolationLevel,
        anyReplica: kip392Consumer || replicaId === DEBUGGING_CONSUMER_ID,
        preferReplica,
      })
      .then((r) => {
        if (quotaBound) {
          const throttle = fetchThrottleMs(ctx, r, syncMs);
          // Kafka's getThrottledResponse: no partitions, only the throttle time.
          if (throttle > 0) return { throttleTimeMs: throttle, errorCode: ErrorCode.NONE, sessionId: 0, responses: [] };
        }
        return respond(ctx, req, names, denied, r, follower);
      });
  },
});
