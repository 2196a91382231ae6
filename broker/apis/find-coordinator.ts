/**
 * FindCoordinator (key 10): the broker leading the `__consumer_offsets`
 * partition of a group (key type 0) or the `__transaction_state` partition
 * of a transactional id (key type 1), creating the topic on first use. v0-v3
 * ask for one key; v4+ batch several (CoordinatorKeys). Share-group
 * coordinators (key type 2) answer COORDINATOR_NOT_AVAILABLE.
 * Authorization (Kafka's), before anything else: DESCRIBE on the group
 * (else GROUP_AUTHORIZATION_FAILED) or on the transactional id (else
 * TRANSACTIONAL_ID_AUTHORIZATION_FAILED).
 */
import type { Coordinator } from '../../protocol/generated/find-coordinator-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { FindCoordinatorApi } from '../../protocol/generated/find-coordinator-api.js';
import { defineApi, type RequestContext } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized } from '../security/authorizer-checks.js';

const KEY_TYPE_GROUP = 0;
const KEY_TYPE_TRANSACTION = 1;

async function findOne(ctx: RequestContext, keyType: number, key: string): Promise<Coordinator> {
  const fail = (errorCode: ErrorCode, errorMessage: string): Coordinator => ({
    key,
    nodeId: -1,
    host: '',
    port: -1,
    errorCode,
    errorMessage,
  });
  if (keyType === KEY_TYPE_GROUP && !authorized(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, key))
    return fail(ErrorCode.GROUP_AUTHORIZATION_FAILED, `not authorized to describe group ${key}`);
  if (keyType === KEY_TYPE_TRANSACTION && !authorized(ctx, AclOperation.DESCRIBE, ResourceType.TRANSACTIONAL_ID, key))
    return fail(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED, `not authorized to describe transactional id ${key}`);
  let leader: number;
  if (keyType === KEY_TYPE_GROUP) {
    const groups = ctx.broker.groups;
    const err = await groups.manager.ensureOffsetsTopic();
    if (err !== ErrorCode.NONE) return fail(asErrorCode(err), 'the offsets topic could not be created');
    groups.manager.status(key);
    leader = groups.manager.coordinatorOf(key);
  } else if (keyType === KEY_TYPE_TRANSACTION) {
    if (key.length === 0) return fail(ErrorCode.INVALID_REQUEST, 'an empty transactional id has no coordinator');
    const parts = ctx.broker.txns.state.partitions;
    const err = await parts.ensureTopic();
    if (err !== ErrorCode.NONE) return fail(asErrorCode(err), 'the transaction state topic could not be created');
    parts.statusOf(key);
    leader = parts.coordinatorOf(key);
  } else if (keyType === 2) {
    return fail(ErrorCode.COORDINATOR_NOT_AVAILABLE, 'key type 2 (share groups) is not supported by this broker');
  } else return fail(ErrorCode.INVALID_REQUEST, `unknown key type ${keyType}`);
  const node = ctx.broker.metadata.brokersOn(ctx.listenerName).find((b) => b.nodeId === leader);
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
