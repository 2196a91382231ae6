/**
 * kafka-reassign-partitions against a three-broker cluster, end to end:
 * --generate (Kafka's JSON, only the listed brokers), --execute then
 * --verify until complete (throttles cleared), a throttled move that stays
 * in progress long enough for --list, --verify "still in progress", a
 * refused second --execute, --additional with a new throttle and --cancel
 * (the throttle configs it set are visible through kafkajs' describeConfigs
 * and cleared by --cancel), a throttled move that survives a controller
 * failover and completes once --additional lifts the throttle, the
 * --zookeeper path of Kafka 2.x (the znode the controller carries out), and
 * Kafka's messages for bad input.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigResourceTypes } from 'kafkajs';
import { Connection } from '../../client/connection.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { encodeMetadataRequest } from '../../protocol/generated/metadata-request.js';
import { decodeMetadataResponse } from '../../protocol/generated/metadata-response.js';
import { TestCluster, metadataFrom, readAll, waitFor } from './cluster-helpers.js';
import { runCli } from './cli-helpers.js';

describe('kafka-reassign-partitions', () => {
  let c: TestCluster;
  let tmp: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-reassign-tool-'));
    // Small follower fetches, so that a throttle holds a move back after the first one.
    c = await TestCluster.start(3, { 'replica.fetch.max.bytes': '16384', 'auto.leader.rebalance.enable': 'false' });
    const admin = c.kafka().admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        { topic: 'gen', replicaAssignment: [0, 1, 2].map((partition) => ({ partition, replicas: [0, 1] })) },
        { topic: 'slow', replicaAssignment: [{ partition: 0, replicas: [0] }] },
      ],
    });
    await admin.disconnect();
  }, 600_000);

  afterAll(async () => {
    await c?.destroy();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const file = (name: string, content: string): string => {
    const f = path.join(tmp, name);
    fs.writeFileSync(f, content);
    return f;
  };
  const tool = (args: string[], connect = ['--bootstrap-server', c.bootstrap().join(',')]) =>
    runCli('kafka-reassign-partitions', [...connect, ...args], { timeoutMs: 60_000 });

  it('--generate proposes an assignment over the listed brokers, in Kafka JSON', async () => {
    const topics = file('topics.json', '{"topics": [{"topic": "gen"}], "version": 1}');
    const r = await tool(['--generate', '--topics-to-move-json-file', topics, '--broker-list', '1,2']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Current partition replica assignment');
    expect(lines[1]).toBe(
      '{"version":1,"partitions":[' +
        [0, 1, 2].map((p) => `{"topic":"gen","partition":${p},"replicas":[0,1],"log_dirs":["any","any"]}`).join(',') +
        ']}',
    );
    expect(lines[2]).toBe('');
    expect(lines[3]).toBe('Proposed partition reassignment configuration');
    const proposed = JSON.parse(lines[4]) as { version: number; partitions: { topic: string; partition: number; replicas: number[] }[] };
    expect(proposed.version).toBe(1);
    expect(proposed.partitions.map((p) => p.partition)).toEqual([0, 1, 2]);
    for (const p of proposed.partitions) expect([...p.replicas].sort()).toEqual([1, 2]);
    fs.writeFileSync(path.join(tmp, 'proposed.json'), lines[4]);

    const dup = await tool(['--generate', '--topics-to-move-json-file', topics, '--broker-list', '1,1']);
    expect(dup.stderr).toBe('Error: Broker list contains duplicate entries: 1\n');
    expect(dup.code).toBe(1);
    const missing = await tool([
      '--generate',
      '--topics-to-move-json-file',
      file('nope.json', '{"topics":[{"topic":"nope"}]}'),
      '--broker-list',
      '1,2',
    ]);
    expect(missing.stderr).toMatch(/UnknownTopicOrPartitionException: Topic nope not found\./);
  }, 120_000);

  it('--execute starts the proposed move; --verify reports it complete and clears the throttles', async () => {
    const plan = path.join(tmp, 'proposed.json');
    const r = await tool(['--execute', '--reassignment-json-file', plan]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'Current partition replica assignment\n\n' +
        '{"version":1,"partitions":[' +
        [0, 1, 2].map((p) => `{"topic":"gen","partition":${p},"replicas":[0,1],"log_dirs":["any","any"]}`).join(',') +
        ']}\n\n' +
        'Save this to use as the --reassignment-json-file option during rollback\n' +
        'Successfully started partition reassignments for gen-0,gen-1,gen-2\n',
    );
    const done = await waitFor('--verify to report the move complete', 120_000, async () => {
      const v = await tool(['--verify', '--reassignment-json-file', plan]);
      return v.stdout.includes('still in progress') ? false : v;
    });
    expect(done.stdout).toBe(
      'Status of partition reassignment:\n' +
        [0, 1, 2].map((p) => `Reassignment of partition gen-${p} is complete.\n`).join('') +
        '\n' +
        'Clearing broker-level throttles on brokers 0,1,2\n' +
        'Clearing topic-level throttles on topic gen\n',
    );
    expect(done.code).toBe(0);
    const md = await metadataFrom(c.bootstrap()[0], 'gen');
    for (const p of md.partitions) expect([...p.replicas].sort()).toEqual([1, 2]);
  }, 300_000);

  it('a throttled move stays in progress: --list, --verify, a refused second --execute, then --cancel puts it back and clears the throttles', async () => {
    const producer = c.kafka().producer();
    await producer.connect();
    const value = 'x'.repeat(1000);
    for (let i = 0; i < 10; i++) await producer.send({ topic: 'slow', acks: -1, messages: Array.from({ length: 100 }, () => ({ value })) });
    await producer.disconnect();
    const plan = file('slow.json', '{"version":1,"partitions":[{"topic":"slow","partition":0,"replicas":[1]}]}');
    const r = await tool(['--execute', '--reassignment-json-file', plan, '--throttle', '2000']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'Current partition replica assignment\n\n' +
        '{"version":1,"partitions":[{"topic":"slow","partition":0,"replicas":[0],"log_dirs":["any"]}]}\n\n' +
        'Save this to use as the --reassignment-json-file option during rollback\n' +
        'Warning: You must run --verify periodically, until the reassignment completes, to ensure the throttle is removed.\n' +
        'The inter-broker throttle limit was set to 2000 B/s\n' +
        'Successfully started partition reassignment for slow-0\n',
    );
    const admin = c.kafka().admin();
    await admin.connect();
    try {
      const configs = async () => {
        const d = await admin.describeConfigs({
          includeSynonyms: false,
          resources: [
            {
              type: ConfigResourceTypes.TOPIC,
              name: 'slow',
              configNames: ['leader.replication.throttled.replicas', 'follower.replication.throttled.replicas'],
            },
            {
              type: ConfigResourceTypes.BROKER,
              name: '1',
              configNames: ['leader.replication.throttled.rate', 'follower.replication.throttled.rate'],
            },
          ],
        });
        return d.resources.map((res) => Object.fromEntries(res.configEntries.map((e) => [e.configName, e.configValue])));
      };
      expect(await configs()).toEqual([
        { 'leader.replication.throttled.replicas': '0:0', 'follower.replication.throttled.replicas': '0:1' },
        { 'leader.replication.throttled.rate': '2000', 'follower.replication.throttled.rate': '2000' },
      ]);

      const list = await tool(['--list']);
      expect(list.stdout).toBe('Current partition reassignments:\nslow-0: replicas: 1,0. adding: 1. removing: 0.\n');
      const verify = await tool(['--verify', '--reassignment-json-file', plan]);
      expect(verify.stdout).toBe('Status of partition reassignment:\nReassignment of partition slow-0 is still in progress.\n\n');
      const again = await tool(['--execute', '--reassignment-json-file', plan]);
      expect(again.stderr).toMatch(/^Cannot execute because there is an existing partition assignment\. {2}Use --additional/);
      expect(again.code).toBe(1);
      // --additional resubmits the move with a new throttle.
      const retuned = await tool(['--execute', '--additional', '--reassignment-json-file', plan, '--throttle', '3000']);
      expect(retuned.stderr).toBe('');
      expect(retuned.stdout).toMatch(
        /The inter-broker throttle limit was set to 3000 B\/s\nSuccessfully started partition reassignment for slow-0\n$/,
      );
      expect((await configs())[1]).toEqual({ 'leader.replication.throttled.rate': '3000', 'follower.replication.throttled.rate': '3000' });

      const cancel = await tool(['--cancel', '--reassignment-json-file', plan]);
      expect(cancel.stderr).toBe('');
      expect(cancel.stdout).toBe(
        'Successfully cancelled partition reassignment for: slow-0\n' +
          'None of the specified partition moves are active.\n' +
          'Clearing broker-level throttles on brokers 0,1,2\n' +
          'Clearing topic-level throttles on topic slow\n',
      );
      const cleared = await configs();
      expect(Object.values(cleared[0]).every((v) => v === '')).toBe(true);
      expect(Object.values(cleared[1]).every((v) => v === null || v === '9223372036854775807')).toBe(true);
    } finally {
      await admin.disconnect();
    }
    expect((await tool(['--list'])).stdout).toBe('No partition reassignments found.\n');
    const md = await metadataFrom(c.bootstrap()[0], 'slow');
    expect(md.partitions[0].replicas).toEqual([0]);
    await waitFor('broker 1 to delete its partial copy', 60_000, () => !fs.existsSync(path.join(c.brokers[1].dataDir, 'logs', 'slow-0')));
  }, 300_000);

  it('a throttled move in progress carries on under a new controller and completes once the throttle is lifted', async () => {
    const controllerOf = async (): Promise<number> => {
      const conn = await Connection.connect({ host: '127.0.0.1', port: c.brokers.find((b) => b.child !== null)!.port });
      try {
        const md = await conn.send(ApiKey.Metadata, (w, v) => encodeMetadataRequest(w, v, { topics: [] }), decodeMetadataResponse, {
          maxVersion: 12,
        });
        return md.controllerId;
      } finally {
        conn.close();
      }
    };
    const controller = await controllerOf();
    const [source, target] = [0, 1, 2].filter((b) => b !== controller);
    const admin = c.kafka().admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: 'resume', replicaAssignment: [{ partition: 0, replicas: [source] }] }],
    });
    await admin.disconnect();
    const producer = c.kafka().producer();
    await producer.connect();
    for (let i = 0; i < 10; i++)
      await producer.send({
        topic: 'resume',
        acks: -1,
        messages: Array.from({ length: 100 }, (_, k) => ({ value: `v-${i}-${k}-${'y'.repeat(990)}` })),
      });
    await producer.disconnect();
    const plan = file('resume.json', JSON.stringify({ version: 1, partitions: [{ topic: 'resume', partition: 0, replicas: [target] }] }));
    expect((await tool(['--execute', '--reassignment-json-file', plan, '--throttle', '2000'])).code).toBe(0);
    expect((await tool(['--list'])).stdout).toBe(
      `Current partition reassignments:\nresume-0: replicas: ${target},${source}. adding: ${target}. removing: ${source}.\n`,
    );

    await c.brokers[controller].stop();
    await waitFor('another controller', 60_000, async () => {
      const id = await controllerOf().catch(() => -1);
      return id >= 0 && id !== controller;
    });
    // The new controller knows the move (from the topic znode) and lists it.
    expect((await tool(['--list'])).stdout).toMatch(/^Current partition reassignments:\nresume-0: replicas: /);
    const lifted = await tool(['--execute', '--additional', '--reassignment-json-file', plan, '--throttle', '100000000']);
    expect(lifted.stderr).toBe('');
    const done = await waitFor('the move to complete', 120_000, async () => {
      const v = await tool(['--verify', '--reassignment-json-file', plan]);
      return v.stdout.includes('is complete') ? v : false;
    });
    expect(done.stdout).toMatch(/^Status of partition reassignment:\nReassignment of partition resume-0 is complete\.\n/);
    expect((await metadataFrom(c.brokers[target].bootstrap, 'resume')).partitions[0].replicas).toEqual([target]);
    await c.brokers[controller].start();
    await c.ready();
    const read = await readAll(c.kafka(), 'resume', 1000, 60_000);
    expect(read.get(0)?.length).toBe(1000);
  }, 400_000);

  it('--zookeeper --execute writes /admin/reassign_partitions for the controller (Kafka 2.x)', async () => {
    const zk = ['--zookeeper', c.zk.connect];
    const plan = file('zk.json', '{"version":1,"partitions":[{"topic":"slow","partition":0,"replicas":[2,0]}]}');
    const r = await tool(['--execute', '--reassignment-json-file', plan], zk);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('Warning: --zookeeper is deprecated, and will be removed in a future version of Kafka.');
    expect(r.stdout).toMatch(/Successfully started partition reassignment for slow-0\n$/);
    await waitFor(
      'the move to complete',
      120_000,
      async () => (await metadataFrom(c.bootstrap()[0], 'slow')).partitions[0].replicas.join(',') === '2,0',
    );
    const v = await tool(['--verify', '--reassignment-json-file', plan, '--preserve-throttles'], zk);
    expect(v.stdout).toMatch(/Reassignment of partition slow-0 is complete\.\n$/);
    const listed = await tool(['--list'], zk);
    expect(listed.stderr).toMatch(/^Option "\[zookeeper\]" can't be used with action "\[list\]"/);
  }, 300_000);

  it("refuses bad command lines and plans with Kafka's messages", async () => {
    const none = await tool(['--reassignment-json-file', 'x.json']);
    expect(none.stderr).toMatch(/^Command must include exactly one action: --generate, --execute, --verify, --cancel, --list/);
    const noConnect = await runCli('kafka-reassign-partitions', ['--list']);
    expect(noConnect.stderr).toMatch(/^Please specify --bootstrap-server/);
    const wrong = await tool(['--verify', '--reassignment-json-file', 'x.json', '--throttle', '5']);
    expect(wrong.stderr).toMatch(/^Option "\[throttle\]" can't be used with action "\[verify\]"/);
    const noFile = await tool(['--execute']);
    expect(noFile.stderr).toMatch(/^Missing required argument "\[reassignment-json-file\]"/);
    const empty = await tool(['--execute', '--reassignment-json-file', file('empty.json', '{"version":1,"partitions":[]}')]);
    expect(empty.stderr).toBe('Error: Partition reassignment list cannot be empty\n');
    const dups = await tool([
      '--execute',
      '--reassignment-json-file',
      file('dups.json', '{"partitions":[{"topic":"gen","partition":0,"replicas":[1,1]}]}'),
    ]);
    expect(dups.stderr).toBe('Error: Partition replica lists may not contain duplicate entries: gen-0 contains multiple entries for 1\n');
    const unknown = await tool([
      '--execute',
      '--reassignment-json-file',
      file('unknown.json', '{"partitions":[{"topic":"gen","partition":0,"replicas":[1,9]}]}'),
    ]);
    expect(unknown.stderr).toBe('Error: Unknown broker id 9\n');
    const badVersion = await tool(['--verify', '--reassignment-json-file', file('v2.json', '{"version":2,"partitions":[]}')]);
    expect(badVersion.stderr).toBe('Error: Not supported version field value 2\n');
  }, 120_000);
});
