/**
 * AddOffsetsToTxn (key 25), v0-v4: adds the group's `__consumer_offsets`
 * partition to the producer's ongoing transaction, before TxnOffsetCommit
 * (sendOffsetsToTransaction). PRODUCER_FENCED is INVALID_PRODUCER_EPOCH below v2.
 */
import { AddOffsetsToTxnApi } from '../../protocol/generated/add-offsets-to-txn-api.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';

export default defineApi(AddOffsetsToTxnApi, {
  minVersion: 0,
  maxVersion: 4,
  async handle(ctx, req) {
    let err = await ctx.broker.txns.addOffsets(req.transactionalId, req.producerId, req.producerEpoch, req.groupId);
    if (err === ErrorCode.PRODUCER_FENCED && ctx.apiVersion < 2) err = ErrorCode.INVALID_PRODUCER_EPOCH;
    return { throttleTimeMs: 0, errorCode: asErrorCode(err) };
  },
});
