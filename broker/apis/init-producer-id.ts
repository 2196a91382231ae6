/**
 * InitProducerId (key 22): a producer id and epoch.
 * - Without a transactional id (idempotent producers): a fresh producer id,
 *   or (v3+, KIP-360) the same id with its epoch bumped when the producer
 *   names its current id and epoch.
 * - With a transactional id: the transaction coordinator's answer
 *   (txn/txn-coordinator.ts): the id's producer id with a bumped epoch,
 *   fencing earlier instances. PRODUCER_FENCED is answered as
 *   INVALID_PRODUCER_EPOCH below v4 (older clients do not know it).
 */
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { InitProducerIdApi } from '../../protocol/generated/init-producer-id-api.js';
import { defineApi } from './types.js';

export default defineApi(InitProducerIdApi, {
  minVersion: 0,
  maxVersion: 5,
  async handle(ctx, req) {
    const v = ctx.apiVersion;
    if (req.transactionalId !== null) {
      const r = await ctx.broker.txns.initProducerId(
        req.transactionalId,
        req.transactionTimeoutMs,
        v >= 3 ? req.producerId : -1,
        v >= 3 ? req.producerEpoch : -1,
      );
      const errorCode = r.errorCode === ErrorCode.PRODUCER_FENCED && v < 4 ? ErrorCode.INVALID_PRODUCER_EPOCH : r.errorCode;
      return { throttleTimeMs: 0, errorCode: asErrorCode(errorCode), producerId: r.producerId, producerEpoch: r.producerEpoch };
    }
    // KIP-360 (v3+): a producer that already has an id may ask to bump its epoch.
    if (req.producerId >= 0 && req.producerEpoch >= 0 && req.producerEpoch < 32766) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, producerId: req.producerId, producerEpoch: req.producerEpoch + 1 };
    }
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, producerId: ctx.broker.producerIds.nextId(), producerEpoch: 0 };
  },
});
