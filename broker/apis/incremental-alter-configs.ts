/**
 * IncrementalAlterConfigs (key 44): SET (0), DELETE (1), APPEND (2) and
 * SUBTRACT (3) on a topic's overrides or on a broker level's dynamic configs
 * (broker-config-alter.ts); APPEND and SUBTRACT on list-typed configs only,
 * starting from the value in force (the stored one, else the default).
 * Authorization (Kafka's): ALTER_CONFIGS on the topic or, for broker
 * resources, the cluster (TOPIC_ / CLUSTER_AUTHORIZATION_FAILED, nothing
 * changed).
 */
import type { AlterConfigsResourceResponse } from '../../protocol/generated/incremental-alter-configs-response.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import { topicConfigDef, unknownTopicConfig } from '../../config/topic-config.js';
import { brokerConfigKey } from '../../config/broker-config.js';
import { IncrementalAlterConfigsApi } from '../../protocol/generated/incremental-alter-configs-api.js';
import { defineApi } from './types.js';
import { ResourceType, configResourceDenial } from './describe-configs.js';
import { AclOperation } from '../security/authorizer-acls.js';
import { AlterRefused, alterBrokerResource } from './broker-config-alter.js';

const SET = 0;
const DELETE = 1;
const APPEND = 2;
const SUBTRACT = 3;

interface Op {
  name: string;
  configOperation: number;
  value: string | null;
}

/**
 * `current` with `ops` applied. `typeOf` gives a config's type (undefined:
 * unknown, refused with `unknown`'s message); `inForce` its value when
 * `current` does not set it. Throws AlterRefused with Kafka's error class.
 */
function applyOps(
  current: Readonly<Record<string, string>>,
  ops: readonly Op[],
  typeOf: (name: string) => string | undefined,
  inForce: (name: string) => string | null,
  unknown: (name: string) => string,
): Record<string, string> {
  if (new Set(ops.map((c) => c.name)).size !== ops.length)
    throw new AlterRefused(ErrorCode.INVALID_REQUEST, 'Error due to duplicate config keys');
  const next: Record<string, string> = { ...current };
  for (const c of ops) {
    const type = typeOf(c.name);
    if (type === undefined && c.configOperation !== DELETE) throw new AlterRefused(ErrorCode.INVALID_CONFIG, unknown(c.name));
    if (c.configOperation !== DELETE && c.value === null)
      throw new AlterRefused(ErrorCode.INVALID_REQUEST, `Null value not supported for : ${c.name}`);
    if (c.configOperation === SET) next[c.name] = c.value!;
    else if (c.configOperation === DELETE) delete next[c.name];
    else if (c.configOperation === APPEND || c.configOperation === SUBTRACT) {
      if (type !== 'list') {
        const what = c.configOperation === APPEND ? 'append' : 'subtract';
        throw new AlterRefused(ErrorCode.INVALID_REQUEST, `Config value ${what} is not allowed for config key: ${c.name}`);
      }
      const have = (next[c.name] ?? inForce(c.name) ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '');
      const items = c
        .value!.split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '');
      const merged =
        c.configOperation === APPEND ? [...have, ...items.filter((x) => !have.includes(x))] : have.filter((x) => !items.includes(x));
      next[c.name] = merged.join(',');
    } else throw new AlterRefused(ErrorCode.INVALID_REQUEST, `Unknown config operation ${c.configOperation} for ${c.name}`);
  }
  return next;
}

export default defineApi(IncrementalAlterConfigsApi, {
  minVersion: 0,
  maxVersion: 1,
  async handle(ctx, req) {
    const b = ctx.broker;
    const responses: Input<AlterConfigsResourceResponse>[] = [];
    for (const res of req.resources) {
      const base = { resourceType: res.resourceType, resourceName: res.resourceName };
      const denial = configResourceDenial(ctx, AclOperation.ALTER_CONFIGS, res.resourceType, res.resourceName);
      if (denial !== ErrorCode.NONE) {
        responses.push({ ...base, errorCode: denial, errorMessage: null });
        continue;
      }
      if (res.resourceType === ResourceType.BROKER) {
        const r = await alterBrokerResource(b, res.resourceName, req.validateOnly, (stored) =>
          applyOps(
            stored,
            res.configs,
            (name) => brokerConfigKey(name)?.type,
            (name) => brokerConfigKey(name)?.default ?? null,
            (name) => `Unknown broker config: ${name}`,
          ),
        );
        responses.push({ ...base, errorCode: asErrorCode(r.errorCode), errorMessage: r.errorMessage });
        continue;
      }
      if (res.resourceType !== ResourceType.TOPIC) {
        responses.push({ ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `Unsupported resource type ${res.resourceType}` });
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
      let next: Record<string, string>;
      try {
        next = applyOps(
          t.configs,
          res.configs,
          (name) => topicConfigDef(name)?.type,
          (name) => b.topicDefaults[name] ?? null,
          (name) => unknownTopicConfig(name).message,
        );
      } catch (err) {
        if (!(err instanceof AlterRefused)) throw err;
        responses.push({ ...base, errorCode: asErrorCode(err.errorCode), errorMessage: err.message });
        continue;
      }
      const r = await b.controller.setTopicConfigs(res.resourceName, next, req.validateOnly);
      responses.push({ ...base, errorCode: asErrorCode(r.errorCode), errorMessage: r.errorMessage });
    }
    return { throttleTimeMs: 0, responses };
  },
});
