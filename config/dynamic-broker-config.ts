/**
 * Dynamic broker configs (Kafka's "Updating Broker Configs"): which broker
 * keys may change while the broker runs, and the checks a change must pass
 * before it is stored. The modes are the `dynamic` marks of the broker
 * schema (broker-config-schema.ts): 'cluster-wide' keys may be set as the
 * cluster default (`/config/brokers/<default>`) or per broker
 * (`/config/brokers/<id>`), 'per-broker' keys only per broker, every other
 * key is read-only.
 *
 * Precedence of a key's value, highest first (Kafka's): the broker's own
 * dynamic value, the cluster-wide dynamic default, server.properties (and
 * --override), Kafka's default.
 *
 * Where Tributary departs from Kafka: a name that is no broker config at
 * all is refused (Kafka stores it for plugins; here a typo would sit in the
 * metadata unnoticed), with a close match when there is one.
 */
import { ConfigError, formatValue, parseKeyValue, suggestName, type ConfigKey, type DynamicUpdateMode } from './config-def.js';
import { BROKER_CONFIG_KEYS } from './broker-config-schema.js';
import { TOPIC_CONFIGS } from './topic-config.js';

/** A key's mode: one of Kafka's dynamic modes, or read-only. */
export type UpdateMode = DynamicUpdateMode | 'read-only';

const KEYS = new Map<string, ConfigKey>(BROKER_CONFIG_KEYS.map((k) => [k.name, k as ConfigKey]));

/** Thread counts, which Kafka lets change only to between half and double the current value. */
const THREAD_POOLS = new Set([
  'num.io.threads',
  'num.network.threads',
  'num.recovery.threads.per.data.dir',
  'background.threads',
  'num.replica.fetchers',
  'log.cleaner.threads',
]);

/** How `name` may change at run time (read-only for unknown names too). */
export function updateMode(name: string): UpdateMode {
  return KEYS.get(name)?.dynamic ?? 'read-only';
}

/**
 * The broker keys that are synonyms of `name`, most specific first (Kafka's
 * brokerSynonyms): `log.retention.ms` → [log.retention.ms,
 * log.retention.minutes, log.retention.hours]; a key without synonyms → [name].
 */
export function brokerSynonyms(name: string): readonly string[] {
  for (const t of TOPIC_CONFIGS) if (t.brokerSynonyms.includes(name)) return t.brokerSynonyms;
  return [name];
}

/** Kafka's rendering of a Scala Set in its messages: `Set(a, b)`. */
function scalaSet(names: readonly string[]): string {
  return `Set(${names.join(', ')})`;
}

/**
 * Checks a change of the dynamic configs of one entity (`perBroker`: a
 * broker id, else the cluster default) and returns the values in Kafka's
 * string form. `current` gives a key's value in force now, for the rule
 * that thread counts change by at most half or double (null: no such rule,
 * for values already stored). Throws a ConfigError with Kafka's message: read-only
 * keys ("Cannot update these configs dynamically: Set(...)"), per-broker
 * keys at the default level, a bad value, a thread pool changed beyond
 * half or double.
 */
export function validateDynamicConfigs(
  props: Readonly<Record<string, string>>,
  perBroker: boolean,
  current: ((name: string) => string | null) | null,
): Record<string, string> {
  const source = perBroker ? 'dynamic broker config' : 'dynamic default broker config';
  const names = Object.keys(props);
  const unknown = names.filter((n) => !KEYS.has(n));
  if (unknown.length > 0) {
    const near = suggestName(unknown[0], KEYS.keys());
    throw new ConfigError('ERR_CONFIG_UNKNOWN', `Unknown broker config: ${unknown[0]}${near ? ` (did you mean '${near}'?)` : ''}`, {
      key: unknown[0],
      value: props[unknown[0]],
      source,
    });
  }
  const readOnly = names.filter((n) => updateMode(n) === 'read-only');
  if (readOnly.length > 0) {
    throw new ConfigError('ERR_CONFIG_INVALID', `Cannot update these configs dynamically: ${scalaSet(readOnly)}`, {
      key: readOnly[0],
      source,
    });
  }
  if (!perBroker) {
    const perBrokerOnly = names.filter((n) => updateMode(n) === 'per-broker');
    if (perBrokerOnly.length > 0) {
      throw new ConfigError(
        'ERR_CONFIG_INVALID',
        `Cannot update these configs at default cluster level, broker id must be specified: ${scalaSet(perBrokerOnly)}`,
        { key: perBrokerOnly[0], source },
      );
    }
  }
  const out: Record<string, string> = {};
  for (const name of names) {
    const key = KEYS.get(name)!;
    const value = parseKeyValue(key, props[name], source);
    if (current !== null && THREAD_POOLS.has(name) && typeof value === 'number')
      checkThreadPool(name, value, Number(current(name) ?? key.default));
    out[name] = formatValue(key.type, value) ?? '';
  }
  return out;
}

/** Kafka's rules for thread counts: at least 1, and within [half, double] of the current count (integer halves, as Kafka divides). */
function checkThreadPool(name: string, next: number, now: number): void {
  const half = Math.floor(now / 2);
  let why: string | null = null;
  if (name === 'log.cleaner.threads') {
    if (next < 1) why = 'Log cleaner threads should be at least 1';
    else if (next < half) why = `Log cleaner threads cannot be reduced to less than half the current value ${now}`;
    else if (next > now * 2) why = `Log cleaner threads cannot be increased to more than double the current value ${now}`;
  } else if (next !== now) {
    const prefix = `Dynamic thread count update validation failed for ${name}=${next}`;
    if (next <= 0) why = `${prefix}, value should be at least 1`;
    else if (next < half) why = `${prefix}, value should be at least half the current value ${now}`;
    else if (next > now * 2) why = `${prefix}, value should not be greater than double the current value ${now}`;
  }
  if (why !== null) throw new ConfigError('ERR_CONFIG_INVALID', why, { key: name, value: String(next), source: 'dynamic broker config' });
}
