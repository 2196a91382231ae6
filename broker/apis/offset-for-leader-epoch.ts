/**
 * OffsetForLeaderEpoch (key 23): for each partition, the largest epoch at or
 * below the requested one and the end offset of that epoch (the start offset
 * of the next epoch, or the log end offset for the current one). Clients use
 * it to detect log truncation after a leader change; followers to truncate.
 * v0-v1 as Kafka 3.x serves them (4.0 dropped them): v0 answers no epoch.
 */
import { asErrorCode } from '../../protocol/generated/errors.js';
import { epochEndOffset } from '../replica/leader-lookup.js';
import { OffsetForLeaderEpochApi } from '../../protocol/generated/offset-for-leader-epoch-api.js';
import { defineApi } from './types.js';

export default defineApi(OffsetForLeaderEpochApi, {
  minVersion: 0,
  maxVersion: 4,
  handle(ctx, req) {
    return {
      throttleTimeMs: 0,
      topics: req.topics.map((t) => ({
        topic: t.topic,
        partitions: t.partitions.map((q) => {
          const r = epochEndOffset(ctx.broker.replicas, t.topic, q.partition, q.currentLeaderEpoch, q.leaderEpoch);
          return { partition: q.partition, errorCode: asErrorCode(r.errorCode), leaderEpoch: r.leaderEpoch, endOffset: r.endOffset };
        }),
      })),
    };
  },
});
