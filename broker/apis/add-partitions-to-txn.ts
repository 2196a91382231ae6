/**
 * AddPartitionsToTxn (key 24), v0-v3 (the client versions; v4+ are Kafka's
 * broker-to-broker verification of KIP-890, not offered): adds partitions
 * to the producer's ongoing transaction at its coordinator. As Kafka does,
 * a request naming an unknown topic or partition changes nothing: those
 * partitions answer UNKNOWN_TOPIC_OR_PARTITION and the others
 * OPERATION_NOT_ATTEMPTED. PRODUCER_FENCED is INVALID_PRODUCER_EPOCH below v2.
 *
 * Authorization (Kafka's): WRITE on the transactional id, else every
 * partition answers TRANSACTIONAL_ID_AUTHORIZATION_FAILED; WRITE on each
 * topic, else its partitions answer TOPIC_AUTHORIZATION_FAILED (before
 * existence is looked at) and the others OPERATION_NOT_ATTEMPTED.
 */
import type { AddPartitionsToTxnTopicResult } from '../../protocol/generated/add-partitions-to-txn-response.js';
import { AddPartitionsToTxnApi } from '../../protocol/generated/add-partitions-to-txn-api.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { TxnPartition } from '../txn/marker-writer.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized, unauthorizedNames } from '../security/authorizer-checks.js';

export default defineApi(AddPartitionsToTxnApi, {
  minVersion: 0,
  maxVersion: 3,
  async handle(ctx, req) {
    const v = ctx.apiVersion;
    if (!authorized(ctx, AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, req.v3AndBelowTransactionalId)) {
      const denied = req.v3AndBelowTopics.map((t) => ({
        name: t.name,
        resultsByPartition: t.partitions.map((p) => ({
          partitionIndex: p,
          partitionErrorCode: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
        })),
      }));
      return { throttleTimeMs: 0, resultsByTopicV3AndBelow: denied };
    }
    const unwritable = unauthorizedNames(ctx, AclOperation.WRITE, ResourceType.TOPIC, req.v3AndBelowTopics, (t) => t.name);
    const tps: TxnPartition[] = [];
    const unknown = new Set<string>();
    for (const t of req.v3AndBelowTopics) {
      // Unauthorized topics are failed below without a look at whether they exist.
      const topic = unwritable?.has(t.name) ? undefined : ctx.broker.metadata.topic(t.name);
      for (const p of t.partitions) {
        if (!topic || p < 0 || p >= topic.partitions.length) unknown.add(`${t.name}\u0000${p}`);
        tps.push({ topic: t.name, partition: p });
      }
    }
    let err: number;
    if (unknown.size > 0) err = ErrorCode.OPERATION_NOT_ATTEMPTED;
    else {
      err = await ctx.broker.txns.addPartitions(req.v3AndBelowTransactionalId, req.v3AndBelowProducerId, req.v3AndBelowProducerEpoch, tps);
      if (err === ErrorCode.PRODUCER_FENCED && v < 2) err = ErrorCode.INVALID_PRODUCER_EPOCH;
    }
    const results: AddPartitionsToTxnTopicResult[] = req.v3AndBelowTopics.map((t) => ({
      name: t.name,
      resultsByPartition: t.partitions.map((p) => ({
        partitionIndex: p,
        partitionErrorCode: unwritable?.has(t.name)
          ? ErrorCode.TOPIC_AUTHORIZATION_FAILED
          : asErrorCode(unknown.has(`${t.name}\u0000${p}`) ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : err),
      })),
    }));
    return { throttleTimeMs: 0, resultsByTopicV3AndBelow: results };
  },
});
