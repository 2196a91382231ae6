/**
 * kafka-console-producer and kafka-console-consumer as subprocesses against a
 * real broker: the tutorial lines verbatim (apart from the port), keys and the
 * formatter properties, --partition/--offset, --include, compression codecs,
 * --sync and acks, max.request.size, --timeout-ms, and a consumer that runs
 * until SIGINT and then reports its count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrokerProcess } from './harness.js';
import { runCli, startCli } from './cli-helpers.js';

describe('console producer and consumer', () => {
  let broker: BrokerProcess;
  let server: string;

  beforeAll(async () => {
    broker = await new BrokerProcess().start();
    server = `localhost:${broker.port}`;
  });

  afterAll(async () => {
    await broker?.destroy();
  });

  const topic = async (name: string, partitions = 1): Promise<void> => {
    const r = await runCli('kafka-topics', ['--bootstrap-server', server, '--create', '--topic', name, '--partitions', String(partitions)]);
    expect(r.code).toBe(0);
  };

  it('runs the quickstart lines verbatim: produce lines from stdin, consume them --from-beginning', async () => {
    await topic('test');
    const p = await runCli('kafka-console-producer.sh', ['--broker-list', server, '--topic', 'test'], {
      input: 'This is my first event\nThis is my second event\n',
    });
    expect(p).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const c = await runCli('kafka-console-consumer.sh', [
      '--bootstrap-server',
      server,
      '--topic',
      'test',
      '--from-beginning',
      '--max-messages',
      '2',
    ]);
    expect(c.code).toBe(0);
    expect(c.stdout).toBe('This is my first event\nThis is my second event\n');
    expect(c.stderr).toBe('Processed a total of 2 messages\n');
    const t = await runCli('kafka-console-consumer.sh', [
      '--bootstrap-server',
      server,
      '--topic',
      'test',
      '--from-beginning',
      '--timeout-ms',
      '1500',
    ]);
    expect(t.code).toBe(0);
    expect(t.stdout).toBe('This is my first event\nThis is my second event\n');
    expect(t.stderr).toContain('TimeoutException');
    expect(t.stderr.trimEnd().split('\n').pop()).toBe('Processed a total of 2 messages');
  });

  it('keeps running without --max-messages/--timeout-ms, prints new records, and reports the count on SIGINT', async () => {
    await topic('live');
    const consumer = startCli('kafka-console-consumer.sh', ['--bootstrap-server', server, '--topic', 'live']);
    // Without --from-beginning the consumer starts at the end: give it time to position itself.
    await new Promise((r) => setTimeout(r, 2500));
    const p = await runCli('kafka-console-producer', ['--bootstrap-server', server, '--topic', 'live'], { input: 'a\nb\nc\n' });
    expect(p.code).toBe(0);
    await consumer.waitForOutput('a\nb\nc\n');
    await new Promise((r) => setTimeout(r, 1000));
    expect(consumer.child.exitCode).toBeNull();
    const res = await consumer.stop('SIGINT');
    expect(res.stdout).toBe('a\nb\nc\n');
    expect(res.stderr).toContain('Processed a total of 3 messages');
    expect(res.code).toBe(130);
  });

  it('parses keys and prints them with the formatter properties', async () => {
    await topic('keyed', 3);
    const p = await runCli(
      'kafka-console-producer',
      ['--bootstrap-server', server, '--topic', 'keyed', '--property', 'parse.key=true', '--property', 'key.separator=:'],
      {
        input: 'k1:v1\nk2:v2\nk1:v3\n',
      },
    );
    expect(p.code).toBe(0);
    const c = await runCli('kafka-console-consumer', [
      '--bootstrap-server',
      server,
      '--topic',
      'keyed',
      '--from-beginning',
      '--max-messages',
      '3',
      '--property',
      'print.key=true',
      '--property',
      'key.separator=|',
      '--property',
      'print.partition=true',
      '--property',
      'print.offset=true',
      '--property',
      'print.timestamp=true',
    ]);
    expect(c.code).toBe(0);
    const lines = c.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const parsed = lines.map((l) => /^CreateTime:(\d+)\|Partition:(\d)\|Offset:(\d+)\|(k\d)\|(v\d)$/.exec(l));
    expect(parsed.every((m) => m !== null)).toBe(true);
    // Same key, same partition (kafkajs's partitioner is Kafka's murmur2).
    const byKey = new Map(parsed.map((m) => [m![4], m![2]]));
    expect(parsed.filter((m) => m![4] === 'k1').every((m) => m![2] === byKey.get('k1'))).toBe(true);
    expect(parsed.map((m) => m![5]).sort()).toEqual(['v1', 'v2', 'v3']);
    const bad = await runCli('kafka-console-producer', ['--bootstrap-server', server, '--topic', 'keyed', '--property', 'parse.key=true'], {
      input: 'no separator here\n',
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("No key separator found on line number 1: 'no separator here'");
  });

  it('reads one partition from an offset, earliest or latest with --partition/--offset', async () => {
    await topic('parts', 2);
    const lines = Array.from({ length: 10 }, (_, i) => `0:m${i}`).join('\n');
    await runCli(
      'kafka-console-producer',
      ['--bootstrap-server', server, '--topic', 'parts', '--property', 'parse.key=true', '--property', 'key.separator=:'],
      { input: `${lines}\n` },
    );
    // All records share key "0", so they are all in one partition: find it.
    const probe = await runCli('kafka-console-consumer', [
      '--bootstrap-server',
      server,
      '--topic',
      'parts',
      '--from-beginning',
      '--max-messages',
      '1',
      '--property',
      'print.partition=true',
    ]);
    const partition = /Partition:(\d)/.exec(probe.stdout)![1];
    const from7 = await runCli('kafka-console-consumer', [
      '--bootstrap-server',
      server,
      '--topic',
      'parts',
      '--partition',
      partition,
      '--offset',
      '7',
      '--timeout-ms',
      '1000',
    ]);
    expect(from7.stdout).toBe('m7\nm8\nm9\n');
    const earliest = await runCli('kafka-console-consumer', [
      '--bootstrap-server',
      server,
      '--topic',
      'parts',
      '--partition',
      partition,
      '--offset',
      'earliest',
      '--max-messages',
      '2',
    ]);
    expect(earliest.stdout).toBe('m0\nm1\n');
    const latest = await runCli('kafka-console-consumer', [
      '--bootstrap-server',
      server,
      '--topic',
      'parts',
      '--partition',
      partition,
      '--offset',
      'latest',
      '--timeout-ms',
      '800',
    ]);
    expect(latest.stdout).toBe('');
    expect(latest.stderr).toContain('Processed a total of 0 messages');
    const bad = await runCli('kafka-console-consumer', ['--bootstrap-server', server, '--topic', 'parts', '--offset', '3']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.split('\n')[0]).toBe('The partition is required when offset is specified.');
    const missing = await runCli('kafka-console-consumer', [
      '--bootstrap-server',
      server,
      '--topic',
      'no-such-topic',
      '--partition',
      '0',
      '--offset',
      'earliest',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Topic 'no-such-topic' does not exist");
  });

  it('consumes every topic matching --include', async () => {
    await topic('inc-one');
    await topic('inc-two');
    await runCli('kafka-console-producer', ['--bootstrap-server', server, '--topic', 'inc-one'], { input: 'from-one\n' });
    await runCli('kafka-console-producer', ['--bootstrap-server', server, '--topic', 'inc-two'], { input: 'from-two\n' });
    const c = await runCli('kafka-console-consumer', [
      '--bootstrap-server',
      server,
      '--include',
      'inc-.*',
      '--from-beginning',
      '--max-messages',
      '2',
    ]);
    expect(c.stdout.trimEnd().split('\n').sort()).toEqual(['from-one', 'from-two']);
  });

  it('produces with every compression codec, --sync and each acks value', async () => {
    await topic('codecs');
    const sent: string[] = [];
    for (const codec of ['none', 'gzip', 'snappy', 'lz4', 'zstd']) {
      const line = `compressed with ${codec} ${'x'.repeat(200)}`;
      sent.push(line);
      const r = await runCli('kafka-console-producer', ['--bootstrap-server', server, '--topic', 'codecs', '--compression-codec', codec], {
        input: `${line}\n`,
      });
      expect(r, codec).toMatchObject({ code: 0, stderr: '' });
    }
    for (const acks of ['0', '1', 'all']) {
      const line = `acks ${acks}`;
      sent.push(line);
      const r = await runCli(
        'kafka-console-producer',
        ['--bootstrap-server', server, '--topic', 'codecs', '--sync', '--request-required-acks', acks],
        { input: `${line}\n` },
      );
      expect(r, acks).toMatchObject({ code: 0, stderr: '' });
    }
    const c = await runCli('kafka-console-consumer', [
      '--bootstrap-server',
      server,
      '--topic',
      'codecs',
      '--from-beginning',
      '--max-messages',
      String(sent.length),
      '--timeout-ms',
      '5000',
    ]);
    expect(c.stdout.trimEnd().split('\n')).toEqual(sent);
    const bad = await runCli(
      'kafka-console-producer',
      ['--bootstrap-server', server, '--topic', 'codecs', '--compression-codec', 'brotli'],
      { input: 'x\n' },
    );
    expect(bad.code).toBe(1);
  });

  it('reports a line over max.request.size clearly and exits 1, sending the others', async () => {
    await topic('big');
    const big = 'y'.repeat(2000);
    const r = await runCli(
      'kafka-console-producer',
      ['--bootstrap-server', server, '--topic', 'big', '--producer-property', 'max.request.size=1000'],
      { input: `small\n${big}\nafter\n` },
    );
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(
      /^ERROR Error when sending message to topic big with key: null, value: 2000 bytes with error: The message is \d+ bytes when serialized which is larger than 1000, which is the value of the max\.request\.size configuration\.$/,
    );
    const c = await runCli('kafka-console-consumer', [
      '--bootstrap-server',
      server,
      '--topic',
      'big',
      '--from-beginning',
      '--timeout-ms',
      '1500',
    ]);
    expect(c.stdout).toBe('small\nafter\n');
  });

  it('fails fast naming the address when the broker is unreachable', async () => {
    const p = await runCli('kafka-console-producer', ['--bootstrap-server', 'localhost:1', '--topic', 'x'], { input: 'x\n' });
    expect(p.code).toBe(1);
    expect(p.stderr).toContain('localhost:1');
    expect(p.ms).toBeLessThan(10_000);
    const c = await runCli('kafka-console-consumer', ['--bootstrap-server', 'localhost:1', '--topic', 'x']);
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('localhost:1');
    expect(c.ms).toBeLessThan(10_000);
  });
});
