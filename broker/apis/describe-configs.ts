/**
 * DescribeConfigs (key 32): topic (type 2) and broker (type 4) resources. A
 * broker resource names this broker (every broker config, dynamic ones
 * writable) or is empty (the cluster-wide dynamic defaults, as Kafka
 * answers it); another broker's id is refused with Kafka's message.
 * v0 (Kafka 3.x serves it; 4.0 dropped it) tells a default by is_default
 * (the source is DEFAULT_CONFIG) instead of config_source.
 * Authorization (Kafka's): DESCRIBE_CONFIGS on the topic
 * (TOPIC_AUTHORIZATION_FAILED, existence not disclosed) or on the cluster
 * for broker resources (CLUSTER_AUTHORIZATION_FAILED).
 */
import type { DescribeConfigsResult } from '../../protocol/generated/describe-configs-response.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import { DescribeConfigsApi } from '../../protocol/generated/describe-configs-api.js';
import { defineApi, type RequestContext } from './types.js';
import { AclOperation, ResourceType as AclResourceType } from '../security/authorizer-acls.js';
import { authorized, authorizedOnCluster } from '../security/authorizer-checks.js';
import { ConfigSource, describeBrokerConfigResource, describeTopicConfigs } from './config-entries.js';

/** Kafka's ConfigResource.Type ids. */
export const ResourceType = { TOPIC: 2, BROKER: 4, BROKER_LOGGER: 8 } as const;

/**
 * Kafka's authorization of a config resource: `op` (DESCRIBE_CONFIGS or
 * ALTER_CONFIGS) on the cluster for broker and broker-logger resources
 * (else CLUSTER_AUTHORIZATION_FAILED), on the topic for topics (else
 * TOPIC_AUTHORIZATION_FAILED); NONE when allowed or of another type.
 */
export function configResourceDenial(ctx: RequestContext, op: AclOperation, resourceType: number, resourceName: string): ErrorCode {
  if (ctx.broker.authorizer === null) return ErrorCode.NONE;
  if (resourceType === ResourceType.BROKER || resourceType === ResourceType.BROKER_LOGGER)
    return authorizedOnCluster(ctx, op) ? ErrorCode.NONE : ErrorCode.CLUSTER_AUTHORIZATION_FAILED;
  if (resourceType === ResourceType.TOPIC)
    return authorized(ctx, op, AclResourceType.TOPIC, resourceName) ? ErrorCode.NONE : ErrorCode.TOPIC_AUTHORIZATION_FAILED;
  return ErrorCode.NONE;
}

export default defineApi(DescribeConfigsApi, {
  minVersion: 0,
  maxVersion: 4,
  handle(ctx, req) {
    const b = ctx.broker;
    const results: Input<DescribeConfigsResult>[] = req.resources.map((res) => {
      const base = { resourceType: res.resourceType, resourceName: res.resourceName, errorMessage: null, configs: [] };
      const denial = configResourceDenial(ctx, AclOperation.DESCRIBE_CONFIGS, res.resourceType, res.resourceName);
      if (denial !== ErrorCode.NONE) return { ...base, errorCode: denial };
      const opts = { keys: res.configurationKeys, includeSynonyms: req.includeSynonyms, includeDocumentation: req.includeDocumentation };
      if (res.resourceType === ResourceType.TOPIC) {
        const t = b.metadata.topic(res.resourceName);
        if (!t)
          return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `Topic '${res.resourceName}' does not exist.` };
        return { ...base, errorCode: ErrorCode.NONE, configs: describeTopicConfigs(b, t.configs, opts) };
      }
      if (res.resourceType === ResourceType.BROKER) {
        if (res.resourceName !== '' && res.resourceName !== String(b.brokerId)) {
          return {
            ...base,
            errorCode: ErrorCode.INVALID_REQUEST,
            errorMessage: `Unexpected broker id, expected ${b.brokerId} or empty string, but received ${res.resourceName}`,
          };
        }
        return { ...base, errorCode: ErrorCode.NONE, configs: describeBrokerConfigResource(b, res.resourceName !== '', opts) };
      }
      return { ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unsupported resource type ${res.resourceType}` };
    });
    if (ctx.apiVersion === 0) {
      for (const r of results) for (const c of r.configs ?? []) c.isDefault = c.configSource === ConfigSource.DEFAULT_CONFIG;
    }
    return { throttleTimeMs: 0, results };
  },
});
