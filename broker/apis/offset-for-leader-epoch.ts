/**
 * OffsetForLeaderEpoch (key 23): for each partition, the largest epoch at or
 * below the requested one and the end offset of that epoch (the start offset
 * of the next epoch, or the log end offset for the current one). Clients use
 * it to detect log truncation after a leader change; followers to truncate.
 * v0-v1 as Kafka 3.x serves them (4.0 dropped them): v0 answers no epoch.
 *
 * Authorization (Kafka's, KIP-320): CLUSTER_ACTION on the cluster (brokers)
 * or DESCRIBE on each topic (consumers), else TOPIC_AUTHORIZATION_FAILED.
 */
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { epochEndOffset } from '../replica/leader-lookup.js';
import { OffsetForLeaderEpochApi } from '../../protocol/generated/offset-for-leader-epoch-api.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorizedOnCluster, unauthorizedNames } from '../security/authorizer-checks.js';

export default defineApi(OffsetForLeaderEpochApi, {
  minVersion: 0,
  maxVersion: 4,
  handle(ctx, req) {
    const denied =
      ctx.broker.authorizer === null || authorizedOnCluster(ctx, AclOperation.CLUSTER_ACTION)
        ? null
        : unauthorizedNames(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, req.topics, (t) => t.topic);
    return {
      throttleTimeMs: 0,
      topics: req.topics.map((t) => ({
        topic: t.topic,
        partitions: t.partitions.map((q) => {
          if (denied?.has(t.topic))
            return { partition: q.partition, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, leaderEpoch: -1, endOffset: -1 };
          const r = epochEndOffset(ctx.broker.replicas, t.topic, q.partition, q.currentLeaderEpoch, q.leaderEpoch);
          return { partition: q.partition, errorCode: asErrorCode(r.errorCode), leaderEpoch: r.leaderEpoch, endOffset: r.endOffset };
        }),
      })),
    };
  },
});
