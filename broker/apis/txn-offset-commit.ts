/**
 * TxnOffsetCommit (key 28), v0-v4: offsets committed inside a transaction
 * (sendOffsetsToTransaction), sent to the group's coordinator. They are
 * written to `__consumer_offsets` as part of the transaction and become the
 * group's committed offsets only when its COMMIT marker arrives; an ABORT
 * drops them. v3+ carry the member id, generation and group.instance.id,
 * which are checked as for OffsetCommit (KIP-447).
 */
import { commitTxnOffsets, type CommitPartition } from '../group/group-offsets.js';
import { TxnOffsetCommitApi } from '../../protocol/generated/txn-offset-commit-api.js';
import { asErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';

export default defineApi(TxnOffsetCommitApi, {
  minVersion: 0,
  maxVersion: 4,
  async handle(ctx, req) {
    const v = ctx.apiVersion;
    const partitions: CommitPartition[] = [];
    for (const t of req.topics) {
      for (const p of t.partitions) {
        partitions.push({
          topic: t.name,
          partition: p.partitionIndex,
          offset: p.committedOffset,
          leaderEpoch: v >= 2 ? p.committedLeaderEpoch : -1,
          metadata: p.committedMetadata,
        });
      }
    }
    const errors = await commitTxnOffsets(ctx.broker.groups, {
      groupId: req.groupId,
      producerId: req.producerId,
      producerEpoch: req.producerEpoch,
      generationId: v >= 3 ? req.generationId : -1,
      memberId: v >= 3 ? req.memberId : '',
      groupInstanceId: v >= 3 ? req.groupInstanceId : null,
      partitions,
    });
    let i = 0;
    return {
      throttleTimeMs: 0,
      topics: req.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: asErrorCode(errors[i++]!) })),
      })),
    };
  },
});
