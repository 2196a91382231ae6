/**
 * CreateTopics (key 19): validated and created by the controller, one result
 * per topic. v0-v1 (Kafka 3.x serves them; 4.0 dropped them) differ only on
 * the wire (no validate_only in v0, no error message in v0).
 *
 * Authorization (Kafka's): CREATE on the cluster, or else on each topic
 * (TOPIC_AUTHORIZATION_FAILED, nothing created); the created topic's
 * configs, partition count and replication factor only with
 * DESCRIBE_CONFIGS on it (else topic_config_error_code says
 * TOPIC_AUTHORIZATION_FAILED).
 */
import type { CreatableTopicResult } from '../../protocol/generated/create-topics-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import { CreateTopicsApi } from '../../protocol/generated/create-topics-api.js';
import { defineApi } from './types.js';
import { describeTopicConfigs } from './config-entries.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized, mayCreateTopic } from '../security/authorizer-checks.js';

/** Most partitions one CreateTopics or CreatePartitions request may add (Kafka's MAX_PARTITIONS_PER_BATCH). */
export const MAX_PARTITIONS_PER_REQUEST = 10_000;

export default defineApi(CreateTopicsApi, {
  minVersion: 0,
  maxVersion: 7,
  async handle(ctx, req) {
    const b = ctx.broker;
    const seen = new Map<string, number>();
    for (const t of req.topics) seen.set(t.name, (seen.get(t.name) ?? 0) + 1);
    const topics: Input<CreatableTopicResult>[] = [];
    // Kafka 4.0 (KAFKA-17870): one request creates at most 10,000 partitions in
    // all, else every topic gets POLICY_VIOLATION (and nothing huge is planned).
    let total = 0;
    for (const t of req.topics) {
      if (t.assignments.length > 0) total += t.assignments.length;
      else if (t.numPartitions === -1) total += b.config.numPartitions;
      else if (t.numPartitions > 0) total += t.numPartitions;
    }
    if (total > MAX_PARTITIONS_PER_REQUEST) {
      for (const t of req.topics) {
        topics.push({
          name: t.name,
          numPartitions: -1,
          replicationFactor: -1,
          configs: null,
          errorCode: ErrorCode.POLICY_VIOLATION,
          errorMessage: 'Excessively large number of partitions per request.',
        });
      }
      return { throttleTimeMs: 0, topics };
    }
    for (const t of req.topics) {
      const base = { name: t.name, numPartitions: -1, replicationFactor: -1, configs: null };
      if (seen.get(t.name)! > 1) {
        topics.push({
          ...base,
          errorCode: ErrorCode.INVALID_REQUEST,
          errorMessage: `Create topics request from client contains multiple entries for topic ${t.name}`,
        });
        continue;
      }
      if (!mayCreateTopic(ctx, t.name)) {
        topics.push({ ...base, errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED, errorMessage: 'Authorization failed.' });
        continue;
      }
      const configs: Record<string, string> = {};
      let nullValue: string | null = null;
      for (const c of t.configs) {
        if (c.value === null) nullValue = c.name;
        else configs[c.name] = c.value;
      }
      if (nullValue !== null) {
        topics.push({
          ...base,
          errorCode: ErrorCode.INVALID_CONFIG,
          errorMessage: `Null value not supported for topic configs: ${nullValue}`,
        });
        continue;
      }
      const r = await b.controller.createTopic(
        { name: t.name, numPartitions: t.numPartitions, replicationFactor: t.replicationFactor, assignments: t.assignments, configs },
        req.validateOnly,
      );
      if (r.errorCode !== ErrorCode.NONE || !r.topic) {
        topics.push({ ...base, errorCode: asErrorCode(r.errorCode), errorMessage: r.errorMessage });
        continue;
      }
      const created = r.topic;
      if (!authorized(ctx, AclOperation.DESCRIBE_CONFIGS, ResourceType.TOPIC, t.name)) {
        topics.push({
          ...base,
          topicId: created.topicId,
          errorCode: ErrorCode.NONE,
          errorMessage: null,
          topicConfigErrorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED,
        });
        continue;
      }
      topics.push({
        name: t.name,
        topicId: created.topicId,
        errorCode: ErrorCode.NONE,
        errorMessage: null,
        numPartitions: created.partitions.length,
        replicationFactor: created.partitions[0]?.replicas.length ?? 0,
        configs: describeTopicConfigs(b, created.configs, { keys: null, includeSynonyms: false, includeDocumentation: false }).map((e) => ({
          name: e.name,
          value: e.value,
          readOnly: e.readOnly,
          configSource: e.configSource,
          isSensitive: false,
        })),
      });
    }
    return { throttleTimeMs: 0, topics };
  },
});
