/**
 * Mutated requests never take the broker down: a valid request of every
 * advertised API at every advertised version, with a few random bytes
 * overwritten (a fixed seed, so failures reproduce), each on its own
 * connection. Whatever the broker makes of them (an answer, an error code, a
 * closed connection), it must stay up, never log a handler failure, and keep
 * serving.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrokerProcess } from './harness.js';
import { RawClient, batchOf } from './raw-client.js';
import { APIS } from '../../protocol/generated/api-keys.js';
import { CODECS } from '../../protocol/generated/codecs.js';
import { Writer } from '../../protocol/writer.js';
import { UnsupportedVersionError } from '../../protocol/unsupported-version.js';

const MUTATIONS_PER_VERSION = 20;

/** Requests worth mutating: with topics, partitions, records and configs in them. */
const SAMPLES: Record<string, object> = {
  Produce: { acks: 1, timeoutMs: 1000, topicData: [{ name: 'fz', partitionData: [{ index: 0, records: batchOf(['a', 'b']) }] }] },
  Fetch: {
    replicaId: -1,
    maxWaitMs: 10,
    minBytes: 1,
    maxBytes: 1000,
    sessionEpoch: -1,
    topics: [
      { topic: 'fz', partitions: [{ partition: 0, fetchOffset: 0, partitionMaxBytes: 100, currentLeaderEpoch: -1, logStartOffset: -1 }] },
    ],
  },
  ListOffsets: { replicaId: -1, topics: [{ name: 'fz', partitions: [{ partitionIndex: 0, timestamp: -1, currentLeaderEpoch: -1 }] }] },
  Metadata: { topics: [{ name: 'fz' }] },
  CreateTopics: {
    topics: [{ name: 'fz2', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [{ name: 'retention.ms', value: '1000' }] }],
    timeoutMs: 1000,
    validateOnly: true,
  },
  DeleteRecords: { topics: [{ name: 'fz', partitions: [{ partitionIndex: 0, offset: 0 }] }], timeoutMs: 1000 },
  DescribeConfigs: { resources: [{ resourceType: 2, resourceName: 'fz', configurationKeys: null }] },
  IncrementalAlterConfigs: {
    resources: [{ resourceType: 2, resourceName: 'fz', configs: [{ name: 'retention.ms', configOperation: 0, value: '100000' }] }],
    validateOnly: true,
  },
  AlterConfigs: {
    resources: [{ resourceType: 2, resourceName: 'fz', configs: [{ name: 'retention.ms', value: '100000' }] }],
    validateOnly: true,
  },
  CreatePartitions: { topics: [{ name: 'fz', count: 3, assignments: null }], timeoutMs: 1000, validateOnly: true },
  OffsetForLeaderEpoch: {
    replicaId: -1,
    topics: [{ topic: 'fz', partitions: [{ partition: 0, currentLeaderEpoch: -1, leaderEpoch: 0 }] }],
  },
  InitProducerId: { transactionalId: null, transactionTimeoutMs: 1000, producerId: -1, producerEpoch: -1 },
  ApiVersions: { clientSoftwareName: 'fuzz', clientSoftwareVersion: '1' },
};

/**
 * The sample encoded at version `v`; a sample field the version cannot carry
 * (e.g. CreateTopics' validateOnly before v1) falls back to the request's
 * defaults, so every version the broker announces is fuzzed.
 */
function encodeSample(codec: (typeof CODECS)[string], v: number, sample: object): Buffer {
  try {
    const w = new Writer();
    codec.encode(w, v, sample);
    return w.finishBuffer();
  } catch (err) {
    if (!(err instanceof UnsupportedVersionError)) throw err;
    const w = new Writer();
    codec.encode(w, v, {});
    return w.finishBuffer();
  }
}

describe('mutated requests', () => {
  let broker: BrokerProcess;

  beforeAll(async () => {
    broker = await new BrokerProcess().start();
    const c = await RawClient.connect(broker.port);
    await c.send('CreateTopics', 7, {
      topics: [{ name: 'fz', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 5000,
    });
    c.close();
  });

  afterAll(async () => {
    await broker?.destroy();
  });

  it('leave the broker up and serving', async () => {
    const probe = await RawClient.connect(broker.port);
    const versions = (await probe.send('ApiVersions', 3, { clientSoftwareName: 'fuzz', clientSoftwareVersion: '1' })).apiKeys as {
      apiKey: number;
      minVersion: number;
      maxVersion: number;
    }[];
    probe.close();
    let seed = 20_261_122;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let sent = 0;
    for (const k of versions) {
      const name = APIS.find((a) => a.apiKey === k.apiKey)!.name;
      const codec = CODECS[`${name}Request`];
      for (let v = k.minVersion; v <= k.maxVersion; v++) {
        const body = encodeSample(codec, v, SAMPLES[name] ?? {});
        for (let i = 0; i < MUTATIONS_PER_VERSION; i++) {
          const mutated = Buffer.from(body);
          const flips = 1 + Math.floor(rnd() * 4);
          for (let f = 0; f < flips && mutated.length > 0; f++) mutated[Math.floor(rnd() * mutated.length)] = Math.floor(rnd() * 256);
          const conn = await RawClient.connect(broker.port).catch((err: Error) => {
            throw new Error(
              `broker gone after ${sent} mutated requests (last ${name} v${v}): ${err.message}\n${broker.output.slice(-3000)}`,
            );
          });
          const answered = conn.sendRawRequest(k.apiKey, v, (ww) => ww.raw(mutated)).catch(() => null);
          await Promise.race([answered, conn.closed, new Promise((r) => setTimeout(r, 200))]);
          conn.close();
          sent++;
        }
      }
    }
    expect(sent).toBeGreaterThan(1000);
    const after = await RawClient.connect(broker.port);
    const ok = await after.send('ApiVersions', 3, { clientSoftwareName: 'fuzz', clientSoftwareVersion: '1' });
    const meta = await after.send('Metadata', 12, { topics: null });
    after.close();
    expect(ok.errorCode).toBe(0);
    expect(meta.topics.map((t: { name: string }) => t.name)).toContain('fz');
    expect(broker.output).not.toMatch(/ failed on /);
  });
});
