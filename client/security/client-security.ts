/**
 * How a client connection is secured — Kafka's client properties turned
 * into one object the lean client's connections take:
 *
 * - `security.protocol`: PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL;
 * - TLS: the `ssl.*` keys (config/security/ssl-settings.ts): the trust store
 *   that signs the brokers, a key store for client authentication, and
 *   `ssl.endpoint.identification.algorithm` (https, the default, checks the
 *   broker's host name; empty does not);
 * - SASL: `sasl.mechanism` (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512) with the
 *   user and password of `sasl.jaas.config` (or librdkafka's `sasl.username`
 *   / `sasl.password`).
 */
import type tls from 'node:tls';
import { jaasModuleFor, JaasConfigError } from '../../config/security/jaas.js';
import { loadTlsMaterial, SecurityConfigError, sslSettingsFrom, type SslSettings } from '../../config/security/ssl-settings.js';

/** The SASL mechanisms the client speaks. */
export type ClientSaslMechanism = 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512';

/** What secures a connection. */
export interface ClientSecurity {
  /** Kafka's security.protocol. */
  readonly protocol: 'PLAINTEXT' | 'SSL' | 'SASL_PLAINTEXT' | 'SASL_SSL';
  /** TLS options (SSL and SASL_SSL), else null. */
  readonly tls: tls.ConnectionOptions | null;
  /** SASL login (SASL_PLAINTEXT and SASL_SSL), else null. */
  readonly sasl: { readonly mechanism: ClientSaslMechanism; readonly username: string; readonly password: string } | null;
}

/** No security: PLAINTEXT. */
export const PLAINTEXT_SECURITY: ClientSecurity = Object.freeze({ protocol: 'PLAINTEXT', tls: null, sasl: null });

const MECHANISMS: readonly ClientSaslMechanism[] = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'];

/** TLS options of a client from its SSL settings (files read now). */
export function clientTlsOptions(ssl: SslSettings, endpointIdentification: boolean): tls.ConnectionOptions {
  const m = loadTlsMaterial(ssl, false);
  const options: tls.ConnectionOptions = {
    ca: m.ca,
    key: m.key,
    cert: m.cert,
    pfx: m.pfx,
    minVersion: m.minVersion,
    maxVersion: m.maxVersion,
    ciphers: m.ciphers,
  };
  if (!endpointIdentification) options.checkServerIdentity = () => undefined;
  return options;
}

/**
 * The security of Kafka client properties (a properties file's map, or any
 * lookup). Throws SecurityConfigError naming the key for an unknown protocol
 * or mechanism, a missing user or password, or a store that cannot be read.
 */
export function clientSecurityFromProperties(props: ReadonlyMap<string, string> | ((key: string) => string | undefined)): ClientSecurity {
  const get = typeof props === 'function' ? props : (k: string) => props.get(k);
  const protocol = (get('security.protocol') ?? 'PLAINTEXT').trim().toUpperCase();
  if (protocol !== 'PLAINTEXT' && protocol !== 'SSL' && protocol !== 'SASL_PLAINTEXT' && protocol !== 'SASL_SSL') {
    throw new SecurityConfigError(`security.protocol '${protocol}' is not one of PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL`);
  }
  let tlsOptions: tls.ConnectionOptions | null = null;
  if (protocol === 'SSL' || protocol === 'SASL_SSL') {
    const endpoint = (get('ssl.endpoint.identification.algorithm') ?? 'https').trim().toLowerCase() === 'https';
    tlsOptions = clientTlsOptions(sslSettingsFrom(get), endpoint);
  }
  let sasl: ClientSecurity['sasl'] = null;
  if (protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL') {
    const mechanism = (get('sasl.mechanism') ?? get('sasl.mechanisms') ?? 'GSSAPI').trim().toUpperCase() as ClientSaslMechanism;
    if (!MECHANISMS.includes(mechanism)) {
      throw new SecurityConfigError(`sasl.mechanism '${mechanism}' is not supported: use ${MECHANISMS.join(', ')}`);
    }
    let username = get('sasl.username');
    let password = get('sasl.password');
    const jaas = get('sasl.jaas.config');
    if (jaas !== undefined) {
      try {
        const module = jaasModuleFor(jaas, mechanism);
        username = module.options.get('username') ?? username;
        password = module.options.get('password') ?? password;
      } catch (err) {
        if (err instanceof JaasConfigError) throw new SecurityConfigError(err.message);
        throw err;
      }
    }
    if (username === undefined || password === undefined) {
      throw new SecurityConfigError(`${mechanism} needs a user and password: sasl.jaas.config with username="..." password="..."`);
    }
    sasl = { mechanism, username, password };
  }
  return { protocol, tls: tlsOptions, sasl };
}
