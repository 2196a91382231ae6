/**
 * AlterConfigs (key 33): replaces a resource's whole set of configs — a
 * topic's overrides, or the dynamic configs of a broker (this broker's own
 * level, or the cluster default with an empty name; broker-config-alter.ts).
 * Authorization (Kafka's): ALTER_CONFIGS on the topic or, for broker
 * resources, the cluster (TOPIC_ / CLUSTER_AUTHORIZATION_FAILED, nothing
 * changed).
 */
import type { AlterConfigsResourceResponse } from '../../protocol/generated/alter-configs-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import { AlterConfigsApi } from '../../protocol/generated/alter-configs-api.js';
import { defineApi } from './types.js';
import { ResourceType, configResourceDenial } from './describe-configs.js';
import { AclOperation } from '../security/authorizer-acls.js';
import { AlterRefused, alterBrokerResource } from './broker-config-alter.js';

export default defineApi(AlterConfigsApi, {
  minVersion: 0,
  maxVersion: 2,
  async handle(ctx, req) {
    const responses: Input<AlterConfigsResourceResponse>[] = [];
    for (const res of req.resources) {
      const base = { resourceType: res.resourceType, resourceName: res.resourceName };
      const denial = configResourceDenial(ctx, AclOperation.ALTER_CONFIGS, res.resourceType, res.resourceName);
      if (denial !== ErrorCode.NONE) {
        responses.push({ ...base, errorCode: denial, errorMessage: null });
        continue;
      }
      if (res.resourceType === ResourceType.BROKER) {
        const r = await alterBrokerResource(ctx.broker, res.resourceName, req.validateOnly, () => {
          const nulls = res.configs.filter((c) => c.value === null).map((c) => c.name);
          if (nulls.length > 0) throw new AlterRefused(ErrorCode.INVALID_REQUEST, `Null value not supported for : ${nulls.join(',')}`);
          return Object.fromEntries(res.configs.map((c) => [c.name, c.value!]));
        });
        responses.push({ ...base, errorCode: asErrorCode(r.errorCode), errorMessage: r.errorMessage });
        continue;
      }
      if (res.resourceType !== ResourceType.TOPIC) {
        responses.push({ ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unsupported resource type ${res.resourceType}` });
        continue;
      }
      const configs: Record<string, string> = {};
      const nullKey = res.configs.find((c) => c.value === null);
      if (nullKey) {
        responses.push({
          ...base,
          errorCode: ErrorCode.INVALID_CONFIG,
          errorMessage: `Null value not supported for topic configs: ${nullKey.name}`,
        });
        continue;
      }
      for (const c of res.configs) configs[c.name] = c.value!;
      const r = await ctx.broker.controller.setTopicConfigs(res.resourceName, configs, req.validateOnly);
      responses.push({ ...base, errorCode: asErrorCode(r.errorCode), errorMessage: r.errorMessage });
    }
    return { throttleTimeMs: 0, responses };
  },
});
