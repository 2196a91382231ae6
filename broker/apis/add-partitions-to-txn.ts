/**
 * AddPartitionsToTxn (key 24), v0-v3 (the client versions; v4+ are Kafka's
 * broker-to-broker verification of KIP-890, not offered): adds partitions
 * to the producer's ongoing transaction at its coordinator. As Kafka does,
 * a request naming an unknown topic or partition changes nothing: those
 * partitions answer UNKNOWN_TOPIC_OR_PARTITION and the others
 * OPERATION_NOT_ATTEMPTED. PRODUCER_FENCED is INVALID_PRODUCER_EPOCH below v2.
 */
import type { AddPartitionsToTxnTopicResult } from '../../protocol/generated/add-partitions-to-txn-response.js';
import { AddPartitionsToTxnApi } from '../../protocol/generated/add-partitions-to-txn-api.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { TxnPartition } from '../txn/marker-writer.js';
import { defineApi } from './types.js';

export default defineApi(AddPartitionsToTxnApi, {
  minVersion: 0,
  maxVersion: 3,
  async handle(ctx, req) {
    const v = ctx.apiVersion;
    const tps: TxnPartition[] = [];
    const unknown = new Set<string>();
    for (const t of req.v3AndBelowTopics) {
      const topic = ctx.broker.metadata.topic(t.name);
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
        partitionErrorCode: asErrorCode(unknown.has(`${t.name}\u0000${p}`) ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : err),
      })),
    }));
    return { throttleTimeMs: 0, resultsByTopicV3AndBelow: results };
  },
});
