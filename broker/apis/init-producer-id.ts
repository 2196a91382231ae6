/**
 * InitProducerId (key 22): a fresh producer id for idempotent producers.
 * Transactions are not supported yet: a request with a transactional id is
 * refused with TRANSACTIONAL_ID_AUTHORIZATION_FAILED, a non-retriable error,
 * so that clients fail at once instead of retrying forever.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { InitProducerIdApi } from '../../protocol/generated/init-producer-id-api.js';
import { defineApi } from './types.js';

export default defineApi(InitProducerIdApi, {
  minVersion: 0,
  maxVersion: 5,
  handle(ctx, req) {
    if (req.transactionalId !== null) {
      // No transaction coordinator yet: refuse plainly rather than pretend.
      return { throttleTimeMs: 0, errorCode: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED, producerId: -1, producerEpoch: -1 };
    }
    // KIP-360 (v3+): a producer that already has an id may ask to bump its epoch.
    if (req.producerId >= 0 && req.producerEpoch >= 0 && req.producerEpoch < 32766) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, producerId: req.producerId, producerEpoch: req.producerEpoch + 1 };
    }
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, producerId: ctx.broker.producerIds.nextId(), producerEpoch: 0 };
  },
});
