/**
 * DescribeProducers (key 61), v0: the producers a partition leader knows
 * (its producer state): id, epoch, last sequence and timestamp, the
 * coordinator epoch of their last marker and the first offset of their open
 * transaction (-1 if none) — what kafka-transactions describe-producers and
 * find-hanging read. A partition not led here answers NOT_LEADER_OR_FOLLOWER.
 * Authorization (Kafka's): READ on the topic, else its partitions answer
 * TOPIC_AUTHORIZATION_FAILED.
 */
import { DescribeProducersApi } from '../../protocol/generated/describe-producers-api.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { PartitionResponse } from '../../protocol/generated/describe-producers-response.js';
import type { Input } from '../../protocol/input.js';
import { leaderPartition } from '../replica/leader-lookup.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { unauthorizedNames } from '../security/authorizer-checks.js';

export default defineApi(DescribeProducersApi, {
  minVersion: 0,
  maxVersion: 0,
  handle(ctx, req) {
    const denied = unauthorizedNames(ctx, AclOperation.READ, ResourceType.TOPIC, req.topics, (t) => t.name);
    const topics = req.topics.map((t) => ({
      name: t.name,
      partitions: t.partitionIndexes.map((partitionIndex): Input<PartitionResponse> => {
        if (denied?.has(t.name))
          return { partitionIndex, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, errorMessage: null, activeProducers: [] };
        const p = leaderPartition(ctx.broker.replicas, t.name, partitionIndex);
        if (typeof p === 'number') return { partitionIndex, errorCode: asErrorCode(p), errorMessage: null, activeProducers: [] };
        const activeProducers = p.log.txn.view().map((s) => ({
          producerId: s.producerId,
          producerEpoch: s.epoch,
          lastSequence: s.lastSequence,
          lastTimestamp: s.lastTimestamp,
          coordinatorEpoch: s.coordinatorEpoch,
          currentTxnStartOffset: s.currentTxnStartOffset,
        }));
        return { partitionIndex, errorCode: ErrorCode.NONE, errorMessage: null, activeProducers };
      }),
    }));
    return { throttleTimeMs: 0, topics };
  },
});
