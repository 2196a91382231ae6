import { describe, expect, it } from 'vitest';
import { ConfigError, loadBrokerConfig } from '../../../config/broker-config.js';

const load = (...overrides: string[]) => loadBrokerConfig(null, overrides);
const PLAIN_JAAS =
  'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-pw" user_admin="admin-pw" user_alice="alice-pw";';
const SCRAM_JAAS = 'org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="admin-pw";';

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('listener security', () => {
  it('maps each listener to its protocol; named listeners through listener.security.protocol.map', () => {
    const cfg = load(
      'listeners=PLAINTEXT://:9092,SSL://:9093,SASL_SSL://:9094,CLIENT://:9095',
      'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_SSL:SASL_SSL,CLIENT:SASL_PLAINTEXT',
      'ssl.keystore.location=/k.pem',
      'sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-512',
      `sasl.jaas.config=${PLAIN_JAAS}`,
    );
    expect(cfg.listeners.map((l) => [l.name, l.securityProtocol])).toEqual([
      ['PLAINTEXT', 'PLAINTEXT'],
      ['SSL', 'SSL'],
      ['SASL_SSL', 'SASL_SSL'],
      ['CLIENT', 'SASL_PLAINTEXT'],
    ]);
    expect(cfg.listenerSecurity.PLAINTEXT).toMatchObject({ ssl: null, sasl: null });
    expect(cfg.listenerSecurity.SSL.ssl?.keystoreLocation).toBe('/k.pem');
    expect(cfg.listenerSecurity.CLIENT.ssl).toBeNull();
    expect(cfg.listenerSecurity.CLIENT.sasl?.mechanisms).toEqual(['PLAIN', 'SCRAM-SHA-512']);
    // The unprefixed JAAS config is PLAIN's; SCRAM needs none on a broker.
    expect(cfg.listenerSecurity.CLIENT.sasl?.jaas.PLAIN?.options.get('user_alice')).toBe('alice-pw');
    expect(cfg.listenerSecurity.CLIENT.sasl?.jaas['SCRAM-SHA-512']).toBeNull();
  });

  it('listener.name.<l>. and listener.name.<l>.<mechanism>. win over the plain key', () => {
    const cfg = load(
      'listeners=SSL://:9093,INTERNAL://:9094',
      'listener.security.protocol.map=SSL:SSL,INTERNAL:SASL_SSL',
      'inter.broker.listener.name=INTERNAL',
      'ssl.keystore.location=/all.pem',
      'listener.name.internal.ssl.keystore.location=/internal.pem',
      'listener.name.internal.ssl.client.auth=required',
      'sasl.enabled.mechanisms=GSSAPI',
      'listener.name.internal.sasl.enabled.mechanisms=SCRAM-SHA-256,PLAIN',
      'sasl.mechanism.inter.broker.protocol=SCRAM-SHA-256',
      `listener.name.internal.plain.sasl.jaas.config=${PLAIN_JAAS}`,
      `listener.name.internal.scram-sha-256.sasl.jaas.config=${SCRAM_JAAS}`,
      'listener.name.internal.scram-sha-256.connections.max.reauth.ms=60000',
    );
    expect(cfg.listenerSecurity.SSL.ssl?.keystoreLocation).toBe('/all.pem');
    expect(cfg.listenerSecurity.SSL.clientAuth).toBe('none');
    expect(cfg.listenerSecurity.INTERNAL.ssl?.keystoreLocation).toBe('/internal.pem');
    expect(cfg.listenerSecurity.INTERNAL.clientAuth).toBe('required');
    expect(cfg.listenerSecurity.INTERNAL.sasl?.jaas['SCRAM-SHA-256']?.options.get('username')).toBe('admin');
    expect(cfg.listenerSecurity.INTERNAL.sasl?.reauthMs).toEqual({ 'SCRAM-SHA-256': 60000, PLAIN: 0 });
  });

  it.each([
    [['listeners=SASL_PLAINTEXT://:9092', 'sasl.enabled.mechanisms=OAUTHBEARER'], "SASL mechanism 'OAUTHBEARER' is not supported"],
    [['listeners=SASL_PLAINTEXT://:9092', 'sasl.enabled.mechanisms=PLAIN'], 'PLAIN, which needs a JAAS config'],
    [
      [
        'listeners=SASL_PLAINTEXT://:9092',
        'sasl.enabled.mechanisms=PLAIN',
        `listener.name.sasl_plaintext.plain.sasl.jaas.config=${SCRAM_JAAS}`,
      ],
      'must use org.apache.kafka.common.security.plain.PlainLoginModule',
    ],
    [
      ['listeners=SASL_PLAINTEXT://:9092', 'sasl.enabled.mechanisms=PLAIN', 'sasl.jaas.config=PlainLoginModule required user_a="x"'],
      "must end with ';'",
    ],
    [
      ['listeners=SASL_PLAINTEXT://:9092', 'sasl.enabled.mechanisms=SCRAM-SHA-256', 'sasl.mechanism.inter.broker.protocol=PLAIN'],
      "'PLAIN' is not enabled on the inter-broker listener",
    ],
    [
      ['listeners=SASL_PLAINTEXT://:9092', 'sasl.enabled.mechanisms=SCRAM-SHA-256', 'sasl.mechanism.inter.broker.protocol=SCRAM-SHA-256'],
      'its JAAS config needs username',
    ],
    [['listeners=SSL://:9093', 'ssl.keystore.location=/k', 'ssl.keystore.type=JKS'], 'JKS is not supported'],
    [
      ['listeners=SSL://:9093', 'ssl.keystore.location=/k', 'listener.name.ssl.ssl.client.auth=maybe'],
      'must be one of required, requested, none',
    ],
    [['listeners=PLAINTEXT://:9092', 'listener.name.other.ssl.keystore.location=/k'], "listener name 'other' is not one of listeners"],
    [
      ['listeners=PLAINTEXT://:9092', 'inter.broker.listener.name=PLAINTEXT', 'security.inter.broker.protocol=PLAINTEXT'],
      'set only one of',
    ],
  ])('rejects %j naming the problem', (overrides, message) => {
    expect(errorOf(() => load(...overrides)).message).toContain(message);
  });

  it('never shows a JAAS config (it holds passwords) in an error', () => {
    const e = errorOf(() =>
      load('listeners=SASL_PLAINTEXT://:9092', 'sasl.enabled.mechanisms=PLAIN', 'sasl.jaas.config=x required secret="hunter2"'),
    );
    expect(e.message).not.toContain('hunter2');
  });
});
