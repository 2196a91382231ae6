/**
 * CreatePartitions (key 37): grow topics to a new partition count.
 * Authorization (Kafka's): ALTER on each topic, else
 * TOPIC_AUTHORIZATION_FAILED whether or not it exists.
 */
import type { CreatePartitionsTopicResult } from '../../protocol/generated/create-partitions-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import { CreatePartitionsApi } from '../../protocol/generated/create-partitions-api.js';
import { defineApi } from './types.js';
import { MAX_PARTITIONS_PER_REQUEST } from './create-topics.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized } from '../security/authorizer-checks.js';

export default defineApi(CreatePartitionsApi, {
  minVersion: 0,
  maxVersion: 3,
  async handle(ctx, req) {
    const results: Input<CreatePartitionsTopicResult>[] = [];
    // As Kafka: a topic named twice is refused in every entry, and none of them is applied.
    const counts = new Map<string, number>();
    for (const t of req.topics) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    // Kafka (KAFKA-19673): at most 10,000 new partitions per request, else POLICY_VIOLATION for all.
    let added = 0;
    for (const t of req.topics) added += Math.max(0, t.count - (ctx.broker.metadata.topic(t.name)?.partitions.length ?? t.count));
    if (added > MAX_PARTITIONS_PER_REQUEST) {
      for (const t of req.topics)
        results.push({
          name: t.name,
          errorCode: ErrorCode.POLICY_VIOLATION,
          errorMessage: 'Excessively large number of partitions per request.',
        });
      return { throttleTimeMs: 0, results };
    }
    for (const t of req.topics) {
      if (counts.get(t.name)! > 1) {
        results.push({ name: t.name, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'Duplicate topic in request.' });
        continue;
      }
      if (!authorized(ctx, AclOperation.ALTER, ResourceType.TOPIC, t.name)) {
        results.push({ name: t.name, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, errorMessage: 'The topic authorization is failed.' });
        continue;
      }
      const assignments = t.assignments ? t.assignments.map((a) => a.brokerIds) : null;
      const r = await ctx.broker.controller.createPartitions(t.name, t.count, assignments, req.validateOnly);
      results.push({ name: t.name, errorCode: asErrorCode(r.errorCode), errorMessage: r.errorMessage });
    }
    return { throttleTimeMs: 0, results };
  },
});
