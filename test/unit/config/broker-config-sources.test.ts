/** Where a broker config's value comes from, layer by layer, as DescribeConfigs reports it. */
import { describe, expect, it } from 'vitest';
import { BROKER_CONFIG_KEYS, loadBrokerConfig, withDynamicConfigs } from '../../../config/broker-config.js';
import {
  brokerConfigSynonyms,
  describeBrokerConfig,
  describeBrokerConfigs,
  topicConfigSynonyms,
} from '../../../config/broker-config-sources.js';

const load = (...overrides: string[]) => loadBrokerConfig(null, overrides);

describe('broker config sources', () => {
  it('describes every key: static, default, or unset', () => {
    const cfg = load('num.partitions=3');
    expect(describeBrokerConfigs(cfg)).toHaveLength(BROKER_CONFIG_KEYS.length);
    expect(describeBrokerConfig(cfg, 'num.partitions')).toMatchObject({ value: '3', source: 'STATIC_BROKER_CONFIG', mode: 'read-only' });
    expect(describeBrokerConfig(cfg, 'log.retention.ms')).toMatchObject({ value: null, source: 'DEFAULT_CONFIG', synonyms: [] });
    expect(describeBrokerConfig(cfg, 'log.flush.interval.messages')?.value).toBe('9223372036854775807');
    expect(describeBrokerConfig(cfg, 'nope')).toBeUndefined();
  });

  it('lists synonyms layer by layer from the key itself on', () => {
    const cfg = withDynamicConfigs(load('log.retention.hours=48'), { 'log.retention.ms': '5000' }, { 'log.retention.ms': '7000' });
    expect(brokerConfigSynonyms(cfg, 'log.retention.ms')).toEqual([
      { name: 'log.retention.ms', value: '7000', source: 'DYNAMIC_BROKER_CONFIG' },
      { name: 'log.retention.ms', value: '5000', source: 'DYNAMIC_DEFAULT_BROKER_CONFIG' },
      { name: 'log.retention.hours', value: '48', source: 'STATIC_BROKER_CONFIG' },
      { name: 'log.retention.hours', value: '168', source: 'DEFAULT_CONFIG' },
    ]);
    // The cluster default resource leaves out this broker's own layer.
    expect(brokerConfigSynonyms(cfg, 'log.retention.ms', false)[0]).toEqual({
      name: 'log.retention.ms',
      value: '5000',
      source: 'DYNAMIC_DEFAULT_BROKER_CONFIG',
    });
    // Describing hours does not list the more specific ms above it.
    expect(brokerConfigSynonyms(cfg, 'log.retention.hours')).toEqual([
      { name: 'log.retention.hours', value: '48', source: 'STATIC_BROKER_CONFIG' },
      { name: 'log.retention.hours', value: '168', source: 'DEFAULT_CONFIG' },
    ]);
    expect(describeBrokerConfig(cfg, 'log.retention.ms')).toMatchObject({
      value: '7000',
      source: 'DYNAMIC_BROKER_CONFIG',
      mode: 'cluster-wide',
    });
  });

  it("gives a topic config its broker synonyms of every layer (the topic's own override is the caller's)", () => {
    expect(topicConfigSynonyms(load(), 'retention.ms')).toEqual([{ name: 'log.retention.hours', value: '168', source: 'DEFAULT_CONFIG' }]);
    expect(topicConfigSynonyms(load('log.retention.ms=5'), 'retention.ms')).toEqual([
      { name: 'log.retention.ms', value: '5', source: 'STATIC_BROKER_CONFIG' },
      { name: 'log.retention.hours', value: '168', source: 'DEFAULT_CONFIG' },
    ]);
    const dyn = withDynamicConfigs(load(), { 'log.cleanup.policy': 'compact' }, {});
    expect(topicConfigSynonyms(dyn, 'cleanup.policy')).toEqual([
      { name: 'log.cleanup.policy', value: 'compact', source: 'DYNAMIC_DEFAULT_BROKER_CONFIG' },
      { name: 'log.cleanup.policy', value: 'delete', source: 'DEFAULT_CONFIG' },
    ]);
    expect(topicConfigSynonyms(load(), 'leader.replication.throttled.replicas')).toEqual([]);
    expect(topicConfigSynonyms(load(), 'nope')).toEqual([]);
  });
});
