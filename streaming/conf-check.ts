/**
 * Checking a set of configuration entries against a table of keys (Kafka's
 * ConfigDef machinery in config/config-def.ts): every key (of the checked
 * namespaces, when the table names them) must be in the table, under a
 * prefix left open to another part of the library, or in the list of
 * unsupported keys (refused with the reason); values are parsed by
 * the key's type and checked by its validator. An unknown key gets a
 * did-you-mean when a known one is close. Used for the StreamingContext's
 * conf (streaming-conf.ts) and a direct stream's kafkaParams
 * (kafka/kafka-params.ts), at construction, so a typo fails the job before
 * it starts instead of being silently ignored.
 */
import { ConfigError, parseKeyValue, suggestName, type ConfigKey, type ConfigValue } from '../config/config-def.js';

/** A key or key prefix (ending in ".") that is refused, and why. */
export interface UnsupportedKey {
  readonly match: string;
  readonly reason: string;
}

/** What a set of entries is checked against. */
export interface ConfTable {
  /** Where the entries come from, first in every message ("StreamingContext conf", "kafkaParams"). */
  readonly source: string;
  readonly keys: readonly ConfigKey[];
  readonly unsupported?: readonly UnsupportedKey[];
  /** Prefixes whose keys are accepted unchecked (checked by the part of the library that owns them). */
  readonly openPrefixes?: readonly string[];
  /** When set, only keys with one of these prefixes are checked; others are the application's own. */
  readonly checkedPrefixes?: readonly string[];
}

function matches(key: string, match: string): boolean {
  return match.endsWith('.') ? key.startsWith(match) : key === match;
}

/**
 * Parses `entries` (values as text) by `table`; returns the parsed values of
 * the keys in the table. Throws ConfigError naming the source, key and value.
 */
export function checkConf(entries: Iterable<readonly [string, string]>, table: ConfTable): Map<string, ConfigValue> {
  const byName = new Map(table.keys.map((k) => [k.name, k]));
  const out = new Map<string, ConfigValue>();
  for (const [key, value] of entries) {
    const def = byName.get(key);
    if (def) {
      out.set(key, parseKeyValue(def, value, table.source));
      continue;
    }
    const bad = table.unsupported?.find((u) => matches(key, u.match));
    if (bad) {
      throw new ConfigError('ERR_CONFIG_UNSUPPORTED', `${table.source}: config '${key}' is not supported (${bad.reason})`, {
        key,
        value,
        source: table.source,
      });
    }
    if (table.openPrefixes?.some((p) => key.startsWith(p))) continue;
    if (table.checkedPrefixes && !table.checkedPrefixes.some((p) => key.startsWith(p))) continue;
    const near = suggestName(key, byName.keys());
    throw new ConfigError('ERR_CONFIG_UNKNOWN', `${table.source}: unknown config '${key}'${near ? ` (did you mean '${near}'?)` : ''}`, {
      key,
      value,
      source: table.source,
    });
  }
  return out;
}
