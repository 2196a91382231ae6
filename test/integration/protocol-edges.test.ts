/**
 * Protocol edges over raw sockets: ApiVersions fallback, every advertised API
 * at its min and max version, old message formats (v1 accepted by Produce
 * v2, a v2 batch refused there), bad frames, and the fetch
 * rules (long poll, byte limits, sessions, out-of-range offsets).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrokerProcess } from './harness.js';
import { RawClient, batchOf, fetchPartition, produce } from './raw-client.js';
import { ApiKey, APIS } from '../../protocol/generated/api-keys.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { decodeRecordBatches } from '../../protocol/record-codec.js';
import { messageEntrySize, writeMessageEntry } from '../../protocol/message-set.js';

const MAX_REQUEST = 2 * 1024 * 1024;

/** Minimal valid requests where the schema defaults would not do. */
const OVERRIDES: Partial<Record<string, object>> = {
  Produce: { acks: 1, timeoutMs: 1000 },
  Fetch: { replicaId: -1, maxWaitMs: 0, minBytes: 1, maxBytes: 1024, sessionEpoch: -1 },
  ApiVersions: { clientSoftwareName: 'raw-client', clientSoftwareVersion: '1.0' },
  Metadata: { topics: [] },
  InitProducerId: { transactionalId: null, transactionTimeoutMs: 60_000, producerId: -1, producerEpoch: -1 },
  OffsetForLeaderEpoch: { replicaId: -1 },
};

describe('protocol edges', () => {
  let broker: BrokerProcess;
  let c: RawClient;

  beforeAll(async () => {
    broker = await new BrokerProcess({ config: { 'socket.request.max.bytes': String(MAX_REQUEST) } }).start();
    c = await RawClient.connect(broker.port);
    const r = await c.send('CreateTopics', 7, {
      topics: [
        { name: 'edges', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] },
        { name: 'limits', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] },
      ],
      timeoutMs: 10_000,
    });
    expect(r.topics.map((t: { errorCode: number }) => t.errorCode)).toEqual([0, 0]);
  });

  afterAll(async () => {
    c?.close();
    await broker?.destroy();
  });

  it('answers an unknown ApiVersions version with a v0 body: UNSUPPORTED_VERSION and the list', async () => {
    const resp = await c.send('ApiVersions', 99, {});
    expect(resp.errorCode).toBe(ErrorCode.UNSUPPORTED_VERSION);
    const keys = resp.apiKeys.map((k: { apiKey: number }) => k.apiKey);
    expect(keys).toContain(ApiKey.Produce);
    expect(keys).toContain(ApiKey.Fetch);
    expect(keys).toContain(ApiKey.ApiVersions);
    // The connection stays usable: the client retries with a version we serve.
    const ok = await c.send('ApiVersions', 3, { clientSoftwareName: 'raw-client', clientSoftwareVersion: '1.0' });
    expect(ok.errorCode).toBe(0);
  });

  it('ApiVersions v3 with a client software name lists every foundation API (Kafka 3.x floors: Produce, Fetch, ListOffsets from 0)', async () => {
    const resp = await c.send('ApiVersions', 3, { clientSoftwareName: 'tributary-tests', clientSoftwareVersion: '0.1-x' });
    expect(resp.errorCode).toBe(0);
    const byKey = new Map<number, { minVersion: number; maxVersion: number }>(resp.apiKeys.map((k: any) => [k.apiKey, k]));
    for (const name of [
      'Produce',
      'Fetch',
      'ListOffsets',
      'Metadata',
      'ApiVersions',
      'CreateTopics',
      'DeleteTopics',
      'DeleteRecords',
      'InitProducerId',
      'OffsetForLeaderEpoch',
      'DescribeConfigs',
      'AlterConfigs',
      'CreatePartitions',
      'IncrementalAlterConfigs',
      'DescribeCluster',
    ] as const) {
      expect(byKey.has(ApiKey[name]), name).toBe(true);
    }
    expect(byKey.get(ApiKey.Produce)!.minVersion).toBe(0);
    expect(byKey.get(ApiKey.Fetch)!.minVersion).toBe(0);
    expect(byKey.get(ApiKey.ListOffsets)!.minVersion).toBe(0);
    expect(byKey.get(ApiKey.OffsetCommit)!.minVersion).toBe(0);
    for (const [name, version] of [
      ['-bad name-', '1'],
      ['', ''],
      ['ok-name', 'bad version!'],
    ]) {
      const bad = await c.send('ApiVersions', 3, { clientSoftwareName: name, clientSoftwareVersion: version });
      expect(bad.errorCode, `${name}/${version}`).toBe(ErrorCode.INVALID_REQUEST);
    }
  });

  it('every advertised API answers a decodable response at its min and max version', async () => {
    const resp = await c.send('ApiVersions', 3, { clientSoftwareName: 'raw-client', clientSoftwareVersion: '1.0' });
    let checked = 0;
    for (const k of resp.apiKeys as { apiKey: number; minVersion: number; maxVersion: number }[]) {
      const name = APIS.find((a) => a.apiKey === k.apiKey)!.name as keyof typeof ApiKey;
      for (const v of new Set([k.minVersion, k.maxVersion])) {
        const conn = await RawClient.connect(broker.port);
        try {
          const out = await conn.send(name, v, OVERRIDES[name] ?? {});
          expect(out, `${name} v${v}`).toBeTypeOf('object');
          checked++;
        } catch (err) {
          throw new Error(`${name} v${v}: ${(err as Error).message}`);
        } finally {
          conn.close();
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(28);
  });

  it('records round-trip through the oldest and newest Produce / Fetch versions (v13+ by topic id)', async () => {
    const meta = await c.send('Metadata', 12, { topics: [{ name: 'edges', topicId: '00000000-0000-0000-0000-000000000000' }] });
    const topicId: string = meta.topics[0].topicId;
    expect(topicId).not.toBe('00000000-0000-0000-0000-000000000000');
    const start = (await fetchPartition(c, 'edges', 1, 0)).highWatermark;
    const p3 = await produce(c, 'edges', 1, batchOf(['v3']), 1, 3);
    const p11 = await produce(c, 'edges', 1, batchOf(['v11']), -1, 11);
    expect(p3.responses[0].partitionResponses[0].baseOffset).toBe(start);
    expect(p11.responses[0].partitionResponses[0].baseOffset).toBe(start + 1);
    const values = (buf: Buffer | null): string[] =>
      buf ? decodeRecordBatches(buf).flatMap((b) => b.records.filter((r) => r.offset >= start).map((r) => r.value!.toString())) : [];
    const v4 = await fetchPartition(c, 'edges', 1, start, { version: 4 });
    expect(values(v4.records)).toEqual(['v3', 'v11']);
    const v17 = await c.send('Fetch', 17, {
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 1,
      maxBytes: 1 << 20,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [
        {
          topicId,
          partitions: [
            {
              partition: 1,
              fetchOffset: start,
              partitionMaxBytes: 1 << 20,
              currentLeaderEpoch: -1,
              lastFetchedEpoch: -1,
              logStartOffset: -1,
            },
          ],
        },
      ],
      forgottenTopicsData: [],
      rackId: '',
    });
    expect(v17.responses[0].topicId).toBe(topicId);
    expect(values(v17.responses[0].partitions[0].records)).toEqual(['v3', 'v11']);
    const unknown = await c.send('Fetch', 17, {
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 1,
      maxBytes: 1 << 20,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [
        {
          topicId: '11111111-2222-3333-4444-555555555555',
          partitions: [
            { partition: 0, fetchOffset: 0, partitionMaxBytes: 1 << 20, currentLeaderEpoch: -1, lastFetchedEpoch: -1, logStartOffset: -1 },
          ],
        },
      ],
      forgottenTopicsData: [],
      rackId: '',
    });
    expect(unknown.responses[0].partitions[0].errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_ID);
  });

  it('Produce v2 takes message format v1 (up-converted) and refuses a v2 batch per partition', async () => {
    const r = await produce(c, 'edges', 0, batchOf(['old']), -1, 2);
    expect(r.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.INVALID_RECORD);
    const value = Buffer.from('format-v1');
    const set = Buffer.alloc(messageEntrySize(1, null, value));
    writeMessageEntry(set, 0, 0, 1, 0, Date.now(), null, value);
    const v1 = await produce(c, 'edges', 0, set, -1, 2);
    expect(v1.responses[0].partitionResponses[0].errorCode).toBe(0);
    const v3 = await produce(c, 'edges', 0, batchOf(['new']), -1, 3);
    expect(v3.responses[0].partitionResponses[0].errorCode).toBe(0);
  });

  it('a corrupted batch CRC gets CORRUPT_MESSAGE; unknown partition gets UNKNOWN_TOPIC_OR_PARTITION', async () => {
    const b = batchOf(['x', 'y']);
    b[b.length - 1] ^= 0xff;
    const r = await produce(c, 'edges', 1, b);
    expect(r.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.CORRUPT_MESSAGE);
    const u = await produce(c, 'edges', 7, batchOf(['z']));
    expect(u.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });

  it('an oversized frame and a garbage frame close only that connection', async () => {
    const big = await RawClient.connect(broker.port);
    const header = Buffer.alloc(8);
    header.writeInt32BE(MAX_REQUEST + 1, 0);
    header.writeInt16BE(ApiKey.Metadata, 4);
    big.sendFrame(header);
    await big.closed;

    const garbage = await RawClient.connect(broker.port);
    const g = Buffer.from([0, 0, 0, 10, 0x7f, 0x33, 0, 1, 2, 3, 4, 5, 6, 7]);
    garbage.sendFrame(g);
    await garbage.closed;

    // A truncated body of a known API is undecodable too.
    const truncated = await RawClient.connect(broker.port);
    const frame = truncated.encodeRequest(ApiKey.CreateTopics, 7, (w) => w.uvarint(5), 1);
    truncated.sendFrame(frame);
    await truncated.closed;

    expect(c.isClosed).toBe(false);
    const meta = await c.send('Metadata', 12, { topics: null });
    expect(meta.topics.map((t: { name: string }) => t.name)).toContain('edges');
    // The broker's log line reaches us through its stdout pipe: allow it a moment.
    for (let i = 0; i < 100 && !/socket\.request\.max\.bytes/.test(broker.output); i++) await new Promise((r) => setTimeout(r, 50));
    expect(broker.output).toMatch(/socket\.request\.max\.bytes/);
  });

  it('a fetch with session id != 0 gets FETCH_SESSION_ID_NOT_FOUND', async () => {
    const r = await c.send('Fetch', 12, {
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 1,
      maxBytes: 1 << 20,
      sessionId: 1234,
      sessionEpoch: 3,
      topics: [],
      forgottenTopicsData: [],
      rackId: '',
    });
    expect(r.errorCode).toBe(ErrorCode.FETCH_SESSION_ID_NOT_FOUND);
    // A new session request (id 0, epoch 0) is served; the answer's session id 0 means "no session".
    const fresh = await c.send('Fetch', 12, {
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 1,
      maxBytes: 1 << 20,
      sessionId: 0,
      sessionEpoch: 0,
      topics: [
        {
          topic: 'edges',
          partitions: [{ partition: 0, fetchOffset: 0, partitionMaxBytes: 1 << 20, currentLeaderEpoch: -1, logStartOffset: -1 }],
        },
      ],
      forgottenTopicsData: [],
      rackId: '',
    });
    expect(fresh.errorCode).toBe(0);
    expect(fresh.sessionId).toBe(0);
    expect(fresh.responses[0].partitions[0].errorCode).toBe(0);
  });

  it('a fetch beyond the log end gets OFFSET_OUT_OF_RANGE', async () => {
    await produce(c, 'edges', 1, batchOf(['a', 'b', 'c']));
    const r = await fetchPartition(c, 'edges', 1, 1000);
    expect(r.errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    const atEnd = await fetchPartition(c, 'edges', 1, r.highWatermark === -1 ? 3 : r.highWatermark);
    expect(atEnd.errorCode).toBe(0);
  });

  it('long poll: max_wait_ms is honoured with no data, and a waiting fetch returns when data arrives', async () => {
    const end = (await fetchPartition(c, 'edges', 0, 0)).highWatermark;
    const t0 = Date.now();
    const empty = await fetchPartition(c, 'edges', 0, end, { maxWaitMs: 600, minBytes: 1 });
    expect(empty.errorCode).toBe(0);
    expect(empty.records?.length ?? 0).toBe(0);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(500);

    const waiter = await RawClient.connect(broker.port);
    const t1 = Date.now();
    const pending = fetchPartition(waiter, 'edges', 0, end, { maxWaitMs: 60_000, minBytes: 1 });
    await new Promise((r) => setTimeout(r, 300));
    await produce(c, 'edges', 0, batchOf(['wake up']));
    const got = await pending;
    const elapsed = Date.now() - t1;
    waiter.close();
    expect(elapsed).toBeLessThan(30_000); // it did not wait for max_wait_ms
    const recs = decodeRecordBatches(got.records!).flatMap((b) => b.records);
    expect(recs.map((r) => r.value!.toString())).toEqual(['wake up']);
    expect(recs[0].offset).toBe(end);
  });

  it('min_bytes: a fetch waits until enough bytes are there', async () => {
    const end = (await fetchPartition(c, 'edges', 0, 0)).highWatermark;
    const waiter = await RawClient.connect(broker.port);
    const pending = fetchPartition(waiter, 'edges', 0, end, { maxWaitMs: 60_000, minBytes: 2000 });
    let done = false;
    void pending.then(() => (done = true));
    await produce(c, 'edges', 0, batchOf(['small']));
    await new Promise((r) => setTimeout(r, 300));
    expect(done).toBe(false);
    await produce(c, 'edges', 0, batchOf(['x'.repeat(3000)]));
    const got = await pending;
    waiter.close();
    const values = decodeRecordBatches(got.records!).flatMap((b) => b.records.map((r) => r.value!.toString()));
    expect(values).toEqual(['small', 'x'.repeat(3000)]);
  });

  it('max_bytes / partition_max_bytes with the at-least-one-batch rule', async () => {
    const sizes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const b = batchOf([`${i}`.repeat(1000)]);
      sizes.push(b.length);
      const r = await produce(c, 'limits', 0, b);
      expect(r.responses[0].partitionResponses[0].baseOffset).toBe(i);
      await produce(c, 'limits', 1, batchOf([`${i}`.repeat(1000)]));
    }
    const count = (buf: Buffer | null): number => (buf ? decodeRecordBatches(buf).length : 0);

    // A limit smaller than one batch still returns that whole batch.
    const tiny = await fetchPartition(c, 'limits', 0, 0, { partitionMaxBytes: 10 });
    expect(count(tiny.records)).toBe(1);
    expect(tiny.records!.length).toBe(sizes[0]);
    const tinyTotal = await fetchPartition(c, 'limits', 0, 0, { maxBytes: 10 });
    expect(count(tinyTotal.records)).toBe(1);

    // Exactly two batches fit.
    const two = await fetchPartition(c, 'limits', 0, 0, { partitionMaxBytes: sizes[0] + sizes[1] });
    expect(count(two.records)).toBe(2);
    const all = await fetchPartition(c, 'limits', 0, 0);
    expect(count(all.records)).toBe(5);

    // max_bytes across partitions: the first partition fills the budget, the second gets no complete batch.
    const r = await c.send('Fetch', 11, {
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 1,
      maxBytes: sizes[0] * 2,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [
        {
          topic: 'limits',
          partitions: [
            { partition: 0, fetchOffset: 0, partitionMaxBytes: 1 << 20, currentLeaderEpoch: -1, logStartOffset: -1 },
            { partition: 1, fetchOffset: 0, partitionMaxBytes: 1 << 20, currentLeaderEpoch: -1, logStartOffset: -1 },
          ],
        },
      ],
      forgottenTopicsData: [],
      rackId: '',
    });
    const [p0, p1] = r.responses[0].partitions;
    expect(count(p0.records)).toBe(2);
    expect(count(p1.records)).toBe(0);
    expect(p1.errorCode).toBe(0);
    expect(p1.highWatermark).toBe(5);
  });
});
