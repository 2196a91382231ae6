/**
 * Produce's per-record errors (KIP-467) and Kafka 3.x's deprecated topic
 * configs against the broker process:
 *
 * - kafka-topics creates topics with `message.timestamp.difference.max.ms`
 *   and `message.format.version`, and kafka-configs describes them;
 * - Produce v9 over the wire answers record_errors (each refused record's
 *   index) and the error_message for keyless records in a compacted topic
 *   and for timestamps beyond message.timestamp.difference.max.ms;
 * - kafka-producer-perf-test (the lean client, Produce v11) reports the
 *   broker's message; kcat (Debian's librdkafka 2.0.2, which stops at
 *   Produce v7 and so cannot receive the message) reports INVALID_RECORD
 *   ("Broker failed to validate record") and nothing is appended.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BrokerProcess } from './harness.js';
import { runCli } from './cli-helpers.js';
import { RawClient, produce } from './raw-client.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { encodeRecordBatch } from '../../protocol/record-codec.js';

describe('per-record produce errors and deprecated topic configs', () => {
  let broker: BrokerProcess;
  let c: RawClient;

  beforeAll(async () => {
    broker = await new BrokerProcess().start();
    const topics: [string, string[]][] = [
      ['rec-compacted', ['cleanup.policy=compact']],
      ['rec-recent', ['message.timestamp.difference.max.ms=60000', 'message.format.version=0.10.2']],
    ];
    for (const [topic, configs] of topics) {
      const r = await runCli('kafka-topics', [
        '--bootstrap-server',
        broker.bootstrap,
        '--create',
        '--topic',
        topic,
        '--partitions',
        '1',
        ...configs.flatMap((x) => ['--config', x]),
      ]);
      expect(r.code, r.stderr).toBe(0);
    }
    c = await RawClient.connect(broker.port);
  });

  afterAll(async () => {
    c?.close();
    await broker?.destroy();
  });

  it('kafka-configs describes the deprecated configs as topic overrides', async () => {
    const r = await runCli('kafka-configs', [
      '--bootstrap-server',
      broker.bootstrap,
      '--describe',
      '--entity-type',
      'topics',
      '--entity-name',
      'rec-recent',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('message.timestamp.difference.max.ms=60000');
    expect(r.stdout).toContain('message.format.version=0.10.2');
  });

  it('answers record_errors and error_message over the wire (Produce v9)', async () => {
    const keyless = encodeRecordBatch({
      records: [
        { key: 'a', value: '1' },
        { key: null, value: '2' },
        { key: null, value: '3' },
      ],
    });
    const p = (await produce(c, 'rec-compacted', 0, keyless, 1)).responses[0].partitionResponses[0] as any;
    expect([p.errorCode, p.baseOffset]).toEqual([ErrorCode.INVALID_RECORD, -1]);
    expect(p.recordErrors.map((e: { batchIndex: number }) => e.batchIndex)).toEqual([1, 2]);
    expect(p.errorMessage).toMatch(/^2 records rejected, the batch is not appended: record 1 has no key/);

    const now = Date.now();
    const stale = encodeRecordBatch({
      records: [
        { value: 'ok', timestamp: now },
        { value: 'old', timestamp: now - 10 * 60_000 },
      ],
    });
    const q = (await produce(c, 'rec-recent', 0, stale, 1)).responses[0].partitionResponses[0] as any;
    expect(q.errorCode).toBe(ErrorCode.INVALID_TIMESTAMP);
    expect(
      q.recordErrors.map((e: { batchIndex: number; batchIndexErrorMessage: string }) => [
        e.batchIndex,
        /older than/.test(e.batchIndexErrorMessage),
      ]),
    ).toEqual([[1, true]]);
    const fresh = (await produce(c, 'rec-recent', 0, encodeRecordBatch({ records: [{ value: 'ok', timestamp: now }] }), 1)).responses[0]
      .partitionResponses[0];
    expect([fresh.errorCode, fresh.baseOffset]).toEqual([ErrorCode.NONE, 0]);
  });

  it("kafka-producer-perf-test reports the broker's message; kcat (Produce v7) reports INVALID_RECORD", async () => {
    const perf = await runCli(
      'kafka-producer-perf-test',
      [
        '--topic',
        'rec-compacted',
        '--num-records',
        '2',
        '--record-size',
        '10',
        '--throughput',
        '-1',
        '--producer-props',
        `bootstrap.servers=${broker.bootstrap}`,
        'acks=1',
      ],
      { timeoutMs: 60_000 },
    );
    expect(perf.stdout + perf.stderr).toMatch(/INVALID_RECORD \(\d records? rejected, the batch is not appended: record 0 has no key/);

    const kcat = spawnSync('kcat', ['-b', broker.bootstrap, '-P', '-t', 'rec-compacted'], {
      input: 'no-key\n',
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(kcat.stderr).toContain('Broker failed to validate record');
    const keyed = spawnSync('kcat', ['-b', broker.bootstrap, '-P', '-t', 'rec-compacted', '-K:'], {
      input: 'k:v\n',
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(keyed.status, keyed.stderr).toBe(0);
    const read = spawnSync(
      'kcat',
      ['-b', broker.bootstrap, '-C', '-t', 'rec-compacted', '-o', 'beginning', '-e', '-q', '-f', '%k=%s@%o\n'],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    // Only the keyed record was appended, at offset 0: every refused batch left the log unchanged.
    expect(read.stdout.trim()).toBe('k=v@0');
  });
});
