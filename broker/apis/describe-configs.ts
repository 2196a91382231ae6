/**
 * DescribeConfigs (key 32): topic (type 2) and broker (type 4) resources. A
 * broker resource names this broker (every broker config, dynamic ones
 * writable) or is empty (the cluster-wide dynamic defaults, as Kafka
 * answers it); another broker's id is refused with Kafka's message.
 * v0 (Kafka 3.x serves it; 4.0 dropped it) tells a default by is_default
 * (the source is DEFAULT_CONFIG) instead of config_source.
 */
import type { DescribeConfigsResult } from '../../protocol/generated/describe-configs-response.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import { DescribeConfigsApi } from '../../protocol/generated/describe-configs-api.js';
import { defineApi } from './types.js';
import { ConfigSource, describeBrokerConfigResource, describeTopicConfigs } from './config-entries.js';

/** Kafka's ConfigResource.Type ids. */
export const ResourceType = { TOPIC: 2, BROKER: 4, BROKER_LOGGER: 8 } as const;

export default defineApi(DescribeConfigsApi, {
  minVersion: 0,
  maxVersion: 4,
  handle(ctx, req) {
    const b = ctx.broker;
    const results: Input<DescribeConfigsResult>[] = req.resources.map((res) => {
      const base = { resourceType: res.resourceType, resourceName: res.resourceName, errorMessage: null, configs: [] };
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
