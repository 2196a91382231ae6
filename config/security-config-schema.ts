/**
 * The broker's TLS and SASL keys: Kafka's names, types and defaults (part of
 * BROKER_CONFIG_KEYS). Every `ssl.*` and `sasl.*` key may also be written per
 * listener as `listener.name.<listener>.<key>` (the listener name in lower
 * case, as Kafka documents it; any case is accepted), which wins over the
 * unprefixed key for that listener; the JAAS config and the re-authentication
 * time may be given per mechanism too
 * (`listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config`). See
 * config/listener-security.ts for how a listener's settings are resolved.
 *
 * Departures from Kafka, each because a Kafka default would fail here:
 * `ssl.keystore.type` and `ssl.truststore.type` default to unset (Kafka: JKS,
 * which Node cannot read): the type is then taken from the file (PEM text or
 * PKCS12; a JKS file gets an error saying how to convert it).
 */
import { atLeast, defineKey as k, listOf, oneOf } from './config-def.js';
import type { ConfigKey } from './config-def.js';

/** Kafka's SASL mechanisms Tributary serves. */
export const SUPPORTED_SASL_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] as const;

/** The store types: PEM and PKCS12; JKS is recognised to be refused by name. */
const STORE_TYPES = oneOf('PEM', 'PKCS12', 'JKS');

/** The security keys, in documentation order. */
export const SECURITY_CONFIG_KEYS = [
  // --- TLS
  k('ssl.keystore.type', 'string', null, 'Format of the key store: PEM or PKCS12 (JKS is not supported); unset = taken from the file.', {
    validator: STORE_TYPES,
  }),
  k('ssl.keystore.location', 'string', null, 'Key store file: the private key and certificate chain of this listener (PEM or PKCS12).'),
  k('ssl.keystore.password', 'password', null, 'Password of the key store file (PKCS12; for PEM, of the encrypted private key).'),
  k('ssl.key.password', 'password', null, 'Password of the private key in the key store (PEM: the encrypted key).'),
  k('ssl.keystore.key', 'password', null, 'The private key in PEM form, inline (with ssl.keystore.type=PEM).'),
  k('ssl.keystore.certificate.chain', 'password', null, 'The certificate chain in PEM form, inline (with ssl.keystore.type=PEM).'),
  k(
    'ssl.truststore.type',
    'string',
    null,
    'Format of the trust store: PEM or PKCS12 (JKS is not supported); unset = taken from the file.',
    {
      validator: STORE_TYPES,
    },
  ),
  k('ssl.truststore.location', 'string', null, 'Trust store file: the CA certificates trusted for client certificates (PEM or PKCS12).'),
  k('ssl.truststore.password', 'password', null, 'Password of a PKCS12 trust store.'),
  k('ssl.truststore.certificates', 'password', null, 'Trusted CA certificates in PEM form, inline (with ssl.truststore.type=PEM).'),
  k('ssl.client.auth', 'string', 'none', 'Client certificates: required, requested (used when given) or none.', {
    validator: oneOf('required', 'requested', 'none'),
  }),
  k('ssl.enabled.protocols', 'list', 'TLSv1.2,TLSv1.3', 'TLS versions accepted on TLS listeners.', {
    validator: listOf('TLSv1.2', 'TLSv1.3', 'TLSv1.1', 'TLSv1'),
  }),
  k('ssl.protocol', 'string', 'TLSv1.3', 'Accepted for compatibility; ssl.enabled.protocols decides the versions.', { ignored: true }),
  k('ssl.cipher.suites', 'list', '', 'Cipher suites allowed (OpenSSL or IANA names); empty = Node’s defaults.'),
  k(
    'ssl.principal.mapping.rules',
    'string',
    'DEFAULT',
    'Rules mapping a client certificate’s distinguished name to a principal name: RULE:pattern/replacement/[LU], ..., DEFAULT.',
  ),
  k(
    'ssl.endpoint.identification.algorithm',
    'string',
    'https',
    'https: brokers check the host name in each other’s certificates (inter-broker connections); empty turns the check off.',
  ),
  k('ssl.keymanager.algorithm', 'string', 'SunX509', 'Accepted for compatibility; ignored (a Java setting).', { ignored: true }),
  k('ssl.trustmanager.algorithm', 'string', 'PKIX', 'Accepted for compatibility; ignored (a Java setting).', { ignored: true }),
  k('ssl.secure.random.implementation', 'string', null, 'Accepted for compatibility; ignored (a Java setting).', { ignored: true }),
  k('ssl.provider', 'string', null, 'Accepted for compatibility; ignored (a Java setting).', { ignored: true }),
  // --- SASL
  k(
    'sasl.enabled.mechanisms',
    'list',
    'GSSAPI',
    'SASL mechanisms served on SASL listeners: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 (Kafka’s default GSSAPI is not supported).',
  ),
  k('sasl.mechanism.inter.broker.protocol', 'string', 'GSSAPI', 'SASL mechanism brokers use with each other over a SASL listener.'),
  k(
    'sasl.jaas.config',
    'password',
    null,
    'JAAS login context: `<LoginModule> required user_<name>="<password>" username="..." password="...";` (usually per listener and mechanism).',
  ),
  k(
    'sasl.server.max.receive.size',
    'int',
    524288,
    'Largest frame accepted before a SASL client has authenticated; a larger one closes the connection.',
    { validator: atLeast(1) },
  ),
  k(
    'connections.max.reauth.ms',
    'long',
    0,
    'Longest SASL session (KIP-368): clients re-authenticate before it ends or are disconnected; 0 = sessions never end.',
    { validator: atLeast(0) },
  ),
  k(
    'connection.failed.authentication.delay.ms',
    'int',
    100,
    'Delay before the answer to a failed authentication (and the close), to slow down password guessing.',
    { validator: atLeast(0) },
  ),
] as const satisfies readonly ConfigKey[];

/** Keys that may be prefixed `listener.name.<l>.`: every ssl.* and sasl.* key, and connections.max.reauth.ms. */
export function isListenerScopedKey(name: string): boolean {
  return name.startsWith('ssl.') || name.startsWith('sasl.') || name === 'connections.max.reauth.ms';
}

/** Keys that may be prefixed by a mechanism too (`scram-sha-256.sasl.jaas.config`). */
export const MECHANISM_SCOPED_KEYS: readonly string[] = ['sasl.jaas.config', 'connections.max.reauth.ms'];
