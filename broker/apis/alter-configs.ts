/**
 * AlterConfigs (key 33): replaces a topic's whole set of overrides. Broker
 * configs are static in Tributary (no dynamic broker config), so altering a
 * broker resource is refused with INVALID_REQUEST.
 */
import type { AlterConfigsResourceResponse } from '../../protocol/generated/alter-configs-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import { AlterConfigsApi } from '../../protocol/generated/alter-configs-api.js';
import { defineApi } from './types.js';
import { ResourceType } from './describe-configs.js';

export default defineApi(AlterConfigsApi, {
  minVersion: 0,
  maxVersion: 2,
  async handle(ctx, req) {
    const responses: Input<AlterConfigsResourceResponse>[] = [];
    for (const res of req.resources) {
      const base = { resourceType: res.resourceType, resourceName: res.resourceName };
      if (res.resourceType !== ResourceType.TOPIC) {
        responses.push({
          ...base,
          errorCode: ErrorCode.INVALID_REQUEST,
          errorMessage: 'Only topic configs can be altered; broker configs are static in Tributary',
        });
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
