/**
 * OffsetFetch (key 9), v0-v9 as Kafka 3.x serves them (4.0 dropped v0,
 * KIP-896; v0 reads the same committed offsets as v1 here, see
 * offset-commit.ts). v0-v1 report coordinator errors per partition; v2+ at the top and accept null topics
 * (every committed offset of the group); v8+ fetch several groups at once.
 * A partition without a committed offset answers offset -1 and no error.
 * requireStable (v7+): a partition with a transactional commit not ended
 * yet answers UNSTABLE_OFFSET_COMMIT.
 *
 * Authorization (Kafka's): DESCRIBE on the group, else
 * GROUP_AUTHORIZATION_FAILED (for that group); DESCRIBE on each topic:
 * named topics without it answer TOPIC_AUTHORIZATION_FAILED per partition,
 * and a request for every offset (null topics) leaves them out.
 */
import type { OffsetFetchResponse } from '../../protocol/generated/offset-fetch-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import { fetchOffsets, type FetchOffsetsResult } from '../group/group-offsets.js';
import { OffsetFetchApi } from '../../protocol/generated/offset-fetch-api.js';
import { defineApi, type RequestContext } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized, unauthorizedNames } from '../security/authorizer-checks.js';

/** fetchOffsets as the principal may see it (see the header). */
async function authorizedFetch(
  ctx: RequestContext,
  groupId: string,
  topics: { name: string; partitionIndexes: number[] }[] | null,
  requireStable: boolean,
): Promise<FetchOffsetsResult> {
  const c = ctx.broker.groups;
  if (ctx.broker.authorizer === null) return fetchOffsets(c, groupId, topics, requireStable);
  if (!authorized(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, groupId))
    return { errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED, topics: [] };
  if (topics === null) {
    const r = await fetchOffsets(c, groupId, null, requireStable);
    const hidden = unauthorizedNames(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, r.topics, (t) => t.name);
    return hidden === null ? r : { errorCode: r.errorCode, topics: r.topics.filter((t) => !hidden.has(t.name)) };
  }
  const denied = unauthorizedNames(ctx, AclOperation.DESCRIBE, ResourceType.TOPIC, topics, (t) => t.name);
  if (denied === null) return fetchOffsets(c, groupId, topics, requireStable);
  const r = await fetchOffsets(
    c,
    groupId,
    topics.filter((t) => !denied.has(t.name)),
    requireStable,
  );
  if (r.errorCode !== ErrorCode.NONE) return r;
  for (const t of topics) {
    if (!denied.has(t.name)) continue;
    r.topics.push({
      name: t.name,
      partitions: t.partitionIndexes.map((p) => ({
        partitionIndex: p,
        committedOffset: -1,
        committedLeaderEpoch: -1,
        metadata: '',
        errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED,
      })),
    });
  }
  return r;
}

export default defineApi(OffsetFetchApi, {
  minVersion: 0,
  maxVersion: 9,
  async handle(ctx, req): Promise<Input<OffsetFetchResponse>> {
    const v = ctx.apiVersion;
    if (v >= 8) {
      const groups: Input<OffsetFetchResponse>['groups'] = [];
      for (const g of req.groups) {
        const r = await authorizedFetch(ctx, g.groupId, g.topics, req.requireStable);
        groups.push({ groupId: g.groupId, errorCode: asErrorCode(r.errorCode), topics: r.topics });
      }
      return { throttleTimeMs: 0, groups };
    }
    const topics = v >= 2 ? req.topics : (req.topics ?? []);
    const r = await authorizedFetch(ctx, req.groupId, topics, v >= 7 && req.requireStable);
    if (v >= 2) return { throttleTimeMs: 0, errorCode: asErrorCode(r.errorCode), topics: r.errorCode === ErrorCode.NONE ? r.topics : [] };
    if (r.errorCode === ErrorCode.NONE) return { throttleTimeMs: 0, topics: r.topics };
    return {
      throttleTimeMs: 0,
      topics: (topics ?? []).map((t) => ({
        name: t.name,
        partitions: t.partitionIndexes.map((p) => ({
          partitionIndex: p,
          committedOffset: -1,
          committedLeaderEpoch: -1,
          metadata: '',
          errorCode: asErrorCode(r.errorCode),
        })),
      })),
    };
  },
});
