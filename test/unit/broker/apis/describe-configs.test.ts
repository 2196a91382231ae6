/**
 * DescribeConfigs handler over real services (no sockets): a topic's
 * overrides and defaults with their sources (and synonyms on request), the
 * broker's own configs, and per-resource errors (unknown topic, another
 * broker's id, unsupported resource type), at every version it serves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import describeConfigs from '../../../../broker/apis/describe-configs.js';
import alterConfigs from '../../../../broker/apis/alter-configs.js';
import { TOPIC_CONFIGS } from '../../../../config/topic-config.js';
import { ConfigSource } from '../../../../broker/apis/config-entries.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { startServices, type TestServices } from './services.js';

const TOPIC = 2;
const BROKER = 4;

describe('DescribeConfigs handler', () => {
  let t: TestServices;

  beforeAll(async () => {
    t = await startServices({ 'log.retention.hours': '48' });
    await t.createTopic('tuned', 1, { 'cleanup.policy': 'compact' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it("describes a topic's overrides and defaults at every version", async () => {
    for (let v = describeConfigs.minVersion; v <= describeConfigs.maxVersion; v++) {
      const r = await t.call(describeConfigs, v, {
        resources: [{ resourceType: TOPIC, resourceName: 'tuned', configurationKeys: ['cleanup.policy', 'retention.ms', 'segment.bytes'] }],
        includeSynonyms: v >= 1 ? true : undefined,
      });
      const res = r!.results[0];
      expect(res.errorCode, `v${v}`).toBe(ErrorCode.NONE);
      if (v === 0) {
        // v0 has no config source: is_default says whether the value is Kafka's default.
        expect(res.configs.map((c) => [c.name, c.value, c.isDefault])).toEqual([
          ['cleanup.policy', 'compact', false],
          ['retention.ms', String(48 * 3600 * 1000), false],
          ['segment.bytes', '1073741824', true],
        ]);
        continue;
      }
      const byName = new Map(res.configs.map((c) => [c.name, c]));
      expect([...byName.keys()].sort()).toEqual(['cleanup.policy', 'retention.ms', 'segment.bytes']);
      expect([byName.get('cleanup.policy')!.value, byName.get('cleanup.policy')!.configSource]).toEqual([
        'compact',
        ConfigSource.TOPIC_CONFIG,
      ]);
      // log.retention.hours=48 in server.properties is the topic's retention.ms default, as a static broker config.
      const retention = byName.get('retention.ms')!;
      expect([retention.value, retention.configSource]).toEqual([String(48 * 3600 * 1000), ConfigSource.STATIC_BROKER_CONFIG]);
      expect(retention.synonyms.map((s) => s.name)).toContain('log.retention.hours');
      expect(byName.get('segment.bytes')!.configSource).toBe(ConfigSource.DEFAULT_CONFIG);
    }
  });

  it("describes the broker's configs (read-only) and answers errors per resource", async () => {
    const r = await t.call(describeConfigs, 4, {
      resources: [
        { resourceType: BROKER, resourceName: '0', configurationKeys: ['broker.id'] },
        { resourceType: TOPIC, resourceName: 'no-such-topic', configurationKeys: null },
        { resourceType: BROKER, resourceName: '7', configurationKeys: null },
        { resourceType: 99, resourceName: 'x', configurationKeys: null },
      ],
    });
    const [broker, missing, other, unknown] = r!.results;
    expect(broker.errorCode).toBe(ErrorCode.NONE);
    expect(broker.configs.map((c) => [c.name, c.value, c.readOnly])).toEqual([['broker.id', '0', true]]);
    expect([missing.errorCode, missing.errorMessage]).toEqual([
      ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
      "Topic 'no-such-topic' does not exist.",
    ]);
    expect(other.errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect(unknown.errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });

  it('lists every topic config without names, each with its source, type and (only when asked) documentation', async () => {
    for (const includeDocumentation of [false, true]) {
      const r = await t.call(describeConfigs, 4, {
        resources: [{ resourceType: TOPIC, resourceName: 'tuned', configurationKeys: null }],
        includeSynonyms: false,
        includeDocumentation,
      });
      const configs = r!.results[0].configs;
      expect(configs.map((c) => c.name)).toEqual(TOPIC_CONFIGS.map((d) => d.name));
      for (const c of configs) {
        expect(c.readOnly, c.name).toBe(false);
        expect(c.isSensitive, c.name).toBe(false);
        expect(c.configType, c.name).toBeGreaterThan(0);
        expect(c.synonyms).toEqual([]);
        if (includeDocumentation) expect(c.documentation, c.name).toBeTruthy();
        else expect(c.documentation, c.name).toBeNull();
      }
      expect(configs.find((c) => c.name === 'cleanup.policy')!.configType).toBe(7); // LIST
      expect(configs.find((c) => c.name === 'retention.ms')!.configType).toBe(5); // LONG
    }
  });

  it('reports dynamic broker configs: the topic defaults they change, the broker resource and the default resource', async () => {
    const set = await t.call(alterConfigs, 1, {
      resources: [
        {
          resourceType: BROKER,
          resourceName: '',
          configs: [
            { name: 'log.cleanup.policy', value: 'compact,delete' },
            { name: 'log.cleaner.threads', value: '2' },
          ],
        },
        { resourceType: BROKER, resourceName: '0', configs: [{ name: 'log.retention.ms', value: '90000' }] },
      ],
      validateOnly: false,
    });
    expect(set!.responses.map((x) => x.errorCode)).toEqual([ErrorCode.NONE, ErrorCode.NONE]);
    await t.createTopic('plain', 1);
    const topic = await t.call(describeConfigs, 4, {
      resources: [{ resourceType: TOPIC, resourceName: 'plain', configurationKeys: ['cleanup.policy', 'retention.ms'] }],
      includeSynonyms: true,
    });
    const [policy, retention] = topic!.results[0].configs;
    expect([policy.value, policy.configSource]).toEqual(['compact,delete', ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG]);
    expect(policy.synonyms.map((s) => [s.name, s.value, s.source])).toEqual([
      ['log.cleanup.policy', 'compact,delete', ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG],
      ['log.cleanup.policy', 'delete', ConfigSource.DEFAULT_CONFIG],
    ]);
    expect([retention.value, retention.configSource]).toEqual(['90000', ConfigSource.DYNAMIC_BROKER_CONFIG]);
    expect(retention.synonyms.map((s) => [s.name, s.source])).toEqual([
      ['log.retention.ms', ConfigSource.DYNAMIC_BROKER_CONFIG],
      ['log.retention.hours', ConfigSource.STATIC_BROKER_CONFIG],
      ['log.retention.hours', ConfigSource.DEFAULT_CONFIG],
    ]);

    const broker = await t.call(describeConfigs, 4, {
      resources: [
        {
          resourceType: BROKER,
          resourceName: '0',
          configurationKeys: ['log.cleaner.threads', 'log.retention.ms', 'log.retention.hours', 'log.dirs'],
        },
        { resourceType: BROKER, resourceName: '', configurationKeys: null },
      ],
      includeSynonyms: true,
    });
    const [own, dflt] = broker!.results;
    const byName = new Map(own.configs.map((c) => [c.name, c]));
    expect(byName.get('log.cleaner.threads')).toMatchObject({
      value: '2',
      readOnly: false,
      configSource: ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG,
    });
    expect(byName.get('log.cleaner.threads')!.synonyms.map((s) => [s.value, s.source])).toEqual([
      ['2', ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG],
      ['1', ConfigSource.DEFAULT_CONFIG],
    ]);
    expect(byName.get('log.retention.ms')).toMatchObject({
      value: '90000',
      readOnly: false,
      configSource: ConfigSource.DYNAMIC_BROKER_CONFIG,
    });
    expect(byName.get('log.retention.hours')).toMatchObject({
      value: '48',
      readOnly: true,
      configSource: ConfigSource.STATIC_BROKER_CONFIG,
    });
    expect(byName.get('log.dirs')!.readOnly).toBe(true);
    // The default resource: only what is set at that level, without this broker's own level.
    expect(dflt.errorCode).toBe(ErrorCode.NONE);
    expect(dflt.configs.map((c) => [c.name, c.value, c.configSource]).sort()).toEqual([
      ['log.cleaner.threads', '2', ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG],
      ['log.cleanup.policy', 'compact,delete', ConfigSource.DYNAMIC_DEFAULT_BROKER_CONFIG],
    ]);
  });
});
