import { describe, expect, it } from 'vitest';
import { BROKER_CONFIG_KEYS, ConfigError, loadBrokerConfig } from '../../../config/broker-config.js';
import { camelCase, defaultValue, parseByType } from '../../../config/config-def.js';
import type { ConfigKey } from '../../../config/config-def.js';
import {
  TOPIC_CONFIGS,
  TOPIC_CONFIG_DEFAULTS,
  TOPIC_CONFIG_SYNONYMS,
  formatTopicConfig,
  parseTopicConfig,
  resolveTopicConfig,
  topicDefaultsFromBroker,
  unknownTopicConfig,
  validateTopicConfigs,
} from '../../../config/topic-config.js';

/** Every topic config Apache Kafka 4.0 documents (its "Topic-Level Configs"). */
/** Kafka 4.0's topic configs and the two deprecated ones Kafka 3.x still accepts. */
const KAFKA_TOPIC_CONFIGS = [
  'cleanup.policy',
  'compression.gzip.level',
  'compression.lz4.level',
  'compression.type',
  'compression.zstd.level',
  'delete.retention.ms',
  'file.delete.delay.ms',
  'flush.messages',
  'flush.ms',
  'follower.replication.throttled.replicas',
  'index.interval.bytes',
  'leader.replication.throttled.replicas',
  'local.retention.bytes',
  'local.retention.ms',
  'max.compaction.lag.ms',
  'max.message.bytes',
  'message.downconversion.enable',
  'message.format.version',
  'message.timestamp.after.max.ms',
  'message.timestamp.before.max.ms',
  'message.timestamp.difference.max.ms',
  'message.timestamp.type',
  'min.cleanable.dirty.ratio',
  'min.compaction.lag.ms',
  'min.insync.replicas',
  'preallocate',
  'remote.log.copy.disable',
  'remote.log.delete.on.disable',
  'remote.storage.enable',
  'retention.bytes',
  'retention.ms',
  'segment.bytes',
  'segment.index.bytes',
  'segment.jitter.ms',
  'segment.ms',
  'unclean.leader.election.enable',
];

const load = (...overrides: string[]) => loadBrokerConfig(null, overrides);
const BROKER = new Map((BROKER_CONFIG_KEYS as readonly ConfigKey[]).map((k) => [k.name, k]));

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('the topic config table', () => {
  it("holds exactly Kafka 4.0's topic configs and Kafka 3.x's deprecated ones, each once", () => {
    const names = TOPIC_CONFIGS.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...KAFKA_TOPIC_CONFIGS].sort());
  });

  it('has defaults that parse and pass their own validity checks', () => {
    for (const t of TOPIC_CONFIGS) {
      const v = defaultValue(t);
      expect(v, t.name).not.toBeNull();
      expect(t.validator?.check(v!) ?? null, t.name).toBeNull();
      expect((TOPIC_CONFIG_DEFAULTS as unknown as Record<string, unknown>)[camelCase(t.name)], t.name).toEqual(v);
    }
  });

  it('agrees with the broker schema: synonyms exist, have the same type, and give the same default', () => {
    const brokerDefaults = topicDefaultsFromBroker(load());
    for (const t of TOPIC_CONFIGS) {
      for (const s of t.brokerSynonyms) expect(BROKER.has(s), `${t.name} ← ${s}`).toBe(true);
      if (t.brokerSynonyms.length > 0) expect(BROKER.get(t.brokerSynonyms[0])!.type, t.name).toBe(t.type);
      expect(brokerDefaults[t.name], t.name).toBe(t.default);
    }
  });

  it('says in the documentation of every config Tributary only keeps that it has no effect', () => {
    const accepted = TOPIC_CONFIGS.filter((t) => t.support === 'accepted').map((t) => t.name);
    expect(accepted).toEqual(expect.arrayContaining(['preallocate', 'local.retention.ms', 'compression.gzip.level']));
    expect(accepted).not.toContain('retention.ms');
    expect(accepted).not.toContain('leader.replication.throttled.replicas');
    for (const t of TOPIC_CONFIGS) expect(t.doc.includes('no effect in Tributary'), t.name).toBe(t.support === 'accepted');
  });
});

describe('parsing and validation', () => {
  it('parses by the type and validity of the broker synonym or the table', () => {
    expect(parseTopicConfig('retention.ms', '-1')).toBe(-1);
    expect(parseTopicConfig('cleanup.policy', 'compact')).toEqual(['compact']);
    expect(parseTopicConfig('compression.gzip.level', '-1')).toBe(-1);
    expect(errorOf(() => parseTopicConfig('retention.ms', '-2')).code).toBe('ERR_CONFIG_INVALID');
    expect(errorOf(() => parseTopicConfig('segment.bytes', 'x')).message).toContain("for config 'segment.bytes'");
    expect(errorOf(() => parseTopicConfig('compression.gzip.level', '0')).message).toContain('between 1 and 9, or -1');
    expect(errorOf(() => parseTopicConfig('compression.zstd.level', '23')).key).toBe('compression.zstd.level');
    expect(() => validateTopicConfigs({ 'retention.ms': '1000', 'min.insync.replicas': '2' })).not.toThrow();
    expect(() => validateTopicConfigs({ 'leader.replication.throttled.replicas': '0:1,1:2' })).not.toThrow();
    expect(() => validateTopicConfigs({ 'leader.replication.throttled.replicas': 'everything' })).toThrow(ConfigError);
    // Kafka 3.x's deprecated configs: message.format.version takes Kafka versions only.
    expect(parseTopicConfig('message.format.version', '0.10.2')).toBe('0.10.2');
    expect(parseTopicConfig('message.format.version', '3.0-IV1')).toBe('3.0-IV1');
    expect(errorOf(() => parseTopicConfig('message.format.version', '4.7')).message).toContain('not a Kafka version');
    expect(parseTopicConfig('message.timestamp.difference.max.ms', '60000')).toBe(60000);
    expect(errorOf(() => parseTopicConfig('message.timestamp.difference.max.ms', '-1')).code).toBe('ERR_CONFIG_INVALID');
    expect(() => validateTopicConfigs({ 'min.insync.replicas': '0' })).toThrow(ConfigError);
  });

  it('refuses names outside the table with the one message, and a hint when one helps', () => {
    expect(errorOf(() => parseTopicConfig('made.up', '1')).message).toBe('Unknown topic config name: made.up');
    expect(errorOf(() => parseTopicConfig('log.retention.ms', '1')).code).toBe('ERR_CONFIG_UNKNOWN');
    expect(unknownTopicConfig('log.retention.ms').message).toBe(
      "Unknown topic config name: log.retention.ms ('log.retention.ms' is a broker config; the topic config is 'retention.ms')",
    );
    expect(unknownTopicConfig('retention.msx').message).toContain("did you mean 'retention.ms'?");
    expect(errorOf(() => validateTopicConfigs({ 'made.up': '1' })).message).toBe(unknownTopicConfig('made.up').message);
  });

  it('refuses tiered storage, and only that value of remote.storage.enable', () => {
    expect(parseTopicConfig('remote.storage.enable', 'false')).toBe(false);
    expect(errorOf(() => parseTopicConfig('remote.storage.enable', 'true')).message).toContain(
      'tiered storage is not supported by Tributary',
    );
  });

  it('checks the combination once every value is parsed', () => {
    const e = errorOf(() => resolveTopicConfig({ 'min.compaction.lag.ms': '10', 'max.compaction.lag.ms': '5' }));
    expect(e.key).toBe('min.compaction.lag.ms');
    // Against the base too: a max below the broker's min is refused.
    const base = resolveTopicConfig({ 'min.compaction.lag.ms': '100' });
    expect(() => resolveTopicConfig({ 'max.compaction.lag.ms': '50' }, base)).toThrow(/max\.compaction\.lag\.ms \(50\)/);
    expect(resolveTopicConfig({ 'max.compaction.lag.ms': '500' }, base).minCompactionLagMs).toBe(100);
  });

  it('resolves typed values over a base and writes them back in Kafka form', () => {
    const c = resolveTopicConfig({ 'retention.ms': '1000', 'flush.ms': '9223372036854775807', 'cleanup.policy': 'compact,delete' });
    expect(c.retentionMs).toBe(1000);
    expect(c.flushMs).toBe(Number.MAX_SAFE_INTEGER);
    expect(c.segmentBytes).toBe(1073741824);
    const back = formatTopicConfig(c);
    expect(Object.keys(back).sort()).toEqual([...KAFKA_TOPIC_CONFIGS].sort());
    expect(back['flush.ms']).toBe('9223372036854775807');
    expect(back['cleanup.policy']).toBe('compact,delete');
    expect(back['leader.replication.throttled.replicas']).toBe('');
    for (const t of TOPIC_CONFIGS) expect(parseByType(t.type, back[t.name]).ok, t.name).toBe(true);
  });
});

describe('broker defaults and synonyms (DescribeConfigs)', () => {
  it('maps broker defaults to topic names', () => {
    const d = topicDefaultsFromBroker(load());
    expect(d['segment.bytes']).toBe('1073741824');
    expect(d['retention.ms']).toBe('604800000');
    expect(d['flush.ms']).toBe('9223372036854775807');
    expect(d['message.timestamp.after.max.ms']).toBe('3600000');
    expect(d['compression.zstd.level']).toBe('3');
    expect(Object.keys(d).sort()).toEqual(TOPIC_CONFIGS.map((t) => t.name).sort());
  });

  it('follows broker settings', () => {
    const d = topicDefaultsFromBroker(load('log.retention.minutes=10', 'log.cleanup.policy=compact,delete', 'log.roll.ms=1000'));
    expect(d['retention.ms']).toBe('600000');
    expect(d['cleanup.policy']).toBe('compact,delete');
    expect(d['segment.ms']).toBe('1000');
  });

  it('lists broker synonyms, most specific first', () => {
    expect(TOPIC_CONFIG_SYNONYMS['retention.ms']).toEqual(['log.retention.ms', 'log.retention.minutes', 'log.retention.hours']);
  });
});
