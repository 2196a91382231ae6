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
 */
import type { FetchRequest } from '../../protocol/generated/fetch-request.js';
import type { FetchResponse, FetchableTopicResponse } from '../../protocol/generated/fetch-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import type { FetchPartitionRequest, FetchPartitionResult } from '../replica/replica-manager.js';
import { FetchApi } from '../../protocol/generated/fetch-api.js';
import { defineApi, type RequestContext } from './types.js';
import { downConvertFetch } from './legacy-formats.js';

const INT32_MAX = 2147483647;

function respond(
  ctx: RequestContext,
  req: FetchRequest,
  names: (string | null)[],
  results: FetchPartitionResult[],
  follower: boolean,
): Input<FetchResponse> {
  const metrics = ctx.broker.metrics;
  const responses: Input<FetchableTopicResponse>[] = new Array(req.topics.length);
  let k = 0;
  for (let t = 0; t < req.topics.length; t++) {
    const topic = req.topics[t];
    const parts: Input<FetchableTopicResponse>['partitions'] = new Array(topic.partitions.length);
    for (let i = 0; i < topic.partitions.length; i++) {
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
        preferredReadReplica: -1,
        records,
      };
    }
    responses[t] = { topic: topic.topic, topicId: topic.topicId, partitions: parts };
  }
  return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, sessionId: 0, responses };
}

export default defineApi(FetchApi, {
  minVersion: 0,
  maxVersion: 17,
  handle(ctx, req) {
    if (req.sessionId !== 0 || req.sessionEpoch > 0) {
      return { errorCode: ErrorCode.FETCH_SESSION_ID_NOT_FOUND, sessionId: 0, responses: [] };
    }
    const md = ctx.broker.metadata;
    const names: (string | null)[] = new Array(req.topics.length);
    const reqs: FetchPartitionRequest[] = [];
    for (let t = 0; t < req.topics.length; t++) {
      const topic = req.topics[t];
      // v13+ names topics by id only.
      const name = ctx.apiVersion >= 13 ? (md.topicById(topic.topicId)?.name ?? null) : topic.topic;
      names[t] = name;
      for (const p of topic.partitions) {
        reqs.push({
          topic: name ?? '',
          partition: p.partition,
          fetchOffset: p.fetchOffset,
          partitionMaxBytes: p.partitionMaxBytes,
          currentLeaderEpoch: p.currentLeaderEpoch,
        });
      }
    }
    const replicaId = ctx.apiVersion >= 15 ? (req.replicaState?.replicaId ?? -1) : req.replicaId;
    // Segment reads are asynchronous: the answer is always a promise.
    return ctx.broker.replicas
      .fetch(reqs, {
        maxWaitMs: req.maxWaitMs,
        minBytes: req.minBytes,
        maxBytes: ctx.apiVersion >= 3 ? req.maxBytes : INT32_MAX,
        replicaId,
        isolationLevel: req.isolationLevel,
      })
      .then((r) => respond(ctx, req, names, r, replicaId >= 0));
  },
});
