/**
 * The Kafka requests of kafka-configs over the lean client: DescribeConfigs
 * (with synonyms), IncrementalAlterConfigs, and the broker ids of the cluster.
 * A resource of a named broker goes to that broker (as Kafka's AdminClient
 * sends it); everything else to any broker. A resource-level error becomes a
 * ConfigCommandError with the exception line Kafka's tool prints for it.
 */
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { ErrorCode, errorName } from '../../protocol/generated/errors.js';
import { encodeDescribeConfigsRequest } from '../../protocol/generated/describe-configs-request.js';
import { decodeDescribeConfigsResponse } from '../../protocol/generated/describe-configs-response.js';
import { encodeIncrementalAlterConfigsRequest } from '../../protocol/generated/incremental-alter-configs-request.js';
import { decodeIncrementalAlterConfigsResponse } from '../../protocol/generated/incremental-alter-configs-response.js';
import type { Connection, KafkaClient } from '../../client/index.js';
import { ConfigCommandError } from './entity-type.js';

/** Kafka's ConfigResource.Type ids. */
export const ResourceType = { TOPIC: 2, BROKER: 4, BROKER_LOGGER: 8 } as const;

/** Kafka's ConfigEntry.ConfigSource names by id (printed in synonyms). */
export const CONFIG_SOURCE_NAMES: Readonly<Record<number, string>> = {
  0: 'UNKNOWN',
  1: 'DYNAMIC_TOPIC_CONFIG',
  2: 'DYNAMIC_BROKER_CONFIG',
  3: 'DYNAMIC_DEFAULT_BROKER_CONFIG',
  4: 'STATIC_BROKER_CONFIG',
  5: 'DEFAULT_CONFIG',
  6: 'DYNAMIC_BROKER_LOGGER_CONFIG',
  7: 'CLIENT_METRICS_CONFIG',
  8: 'GROUP_CONFIG',
};

/** Kafka's IncrementalAlterConfigs operations. */
export const AlterOp = { SET: 0, DELETE: 1, APPEND: 2, SUBTRACT: 3 } as const;

/** One described config with its source and synonyms. */
export interface DescribedConfig {
  name: string;
  value: string | null;
  readOnly: boolean;
  source: number;
  isSensitive: boolean;
  synonyms: { name: string; value: string | null; source: number }[];
}

/** One change of IncrementalAlterConfigs. */
export interface ConfigChange {
  name: string;
  op: number;
  value: string | null;
}

const EXCEPTIONS: Readonly<Record<number, string>> = {
  [ErrorCode.INVALID_CONFIG]: 'InvalidConfigurationException',
  [ErrorCode.INVALID_REQUEST]: 'InvalidRequestException',
  [ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]: 'UnknownTopicOrPartitionException',
  [ErrorCode.POLICY_VIOLATION]: 'PolicyViolationException',
  [ErrorCode.CLUSTER_AUTHORIZATION_FAILED]: 'ClusterAuthorizationException',
  [ErrorCode.TOPIC_AUTHORIZATION_FAILED]: 'TopicAuthorizationException',
  [ErrorCode.UNSUPPORTED_VERSION]: 'UnsupportedVersionException',
};

/** The exception line Kafka's tools print for a broker error: "org.apache.kafka.common.errors.<Name>: <message>". */
export function exceptionLine(code: number, message: string | null): string {
  const name =
    EXCEPTIONS[code] ??
    `${errorName(code)
      .toLowerCase()
      .replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase())}Exception`;
  return `org.apache.kafka.common.errors.${name}: ${message ?? errorName(code)}`;
}

/** The connection a resource's request goes to: its broker for a named broker resource, else any broker. */
async function connectionFor(cluster: KafkaClient, resourceType: number, resourceName: string): Promise<Connection> {
  if ((resourceType === ResourceType.BROKER || resourceType === ResourceType.BROKER_LOGGER) && resourceName !== '') {
    return cluster.nodeConnection(Number(resourceName));
  }
  return cluster.anyConnection();
}

/** DescribeConfigs of one resource, synonyms included; throws a ConfigCommandError on a resource error. */
export async function describeResource(cluster: KafkaClient, resourceType: number, resourceName: string): Promise<DescribedConfig[]> {
  const c = await connectionFor(cluster, resourceType, resourceName);
  const resp = await c.send(
    ApiKey.DescribeConfigs,
    (w, v) =>
      encodeDescribeConfigsRequest(w, v, {
        resources: [{ resourceType, resourceName, configurationKeys: null }],
        includeSynonyms: true,
        includeDocumentation: false,
      }),
    decodeDescribeConfigsResponse,
  );
  const r = resp.results[0];
  if (!r) throw new ConfigCommandError(`the broker answered no result for ${resourceName}`, false);
  if (r.errorCode !== ErrorCode.NONE) throw new ConfigCommandError(exceptionLine(r.errorCode, r.errorMessage), false);
  return r.configs.map((e) => ({
    name: e.name,
    value: e.value,
    readOnly: e.readOnly,
    source: e.configSource,
    isSensitive: e.isSensitive,
    synonyms: e.synonyms.map((s) => ({ name: s.name, value: s.value, source: s.source })),
  }));
}

/** IncrementalAlterConfigs of one resource; throws a ConfigCommandError on its error. */
export async function alterResource(
  cluster: KafkaClient,
  resourceType: number,
  resourceName: string,
  changes: readonly ConfigChange[],
): Promise<void> {
  const c = await connectionFor(cluster, resourceType, resourceName);
  const resp = await c.send(
    ApiKey.IncrementalAlterConfigs,
    (w, v) =>
      encodeIncrementalAlterConfigsRequest(w, v, {
        resources: [{ resourceType, resourceName, configs: changes.map((x) => ({ name: x.name, configOperation: x.op, value: x.value })) }],
        validateOnly: false,
      }),
    decodeIncrementalAlterConfigsResponse,
  );
  const r = resp.responses[0];
  if (r && r.errorCode !== ErrorCode.NONE) throw new ConfigCommandError(exceptionLine(r.errorCode, r.errorMessage), false);
}

/** Kafka's describe line of one entry: "  name=value sensitive=false synonyms={SOURCE:name=value, ...}". */
export function formatEntry(e: DescribedConfig): string {
  const synonyms = e.synonyms.map((s) => `${CONFIG_SOURCE_NAMES[s.source] ?? 'UNKNOWN'}:${s.name}=${s.value ?? 'null'}`).join(', ');
  return `  ${e.name}=${e.value ?? 'null'} sensitive=${e.isSensitive} synonyms={${synonyms}}\n`;
}

/**
 * The changes of `--add-config` / `--delete-config` against the entries
 * the resource has now (`current`: those of the source the tool alters).
 * Kafka refuses to delete what is not set: "Invalid config(s): a,b".
 */
export function changesFor(
  current: readonly DescribedConfig[],
  add: ReadonlyMap<string, string>,
  remove: readonly string[],
): ConfigChange[] {
  const have = new Set(current.map((e) => e.name));
  const missing = remove.filter((n) => !have.has(n));
  if (missing.length > 0) throw new ConfigCommandError(`Invalid config(s): ${missing.join(',')}`, true);
  const changes: ConfigChange[] = [];
  for (const [name, value] of add) changes.push({ name, op: AlterOp.SET, value });
  for (const name of remove) changes.push({ name, op: AlterOp.DELETE, value: null });
  return changes;
}
