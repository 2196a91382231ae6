/**
 * WriteTxnMarkers (key 27), v0-v1: a transaction coordinator asks this
 * broker, as the leader of the named partitions, to write COMMIT or ABORT
 * markers (txn/marker-writer.ts: control batches, acks=all; in
 * `__consumer_offsets` they also end the transaction's pending offsets).
 * One error per partition: NOT_LEADER_OR_FOLLOWER where this broker does
 * not lead, INVALID_PRODUCER_EPOCH or TRANSACTION_COORDINATOR_FENCED where
 * the log refuses the marker. Authorization (Kafka's): CLUSTER_ACTION on
 * the cluster (an inter-broker API), else every partition answers
 * CLUSTER_AUTHORIZATION_FAILED and no marker is written.
 */
import { WriteTxnMarkersApi } from '../../protocol/generated/write-txn-markers-api.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { WritableTxnMarkerResult } from '../../protocol/generated/write-txn-markers-response.js';
import type { TxnPartition } from '../txn/marker-writer.js';
import { defineApi } from './types.js';
import { AclOperation } from '../security/authorizer-acls.js';
import { authorizedOnCluster } from '../security/authorizer-checks.js';

export default defineApi(WriteTxnMarkersApi, {
  minVersion: 0,
  maxVersion: 1,
  async handle(ctx, req) {
    if (!authorizedOnCluster(ctx, AclOperation.CLUSTER_ACTION)) {
      const markers = req.markers.map((m) => ({
        producerId: m.producerId,
        topics: m.topics.map((t) => ({
          name: t.name,
          partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED })),
        })),
      }));
      return { markers };
    }
    const markers: WritableTxnMarkerResult[] = await Promise.all(
      req.markers.map(async (m) => {
        const tps: TxnPartition[] = [];
        for (const t of m.topics) for (const partition of t.partitionIndexes) tps.push({ topic: t.name, partition });
        const errors = await ctx.broker.txns.writeMarkersLocal(
          { producerId: m.producerId, producerEpoch: m.producerEpoch, coordinatorEpoch: m.coordinatorEpoch, commit: m.transactionResult },
          tps,
        );
        let i = 0;
        return {
          producerId: m.producerId,
          topics: m.topics.map((t) => ({
            name: t.name,
            partitions: t.partitionIndexes.map((partitionIndex) => ({ partitionIndex, errorCode: asErrorCode(errors[i++]!) })),
          })),
        };
      }),
    );
    return { markers };
  },
});
