/**
 * DescribeConfigs handler over real services (no sockets): a topic's
 * overrides and defaults with their sources (and synonyms on request), the
 * broker's own configs, and per-resource errors (unknown topic, another
 * broker's id, unsupported resource type), at every version it serves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import describeConfigs from '../../../../broker/apis/describe-configs.js';
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
});
