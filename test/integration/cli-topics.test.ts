/**
 * kafka-topics as a subprocess against a real broker: the tutorial command
 * lines verbatim (apart from the port), Kafka's --describe layout, regex
 * topics, --alter, --delete, --if-exists / --if-not-exists, the report
 * filters, errors and exit codes, and --zookeeper reading broker addresses
 * from a real ZooKeeper.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { BrokerProcess, freePort } from './harness.js';
import { runCli, ZooKeeperProcess } from './cli-helpers.js';

/** `p`, or a rejection naming `what` after 15 s. */
function step<T>(what: string, p: Promise<T>): Promise<T> {
  return Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within 15 s`)), 15_000)),
  ]);
}

describe('kafka-topics', () => {
  let broker: BrokerProcess;
  let server: string;

  beforeAll(async () => {
    broker = await new BrokerProcess({ config: { 'num.partitions': '2' } }).start();
    server = `localhost:${broker.port}`;
  });

  afterAll(async () => {
    await broker?.destroy();
  });

  it('runs the quickstart lines verbatim: --create then --list', async () => {
    const created = await runCli('kafka-topics.sh', [
      '--create',
      '--bootstrap-server',
      server,
      '--replication-factor',
      '1',
      '--partitions',
      '1',
      '--topic',
      'test',
    ]);
    expect(created).toMatchObject({ code: 0, stdout: 'Created topic test.\n', stderr: '' });
    const listed = await runCli('kafka-topics.sh', ['--list', '--bootstrap-server', server]);
    expect(listed.code).toBe(0);
    expect(listed.stdout.split('\n')).toContain('test');
  });

  it("describes in Kafka's layout with the overridden configs", async () => {
    const c = await runCli('kafka-topics', [
      '--bootstrap-server',
      server,
      '--create',
      '--topic',
      'described',
      '--partitions',
      '3',
      '--config',
      'cleanup.policy=compact',
      '--config',
      'retention.ms=60000',
    ]);
    expect(c.code).toBe(0);
    const d = await runCli('kafka-topics', ['--bootstrap-server', server, '--describe', '--topic', 'described']);
    expect(d.code).toBe(0);
    const lines = d.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Topic: described\tTopicId: [A-Za-z0-9_-]{22}\tPartitionCount: 3\tReplicationFactor: 1\tConfigs: (.*)$/);
    const configs = /Configs: (.*)$/.exec(lines[0])![1].split(',');
    expect(configs).toEqual(expect.arrayContaining(['cleanup.policy=compact', 'retention.ms=60000']));
    for (let p = 0; p < 3; p++) {
      expect(lines[p + 1]).toBe(`\tTopic: described\tPartition: ${p}\tLeader: 0\tReplicas: 0\tIsr: 0\tElr: N/A\tLastKnownElr: N/A`);
    }
  });

  it('uses the broker default partition count and takes --topic as a whole-name regex', async () => {
    for (const t of ['regex-a', 'regex-b', 'other-regex']) {
      expect((await runCli('kafka-topics', ['--bootstrap-server', server, '--create', '--topic', t])).code).toBe(0);
    }
    const listed = await runCli('kafka-topics', ['--bootstrap-server', server, '--list', '--topic', 'regex-.*']);
    expect(listed.stdout).toBe('regex-a\nregex-b\n');
    const d = await runCli('kafka-topics', ['--bootstrap-server', server, '--describe', '--topic', 'regex-a']);
    expect(d.stdout).toContain('PartitionCount: 2\t');
  });

  it('adds partitions with --alter and deletes with --delete', async () => {
    await runCli('kafka-topics', ['--bootstrap-server', server, '--create', '--topic', 'grow', '--partitions', '1']);
    const a = await runCli('kafka-topics', ['--bootstrap-server', server, '--alter', '--topic', 'grow', '--partitions', '4']);
    expect(a).toMatchObject({ code: 0, stderr: '' });
    const d = await runCli('kafka-topics', ['--bootstrap-server', server, '--describe', '--topic', 'grow']);
    expect(d.stdout).toContain('PartitionCount: 4');
    const shrink = await runCli('kafka-topics', ['--bootstrap-server', server, '--alter', '--topic', 'grow', '--partitions', '2']);
    expect(shrink.code).toBe(1);
    expect(shrink.stderr).toMatch(/^Error while executing topic command : /);
    const del = await runCli('kafka-topics', ['--bootstrap-server', server, '--delete', '--topic', 'grow']);
    expect(del).toMatchObject({ code: 0, stdout: '' });
    const listed = await runCli('kafka-topics', ['--bootstrap-server', server, '--list']);
    expect(listed.stdout.split('\n')).not.toContain('grow');
  });

  it('honours --if-not-exists and --if-exists; fails without them', async () => {
    const again = await runCli('kafka-topics', ['--bootstrap-server', server, '--create', '--topic', 'test', '--partitions', '1']);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe("Error while executing topic command : Topic 'test' already exists.\n");
    const quiet = await runCli('kafka-topics', ['--bootstrap-server', server, '--create', '--topic', 'test', '--if-not-exists']);
    expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const missing = await runCli('kafka-topics', ['--bootstrap-server', server, '--describe', '--topic', 'nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("Topic 'nope' does not exist as expected\n");
    const delMissing = await runCli('kafka-topics', ['--bootstrap-server', server, '--delete', '--topic', 'nope']);
    expect(delMissing.code).toBe(1);
    for (const action of ['--delete', '--describe']) {
      const r = await runCli('kafka-topics', ['--bootstrap-server', server, action, '--topic', 'nope', '--if-exists']);
      expect(r).toMatchObject({ code: 0, stdout: '' });
    }
  });

  it('prints only matching partitions with the report filters', async () => {
    for (const flag of ['--under-replicated-partitions', '--unavailable-partitions', '--under-min-isr-partitions']) {
      const r = await runCli('kafka-topics', ['--bootstrap-server', server, '--describe', flag]);
      expect(r).toMatchObject({ code: 0, stdout: '' });
    }
    const atMin = await runCli('kafka-topics', ['--bootstrap-server', server, '--describe', '--topic', 'test', '--at-min-isr-partitions']);
    expect(atMin.stdout).toBe('\tTopic: test\tPartition: 0\tLeader: 0\tReplicas: 0\tIsr: 0\tElr: N/A\tLastKnownElr: N/A\n');
    const overrides = await runCli('kafka-topics', ['--bootstrap-server', server, '--describe', '--topics-with-overrides']);
    expect(overrides.stdout).toMatch(/^Topic: described\t.*cleanup\.policy=compact/);
    expect(overrides.stdout).not.toContain('Partition:');
  });

  it('rejects invalid arguments with the usage on stderr and exit code 1', async () => {
    const none = await runCli('kafka-topics', ['--bootstrap-server', server]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^Command must include exactly one action: --list, --create, --delete, --alter, --describe\n/);
    expect(none.stderr).toContain('--bootstrap-server <String: server to connect to>');
    const unknown = await runCli('kafka-topics', ['--bootstrap-server', server, '--list', '--bogus']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.split('\n')[0]).toBe('bogus is not a recognized option');
    const noTopic = await runCli('kafka-topics', ['--bootstrap-server', server, '--create']);
    expect(noTopic.stderr.split('\n')[0]).toBe('Missing required argument "[topic]"');
    const badCombo = await runCli('kafka-topics', ['--bootstrap-server', server, '--list', '--partitions', '3']);
    expect(badCombo.stderr.split('\n')[0]).toBe('Option "[partitions]" can\'t be used with option "[list]"');
    const help = await runCli('kafka-topics', ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--if-not-exists');
  });

  it('fails within a few seconds naming the address when no broker listens', async () => {
    const port = await freePort();
    const r = await runCli('kafka-topics', ['--bootstrap-server', `localhost:${port}`, '--list']);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(10_000);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`localhost:${port}`);
  });

  it('--zookeeper reads the broker addresses from /brokers/ids', async () => {
    const zk = await step('start ZooKeeper', new ZooKeeperProcess().start());
    try {
      // The znode a Kafka broker writes, pointing at the test broker.
      const require = createRequire(import.meta.url);
      const zookeeper = require('node-zookeeper-client');
      const client = zookeeper.createClient(zk.connect);
      await step(
        'connect to ZooKeeper',
        new Promise<void>((resolve) => {
          client.once('connected', resolve);
          client.connect();
        }),
      );
      const znode = JSON.stringify({
        features: {},
        listener_security_protocol_map: { PLAINTEXT: 'PLAINTEXT' },
        endpoints: [`PLAINTEXT://127.0.0.1:${broker.port}`],
        jmx_port: -1,
        port: broker.port,
        host: '127.0.0.1',
        version: 5,
        timestamp: String(Date.now()),
      });
      await step(
        'mkdirp',
        new Promise<void>((resolve, reject) => client.mkdirp('/brokers/ids', (e: Error | null) => (e ? reject(e) : resolve()))),
      );
      await step(
        'create',
        new Promise<void>((resolve, reject) =>
          client.create('/brokers/ids/0', Buffer.from(znode), (e: Error | null) => (e ? reject(e) : resolve())),
        ),
      );
      client.close();
      const created = await runCli('kafka-topics.sh', [
        '--create',
        '--zookeeper',
        zk.connect,
        '--replication-factor',
        '1',
        '--partitions',
        '1',
        '--topic',
        'via-zk',
      ]);
      expect(created).toMatchObject({ code: 0, stdout: 'Created topic via-zk.\n' });
      const listed = await runCli('kafka-topics', ['--zookeeper', zk.connect, '--list']);
      expect(listed.code).toBe(0);
      expect(listed.stdout.split('\n')).toContain('via-zk');
      const empty = await new ZooKeeperProcess().start();
      try {
        const none = await runCli('kafka-topics', ['--zookeeper', empty.connect, '--list']);
        expect(none.code).toBe(1);
        expect(none.stderr).toContain('no brokers are registered');
      } finally {
        await empty.destroy();
      }
    } finally {
      await zk.destroy();
    }
  });
});
