/**
 * Every topic config Kafka 4.0 documents (and the two deprecated ones Kafka
 * 3.x still accepts), through the Kafka protocol of an
 * embedded broker: each is accepted by CreateTopics, AlterConfigs and
 * IncrementalAlterConfigs and parsed into the partition's LogConfig, and
 * DescribeConfigs lists exactly that set; what is refused (an unknown name,
 * a version that is not Kafka's, a broker key, tiered storage, a bad value) is refused by all
 * three with the same INVALID_CONFIG message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBroker, type RunningBroker } from '../../broker/index.js';
import { formatTopicConfig, TOPIC_CONFIGS } from '../../config/topic-config.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { RawClient } from './raw-client.js';

/** Kafka 4.0's topic configs, each with a valid value other than its default. */
const SAMPLES: Record<string, string> = {
  'cleanup.policy': 'compact',
  'compression.gzip.level': '5',
  'compression.lz4.level': '10',
  'compression.type': 'gzip',
  'compression.zstd.level': '7',
  'delete.retention.ms': '1000',
  'file.delete.delay.ms': '1000',
  'flush.messages': '100',
  'flush.ms': '1000',
  'follower.replication.throttled.replicas': '0:0',
  'index.interval.bytes': '1024',
  'leader.replication.throttled.replicas': '*',
  'local.retention.bytes': '1000',
  'local.retention.ms': '1000',
  'max.compaction.lag.ms': '100000',
  'max.message.bytes': '2000000',
  'message.downconversion.enable': 'false',
  'message.format.version': '0.10.2',
  'message.timestamp.after.max.ms': '1000',
  'message.timestamp.before.max.ms': '1000',
  'message.timestamp.difference.max.ms': '1000',
  'message.timestamp.type': 'LogAppendTime',
  'min.cleanable.dirty.ratio': '0.2',
  'min.compaction.lag.ms': '10',
  'min.insync.replicas': '2',
  preallocate: 'true',
  'remote.log.copy.disable': 'true',
  'remote.log.delete.on.disable': 'true',
  'remote.storage.enable': 'false',
  'retention.bytes': '1000000',
  'retention.ms': '3600000',
  'segment.bytes': '1048576',
  'segment.index.bytes': '4096',
  'segment.jitter.ms': '10',
  'segment.ms': '60000',
  'unclean.leader.election.enable': 'true',
};

/** Refused everywhere: [name, value]. */
const REFUSED: [string, string][] = [
  ['made.up', '1'],
  ['message.format.version', '4.7'],
  ['log.retention.ms', '1000'],
  ['remote.storage.enable', 'true'],
  ['compression.gzip.level', '0'],
  ['retention.ms', 'forever'],
];

const TOPIC = 2;
const TOPIC_CONFIG_SOURCE = 1;

interface Described {
  errorCode: number;
  resourceName: string;
  configs: { name: string; value: string | null; configSource: number }[];
}

describe('topic configs over the Kafka protocol', () => {
  let b: RunningBroker;
  let c: RawClient;

  beforeAll(async () => {
    b = await startBroker();
    c = await RawClient.connect(b.port);
  });
  afterAll(async () => {
    c?.close();
    await b?.stop();
  });

  const names = Object.keys(SAMPLES);
  const topicOf = (name: string): string => `cfg-${name.replaceAll('.', '-')}`;

  async function create(topics: { name: string; configs: { name: string; value: string }[] }[]) {
    const res = await c.send('CreateTopics', 7, {
      topics: topics.map((t) => ({ ...t, numPartitions: 1, replicationFactor: 1, assignments: [] })),
      timeoutMs: 10_000,
      validateOnly: false,
    });
    return res.topics as { name: string; errorCode: number; errorMessage: string | null }[];
  }

  async function describeTopic(topic: string): Promise<Described> {
    const res = await c.send('DescribeConfigs', 4, {
      resources: [{ resourceType: TOPIC, resourceName: topic, configurationKeys: null }],
      includeSynonyms: false,
      includeDocumentation: true,
    });
    return res.results[0] as Described;
  }

  /** The partition log's config in Kafka form (what the log runs on). */
  function logConfigOf(topic: string): Record<string, string> {
    return formatTopicConfig(b.broker.svc.replicas.get(topic, 0)!.log.config);
  }

  it('the samples cover the table', () => {
    expect(names.sort()).toEqual(TOPIC_CONFIGS.map((t) => t.name).sort());
  });

  it('CreateTopics accepts each one, the log runs on it, DescribeConfigs reports it among exactly the table', async () => {
    const created = await create(names.map((n) => ({ name: topicOf(n), configs: [{ name: n, value: SAMPLES[n] }] })));
    for (const r of created) expect([r.name, r.errorCode, r.errorMessage]).toEqual([r.name, ErrorCode.NONE, null]);
    for (const n of names) {
      expect(logConfigOf(topicOf(n))[n], n).toBe(SAMPLES[n]);
      const d = await describeTopic(topicOf(n));
      expect(d.errorCode).toBe(ErrorCode.NONE);
      expect(d.configs.map((e) => e.name).sort()).toEqual([...names].sort());
      const e = d.configs.find((x) => x.name === n)!;
      expect([e.value, e.configSource], n).toEqual([SAMPLES[n], TOPIC_CONFIG_SOURCE]);
    }
  });

  it('AlterConfigs and IncrementalAlterConfigs accept all of them at once, and the log takes them', async () => {
    expect(
      (
        await create([
          { name: 'alter-all', configs: [] },
          { name: 'inc-all', configs: [] },
        ])
      )[0].errorCode,
    ).toBe(ErrorCode.NONE);
    const altered = await c.send('AlterConfigs', 2, {
      resources: [{ resourceType: TOPIC, resourceName: 'alter-all', configs: names.map((n) => ({ name: n, value: SAMPLES[n] })) }],
      validateOnly: false,
    });
    expect([altered.responses[0].errorCode, altered.responses[0].errorMessage]).toEqual([ErrorCode.NONE, null]);
    const inc = await c.send('IncrementalAlterConfigs', 1, {
      resources: [
        { resourceType: TOPIC, resourceName: 'inc-all', configs: names.map((n) => ({ name: n, configOperation: 0, value: SAMPLES[n] })) },
      ],
      validateOnly: false,
    });
    expect([inc.responses[0].errorCode, inc.responses[0].errorMessage]).toEqual([ErrorCode.NONE, null]);
    for (const topic of ['alter-all', 'inc-all']) {
      const log = logConfigOf(topic);
      const d = await describeTopic(topic);
      for (const n of names) {
        expect(log[n], `${topic} ${n}`).toBe(SAMPLES[n]);
        expect(d.configs.find((x) => x.name === n)?.value, `${topic} ${n}`).toBe(SAMPLES[n]);
      }
    }
  });

  it('refuses the same things with the same message in CreateTopics, AlterConfigs and IncrementalAlterConfigs', async () => {
    expect((await create([{ name: 'refusing', configs: [] }]))[0].errorCode).toBe(ErrorCode.NONE);
    for (const [name, value] of REFUSED) {
      const [created] = await create([{ name: 'never-created', configs: [{ name, value }] }]);
      const altered = await c.send('AlterConfigs', 2, {
        resources: [{ resourceType: TOPIC, resourceName: 'refusing', configs: [{ name, value }] }],
        validateOnly: false,
      });
      const inc = await c.send('IncrementalAlterConfigs', 1, {
        resources: [{ resourceType: TOPIC, resourceName: 'refusing', configs: [{ name, configOperation: 0, value }] }],
        validateOnly: false,
      });
      const answers = [created, altered.responses[0], inc.responses[0]].map((r: { errorCode: number; errorMessage: string | null }) => [
        r.errorCode,
        r.errorMessage,
      ]);
      expect(answers[0][0], name).toBe(ErrorCode.INVALID_CONFIG);
      expect(answers[0][1], name).toContain(name);
      expect(answers[1], name).toEqual(answers[0]);
      expect(answers[2], name).toEqual(answers[0]);
    }
    expect(b.broker.svc.metadata.topic('never-created')).toBeUndefined();
    expect((await describeTopic('refusing')).configs.every((e) => e.configSource !== TOPIC_CONFIG_SOURCE)).toBe(true);
  });
});
