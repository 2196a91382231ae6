/**
 * ListOffsets (key 2): earliest (-2), latest (-1), max timestamp (-3),
 * earliest local (-4, the same as earliest: no tiered storage), last tiered
 * (-5: -1, nothing is tiered), or the first offset whose timestamp is at
 * least the given one (through the time index). Latest is the high
 * watermark, or for isolation level read_committed (v2+) the last stable
 * offset, which then also bounds what a timestamp lookup may answer (Kafka's
 * rule). v0 (Kafka 3.x serves it; 4.0 dropped it) answers Kafka 0.8's list
 * of up to max_num_offsets segment offsets instead (legacy-offsets.ts).
 *
 * Authorization (Kafka's): DESCRIBE on each topic, else its partitions
 * answer TOPIC_AUTHORIZATION_FAILED (whether or not it exists).
 */
import type { ListOffsetsPartitionResponse } from '../../protocol/generated/list-offsets-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import { ListOffsetsApi } from '../../protocol/generated/list-offsets-api.js';
import { defineApi } from './types.js';
import { leaderPartition } from '../replica/leader-lookup.js';
import { legacyOffsetsBefore } from '../log/legacy-offsets.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { unauthorizedNames } from '../security/authorizer-checks.js';

const LATEST = -1;
const EARLIEST = -2;
const MAX_TIMESTAMP = -3;
const EARLIEST_LOCAL = -4;
const LATEST_TIERED = -5;

export default defineApi(ListOffsetsApi, {
  minVersion: 0,
  maxVersion: 10,
  handle(ctx, req) {
    const replicas = ctx.broker.replicas;
    const denied = unauthorizedNames(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, req.topics, (t) => t.name);
    return {
      throttleTimeMs: 0,
      topics: req.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((q): Input<ListOffsetsPartitionResponse> => {
          const base = { partitionIndex: q.partitionIndex, timestamp: -1, offset: -1, leaderEpoch: -1 };
          if (denied?.has(t.name)) return { ...base, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED };
          const p = leaderPartition(replicas, t.name, q.partitionIndex, q.currentLeaderEpoch);
          if (typeof p === 'number') return { ...base, errorCode: asErrorCode(p) };
          const log = p.log;
          if (ctx.apiVersion === 0) {
            if (q.timestamp < 0 && q.timestamp !== LATEST && q.timestamp !== EARLIEST)
              return { ...base, errorCode: ErrorCode.INVALID_REQUEST };
            return {
              ...base,
              errorCode: ErrorCode.NONE,
              oldStyleOffsets: legacyOffsetsBefore(log, q.timestamp, q.maxNumOffsets, req.replicaId),
            };
          }
          const committed = ctx.apiVersion >= 2 && req.isolationLevel === 1;
          const fetchable = committed ? log.lastStableOffset : log.highWatermark;
          const ok = (offset: number, timestamp = -1): Input<ListOffsetsPartitionResponse> => ({
            ...base,
            errorCode: ErrorCode.NONE,
            offset,
            timestamp,
            // v4+ carry the leader epoch of the offset.
            leaderEpoch: offset >= 0 && ctx.apiVersion >= 4 ? log.latestEpoch() : -1,
          });
          switch (q.timestamp) {
            case LATEST:
              return ok(fetchable);
            case EARLIEST:
            case EARLIEST_LOCAL:
              return ok(log.logStartOffset);
            case LATEST_TIERED:
              return { ...base, errorCode: ErrorCode.NONE, offset: -1 };
            case MAX_TIMESTAMP: {
              const m = log.maxTimestampAndOffset();
              return m ? ok(m.offset, m.timestamp) : ok(-1);
            }
            default: {
              if (q.timestamp < 0) return { ...base, errorCode: ErrorCode.INVALID_REQUEST };
              const found = log.offsetForTimestamp(q.timestamp);
              if (!found || found.offset >= fetchable) return { ...base, errorCode: ErrorCode.NONE };
              return ok(found.offset, found.timestamp);
            }
          }
        }),
      })),
    };
  },
});
