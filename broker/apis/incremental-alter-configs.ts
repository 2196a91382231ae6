/**
 * IncrementalAlterConfigs (key 44): SET (0), DELETE (1), APPEND (2) and
 * SUBTRACT (3) on a topic's overrides; list-typed configs only for the last two.
 */
import type { AlterConfigsResourceResponse } from '../../protocol/generated/incremental-alter-configs-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import { topicConfigDef, unknownTopicConfig } from '../../config/topic-config.js';
import { IncrementalAlterConfigsApi } from '../../protocol/generated/incremental-alter-configs-api.js';
import { defineApi } from './types.js';
import { ResourceType } from './describe-configs.js';

const SET = 0;
const DELETE = 1;
const APPEND = 2;
const SUBTRACT = 3;

export default defineApi(IncrementalAlterConfigsApi, {
  minVersion: 0,
  maxVersion: 1,
  async handle(ctx, req) {
    const b = ctx.broker;
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
      const t = b.metadata.topic(res.resourceName);
      if (!t) {
        responses.push({
          ...base,
          errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
          errorMessage: `Topic '${res.resourceName}' does not exist.`,
        });
        continue;
      }
      const next: Record<string, string> = { ...t.configs };
      let problem: string | null = null;
      const names = new Set(res.configs.map((c) => c.name));
      if (names.size !== res.configs.length) {
        responses.push({ ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'Error due to duplicate config keys' });
        continue;
      }
      for (const c of res.configs) {
        const def = topicConfigDef(c.name);
        if (!def) {
          problem = unknownTopicConfig(c.name).message;
          break;
        }
        if (c.configOperation === SET) {
          if (c.value === null) problem = `Null value not supported for: ${c.name}`;
          else next[c.name] = c.value;
        } else if (c.configOperation === DELETE) delete next[c.name];
        else if (c.configOperation === APPEND || c.configOperation === SUBTRACT) {
          if (def.type !== 'list') {
            problem = `Config value append is not allowed for config key: ${c.name}`;
            break;
          }
          const current = (next[c.name] ?? b.topicDefaults[c.name] ?? '').split(',').filter((x) => x !== '');
          const items = (c.value ?? '').split(',').filter((x) => x !== '');
          const merged =
            c.configOperation === APPEND
              ? [...current, ...items.filter((x) => !current.includes(x))]
              : current.filter((x) => !items.includes(x));
          next[c.name] = merged.join(',');
        } else problem = `Unknown config operation ${c.configOperation} for ${c.name}`;
        if (problem) break;
      }
      if (problem) {
        responses.push({ ...base, errorCode: ErrorCode.INVALID_CONFIG, errorMessage: problem });
        continue;
      }
      const r = await b.controller.setTopicConfigs(res.resourceName, next, req.validateOnly);
      responses.push({ ...base, errorCode: asErrorCode(r.errorCode), errorMessage: r.errorMessage });
    }
    return { throttleTimeMs: 0, responses };
  },
});
