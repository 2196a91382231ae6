/** DescribeConfigs (key 32): topic (type 2) and broker (type 4) resources. */
import type { DescribeConfigsResult } from '../../protocol/generated/describe-configs-response.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import { DescribeConfigsApi } from '../../protocol/generated/describe-configs-api.js';
import { defineApi } from './types.js';
import { describeBrokerConfigs, describeTopicConfigs } from './config-entries.js';

/** Kafka's ConfigResource.Type ids. */
export const ResourceType = { TOPIC: 2, BROKER: 4, BROKER_LOGGER: 8 } as const;

export default defineApi(DescribeConfigsApi, {
  minVersion: 1,
  maxVersion: 4,
  handle(ctx, req) {
    const b = ctx.broker;
    const results: Input<DescribeConfigsResult>[] = req.resources.map((res) => {
      const base = { resourceType: res.resourceType, resourceName: res.resourceName, errorMessage: null, configs: [] };
      if (res.resourceType === ResourceType.TOPIC) {
        const t = b.metadata.topic(res.resourceName);
        if (!t)
          return { ...base, errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, errorMessage: `Topic '${res.resourceName}' does not exist.` };
        return {
          ...base,
          errorCode: ErrorCode.NONE,
          configs: describeTopicConfigs(b, t.configs, res.configurationKeys, req.includeSynonyms),
        };
      }
      if (res.resourceType === ResourceType.BROKER) {
        if (res.resourceName !== '' && res.resourceName !== String(b.brokerId)) {
          return {
            ...base,
            errorCode: ErrorCode.INVALID_REQUEST,
            errorMessage: `Unexpected broker id, expected ${b.brokerId} or empty string, but received ${res.resourceName}`,
          };
        }
        return { ...base, errorCode: ErrorCode.NONE, configs: describeBrokerConfigs(b, res.configurationKeys, req.includeSynonyms) };
      }
      return { ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unsupported resource type ${res.resourceType}` };
    });
    return { throttleTimeMs: 0, results };
  },
});
