/**
 * DescribeTransactions (key 65), v0: the state of transactional ids this
 * broker coordinates (txn/txn-admin.ts); an id elsewhere answers
 * NOT_COORDINATOR, an unknown one TRANSACTIONAL_ID_NOT_FOUND.
 * Authorization (Kafka's): DESCRIBE on each transactional id, else
 * TRANSACTIONAL_ID_AUTHORIZATION_FAILED; the partitions of a transaction
 * only of topics the principal may DESCRIBE.
 */
import { DescribeTransactionsApi } from '../../protocol/generated/describe-transactions-api.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { describeTransaction } from '../txn/txn-admin.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized } from '../security/authorizer-checks.js';

export default defineApi(DescribeTransactionsApi, {
  minVersion: 0,
  maxVersion: 0,
  async handle(ctx, req) {
    const transactionStates = [];
    for (const id of req.transactionalIds) {
      if (!authorized(ctx, AclOperation.DESCRIBE, ResourceType.TRANSACTIONAL_ID, id)) {
        transactionStates.push({
          errorCode: ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
          transactionalId: id,
          transactionState: '',
          transactionTimeoutMs: 0,
          transactionStartTimeMs: -1,
          producerId: -1,
          producerEpoch: -1,
          topics: [],
        });
        continue;
      }
      const d = await describeTransaction(ctx.broker.txns, id);
      const topics = d.topics.filter((t) => authorized(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, t.topic));
      transactionStates.push({ ...d, topics, errorCode: asErrorCode(d.errorCode) });
    }
    return { throttleTimeMs: 0, transactionStates };
  },
});
