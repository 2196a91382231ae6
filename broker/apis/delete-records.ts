/** DeleteRecords (key 21): moves each partition's log start offset forward (-1 = to the high watermark). */
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { leaderPartition } from '../replica/leader-lookup.js';
import { DeleteRecordsApi } from '../../protocol/generated/delete-records-api.js';
import { defineApi } from './types.js';

export default defineApi(DeleteRecordsApi, {
  minVersion: 0,
  maxVersion: 2,
  handle(ctx, req) {
    return {
      throttleTimeMs: 0,
      topics: req.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((q) => {
          const p = leaderPartition(ctx.broker.replicas, t.name, q.partitionIndex);
          if (typeof p === 'number') return { partitionIndex: q.partitionIndex, lowWatermark: -1, errorCode: asErrorCode(p) };
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
