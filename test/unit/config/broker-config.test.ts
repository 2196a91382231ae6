import { describe, expect, it, onTestFinished } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BROKER_CONFIG_KEYS,
  ConfigError,
  LONG_MAX,
  TEST_HTTP_BASE_PORT_ENV,
  loadBrokerConfig,
  parseOverrides,
} from '../../../config/broker-config.js';
import { camelCase, defaultValue, parseByType } from '../../../config/config-def.js';
import type { ConfigKey } from '../../../config/config-def.js';
import { describeBrokerConfig } from '../../../config/broker-config-sources.js';

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'broker-config-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

const load = (...overrides: string[]) => loadBrokerConfig(null, overrides);

describe('schema', () => {
  it('has unique names and parseable defaults that pass their own validators', () => {
    const names = new Set<string>();
    for (const key of BROKER_CONFIG_KEYS as readonly ConfigKey[]) {
      expect(names.has(key.name), key.name).toBe(false);
      names.add(key.name);
      expect(key.doc.length, key.name).toBeGreaterThan(10);
      const v = defaultValue(key);
      if (v !== null) expect(key.validator?.check(v) ?? null, key.name).toBeNull();
    }
  });
});

describe('loadBrokerConfig defaults', () => {
  const cfg = load();

  it("uses Kafka's defaults and Tributary's where documented", () => {
    expect(cfg.brokerId).toBe(0);
    expect(cfg.listeners).toEqual([{ name: 'PLAINTEXT', securityProtocol: 'PLAINTEXT', host: '', port: 9092 }]);
    expect(cfg.advertisedListeners).toEqual(cfg.listeners);
    expect(cfg.logDirs).toEqual(['./data']);
    expect(cfg.numPartitions).toBe(1);
    expect(cfg.defaultReplicationFactor).toBe(1);
    expect(cfg.autoCreateTopicsEnable).toBe(true);
    expect(cfg.deleteTopicEnable).toBe(true);
    expect(cfg.logSegmentBytes).toBe(1073741824);
    expect(cfg.logRollMs).toBe(168 * 3_600_000);
    expect(cfg.logRetentionMs).toBe(168 * 3_600_000);
    expect(cfg.logRetentionBytes).toBe(-1);
    expect(cfg.logRetentionCheckIntervalMs).toBe(300000);
    expect(cfg.logIndexIntervalBytes).toBe(4096);
    expect(cfg.logIndexSizeMaxBytes).toBe(10485760);
    expect(cfg.logCleanupPolicy).toEqual(['delete']);
    expect(cfg.logMessageTimestampType).toBe('CreateTime');
    expect(cfg.messageMaxBytes).toBe(1048588);
    expect(cfg.logFlushIntervalMessages).toBe(LONG_MAX);
    expect(cfg.logFlushIntervalMs).toBe(LONG_MAX);
    expect(cfg.minInsyncReplicas).toBe(1);
    expect(cfg.uncleanLeaderElectionEnable).toBe(false);
    expect(cfg.socketRequestMaxBytes).toBe(104857600);
    expect(cfg.offsetsTopicNumPartitions).toBe(50);
    expect(cfg.offsetsTopicReplicationFactor).toBe(3);
    expect(cfg.offsetsRetentionMinutes).toBe(10080);
    expect(cfg.groupInitialRebalanceDelayMs).toBe(3000);
    expect(cfg.groupMinSessionTimeoutMs).toBe(6000);
    expect(cfg.groupMaxSessionTimeoutMs).toBe(1800000);
    expect(cfg.zookeeperConnect).toBeNull();
    expect(cfg.zookeeperSessionTimeoutMs).toBe(18000);
    expect(cfg.zookeeperConnectionTimeoutMs).toBe(18000);
    expect(cfg.replicaLagTimeMaxMs).toBe(30000);
    expect(cfg.replicaFetchWaitMaxMs).toBe(500);
    expect(cfg.httpListener).toEqual({ host: '127.0.0.1', port: 9644 });
    expect(cfg.clusterId).toBeNull();
    expect(cfg.interBrokerListenerName).toBe('PLAINTEXT');
    expect(cfg.raw).toEqual({});
  });

  it('is frozen', () => {
    expect(Object.isFrozen(cfg)).toBe(true);
    expect(Object.isFrozen(cfg.raw)).toBe(true);
  });
});

describe('the shipped config files', () => {
  it('server.properties is the embedded single broker', () => {
    const cfg = loadBrokerConfig('config/server.properties', []);
    expect(cfg.brokerId).toBe(0);
    expect(cfg.listeners).toEqual([{ name: 'PLAINTEXT', securityProtocol: 'PLAINTEXT', host: 'localhost', port: 9092 }]);
    expect(cfg.logDirs).toEqual(['./data']);
    expect(cfg.zookeeperConnect).toBeNull();
    expect(cfg.offsetsTopicReplicationFactor).toBe(1);
    expect(cfg.numPartitions).toBe(1);
  });

  it.each([1, 2])('server-%i.properties joins the ZooKeeper cluster', (i) => {
    const cfg = loadBrokerConfig(`config/server-${i}.properties`, []);
    expect(cfg.brokerId).toBe(i);
    expect(cfg.listeners[0].port).toBe(9092 + i);
    expect(cfg.logDirs).toEqual([`./data-${i}`]);
    expect(cfg.zookeeperConnect).toBe('localhost:2181');
    expect(cfg.httpListener?.port).not.toBe(9644);
  });
});

describe('sources and precedence', () => {
  it('applies file, then --override, then options', () => {
    const file = tempFile('s.properties', 'num.partitions=3\nbroker.id=1\nlog.dirs=/a\n');
    const cfg = loadBrokerConfig(file, ['num.partitions=4', 'log.dirs=/b'], { 'log.dirs': '/c' });
    expect(cfg.brokerId).toBe(1);
    expect(cfg.numPartitions).toBe(4);
    expect(cfg.logDirs).toEqual(['/c']);
    expect(cfg.raw).toEqual({ 'num.partitions': '4', 'broker.id': '1', 'log.dirs': '/c' });
  });

  it('splits overrides at the first =', () => {
    expect(parseOverrides(['a=b=c', 'x='])).toEqual([
      ['a', 'b=c'],
      ['x', ''],
    ]);
    expect(errorOf(() => load('novalue')).code).toBe('ERR_CONFIG_SYNTAX');
  });

  it('names the file when it cannot be read', () => {
    const e = errorOf(() => loadBrokerConfig('/nonexistent/server.properties', []));
    expect(e.code).toBe('ERR_CONFIG_FILE');
    expect(e.message).toContain('/nonexistent/server.properties');
  });

  it('reports a malformed escape with file and line', () => {
    const file = tempFile('bad.properties', 'a.b=1\nlog.dir=\\uZZZZ\n');
    const e = errorOf(() => loadBrokerConfig(file, []));
    expect(e.code).toBe('ERR_CONFIG_SYNTAX');
    expect(e.message).toContain(`${file}:2:`);
  });
});

describe('unknown and invalid keys', () => {
  it('names the file, the key and a close match', () => {
    const file = tempFile('server.properties', 'log.dirz=/tmp/x\n');
    const e = errorOf(() => loadBrokerConfig(file, []));
    expect(e.code).toBe('ERR_CONFIG_UNKNOWN');
    expect(e.message).toBe(`${file}: unknown config 'log.dirz' (did you mean 'log.dirs'?)`);
    expect(e.key).toBe('log.dirz');
    expect(e.value).toBe('/tmp/x');
    expect(e.source).toBe(file);
  });

  it('points a topic-level name to its broker-wide key', () => {
    expect(errorOf(() => load('retention.ms=1000')).message).toContain("the broker-wide default is 'log.retention.ms'");
  });

  it('does not suggest anything for a name far from every key', () => {
    expect(errorOf(() => load('completely.different=1')).message).toBe("--override: unknown config 'completely.different'");
  });

  it.each([
    ['num.partitions=abc', 'expected an int'],
    ['num.partitions=0', 'must be at least 1'],
    ['num.partitions=1.5', 'expected an int'],
    ['num.partitions=2147483648', 'int out of range'],
    ['auto.create.topics.enable=yes', 'expected a boolean'],
    ['log.cleanup.policy=delete,purge', "'purge' is not one of"],
    ['log.message.timestamp.type=createtime', 'must be one of CreateTime, LogAppendTime'],
    ['log.cleaner.min.cleanable.ratio=1.5', 'must be between 0 and 1'],
    ['log.cleaner.min.cleanable.ratio=x', 'expected a double'],
    ['compression.type=brotli', 'must be one of'],
    ['log.segment.bytes=10', 'must be at least 14'],
    ['broker.id=-1', 'must be at least 0'],
  ])('rejects %s', (override, why) => {
    const e = errorOf(() => load(override));
    const [key, value] = override.split('=');
    expect(e.code).toBe('ERR_CONFIG_INVALID');
    expect(e.message).toContain(`--override: invalid value '${value}' for config '${key}'`);
    expect(e.message).toContain(why);
  });

  it('parses values as Kafka does: trimmed, case-insensitive booleans, comma lists', () => {
    const cfg = load('num.partitions= 7 ', 'delete.topic.enable=FALSE', 'log.cleanup.policy=compact , delete', 'log.dirs=/a, /b');
    expect(cfg.numPartitions).toBe(7);
    expect(cfg.deleteTopicEnable).toBe(false);
    expect(cfg.logCleanupPolicy).toEqual(['compact', 'delete']);
    expect(cfg.logDirs).toEqual(['/a', '/b']);
  });

  it('accepts keys kept for compatibility', () => {
    const cfg = load('num.network.threads=3', 'num.io.threads=8', 'num.recovery.threads.per.data.dir=1', 'transaction.state.log.min.isr=1');
    expect(cfg.numIoThreads).toBe(8);
  });

  it.each([
    'process.roles=broker',
    'controller.quorum.voters=1@x:9093',
    'sasl.kerberos.service.name=kafka',
    'ssl.engine.factory.class=x',
    'client.quota.callback.class=x',
  ])('rejects unsupported %s with the reason', (override) => {
    const e = errorOf(() => load(override));
    expect(e.code).toBe('ERR_CONFIG_UNSUPPORTED');
    expect(e.message).toMatch(/is not supported \(.+\)/);
  });
});

describe('resolution', () => {
  it('retention: ms over minutes over hours; any negative is -1', () => {
    expect(load('log.retention.hours=1').logRetentionMs).toBe(3_600_000);
    expect(load('log.retention.hours=1', 'log.retention.minutes=2').logRetentionMs).toBe(120_000);
    expect(load('log.retention.hours=1', 'log.retention.minutes=2', 'log.retention.ms=5').logRetentionMs).toBe(5);
    expect(load('log.retention.ms=-1').logRetentionMs).toBe(-1);
    expect(load('log.retention.hours=-5').logRetentionMs).toBe(-1);
  });

  it('roll: ms over hours', () => {
    expect(load('log.roll.hours=2').logRollMs).toBe(7_200_000);
    expect(load('log.roll.hours=2', 'log.roll.ms=10').logRollMs).toBe(10);
  });

  it('log.dirs over log.dir', () => {
    expect(load('log.dir=/one').logDirs).toEqual(['/one']);
    expect(load('log.dir=/one', 'log.dirs=/two,/three').logDirs).toEqual(['/two', '/three']);
  });

  it('node.id is an alias of broker.id, and both must agree', () => {
    expect(load('node.id=5').brokerId).toBe(5);
    expect(load('node.id=5', 'broker.id=5').brokerId).toBe(5);
    expect(errorOf(() => load('node.id=5', 'broker.id=4')).message).toContain("'node.id'");
  });

  it('zookeeper connection timeout defaults to the session timeout', () => {
    expect(load('zookeeper.session.timeout.ms=9000').zookeeperConnectionTimeoutMs).toBe(9000);
    expect(load('zookeeper.connection.timeout.ms=100').zookeeperConnectionTimeoutMs).toBe(100);
  });

  it('keeps Long.MAX_VALUE as LONG_MAX', () => {
    expect(load('log.flush.interval.messages=9223372036854775807').logFlushIntervalMessages).toBe(LONG_MAX);
  });

  it('checks group session timeouts against each other', () => {
    expect(errorOf(() => load('group.min.session.timeout.ms=10000', 'group.max.session.timeout.ms=5000')).key).toBe(
      'group.min.session.timeout.ms',
    );
  });
});

describe('listeners', () => {
  it('parses several listeners, empty hosts, IPv6 and port 0', () => {
    const cfg = load(
      'listeners=INTERNAL://:9092,external://[::1]:0,LOCAL://127.0.0.1:9093',
      'listener.security.protocol.map=INTERNAL:PLAINTEXT,EXTERNAL:PLAINTEXT,LOCAL:PLAINTEXT',
      'inter.broker.listener.name=INTERNAL',
    );
    expect(cfg.listeners.map((l) => [l.name, l.host, l.port])).toEqual([
      ['INTERNAL', '', 9092],
      ['EXTERNAL', '::1', 0],
      ['LOCAL', '127.0.0.1', 9093],
    ]);
    expect(cfg.interBrokerListenerName).toBe('INTERNAL');
  });

  it('advertised listeners must name real listeners', () => {
    const cfg = load('listeners=PLAINTEXT://:9092', 'advertised.listeners=PLAINTEXT://broker1.example:9092');
    expect(cfg.advertisedListeners[0].host).toBe('broker1.example');
    expect(
      errorOf(() => load('advertised.listeners=OTHER://h:1', 'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,OTHER:PLAINTEXT')).message,
    ).toContain("listener name 'OTHER' is not in listeners");
    expect(errorOf(() => load('advertised.listeners=PLAINTEXT://0.0.0.0:9092')).message).toContain('wildcard');
  });

  it.each([
    ['listeners=localhost:9092', 'NAME://host:port'],
    ['listeners=PLAINTEXT://:99999', 'not in 0..65535'],
    ['listeners=PLAINTEXT://:9092,PLAINTEXT://:9093', 'used twice'],
    ['listeners=FOO://:9092', "'FOO' is not in listener.security.protocol.map"],
    ['listeners=', 'at least one listener'],
  ])('rejects %s', (override, why) => {
    const e = errorOf(() => load(override));
    expect(e.key).toBe('listeners');
    expect(e.message).toContain(why);
  });

  it.each([
    ['listeners=SSL://:9093', 'needs a key store'],
    ['listeners=SASL_PLAINTEXT://:9093', 'GSSAPI (Kerberos) is not supported'],
    ['listener.security.protocol.map=PLAINTEXT:TLS', "unknown security protocol 'TLS'"],
    ['security.inter.broker.protocol=SSL', "no listener is named 'SSL'"],
  ])('checks the security of listeners: %s', (override, message) => {
    const e = errorOf(() => load(override));
    expect(e.message).toContain(message);
  });

  it('http.listener: none, explicit, invalid', () => {
    expect(load('http.listener=none').httpListener).toBeNull();
    expect(load('http.listener=NONE').httpListener).toBeNull();
    expect(load('http.listener=http://0.0.0.0:0', 'http.auth.token=t').httpListener).toEqual({ host: '0.0.0.0', port: 0 });
    expect(errorOf(() => load('http.listener=https://x:1')).code).toBe('ERR_CONFIG_UNSUPPORTED');
    expect(errorOf(() => load('http.listener=9644')).key).toBe('http.listener');
  });

  it('http.listener beyond loopback needs http.auth.token or http.auth.basic.users, and says so', () => {
    expect(load().httpAuth).toBeNull();
    expect(load('http.listener=http://127.0.0.1:0').httpAuth).toBeNull();
    expect(load('http.listener=http://[::1]:0').httpAuth).toBeNull();
    expect(load('http.listener=http://localhost:0').httpAuth).toBeNull();
    for (const open of ['http://0.0.0.0:0', 'http://:0', 'http://[::]:0', 'http://10.1.2.3:9644']) {
      const e = errorOf(() => load(`http.listener=${open}`));
      expect(e.key, open).toBe('http.listener');
      expect(e.message, open).toMatch(/binds beyond loopback .*set http\.auth\.token or http\.auth\.basic\.users/);
    }
    const both = load('http.listener=http://0.0.0.0:0', 'http.auth.token=s3cret', 'http.auth.basic.users=alice:pw1, bob:p:w2');
    expect(both.httpAuth?.token).toBe('s3cret');
    expect([...both.httpAuth!.basicUsers!]).toEqual([
      ['alice', 'pw1'],
      ['bob', 'p:w2'],
    ]);
    // Credentials given on loopback are required there too.
    expect(load('http.auth.token=t').httpAuth?.token).toBe('t');
    const bad = errorOf(() => load('http.auth.basic.users=alice'));
    expect(bad.key).toBe('http.auth.basic.users');
    expect(bad.message).toContain("'[hidden]'");
    expect(errorOf(() => load('http.auth.basic.users=a:1,a:2')).message).toContain("user 'a' is listed twice");
    // Passwords never come back from DescribeConfigs.
    expect(describeBrokerConfig(both, 'http.auth.token')).toMatchObject({ value: null, sensitive: true });
  });

  it("authorizer.class.name takes Kafka's ACL authorizers and refuses others by name", () => {
    expect(load().authorizerClassName).toBe('');
    for (const c of [
      'kafka.security.authorizer.AclAuthorizer',
      'kafka.security.auth.SimpleAclAuthorizer',
      'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    ])
      expect(load(`authorizer.class.name=${c}`).authorizerClassName).toBe(c);
    const e = errorOf(() => load('authorizer.class.name=com.example.MyAuthorizer'));
    expect(e.key).toBe('authorizer.class.name');
    expect(e.message).toContain("no authorizer class 'com.example.MyAuthorizer': use kafka.security.authorizer.AclAuthorizer");
  });

  it('super.users splits at semicolons (names may hold commas) and wants Type:name', () => {
    expect(load().superUsers).toEqual([]);
    expect(load('super.users=User:admin; User:CN=broker,O=acme ;').superUsers).toEqual(['User:admin', 'User:CN=broker,O=acme']);
    expect(errorOf(() => load('super.users=admin')).message).toContain("'admin' is not a principal of the form Type:name");
    expect(load('allow.everyone.if.no.acl.found=true').allowEveryoneIfNoAclFound).toBe(true);
  });

  it('http.listener: tells a default (the broker may move its port) from an explicit setting', () => {
    expect(load().httpListenerExplicit).toBe(false);
    expect(load('http.listener=http://127.0.0.1:9644').httpListenerExplicit).toBe(true);
    expect(load('http.listener=none').httpListenerExplicit).toBe(true);
  });

  it('http.listener: the test-only TRIBUTARY_TEST_HTTP_BASE_PORT moves the default port, never an explicit one', () => {
    const saved = process.env[TEST_HTTP_BASE_PORT_ENV];
    try {
      process.env[TEST_HTTP_BASE_PORT_ENV] = '19644';
      expect(load().httpListener).toEqual({ host: '127.0.0.1', port: 19644 });
      expect(load('http.listener=http://127.0.0.1:9700').httpListener).toEqual({ host: '127.0.0.1', port: 9700 });
      process.env[TEST_HTTP_BASE_PORT_ENV] = 'x';
      expect(errorOf(() => load()).message).toMatch(/TRIBUTARY_TEST_HTTP_BASE_PORT='x' is not a port/);
    } finally {
      if (saved === undefined) delete process.env[TEST_HTTP_BASE_PORT_ENV];
      else process.env[TEST_HTTP_BASE_PORT_ENV] = saved;
    }
  });
});

describe('the typed broker config', () => {
  it('every schema key appears on the typed object under its camelCase name', () => {
    const cfg = load() as unknown as Record<string, unknown>;
    for (const key of BROKER_CONFIG_KEYS) expect(camelCase(key.name) in cfg, key.name).toBe(true);
  });
});

describe('parseByType', () => {
  it('follows Java number syntax', () => {
    expect(parseByType('int', '+5')).toEqual({ ok: true, value: 5 });
    expect(parseByType('int', '0x10').ok).toBe(false);
    expect(parseByType('short', '32768').ok).toBe(false);
    expect(parseByType('long', '-9223372036854775808').ok).toBe(true);
    expect(parseByType('long', '9223372036854775808').ok).toBe(false);
    expect(parseByType('double', '1e3')).toEqual({ ok: true, value: 1000 });
    expect(parseByType('double', '.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseByType('list', '')).toEqual({ ok: true, value: [] });
  });
});
