/**
 * EndTxn (key 26), v0-v4: commits or aborts the producer's transaction. The
 * answer comes once PrepareCommit/PrepareAbort is stored in
 * `__transaction_state`; the markers follow in the background. v5 (KIP-890's
 * transaction version 2, an epoch bump per transaction) is not offered.
 * PRODUCER_FENCED is INVALID_PRODUCER_EPOCH below v2. Authorization
 * (Kafka's): WRITE on the transactional id, else
 * TRANSACTIONAL_ID_AUTHORIZATION_FAILED.
 */
import { EndTxnApi } from '../../protocol/generated/end-txn-api.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized } from '../security/authorizer-checks.js';

export default defineApi(EndTxnApi, {
  minVersion: 0,
  maxVersion: 4,
  async handle(ctx, req) {
    if (!authorized(ctx, AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, req.transactionalId))
      return { throttleTimeMs: 0, errorCode: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED };
    let err = await ctx.broker.txns.endTxn(req.transactionalId, req.producerId, req.producerEpoch, req.committed);
    if (err === ErrorCode.PRODUCER_FENCED && ctx.apiVersion < 2) err = ErrorCode.INVALID_PRODUCER_EPOCH;
    return { throttleTimeMs: 0, errorCode: asErrorCode(err) };
  },
});
