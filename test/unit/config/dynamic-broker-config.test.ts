/** Which broker keys may change at run time, and the checks a dynamic change passes (Kafka's messages). */
import { describe, expect, it } from 'vitest';
import { BROKER_CONFIG_KEYS, ConfigError, loadBrokerConfig, withDynamicConfigs } from '../../../config/broker-config.js';
import { brokerSynonyms, updateMode, validateDynamicConfigs } from '../../../config/dynamic-broker-config.js';
import { TOPIC_CONFIGS, topicDefaultsFromBroker } from '../../../config/topic-config.js';

const none = (): string | null => null;

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('update modes', () => {
  it("marks Kafka's dynamic keys cluster-wide and the rest read-only", () => {
    expect(updateMode('log.cleaner.threads')).toBe('cluster-wide');
    expect(updateMode('log.retention.ms')).toBe('cluster-wide');
    expect(updateMode('message.max.bytes')).toBe('cluster-wide');
    expect(updateMode('max.connections')).toBe('cluster-wide');
    // Only the most specific synonym is dynamic in Kafka.
    expect(updateMode('log.retention.hours')).toBe('read-only');
    expect(updateMode('log.roll.hours')).toBe('read-only');
    expect(updateMode('log.dirs')).toBe('read-only');
    expect(updateMode('broker.id')).toBe('read-only');
    expect(updateMode('no.such.key')).toBe('read-only');
  });

  it('makes the first broker synonym of every topic config dynamic (a changed default reaches the logs)', () => {
    for (const t of TOPIC_CONFIGS) {
      if (t.brokerSynonyms.length === 0) continue;
      expect(updateMode(t.brokerSynonyms[0]), t.brokerSynonyms[0]).toBe('cluster-wide');
    }
  });

  it('knows the synonym families', () => {
    expect(brokerSynonyms('log.retention.hours')).toEqual(['log.retention.ms', 'log.retention.minutes', 'log.retention.hours']);
    expect(brokerSynonyms('log.roll.ms')).toEqual(['log.roll.ms', 'log.roll.hours']);
    expect(brokerSynonyms('num.io.threads')).toEqual(['num.io.threads']);
  });

  it('has a dynamic mark only on keys of the schema', () => {
    for (const k of BROKER_CONFIG_KEYS) {
      const mode = (k as { dynamic?: string }).dynamic;
      if (mode !== undefined) expect(['per-broker', 'cluster-wide']).toContain(mode);
    }
  });
});

describe('validateDynamicConfigs', () => {
  it("normalizes values to Kafka's string form", () => {
    expect(validateDynamicConfigs({ 'log.cleanup.policy': ' compact , delete ', 'log.retention.ms': '1000' }, false, none)).toEqual({
      'log.cleanup.policy': 'compact,delete',
      'log.retention.ms': '1000',
    });
  });

  it("refuses read-only keys with Kafka's message", () => {
    const e = errorOf(() => validateDynamicConfigs({ 'log.dirs': '/x', 'log.retention.hours': '1', 'log.retention.ms': '5' }, true, none));
    expect(e.message).toBe('Cannot update these configs dynamically: Set(log.dirs, log.retention.hours)');
  });

  it('refuses unknown names and bad values, naming them', () => {
    expect(errorOf(() => validateDynamicConfigs({ 'log.retention.mss': '1' }, true, none)).message).toBe(
      "Unknown broker config: log.retention.mss (did you mean 'log.retention.ms'?)",
    );
    expect(errorOf(() => validateDynamicConfigs({ 'log.retention.ms': 'soon' }, true, none)).message).toBe(
      "dynamic broker config: invalid value 'soon' for config 'log.retention.ms': expected a long",
    );
    expect(errorOf(() => validateDynamicConfigs({ 'log.cleanup.policy': 'shred' }, false, none)).message).toContain(
      "'shred' is not one of compact, delete",
    );
  });

  it("keeps thread counts within half and double of the current value (Kafka's rule)", () => {
    const current = (n: string): string | null => (n === 'num.io.threads' ? '8' : n === 'log.cleaner.threads' ? '1' : null);
    expect(validateDynamicConfigs({ 'num.io.threads': '16', 'log.cleaner.threads': '2' }, false, current)).toEqual({
      'num.io.threads': '16',
      'log.cleaner.threads': '2',
    });
    expect(errorOf(() => validateDynamicConfigs({ 'num.io.threads': '17' }, false, current)).message).toBe(
      'Dynamic thread count update validation failed for num.io.threads=17, value should not be greater than double the current value 8',
    );
    expect(errorOf(() => validateDynamicConfigs({ 'num.io.threads': '3' }, false, current)).message).toBe(
      'Dynamic thread count update validation failed for num.io.threads=3, value should be at least half the current value 8',
    );
    expect(errorOf(() => validateDynamicConfigs({ 'log.cleaner.threads': '3' }, false, current)).message).toBe(
      'Log cleaner threads cannot be increased to more than double the current value 1',
    );
    expect(errorOf(() => validateDynamicConfigs({ 'log.cleaner.threads': '0' }, false, current)).message).toBe(
      'Log cleaner threads should be at least 1',
    );
  });
});

describe('withDynamicConfigs', () => {
  it('puts this broker over the cluster default over server.properties, resolving synonyms across layers', () => {
    const base = loadBrokerConfig(null, ['log.retention.hours=48', 'message.max.bytes=5000']);
    const cfg = withDynamicConfigs(base, { 'log.retention.ms': '60000', 'message.max.bytes': '7000' }, { 'message.max.bytes': '9000' });
    expect(cfg.logRetentionMs).toBe(60000);
    expect(cfg.messageMaxBytes).toBe(9000);
    expect(cfg.raw).toBe(base.raw);
    expect(topicDefaultsFromBroker(cfg)['retention.ms']).toBe('60000');
    expect(topicDefaultsFromBroker(cfg)['max.message.bytes']).toBe('9000');
    expect(withDynamicConfigs(base, {}, {}).logRetentionMs).toBe(48 * 3600_000);
  });
});
