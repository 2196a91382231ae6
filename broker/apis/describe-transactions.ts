/**
 * DescribeTransactions (key 65), v0: the state of transactional ids this
 * broker coordinates (txn/txn-admin.ts); an id elsewhere answers
 * NOT_COORDINATOR, an unknown one TRANSACTIONAL_ID_NOT_FOUND.
 */
import { DescribeTransactionsApi } from '../../protocol/generated/describe-transactions-api.js';
import { asErrorCode } from '../../protocol/generated/errors.js';
import { describeTransaction } from '../txn/txn-admin.js';
import { defineApi } from './types.js';

export default defineApi(DescribeTransactionsApi, {
  minVersion: 0,
  maxVersion: 0,
  async handle(ctx, req) {
    const transactionStates = [];
    for (const id of req.transactionalIds) {
      const d = await describeTransaction(ctx.broker.txns, id);
      transactionStates.push({ ...d, errorCode: asErrorCode(d.errorCode) });
    }
    return { throttleTimeMs: 0, transactionStates };
  },
});
