/**
 * OffsetCommit (key 8), v2-v9 (Kafka 4.0 dropped v0-v1, KIP-896): commits
 * offsets with metadata for a group. v2-v4 carry a retention time (the
 * offset's own expiry); v7+ carry group.instance.id. Unknown topics get
 * UNKNOWN_TOPIC_OR_PARTITION, stale generations ILLEGAL_GENERATION.
 */
import { commitOffsets, type CommitPartition } from '../group/group-offsets.js';
import { OffsetCommitApi } from '../../protocol/generated/offset-commit-api.js';
import { asErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';

export default defineApi(OffsetCommitApi, {
  minVersion: 2,
  maxVersion: 9,
  async handle(ctx, req) {
    const v = ctx.apiVersion;
    const partitions: CommitPartition[] = [];
    for (const t of req.topics) {
      for (const p of t.partitions) {
        partitions.push({
          topic: t.name,
          partition: p.partitionIndex,
          offset: p.committedOffset,
          leaderEpoch: v >= 6 ? p.committedLeaderEpoch : -1,
          metadata: p.committedMetadata,
        });
      }
    }
    const errors = await commitOffsets(ctx.broker.groups, {
      groupId: req.groupId,
      memberId: req.memberId,
      groupInstanceId: v >= 7 ? req.groupInstanceId : null,
      generationId: req.generationIdOrMemberEpoch,
      retentionTimeMs: v <= 4 ? req.retentionTimeMs : -1,
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
