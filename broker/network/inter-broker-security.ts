/**
 * How this broker connects to the others (replica fetchers, the console's
 * peer requests): the security of the inter-broker listener, as Kafka's
 * brokers use it as clients — TLS with that listener's trust store (and its
 * key store, for listeners that ask for client certificates), the host-name
 * check of its `ssl.endpoint.identification.algorithm`, and SASL with
 * `sasl.mechanism.inter.broker.protocol` and the username and password of
 * that mechanism's JAAS config on the listener.
 */
import {
  clientTlsOptions,
  PLAINTEXT_SECURITY,
  type ClientSecurity,
  type ClientSaslMechanism,
} from '../../client/security/client-security.js';
import type { BrokerConfig } from '../../config/broker-config.js';

/** The client security of connections to other brokers. */
export function interBrokerSecurity(cfg: BrokerConfig): ClientSecurity {
  const l = cfg.listenerSecurity[cfg.interBrokerListenerName];
  if (l === undefined || l.securityProtocol === 'PLAINTEXT') return PLAINTEXT_SECURITY;
  const tls = l.ssl ? clientTlsOptions(l.ssl, l.endpointIdentification) : null;
  let sasl: ClientSecurity['sasl'] = null;
  if (l.sasl) {
    const mechanism = cfg.saslMechanismInterBrokerProtocol as ClientSaslMechanism;
    // Checked when the config was loaded: the mechanism is enabled and its JAAS config has both.
    const options = l.sasl.jaas[mechanism]!.options;
    sasl = { mechanism, username: options.get('username')!, password: options.get('password')! };
  }
  return { protocol: l.securityProtocol, tls, sasl };
}
