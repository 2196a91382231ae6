/**
 * AddOffsetsToTxn (key 25), v0-v4: adds the group's `__consumer_offsets`
 * partition to the producer's ongoing transaction, before TxnOffsetCommit
 * (sendOffsetsToTransaction). PRODUCER_FENCED is INVALID_PRODUCER_EPOCH below v2.
 * Authorization (Kafka's): WRITE on the transactional id
 * (TRANSACTIONAL_ID_AUTHORIZATION_FAILED), then READ on the group
 * (GROUP_AUTHORIZATION_FAILED).
 */
import { AddOffsetsToTxnApi } from '../../protocol/generated/add-offsets-to-txn-api.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized } from '../security/authorizer-checks.js';

export default defineApi(AddOffsetsToTxnApi, {
  minVersion: 0,
  maxVersion: 4,
  async handle(ctx, req) {
    if (!authorized(ctx, AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, req.transactionalId))
      return { throttleTimeMs: 0, errorCode: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED };
    if (!authorized(ctx, AclOperation.READ, ResourceType.GROUP, req.groupId))
      return { throttleTimeMs: 0, errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED };
    let err = await ctx.broker.txns.addOffsets(req.transactionalId, req.producerId, req.producerEpoch, req.groupId);
    if (err === ErrorCode.PRODUCER_FENCED && ctx.apiVersion < 2) err = ErrorCode.INVALID_PRODUCER_EPOCH;
    return { throttleTimeMs: 0, errorCode: asErrorCode(err) };
  },
});
