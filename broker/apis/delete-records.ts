/**
 * DeleteRecords (key 21): moves each partition's log start offset forward
 * (-1 = to the high watermark). Only the leader deletes: a follower, or a
 * broker that does not host a partition the cluster has, answers
 * NOT_LEADER_OR_FOLLOWER (the client refreshes its metadata and retries at
 * the leader, as with Kafka); UNKNOWN_TOPIC_OR_PARTITION only for a
 * partition the cluster does not have.
 *
 * Authorization (Kafka's): DELETE on each topic, else its partitions answer
 * TOPIC_AUTHORIZATION_FAILED (whether or not it exists) and keep their records.
 */
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { leaderPartition } from '../replica/leader-lookup.js';
import { DeleteRecordsApi } from '../../protocol/generated/delete-records-api.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { unauthorizedNames } from '../security/authorizer-checks.js';

export default defineApi(DeleteRecordsApi, {
  minVersion: 0,
  maxVersion: 2,
  handle(ctx, req) {
    const denied = unauthorizedNames(ctx, AclOperation.DELETE, ResourceType.TOPIC, req.topics, (t) => t.name);
    return {
      throttleTimeMs: 0,
      topics: req.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((q) => {
          if (denied?.has(t.name))
            return { partitionIndex: q.partitionIndex, lowWatermark: -1, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED };
          const p = leaderPartition(ctx.broker.replicas, t.name, q.partitionIndex);
          if (typeof p === 'number') {
            const known = ctx.broker.metadata.topic(t.name)?.partitions.some((r) => r.partition === q.partitionIndex) === true;
            const code = p === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION && known ? ErrorCode.NOT_LEADER_OR_FOLLOWER : p;
            return { partitionIndex: q.partitionIndex, lowWatermark: -1, errorCode: asErrorCode(code) };
          }
          const target = q.offset === -1 ? p.log.highWatermark : q.offset;
          if (target < 0 || target > p.log.highWatermark) {
            return { partitionIndex: q.partitionIndex, lowWatermark: -1, errorCode: ErrorCode.OFFSET_OUT_OF_RANGE };
          }
          const low = p.log.deleteRecordsBefore(target);
          return { partitionIndex: q.partitionIndex, lowWatermark: low, errorCode: ErrorCode.NONE };
        }),
      })),
    };
  },
});
