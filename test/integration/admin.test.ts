/**
 * Topic and config administration with kafkajs admin and the raw client:
 * CreateTopics (errors and validateOnly), DeleteTopics (by name and by id,
 * data removed), CreatePartitions, DescribeConfigs (defaults, overrides,
 * synonyms, broker), AlterConfigs / IncrementalAlterConfigs persisted across
 * restarts, DescribeCluster.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigResourceTypes, Kafka, logLevel, type Admin } from 'kafkajs';
import { BrokerProcess } from './harness.js';
import { RawClient, batchOf, produce } from './raw-client.js';
import { ErrorCode } from '../../protocol/generated/errors.js';

interface CreateResult {
  name: string;
  errorCode: number;
  errorMessage: string | null;
  numPartitions: number;
  replicationFactor: number;
  topicId: string;
}

describe('admin APIs', () => {
  let broker: BrokerProcess;
  let kafka: Kafka;
  let admin: Admin;
  let c: RawClient;

  async function reconnect(): Promise<void> {
    await admin?.disconnect();
    c?.close();
    kafka = new Kafka({ clientId: 'admin-test', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 2 } });
    admin = kafka.admin();
    await admin.connect();
    c = await RawClient.connect(broker.port);
  }

  async function create(topics: object[], validateOnly = false): Promise<CreateResult[]> {
    const r = await c.send('CreateTopics', 7, { topics, timeoutMs: 10_000, validateOnly });
    return r.topics;
  }

  function topic(name: string, numPartitions = 1, replicationFactor = 1, configs: { name: string; value: string | null }[] = []): object {
    return { name, numPartitions, replicationFactor, assignments: [], configs };
  }

  async function describeTopic(name: string, keys: string[] | null = null) {
    const r = await c.send('DescribeConfigs', 4, {
      resources: [{ resourceType: 2, resourceName: name, configurationKeys: keys }],
      includeSynonyms: true,
      includeDocumentation: false,
    });
    const res = r.results[0];
    return { errorCode: res.errorCode as number, byName: new Map<string, any>(res.configs.map((e: { name: string }) => [e.name, e])) };
  }

  const topicDir = (name: string, p = 0): string => path.join(broker.dataDir, 'logs', `${name}-${p}`);

  beforeAll(async () => {
    broker = await new BrokerProcess({ config: { 'num.partitions': '3', 'log.retention.hours': '100' } }).start();
    await reconnect();
  });

  afterAll(async () => {
    await admin?.disconnect();
    c?.close();
    await broker?.destroy();
  });

  it('CreateTopics answers Kafka error codes per topic', async () => {
    const r = await create([
      topic('bad/name'),
      topic('..'),
      topic('x'.repeat(250)),
      topic('zero-partitions', 0),
      topic('rf-two', 1, 2),
      topic('unknown-config', 1, 1, [{ name: 'no.such.config', value: '1' }]),
      topic('bad-config-value', 1, 1, [{ name: 'retention.ms', value: 'soon' }]),
      topic('good', 2, 1, [{ name: 'retention.ms', value: '3600000' }]),
      topic('defaults', -1, -1),
    ]);
    const codes = Object.fromEntries(r.map((t) => [t.name.slice(0, 20), t.errorCode]));
    expect(codes).toEqual({
      'bad/name': ErrorCode.INVALID_TOPIC_EXCEPTION,
      '..': ErrorCode.INVALID_TOPIC_EXCEPTION,
      ['x'.repeat(20)]: ErrorCode.INVALID_TOPIC_EXCEPTION,
      'zero-partitions': ErrorCode.INVALID_PARTITIONS,
      'rf-two': ErrorCode.INVALID_REPLICATION_FACTOR,
      'unknown-config': ErrorCode.INVALID_CONFIG,
      'bad-config-value': ErrorCode.INVALID_CONFIG,
      good: ErrorCode.NONE,
      defaults: ErrorCode.NONE,
    });
    for (const t of r.filter((x) => x.errorCode !== 0)) expect(t.errorMessage, t.name).toBeTruthy();
    const good = r.find((t) => t.name === 'good')!;
    expect([good.numPartitions, good.replicationFactor]).toEqual([2, 1]);
    expect(r.find((t) => t.name === 'defaults')!.numPartitions).toBe(3);
    expect(fs.existsSync(topicDir('good', 1))).toBe(true);
    expect(fs.existsSync(topicDir('zero-partitions'))).toBe(false);

    const again = await create([topic('good')]);
    expect(again[0].errorCode).toBe(ErrorCode.TOPIC_ALREADY_EXISTS);
    // '.' and '_' collide (Kafka's metric names would): refused whichever comes second.
    const collide = await create([topic('dotted.name'), topic('dotted_name')]);
    expect(collide.map((t) => t.errorCode)).toEqual([0, ErrorCode.INVALID_TOPIC_EXCEPTION]);
    expect(collide[1].errorMessage).toMatch(/collides with existing topic: dotted\.name/);
    expect(await admin.listTopics()).not.toContain('rf-two');
  });

  it('more than 10,000 new partitions in one request get POLICY_VIOLATION (and do not exhaust the broker)', async () => {
    const huge = await create([topic('huge', 2_000_000_000)], true);
    expect(huge[0].errorCode).toBe(ErrorCode.POLICY_VIOLATION);
    const together = await create([topic('big-a', 6000), topic('big-b', 5000)]);
    expect(together.map((t) => t.errorCode)).toEqual([ErrorCode.POLICY_VIOLATION, ErrorCode.POLICY_VIOLATION]);
    expect(together[0].errorMessage).toBe('Excessively large number of partitions per request.');
    expect(await admin.listTopics()).not.toContain('big-a');
    const grow = await c.send('CreatePartitions', 3, {
      topics: [{ name: 'good', count: 1_000_000_000, assignments: null }],
      timeoutMs: 5000,
      validateOnly: true,
    });
    expect(grow.results[0].errorCode).toBe(ErrorCode.POLICY_VIOLATION);
  });

  it('validateOnly checks everything and creates nothing', async () => {
    const r = await create([topic('dry-run', 4, 1, [{ name: 'cleanup.policy', value: 'compact' }]), topic('dry-bad', 1, 3)], true);
    expect(r[0].errorCode).toBe(0);
    expect(r[0].numPartitions).toBe(4);
    expect(r[1].errorCode).toBe(ErrorCode.INVALID_REPLICATION_FACTOR);
    expect(await admin.listTopics()).not.toContain('dry-run');
    expect(fs.existsSync(topicDir('dry-run'))).toBe(false);
    // kafkajs' own validateOnly path agrees.
    // (waitForLeaders off: kafkajs would otherwise poll Metadata for a topic that by design does not exist.)
    expect(
      await admin.createTopics({ validateOnly: true, waitForLeaders: false, topics: [{ topic: 'dry-kafkajs', numPartitions: 2 }] }),
    ).toBe(true);
    expect(await admin.listTopics()).not.toContain('dry-kafkajs');
  });

  it('DeleteTopics by name and by topic id (v6) removes the data; unknown topics get errors', async () => {
    await admin.createTopics({
      topics: [
        { topic: 'doomed', numPartitions: 2 },
        { topic: 'doomed-by-id', numPartitions: 1 },
      ],
    });
    await produce(c, 'doomed', 0, batchOf(['bye']));
    expect(fs.existsSync(topicDir('doomed', 0))).toBe(true);
    await admin.deleteTopics({ topics: ['doomed'] });
    expect(await admin.listTopics()).not.toContain('doomed');

    const meta = await c.send('Metadata', 12, { topics: [{ name: 'doomed-by-id', topicId: '00000000-0000-0000-0000-000000000000' }] });
    const topicId = meta.topics[0].topicId;
    const byId = await c.send('DeleteTopics', 6, { topics: [{ name: null, topicId }], timeoutMs: 10_000 });
    expect(byId.responses[0].errorCode).toBe(0);
    expect(byId.responses[0].name).toBe('doomed-by-id');
    const unknownId = await c.send('DeleteTopics', 6, { topics: [{ name: null, topicId }], timeoutMs: 10_000 });
    expect(unknownId.responses[0].errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_ID);
    const unknownName = await c.send('DeleteTopics', 5, { topicNames: ['never-was'], timeoutMs: 10_000 });
    expect(unknownName.responses[0].errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);

    // Directories go (possibly after a rename to a -delete directory).
    const deadline = Date.now() + 10_000;
    const leftovers = (): string[] => fs.readdirSync(path.join(broker.dataDir, 'logs')).filter((d) => d.startsWith('doomed'));
    while (leftovers().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(leftovers()).toEqual([]);

    // The name can be reused and starts empty.
    await admin.createTopics({ topics: [{ topic: 'doomed', numPartitions: 1 }] });
    const offsets = await admin.fetchTopicOffsets('doomed');
    expect(offsets.map((o) => o.high)).toEqual(['0']);
  });

  it('CreatePartitions grows a topic; shrinking gets INVALID_PARTITIONS', async () => {
    await admin.createTopics({ topics: [{ topic: 'growing', numPartitions: 2 }] });
    await admin.createPartitions({ topicPartitions: [{ topic: 'growing', count: 5 }] });
    const meta = await admin.fetchTopicMetadata({ topics: ['growing'] });
    expect(meta.topics[0].partitions.map((p) => p.partitionId).sort()).toEqual([0, 1, 2, 3, 4]);
    const r = await produce(c, 'growing', 4, batchOf(['new partition']));
    expect(r.responses[0].partitionResponses[0].errorCode).toBe(0);
    const shrink = await c.send('CreatePartitions', 3, {
      topics: [{ name: 'growing', count: 3, assignments: null }],
      timeoutMs: 5000,
      validateOnly: false,
    });
    expect(shrink.results[0].errorCode).toBe(ErrorCode.INVALID_PARTITIONS);
    const missing = await c.send('CreatePartitions', 3, {
      topics: [{ name: 'nope', count: 3, assignments: null }],
      timeoutMs: 5000,
      validateOnly: false,
    });
    expect(missing.results[0].errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });

  it('CreateTopics with manual assignments; CreatePartitions validateOnly, assignments and duplicates', async () => {
    const assign = (partitionIndex: number, brokerIds: number[]) => ({ partitionIndex, brokerIds });
    const r = await create([
      { name: 'manual', numPartitions: -1, replicationFactor: -1, assignments: [assign(0, [0]), assign(1, [0])], configs: [] },
      { name: 'manual-unknown-broker', numPartitions: -1, replicationFactor: -1, assignments: [assign(0, [5])], configs: [] },
      { name: 'manual-gap', numPartitions: -1, replicationFactor: -1, assignments: [assign(1, [0])], configs: [] },
      { name: 'manual-and-count', numPartitions: 3, replicationFactor: -1, assignments: [assign(0, [0])], configs: [] },
    ]);
    expect(r.map((t) => t.errorCode)).toEqual([
      0,
      ErrorCode.INVALID_REPLICA_ASSIGNMENT,
      ErrorCode.INVALID_REPLICA_ASSIGNMENT,
      ErrorCode.INVALID_REQUEST,
    ]);
    expect(r[0].numPartitions).toBe(2);

    const count = async (): Promise<number> =>
      (await c.send('Metadata', 12, { topics: [{ name: 'manual', topicId: '00000000-0000-0000-0000-000000000000' }] })).topics[0].partitions
        .length;
    const dry = await c.send('CreatePartitions', 3, {
      topics: [{ name: 'manual', count: 4, assignments: null }],
      timeoutMs: 5000,
      validateOnly: true,
    });
    expect(dry.results[0].errorCode).toBe(0);
    expect(await count()).toBe(2);
    const short = await c.send('CreatePartitions', 3, {
      topics: [{ name: 'manual', count: 5, assignments: [{ brokerIds: [0] }] }],
      timeoutMs: 5000,
      validateOnly: false,
    });
    expect(short.results[0].errorCode).toBe(ErrorCode.INVALID_REPLICA_ASSIGNMENT);
    const twice = await c.send('CreatePartitions', 3, {
      topics: [
        { name: 'manual', count: 4, assignments: null },
        { name: 'manual', count: 6, assignments: null },
      ],
      timeoutMs: 5000,
      validateOnly: false,
    });
    expect(twice.results.map((x: { errorCode: number }) => x.errorCode)).toEqual([ErrorCode.INVALID_REQUEST, ErrorCode.INVALID_REQUEST]);
    expect(await count()).toBe(2);
    const ok = await c.send('CreatePartitions', 3, {
      topics: [{ name: 'manual', count: 3, assignments: [{ brokerIds: [0] }] }],
      timeoutMs: 5000,
      validateOnly: false,
    });
    expect(ok.results[0].errorCode).toBe(0);
    expect(await count()).toBe(3);
  });

  it('DescribeConfigs: defaults from broker synonyms, topic overrides, broker resource', async () => {
    const d = await describeTopic('good');
    expect(d.errorCode).toBe(0);
    const retention = d.byName.get('retention.ms');
    expect(retention.value).toBe('3600000');
    expect(retention.configSource).toBe(1); // TOPIC_CONFIG
    expect(retention.isDefault ?? false).toBe(false);
    expect(retention.synonyms[0]).toMatchObject({ name: 'retention.ms', value: '3600000', source: 1 });
    expect(retention.synonyms.map((s: { name: string }) => s.name)).toContain('log.retention.hours');

    const other = await describeTopic('defaults', ['retention.ms', 'cleanup.policy', 'segment.bytes']);
    expect([...other.byName.keys()].sort()).toEqual(['cleanup.policy', 'retention.ms', 'segment.bytes']);
    // log.retention.hours=100 in server.properties: a static broker config.
    expect(other.byName.get('retention.ms')).toMatchObject({ value: String(100 * 3600_000), configSource: 4 });
    expect(other.byName.get('cleanup.policy')).toMatchObject({ value: 'delete', configSource: 5 });
    expect(other.byName.get('segment.bytes').value).toBe('1073741824');

    const kjs = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: 'good' }] });
    const entry = kjs.resources[0].configEntries.find((e) => e.configName === 'retention.ms');
    expect(entry?.configValue).toBe('3600000');

    const brokerCfg = await c.send('DescribeConfigs', 4, {
      resources: [{ resourceType: 4, resourceName: '0', configurationKeys: ['log.retention.hours', 'num.partitions'] }],
      includeSynonyms: false,
      includeDocumentation: false,
    });
    const values = Object.fromEntries(brokerCfg.results[0].configs.map((e: { name: string; value: string }) => [e.name, e.value]));
    expect(values).toEqual({ 'log.retention.hours': '100', 'num.partitions': '3' });
    const missing = await describeTopic('no-such-topic');
    expect(missing.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });

  it('AlterConfigs and IncrementalAlterConfigs apply, validate and persist across restarts', async () => {
    await admin.createTopics({ topics: [{ topic: 'tuned', numPartitions: 1, configEntries: [{ name: 'segment.ms', value: '600000' }] }] });
    // AlterConfigs replaces the whole set of overrides.
    await admin.alterConfigs({
      validateOnly: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: 'tuned', configEntries: [{ name: 'retention.ms', value: '1234567' }] }],
    });
    let d = await describeTopic('tuned', ['retention.ms', 'segment.ms']);
    expect(d.byName.get('retention.ms').value).toBe('1234567');
    expect(d.byName.get('segment.ms').configSource).not.toBe(1);

    const inc = await c.send('IncrementalAlterConfigs', 1, {
      resources: [
        {
          resourceType: 2,
          resourceName: 'tuned',
          configs: [
            { name: 'max.message.bytes', configOperation: 0, value: '200000' },
            { name: 'cleanup.policy', configOperation: 2, value: 'compact' },
          ],
        },
      ],
      validateOnly: false,
    });
    expect(inc.responses[0].errorCode).toBe(0);
    const bad = await c.send('IncrementalAlterConfigs', 1, {
      resources: [{ resourceType: 2, resourceName: 'tuned', configs: [{ name: 'retention.ms', configOperation: 0, value: 'forever' }] }],
      validateOnly: false,
    });
    expect(bad.responses[0].errorCode).toBe(ErrorCode.INVALID_CONFIG);
    const unknown = await c.send('IncrementalAlterConfigs', 1, {
      resources: [{ resourceType: 2, resourceName: 'tuned', configs: [{ name: 'made.up', configOperation: 0, value: '1' }] }],
      validateOnly: false,
    });
    expect(unknown.responses[0].errorCode).toBe(ErrorCode.INVALID_CONFIG);
    const duplicate = await c.send('IncrementalAlterConfigs', 1, {
      resources: [
        {
          resourceType: 2,
          resourceName: 'tuned',
          configs: [
            { name: 'retention.ms', configOperation: 0, value: '1' },
            { name: 'retention.ms', configOperation: 0, value: '2' },
          ],
        },
      ],
      validateOnly: false,
    });
    expect(duplicate.responses[0].errorCode).toBe(ErrorCode.INVALID_REQUEST);
    const dry = await c.send('IncrementalAlterConfigs', 1, {
      resources: [{ resourceType: 2, resourceName: 'tuned', configs: [{ name: 'retention.ms', configOperation: 0, value: '999' }] }],
      validateOnly: true,
    });
    expect(dry.responses[0].errorCode).toBe(0);

    const expectTuned = async (when: string): Promise<void> => {
      const t = await describeTopic('tuned', ['retention.ms', 'max.message.bytes', 'cleanup.policy']);
      expect(t.byName.get('retention.ms').value, when).toBe('1234567');
      expect(t.byName.get('max.message.bytes').value, when).toBe('200000');
      expect(t.byName.get('cleanup.policy').value, when).toBe('delete,compact');
    };
    await expectTuned('before restart');
    await broker.stop();
    await broker.start();
    await reconnect();
    await expectTuned('after clean restart');
    await broker.kill('SIGKILL');
    await broker.start();
    await reconnect();
    await expectTuned('after kill -9');

    // The new max.message.bytes is enforced.
    const tooBig = await produce(c, 'tuned', 0, batchOf(['y'.repeat(300_000)]));
    expect(tooBig.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.MESSAGE_TOO_LARGE);
    // DELETE reverts to the default.
    await c.send('IncrementalAlterConfigs', 1, {
      resources: [{ resourceType: 2, resourceName: 'tuned', configs: [{ name: 'retention.ms', configOperation: 1, value: null }] }],
      validateOnly: false,
    });
    d = await describeTopic('tuned', ['retention.ms']);
    expect(d.byName.get('retention.ms').value).toBe(String(100 * 3600_000));
  });

  it('DescribeCluster names the broker, the controller and the cluster id', async () => {
    const cluster = await admin.describeCluster();
    expect(cluster.brokers).toEqual([{ nodeId: 0, host: '127.0.0.1', port: broker.port }]);
    expect(cluster.controller).toBe(0);
    expect(cluster.clusterId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const raw = await c.send('DescribeCluster', 1, { includeClusterAuthorizedOperations: false, endpointType: 1 });
    expect(raw.errorCode).toBe(0);
    expect(raw.clusterId).toBe(cluster.clusterId);
    expect(raw.brokers.map((b: { brokerId: number; port: number }) => [b.brokerId, b.port])).toEqual([[0, broker.port]]);
    // The cluster id is stable across restarts.
    await broker.stop();
    await broker.start();
    await reconnect();
    expect((await admin.describeCluster()).clusterId).toBe(cluster.clusterId);
  });
});
