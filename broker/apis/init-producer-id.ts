/**
 * InitProducerId (key 22): a producer id and epoch.
 * - Without a transactional id (idempotent producers): a fresh producer id,
 *   or (v3+, KIP-360) the same id with its epoch bumped when the producer
 *   names its current id and epoch.
 * - With a transactional id: the transaction coordinator's answer
 *   (txn/txn-coordinator.ts): the id's producer id with a bumped epoch,
 *   fencing earlier instances. PRODUCER_FENCED is answered as
 *   INVALID_PRODUCER_EPOCH below v4 (older clients do not know it).
 *
 * Authorization (Kafka's, KIP-679): a transactional id needs WRITE on it
 * (TRANSACTIONAL_ID_AUTHORIZATION_FAILED); an idempotent producer needs
 * IDEMPOTENT_WRITE on the cluster or WRITE on some topic
 * (CLUSTER_AUTHORIZATION_FAILED).
 */
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { InitProducerIdApi } from '../../protocol/generated/init-producer-id-api.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized, authorizedForSomeResource, authorizedOnCluster } from '../security/authorizer-checks.js';

export default defineApi(InitProducerIdApi, {
  minVersion: 0,
  maxVersion: 5,
  async handle(ctx, req) {
    const v = ctx.apiVersion;
    if (req.transactionalId !== null && !authorized(ctx, AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, req.transactionalId)) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED, producerId: -1, producerEpoch: -1 };
    }
    if (
      req.transactionalId === null &&
      !authorizedOnCluster(ctx, AclOperation.IDEMPOTENT_WRITE) &&
      !authorizedForSomeResource(ctx, AclOperation.WRITE, ResourceType.TOPIC)
    ) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, producerId: -1, producerEpoch: -1 };
    }
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
