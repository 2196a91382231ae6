/**
 * The broker's configuration: Kafka's `server.properties` keys, read from a
 * file, then `--override key=value` flags, then programmatic options (each
 * later source wins), validated against {@link BROKER_CONFIG_KEYS} and
 * resolved into one typed, camelCase, frozen object.
 *
 * Resolution follows Kafka: `log.dirs` over `log.dir`; retention
 * `log.retention.ms` > `.minutes` > `.hours` (any negative = forever);
 * `log.roll.ms` > `.hours`; `node.id` is an alias of `broker.id`;
 * `advertised.listeners` defaults to `listeners`. Unknown keys are errors
 * (Kafka only warns) because a typo silently ignored is a broker
 * misconfigured; the error names the source, the key and a close match.
 */
import { ConfigError, camelCase, defaultValue, parseKeyValue, suggestName } from './config-def.js';
import type { ConfigErrorCode, ConfigKey, ConfigValue } from './config-def.js';
import { BROKER_CONFIG_KEYS, UNSUPPORTED_BROKER_KEYS } from './broker-config-schema.js';
import type { BrokerConfigValues } from './broker-config-schema.js';
import { PropertiesSyntaxError, readPropertiesFile } from './properties.js';
import { parseHttpListener, parseListeners, parseProtocolMap } from './listeners.js';
import type { HttpListener, Listener } from './listeners.js';
import { TOPIC_CONFIGS } from './topic-config.js';
import { resolveHttpAuth, type HttpAuth } from './http-auth.js';
import { listenerScopedKey, resolveListenerSecurity } from './listener-security.js';
import type { ListenerSecurity } from './listener-security.js';
import type { SecurityProtocol } from './listeners.js';

export { ConfigError, LONG_MAX } from './config-def.js';
export type { ConfigErrorCode, ConfigKey, ConfigType, ConfigValue } from './config-def.js';
export { BROKER_CONFIG_KEYS } from './broker-config-schema.js';
export type { BrokerConfigName, BrokerConfigValues } from './broker-config-schema.js';
export type { HttpListener, Listener } from './listeners.js';
export type { HttpAuth } from './http-auth.js';
export type { ListenerSecurity, ListenerSasl } from './listener-security.js';

/** The resolved broker configuration. Field docs: see BROKER_CONFIG_KEYS. */
export interface BrokerConfig extends Omit<
  BrokerConfigValues,
  | 'brokerId'
  | 'listeners'
  | 'advertisedListeners'
  | 'listenerSecurityProtocolMap'
  | 'interBrokerListenerName'
  | 'httpListener'
  | 'httpAuthToken'
  | 'httpAuthBasicUsers'
  | 'superUsers'
  | 'logDirs'
  | 'logRetentionMs'
  | 'logRollMs'
  | 'logRollJitterMs'
  | 'logFlushIntervalMs'
  | 'zookeeperConnectionTimeoutMs'
> {
  /** broker.id, or node.id when only that is set. */
  readonly brokerId: number;
  /** Parsed `listeners`, in the order given. */
  readonly listeners: readonly Listener[];
  /** Parsed `advertised.listeners`, or the listeners when unset. */
  readonly advertisedListeners: readonly Listener[];
  /** Listener name → security protocol. */
  readonly listenerSecurityProtocolMap: Readonly<Record<string, SecurityProtocol>>;
  /** Name of the listener brokers use to talk to each other. */
  readonly interBrokerListenerName: string;
  /** Each listener's TLS and SASL settings, by listener name (listener.name.<l>.* resolved). */
  readonly listenerSecurity: Readonly<Record<string, ListenerSecurity>>;
  /** Where the HTTP API listens, or null when `http.listener=none`. */
  readonly httpListener: HttpListener | null;
  /**
   * True when `http.listener` was set (file, --override or options). When
   * it was not, the default's port is only where the search starts: the
   * broker takes the next free port if it is in use (a second broker on the
   * same machine); an explicit port in use is an error naming the key.
   */
  readonly httpListenerExplicit: boolean;
  /** Credentials the HTTP server requires (`http.auth.token`, `http.auth.basic.users`), null when none is set. */
  readonly httpAuth: HttpAuth | null;
  /** `super.users` split at ';': principals allowed everything (`User:admin`). */
  readonly superUsers: readonly string[];
  /** `log.dirs`, or `[log.dir]` when unset; paths as given (relative to the working directory). */
  readonly logDirs: readonly string[];
  /** Effective retention time in ms; -1 = forever. */
  readonly logRetentionMs: number;
  /** Effective segment roll time in ms. */
  readonly logRollMs: number;
  /** Effective roll jitter in ms. */
  readonly logRollJitterMs: number;
  /** Effective flush age in ms (LONG_MAX = never). */
  readonly logFlushIntervalMs: number;
  /** Effective ZooKeeper connection timeout in ms. */
  readonly zookeeperConnectionTimeoutMs: number;
  /** Every key that was set (file, overrides, options merged; later wins), values as written: the static config. */
  readonly raw: Readonly<Record<string, string>>;
  /** Dynamic configs of the cluster-wide default level in force (`/config/brokers/<default>`), in Kafka's string form. */
  readonly dynamicDefaultConfigs: Readonly<Record<string, string>>;
  /** Dynamic configs of this broker in force (`/config/brokers/<id>`), in Kafka's string form; they beat the default level. */
  readonly dynamicBrokerConfigs: Readonly<Record<string, string>>;
}

/** Where a value came from, named in errors. */
const OVERRIDE_SOURCE = '--override';
const OPTIONS_SOURCE = 'broker options';

const KEYS_BY_NAME: ReadonlyMap<string, ConfigKey> = new Map(BROKER_CONFIG_KEYS.map((key) => [key.name, key as ConfigKey]));

/** The schema entry of a broker key, or undefined when the key is not supported. */
export function brokerConfigKey(name: string): ConfigKey | undefined {
  return KEYS_BY_NAME.get(name);
}

function unknownKey(key: string, value: string, source: string): ConfigError {
  const bad = UNSUPPORTED_BROKER_KEYS.find((u) => (u.match.endsWith('.') ? key.startsWith(u.match) : key === u.match));
  if (bad !== undefined) {
    return new ConfigError('ERR_CONFIG_UNSUPPORTED', `${source}: config '${key}' is not supported (${bad.reason})`, { key, value, source });
  }
  const topic = TOPIC_CONFIGS.find((t) => t.name === key);
  let hint = '';
  if (topic !== undefined && topic.brokerSynonyms.length > 0) {
    hint = ` ('${key}' is a topic config; the broker-wide default is '${topic.brokerSynonyms[0]}')`;
  } else {
    const near = suggestName(key, KEYS_BY_NAME.keys());
    if (near !== null) hint = ` (did you mean '${near}'?)`;
  }
  return new ConfigError('ERR_CONFIG_UNKNOWN', `${source}: unknown config '${key}'${hint}`, { key, value, source });
}

/** Splits `--override` flags (`key=value`, split at the first '='). */
export function parseOverrides(overrides: readonly string[]): [string, string][] {
  return overrides.map((o) => {
    const eq = o.indexOf('=');
    if (eq <= 0) {
      throw new ConfigError('ERR_CONFIG_SYNTAX', `${OVERRIDE_SOURCE}: expected key=value, got '${o}'`, {
        value: o,
        source: OVERRIDE_SOURCE,
      });
    }
    return [o.slice(0, eq).trim(), o.slice(eq + 1)];
  });
}

function readFile(file: string): Map<string, string> {
  try {
    return readPropertiesFile(file);
  } catch (err) {
    if (err instanceof PropertiesSyntaxError) {
      throw new ConfigError('ERR_CONFIG_SYNTAX', `${file}:${err.line}: ${err.message.replace(/^line \d+: /, '')}`, {
        source: file,
        cause: err,
      });
    }
    const why = err instanceof Error ? err.message : String(err);
    throw new ConfigError('ERR_CONFIG_FILE', `${file}: cannot read config file: ${why}`, { source: file, cause: err });
  }
}

/**
 * Loads the broker config: `file` (null = defaults only), then `overrides`
 * (`"key=value"` strings from `--override`), then `extra` (programmatic
 * options, e.g. from `startBroker`). Throws {@link ConfigError} for an
 * unreadable file, an unknown, unsupported or invalid key, or an
 * inconsistent combination.
 */
export function loadBrokerConfig(
  file: string | null,
  overrides: readonly string[] = [],
  extra: Readonly<Record<string, string>> = {},
): BrokerConfig {
  const sources: [string, Iterable<[string, string]>][] = [];
  if (file !== null) sources.push([file, readFile(file)]);
  sources.push([OVERRIDE_SOURCE, parseOverrides(overrides)]);
  sources.push([OPTIONS_SOURCE, Object.entries(extra)]);

  const raw: Record<string, string> = {};
  const sourceOf = new Map<string, string>();
  const parsed = new Map<string, ConfigValue>();
  for (const [source, entries] of sources) {
    for (const [key, value] of entries) {
      const def = KEYS_BY_NAME.get(key) ?? listenerScopedKey(key);
      if (def === undefined) throw unknownKey(key, value, source);
      parsed.set(key, parseKeyValue(def, value, source));
      raw[key] = value;
      sourceOf.set(key, source);
    }
  }
  return resolve(raw, parsed, (key) => sourceOf.get(key) ?? file ?? 'defaults');
}

/**
 * Test-only: `TRIBUTARY_TEST_HTTP_BASE_PORT` moves the default
 * `http.listener`'s port (9644) so that tests of the free-port search run in
 * parallel without taking the real default. Not for users: set
 * `http.listener` instead.
 */
export const TEST_HTTP_BASE_PORT_ENV = 'TRIBUTARY_TEST_HTTP_BASE_PORT';

/** The default `http.listener`, with its port moved by {@link TEST_HTTP_BASE_PORT_ENV} when set. */
function defaultHttpListener(value: string): string {
  const base = process.env[TEST_HTTP_BASE_PORT_ENV];
  if (base === undefined || base === '') return value;
  const port = Number(base);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError('ERR_CONFIG_INVALID', `environment: ${TEST_HTTP_BASE_PORT_ENV}='${base}' is not a port in 1..65535`, {
      key: TEST_HTTP_BASE_PORT_ENV,
      value: base,
      source: 'environment',
    });
  }
  return value.replace(/:[0-9]+(\/?)$/, `:${port}$1`);
}

function resolve(raw: Record<string, string>, parsed: Map<string, ConfigValue>, sourceOf: (key: string) => string): BrokerConfig {
  const values: Record<string, unknown> = {};
  for (const def of BROKER_CONFIG_KEYS) {
    const v = parsed.has(def.name) ? parsed.get(def.name)! : defaultValue(def as ConfigKey);
    values[camelCase(def.name)] = v;
  }
  const v = values as unknown as BrokerConfigValues;
  const fail = (key: string, why: string, code: ConfigErrorCode = 'ERR_CONFIG_INVALID'): never => {
    const source = sourceOf(key);
    const def = KEYS_BY_NAME.get(key) ?? listenerScopedKey(key);
    const shown = def?.type === 'password' ? '[hidden]' : (raw[key] ?? def?.default ?? '');
    throw new ConfigError(code, `${source}: invalid value '${shown}' for config '${key}': ${why}`, {
      key,
      value: raw[key] ?? null,
      source,
    });
  };

  let brokerId = v.brokerId;
  if (v.nodeId !== null) {
    if ('broker.id' in raw && v.brokerId !== v.nodeId) fail('node.id', `differs from broker.id=${v.brokerId}; set one of them`);
    brokerId = v.nodeId;
  }

  const protocolMap = parseProtocolMap(v.listenerSecurityProtocolMap, (why, code) => fail('listener.security.protocol.map', why, code));
  const listeners = parseListeners(v.listeners, protocolMap, (why, code) => fail('listeners', why, code));
  if (listeners.length === 0) fail('listeners', 'at least one listener is required');
  const advertised =
    v.advertisedListeners === null
      ? listeners
      : parseListeners(v.advertisedListeners, protocolMap, (why, code) => fail('advertised.listeners', why, code));
  for (const a of advertised) {
    if (!listeners.some((l) => l.name === a.name)) fail('advertised.listeners', `listener name '${a.name}' is not in listeners`);
    if (advertised === listeners) continue;
    if (a.port === 0) fail('advertised.listeners', `port 0 cannot be advertised ('${a.name}')`);
    if (a.host === '0.0.0.0' || a.host === '::')
      fail('advertised.listeners', `the wildcard address ${a.host} cannot be advertised ('${a.name}')`);
  }
  if (v.interBrokerListenerName !== null && Object.hasOwn(raw, 'security.inter.broker.protocol')) {
    fail('inter.broker.listener.name', 'set only one of inter.broker.listener.name and security.inter.broker.protocol');
  }
  // Kafka: security.inter.broker.protocol names the listener; Tributary falls back to the first listener when it was not set.
  const byProtocol = listeners.find((l) => l.name === v.securityInterBrokerProtocol);
  if (v.interBrokerListenerName === null && byProtocol === undefined && Object.hasOwn(raw, 'security.inter.broker.protocol')) {
    fail('security.inter.broker.protocol', `no listener is named '${v.securityInterBrokerProtocol}'`);
  }
  const interBroker = v.interBrokerListenerName?.toUpperCase() ?? (byProtocol ?? listeners[0]).name;
  if (!listeners.some((l) => l.name === interBroker)) fail('inter.broker.listener.name', `no listener is named '${interBroker}'`);
  const listenerSecurity = resolveListenerSecurity(raw, listeners, interBroker, v.saslMechanismInterBrokerProtocol, (key, why) =>
    fail(key, why),
  );

  const httpListenerExplicit = Object.hasOwn(raw, 'http.listener');
  const httpListener = parseHttpListener(httpListenerExplicit ? v.httpListener : defaultHttpListener(v.httpListener), (why, code) =>
    fail('http.listener', why, code),
  );

  const httpAuth = resolveHttpAuth(httpListener?.host ?? null, v.httpAuthToken, v.httpAuthBasicUsers, (key, why) => fail(key, why));
  const superUsers = (v.superUsers ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x !== '');

  if (v.groupMinSessionTimeoutMs > v.groupMaxSessionTimeoutMs) {
    fail('group.min.session.timeout.ms', `must not exceed group.max.session.timeout.ms=${v.groupMaxSessionTimeoutMs}`);
  }
  const logDirs = v.logDirs ?? [v.logDir];
  if (logDirs.length === 0 || logDirs.some((d) => d === '')) fail('log.dirs', 'needs at least one non-empty directory');

  const retention = v.logRetentionMs ?? (v.logRetentionMinutes !== null ? v.logRetentionMinutes * 60_000 : v.logRetentionHours * 3_600_000);

  const cfg: BrokerConfig = {
    ...v,
    brokerId,
    listeners,
    advertisedListeners: advertised,
    listenerSecurityProtocolMap: protocolMap,
    interBrokerListenerName: interBroker,
    listenerSecurity,
    httpListener,
    httpListenerExplicit,
    httpAuth,
    superUsers,
    logDirs,
    logRetentionMs: retention < 0 ? -1 : retention,
    logRollMs: v.logRollMs ?? v.logRollHours * 3_600_000,
    logRollJitterMs: v.logRollJitterMs ?? v.logRollJitterHours * 3_600_000,
    logFlushIntervalMs: v.logFlushIntervalMs ?? v.logFlushSchedulerIntervalMs,
    zookeeperConnectionTimeoutMs: v.zookeeperConnectionTimeoutMs ?? v.zookeeperSessionTimeoutMs,
    raw: Object.freeze({ ...raw }),
    dynamicDefaultConfigs: Object.freeze({}),
    dynamicBrokerConfigs: Object.freeze({}),
  };
  return Object.freeze(cfg);
}

/**
 * The config in force with dynamic configs over the static one `base`:
 * `perBroker` (this broker's) over `clusterDefault` over `base.raw`, resolved
 * as loadBrokerConfig resolves (log.retention.ms beats .hours whatever layer
 * each comes from, as in Kafka). `raw` stays the static config. The values
 * must have passed validateDynamicConfigs; a combination that does not
 * resolve throws a ConfigError naming the key.
 */
export function withDynamicConfigs(
  base: BrokerConfig,
  clusterDefault: Readonly<Record<string, string>>,
  perBroker: Readonly<Record<string, string>>,
): BrokerConfig {
  const raw: Record<string, string> = { ...base.raw };
  const parsed = new Map<string, ConfigValue>();
  const sourceOf = new Map<string, string>();
  const layers: [string, Readonly<Record<string, string>>][] = [
    ['static broker config', base.raw],
    ['dynamic default broker config', clusterDefault],
    ['dynamic broker config', perBroker],
  ];
  for (const [source, values] of layers) {
    for (const [key, value] of Object.entries(values)) {
      const def = KEYS_BY_NAME.get(key);
      if (def === undefined) throw unknownKey(key, value, source);
      parsed.set(key, parseKeyValue(def, value, source));
      raw[key] = value;
      sourceOf.set(key, source);
    }
  }
  const cfg = resolve(raw, parsed, (key) => sourceOf.get(key) ?? 'defaults');
  return Object.freeze({
    ...cfg,
    raw: base.raw,
    dynamicDefaultConfigs: Object.freeze({ ...clusterDefault }),
    dynamicBrokerConfigs: Object.freeze({ ...perBroker }),
  });
}
