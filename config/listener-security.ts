/**
 * Each listener's security settings, resolved as Kafka resolves them: for a
 * key `k`, `listener.name.<listener>.k` wins over `k`; for the JAAS config and
 * the re-authentication time, `listener.name.<listener>.<mechanism>.k` wins
 * over both (the mechanism in lower case: `scram-sha-256`).
 *
 * Checked here, so that a bad `server.properties` fails at load with the key
 * named: a TLS listener has a key store; a SASL listener enables only
 * mechanisms Tributary serves (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512) and every
 * JAAS config parses and uses its mechanism's login module; PLAIN has a JAAS
 * config (its user database); the inter-broker listener's SASL mechanism is
 * enabled there and its JAAS config gives the username and password brokers
 * log in with. Files are read later, by the broker (broker/network/tls-server.ts).
 */
import { jaasModuleFor, JaasConfigError, type JaasLoginModule } from './security/jaas.js';
import { sslSettingsFrom, type SslSettings } from './security/ssl-settings.js';
import type { ConfigKey } from './config-def.js';
import { usesSasl, usesTls, type Listener, type SecurityProtocol } from './listeners.js';
import { isListenerScopedKey, MECHANISM_SCOPED_KEYS, SECURITY_CONFIG_KEYS, SUPPORTED_SASL_MECHANISMS } from './security-config-schema.js';

/** A SASL listener's settings. */
export interface ListenerSasl {
  /** Enabled mechanisms, as written (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512). */
  readonly mechanisms: readonly string[];
  /** The JAAS login module per mechanism; null when none is configured (SCRAM needs none on a broker). */
  readonly jaas: Readonly<Record<string, JaasLoginModule | null>>;
  /** connections.max.reauth.ms per mechanism (0 = sessions do not end). */
  readonly reauthMs: Readonly<Record<string, number>>;
  /** sasl.server.max.receive.size: largest frame before authentication. */
  readonly maxReceiveSize: number;
}

/** One listener's resolved security. */
export interface ListenerSecurity {
  readonly listenerName: string;
  readonly securityProtocol: SecurityProtocol;
  /** The listener's `ssl.*` values (TLS listeners), else null. */
  readonly ssl: SslSettings | null;
  /** ssl.client.auth. */
  readonly clientAuth: 'none' | 'requested' | 'required';
  /** ssl.principal.mapping.rules. */
  readonly principalMappingRules: string;
  /** ssl.endpoint.identification.algorithm is https: check host names in certificates (as a client). */
  readonly endpointIdentification: boolean;
  /** The SASL settings (SASL listeners), else null. */
  readonly sasl: ListenerSasl | null;
}

/** Reports a problem with a key (throws). */
export type KeyFail = (key: string, why: string) => never;

const PREFIX_RE = /^listener\.name\.([^.]+)\.(.+)$/i;
const SECURITY_KEYS: ReadonlyMap<string, ConfigKey> = new Map(SECURITY_CONFIG_KEYS.map((k) => [k.name, k as ConfigKey]));

/**
 * The schema entry a `listener.name.<l>.<key>` (or `listener.name.<l>.<mech>.<key>`)
 * is checked against, or undefined when it is not a listener-scoped key.
 */
export function listenerScopedKey(name: string): ConfigKey | undefined {
  const m = PREFIX_RE.exec(name);
  if (m === null) return undefined;
  const rest = m[2];
  const dot = rest.indexOf('.');
  const inner = rest.slice(dot + 1);
  let def: ConfigKey | undefined;
  if (isListenerScopedKey(rest)) def = SECURITY_KEYS.get(rest);
  else if (dot > 0 && MECHANISM_SCOPED_KEYS.includes(inner)) def = SECURITY_KEYS.get(inner);
  // Named as written, so that errors name the key the user wrote.
  return def === undefined ? undefined : { ...def, name };
}

/** Kafka's explanation for a mechanism Tributary does not serve. */
function unsupportedMechanism(m: string): string {
  const why = m === 'GSSAPI' ? 'GSSAPI (Kerberos) is not supported' : `SASL mechanism '${m}' is not supported`;
  return `${why}: Tributary serves ${SUPPORTED_SASL_MECHANISMS.join(', ')}`;
}

/**
 * Resolves every listener's security from the raw keys. `interBroker` is the
 * inter-broker listener's name; `interBrokerMechanism` its SASL mechanism.
 */
export function resolveListenerSecurity(
  raw: Readonly<Record<string, string>>,
  listeners: readonly Listener[],
  interBroker: string,
  interBrokerMechanism: string,
  fail: KeyFail,
): Record<string, ListenerSecurity> {
  // listener.name.<l>.* keys must name a listener.
  for (const key of Object.keys(raw)) {
    const m = PREFIX_RE.exec(key);
    if (m !== null && !listeners.some((l) => l.name === m[1].toUpperCase())) {
      fail(key, `listener name '${m[1]}' is not one of listeners (${listeners.map((l) => l.name).join(', ')})`);
    }
  }
  const out: Record<string, ListenerSecurity> = {};
  for (const l of listeners) {
    const prefix = `listener.name.${l.name.toLowerCase()}.`;
    const keyOf = (k: string, mech?: string): string | undefined => {
      const candidates = mech ? [`${prefix}${mech.toLowerCase()}.${k}`, `${prefix}${k}`, k] : [`${prefix}${k}`, k];
      for (const c of candidates) {
        const found = Object.keys(raw).find((r) => r.toLowerCase() === c.toLowerCase());
        if (found !== undefined) return found;
      }
      return undefined;
    };
    const get = (k: string, mech?: string): string | undefined => {
      const key = keyOf(k, mech);
      return key === undefined ? undefined : raw[key];
    };
    const withDefault = (k: string): string => get(k) ?? SECURITY_KEYS.get(k)?.default ?? '';
    let ssl: SslSettings | null = null;
    if (usesTls(l.securityProtocol)) {
      ssl = sslSettingsFrom(get);
      if (ssl.keystoreType === 'JKS') {
        fail(keyOf('ssl.keystore.type')!, 'JKS is not supported: use PEM or PKCS12 (keytool -importkeystore ... -deststoretype PKCS12)');
      }
      if (ssl.truststoreType === 'JKS') {
        fail(keyOf('ssl.truststore.type')!, 'JKS is not supported: use PEM or PKCS12 (keytool -importkeystore ... -deststoretype PKCS12)');
      }
      if (ssl.keystoreLocation === undefined && ssl.keystoreKey === undefined) {
        fail(
          `${prefix}ssl.keystore.location`,
          `listener ${l.name} (${l.securityProtocol}) needs a key store: set ssl.keystore.location (or ssl.keystore.key and ssl.keystore.certificate.chain), for all listeners or with the listener.name.${l.name.toLowerCase()}. prefix`,
        );
      }
    }
    let sasl: ListenerSasl | null = null;
    if (usesSasl(l.securityProtocol)) {
      const mechKey = keyOf('sasl.enabled.mechanisms') ?? 'sasl.enabled.mechanisms';
      const mechanisms = withDefault('sasl.enabled.mechanisms')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      if (mechanisms.length === 0) fail(mechKey, `listener ${l.name} enables no SASL mechanism`);
      const jaas: Record<string, JaasLoginModule | null> = {};
      const reauthMs: Record<string, number> = {};
      for (const mech of mechanisms) {
        if (!(SUPPORTED_SASL_MECHANISMS as readonly string[]).includes(mech)) fail(mechKey, unsupportedMechanism(mech));
        const jaasKey = keyOf('sasl.jaas.config', mech);
        let module: JaasLoginModule | null = null;
        if (jaasKey !== undefined) {
          try {
            module = jaasModuleFor(raw[jaasKey], mech);
          } catch (err) {
            // An unprefixed JAAS config may serve another mechanism of the listener.
            const mechanismScoped = jaasKey.toLowerCase().includes(`.${mech.toLowerCase()}.`);
            if (mechanismScoped || !(err instanceof JaasConfigError) || !/must use/.test(err.message)) {
              fail(jaasKey, err instanceof Error ? err.message : String(err));
            }
          }
        }
        if (mech === 'PLAIN' && module === null) {
          fail(
            `${prefix}plain.sasl.jaas.config`,
            `listener ${l.name} enables PLAIN, which needs a JAAS config with its users: org.apache.kafka.common.security.plain.PlainLoginModule required user_<name>="<password>" ...;`,
          );
        }
        jaas[mech] = module;
        const reauth = Number(get('connections.max.reauth.ms', mech) ?? '0');
        reauthMs[mech] = reauth;
      }
      sasl = { mechanisms, jaas, reauthMs, maxReceiveSize: Number(withDefault('sasl.server.max.receive.size')) };
      if (l.name === interBroker) {
        if (!mechanisms.includes(interBrokerMechanism)) {
          fail(
            'sasl.mechanism.inter.broker.protocol',
            `'${interBrokerMechanism}' is not enabled on the inter-broker listener ${l.name} (enabled: ${mechanisms.join(', ')})`,
          );
        }
        const module = jaas[interBrokerMechanism];
        if (module === null || !module.options.has('username') || !module.options.has('password')) {
          fail(
            keyOf('sasl.jaas.config', interBrokerMechanism) ?? `${prefix}${interBrokerMechanism.toLowerCase()}.sasl.jaas.config`,
            `brokers log in to listener ${l.name} with ${interBrokerMechanism}: its JAAS config needs username="..." and password="..."`,
          );
        }
      }
    }
    out[l.name] = {
      listenerName: l.name,
      securityProtocol: l.securityProtocol,
      ssl,
      clientAuth: withDefault('ssl.client.auth') as ListenerSecurity['clientAuth'],
      principalMappingRules: withDefault('ssl.principal.mapping.rules'),
      endpointIdentification: withDefault('ssl.endpoint.identification.algorithm').toLowerCase() === 'https',
      sasl,
    };
  }
  return out;
}
