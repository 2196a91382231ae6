/**
 * FindCoordinator (key 10): the broker leading the `__consumer_offsets`
 * partition of a group, creating the topic on first use. v0-v3 ask for one
 * key; v4+ batch several (CoordinatorKeys). Only group keys are served:
 * transaction and share-group coordinators answer COORDINATOR_NOT_AVAILABLE.
 */
import type { Coordinator } from '../../protocol/generated/find-coordinator-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { FindCoordinatorApi } from '../../protocol/generated/find-coordinator-api.js';
import { defineApi, type RequestContext } from './types.js';

const KEY_TYPE_GROUP = 0;

async function findOne(ctx: RequestContext, keyType: number, key: string): Promise<Coordinator> {
  const fail = (errorCode: ErrorCode, errorMessage: string): Coordinator => ({
    key,
    nodeId: -1,
    host: '',
    port: -1,
    errorCode,
    errorMessage,
  });
  if (keyType !== KEY_TYPE_GROUP) {
    if (keyType === 1 || keyType === 2)
      return fail(ErrorCode.COORDINATOR_NOT_AVAILABLE, `key type ${keyType} (transactions, share groups) is not supported by this broker`);
    return fail(ErrorCode.INVALID_REQUEST, `unknown key type ${keyType}`);
  }
  const groups = ctx.broker.groups;
  const err = await groups.manager.ensureOffsetsTopic();
  if (err !== ErrorCode.NONE) return fail(asErrorCode(err), 'the offsets topic could not be created');
  groups.manager.status(key);
  const leader = groups.manager.coordinatorOf(key);
  const node = ctx.broker.metadata.brokers().find((b) => b.nodeId === leader);
  if (!node) return fail(ErrorCode.COORDINATOR_NOT_AVAILABLE, 'the coordinator is not available');
  return { key, nodeId: node.nodeId, host: node.host, port: node.port, errorCode: ErrorCode.NONE, errorMessage: null };
}

export default defineApi(FindCoordinatorApi, {
  minVersion: 0,
  maxVersion: 6,
  async handle(ctx, req) {
    if (ctx.apiVersion >= 4) {
      const coordinators: Coordinator[] = [];
      for (const key of req.coordinatorKeys) coordinators.push(await findOne(ctx, req.keyType, key));
      return { throttleTimeMs: 0, coordinators };
    }
    const c = await findOne(ctx, ctx.apiVersion >= 1 ? req.keyType : KEY_TYPE_GROUP, req.key);
    return { throttleTimeMs: 0, errorCode: c.errorCode, errorMessage: c.errorMessage, nodeId: c.nodeId, host: c.host, port: c.port };
  },
});
