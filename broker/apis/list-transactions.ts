/**
 * ListTransactions (key 66), v0-v1: the transactional ids this broker
 * coordinates, filtered by state names, producer ids and (v1+) how long
 * their transaction has been open (txn/txn-admin.ts). State filters Kafka
 * does not know are returned in unknownStateFilters. Authorization
 * (Kafka's): only the ids the principal may DESCRIBE are listed.
 */
import { ListTransactionsApi } from '../../protocol/generated/list-transactions-api.js';
import { asErrorCode } from '../../protocol/generated/errors.js';
import { listTransactions } from '../txn/txn-admin.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized } from '../security/authorizer-checks.js';

export default defineApi(ListTransactionsApi, {
  minVersion: 0,
  maxVersion: 1,
  handle(ctx, req) {
    const r = listTransactions(ctx.broker.txns, {
      stateFilters: req.stateFilters,
      producerIdFilters: req.producerIdFilters,
      durationFilter: ctx.apiVersion >= 1 ? req.durationFilter : -1,
    });
    const transactionStates =
      ctx.broker.authorizer === null
        ? r.transactionStates
        : r.transactionStates.filter((s) => authorized(ctx, AclOperation.DESCRIBE, ResourceType.TRANSACTIONAL_ID, s.transactionalId));
    return { throttleTimeMs: 0, ...r, transactionStates, errorCode: asErrorCode(r.errorCode) };
  },
});
