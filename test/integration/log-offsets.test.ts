/**
 * Offsets and the log's life cycle through the APIs: ListOffsets (earliest,
 * latest, by timestamp through the time index across segments, max
 * timestamp), DeleteRecords (log start offset, OFFSET_OUT_OF_RANGE below it,
 * kept across a restart), OffsetForLeaderEpoch, segment roll by size and by
 * time, and retention by size and by time deleting whole segments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { BrokerProcess } from './harness.js';
import { RawClient, batchOf, fetchPartition, produce, readAll } from './raw-client.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { encodeRecordBatch } from '../../protocol/record-codec.js';

const T = Date.now() - 3_600_000;

describe('offsets, segments and retention', () => {
  let broker: BrokerProcess;
  let admin: Admin;
  let c: RawClient;

  async function reconnect(): Promise<void> {
    await admin?.disconnect();
    c?.close();
    const kafka = new Kafka({ clientId: 'log-offsets', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    admin = kafka.admin();
    await admin.connect();
    c = await RawClient.connect(broker.port);
  }

  async function listOffset(
    topic: string,
    timestamp: number,
    partition = 0,
  ): Promise<{ errorCode: number; offset: number; timestamp: number; leaderEpoch: number }> {
    const r = await c.send('ListOffsets', 9, {
      replicaId: -1,
      isolationLevel: 0,
      topics: [{ name: topic, partitions: [{ partitionIndex: partition, currentLeaderEpoch: -1, timestamp }] }],
    });
    return r.topics[0].partitions[0];
  }

  function segmentBases(topic: string, partition = 0): number[] {
    return fs
      .readdirSync(path.join(broker.dataDir, 'logs', `${topic}-${partition}`))
      .filter((f) => /^\d{20}\.log$/.test(f))
      .map((f) => Number(f.slice(0, 20)))
      .sort((a, b) => a - b);
  }

  async function until(what: string, cond: () => Promise<boolean>, ms = 60_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!(await cond())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    broker = await new BrokerProcess({ config: { 'log.retention.check.interval.ms': '200', 'log.segment.delete.delay.ms': '0' } }).start();
    await reconnect();
    await admin.createTopics({
      topics: [
        { topic: 'times', numPartitions: 1, configEntries: [{ name: 'segment.bytes', value: '200' }] },
        { topic: 'trim', numPartitions: 1 },
        { topic: 'rolling', numPartitions: 1, configEntries: [{ name: 'segment.bytes', value: '1000' }] },
        { topic: 'aging', numPartitions: 1, configEntries: [{ name: 'segment.ms', value: '300' }] },
        // retention.bytes is set once the data is written (the test counts the segments before).
        { topic: 'by-size', numPartitions: 1, configEntries: [{ name: 'segment.bytes', value: '1000' }] },
        // 30 minutes: the by-time records are an hour old, the fresh ones seconds, however slow the machine.
        {
          topic: 'by-time',
          numPartitions: 1,
          configEntries: [
            { name: 'segment.bytes', value: '1000' },
            { name: 'retention.ms', value: '1800000' },
          ],
        },
        {
          topic: 'fresh',
          numPartitions: 1,
          configEntries: [
            { name: 'segment.bytes', value: '1000' },
            { name: 'retention.ms', value: '1800000' },
          ],
        },
      ],
    });
  });

  afterAll(async () => {
    await admin?.disconnect();
    c?.close();
    await broker?.destroy();
  });

  it('ListOffsets: earliest, latest, by timestamp across segments, max timestamp', async () => {
    const batches = [[T + 1000, T + 1000], [T + 2000, T + 2000], [T + 3000, T + 3000], [T + 500, T + 9000, T + 700], [T + 4000]];
    for (const ts of batches) {
      const b = encodeRecordBatch({ records: ts.map((t, i) => ({ key: null, value: `at-${t - T}-${i}`, timestamp: t })) });
      expect((await produce(c, 'times', 0, b)).responses[0].partitionResponses[0].errorCode).toBe(0);
    }
    expect(segmentBases('times').length).toBeGreaterThan(1);
    expect(await listOffset('times', -2)).toMatchObject({ errorCode: 0, offset: 0 });
    expect(await listOffset('times', -1)).toMatchObject({ errorCode: 0, offset: 10 });
    expect(await listOffset('times', T + 2500)).toMatchObject({ errorCode: 0, offset: 4, timestamp: T + 3000 });
    expect(await listOffset('times', T + 2000)).toMatchObject({ offset: 2, timestamp: T + 2000 });
    expect(await listOffset('times', T)).toMatchObject({ offset: 0, timestamp: T + 1000 });
    expect(await listOffset('times', T + 5000)).toMatchObject({ offset: 7, timestamp: T + 9000 });
    expect(await listOffset('times', T + 10_000)).toMatchObject({ errorCode: 0, offset: -1, timestamp: -1 });
    expect(await listOffset('times', -3)).toMatchObject({ errorCode: 0, offset: 7, timestamp: T + 9000 });
    const kjs = await admin.fetchTopicOffsetsByTimestamp('times', T + 2500);
    expect(kjs).toEqual([{ partition: 0, offset: '4' }]);
    const unknown = await listOffset('times', -1, 5);
    expect(unknown.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });

  it('DeleteRecords moves the log start offset; fetching below it is OFFSET_OUT_OF_RANGE; it survives a restart', async () => {
    for (let i = 0; i < 10; i++) await produce(c, 'trim', 0, batchOf([`r${i}`]));
    // kafkajs looks the leader up in its metadata cache, so load the topic's metadata first.
    await admin.fetchTopicMetadata({ topics: ['trim'] });
    await admin.deleteTopicRecords({ topic: 'trim', partitions: [{ partition: 0, offset: '4' }] });
    expect(await listOffset('trim', -2)).toMatchObject({ offset: 4 });
    expect((await fetchPartition(c, 'trim', 0, 2)).errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    const after = await fetchPartition(c, 'trim', 0, 4);
    expect(after.logStartOffset).toBe(4);
    expect((await readAll(c, 'trim', 0, 4)).map((r) => r.value!.toString())).toEqual(['r4', 'r5', 'r6', 'r7', 'r8', 'r9']);

    const beyond = await c.send('DeleteRecords', 2, {
      topics: [{ name: 'trim', partitions: [{ partitionIndex: 0, offset: 11 }] }],
      timeoutMs: 5000,
    });
    expect(beyond.topics[0].partitions[0].errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    const backwards = await c.send('DeleteRecords', 2, {
      topics: [{ name: 'trim', partitions: [{ partitionIndex: 0, offset: 2 }] }],
      timeoutMs: 5000,
    });
    expect(backwards.topics[0].partitions[0]).toMatchObject({ errorCode: 0, lowWatermark: 4 });

    await broker.stop();
    await broker.start();
    await reconnect();
    expect(await listOffset('trim', -2)).toMatchObject({ offset: 4 });
    expect((await fetchPartition(c, 'trim', 0, 0)).errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    const all = await c.send('DeleteRecords', 2, {
      topics: [{ name: 'trim', partitions: [{ partitionIndex: 0, offset: -1 }] }],
      timeoutMs: 5000,
    });
    expect(all.topics[0].partitions[0]).toMatchObject({ errorCode: 0, lowWatermark: 10 });
    expect(await listOffset('trim', -2)).toMatchObject({ offset: 10 });
  });

  it('OffsetForLeaderEpoch answers the end offset of the current epoch', async () => {
    const meta = await c.send('Metadata', 12, { topics: [{ name: 'trim', topicId: '00000000-0000-0000-0000-000000000000' }] });
    const epoch: number = meta.topics[0].partitions[0].leaderEpoch;
    expect(epoch).toBeGreaterThanOrEqual(0);
    const ask = (leaderEpoch: number, currentLeaderEpoch = -1) =>
      c.send('OffsetForLeaderEpoch', 4, {
        replicaId: -1,
        topics: [{ topic: 'trim', partitions: [{ partition: 0, currentLeaderEpoch, leaderEpoch }] }],
      });
    const r = await ask(epoch);
    expect(r.topics[0].partitions[0]).toMatchObject({ errorCode: 0, leaderEpoch: epoch, endOffset: 10 });
    const future = await ask(epoch + 5);
    expect(future.topics[0].partitions[0]).toMatchObject({ errorCode: 0, leaderEpoch: -1, endOffset: -1 });
    const fenced = await ask(epoch, epoch + 1);
    expect(fenced.topics[0].partitions[0].errorCode).toBe(ErrorCode.UNKNOWN_LEADER_EPOCH);
  });

  it('segments roll by segment.bytes and segment.ms; every record stays readable', async () => {
    for (let i = 0; i < 30; i++) await produce(c, 'rolling', 0, batchOf([`roll-${i}-${'z'.repeat(80)}`]));
    const bases = segmentBases('rolling');
    expect(bases.length).toBeGreaterThanOrEqual(4);
    expect(bases[0]).toBe(0);
    const dir = path.join(broker.dataDir, 'logs', 'rolling-0');
    for (const b of bases) {
      const name = String(b).padStart(20, '0');
      expect(fs.existsSync(path.join(dir, `${name}.index`)), name).toBe(true);
      expect(fs.existsSync(path.join(dir, `${name}.timeindex`)), name).toBe(true);
      expect(fs.statSync(path.join(dir, `${name}.log`)).size).toBeLessThanOrEqual(1000);
    }
    const recs = await readAll(c, 'rolling', 0);
    expect(recs.map((r) => r.offset)).toEqual(Array.from({ length: 30 }, (_, i) => i));

    await produce(c, 'aging', 0, batchOf(['first']));
    await new Promise((r) => setTimeout(r, 500));
    await produce(c, 'aging', 0, batchOf(['second']));
    expect(segmentBases('aging')).toEqual([0, 1]);
  });

  it('retention by size and by time deletes whole segments; fresh data stays', async () => {
    for (let i = 0; i < 30; i++) {
      await produce(c, 'by-size', 0, batchOf([`s-${i}-${'q'.repeat(80)}`]));
      const old = encodeRecordBatch({ records: [{ key: null, value: `t-${i}-${'q'.repeat(80)}`, timestamp: T + i }] });
      await produce(c, 'by-time', 0, old);
      await produce(c, 'fresh', 0, batchOf([`f-${i}-${'q'.repeat(80)}`]));
    }
    const before = segmentBases('by-size').length;
    expect(before).toBeGreaterThanOrEqual(4);
    const alter = await c.send('IncrementalAlterConfigs', 1, {
      resources: [{ resourceType: 2, resourceName: 'by-size', configs: [{ name: 'retention.bytes', configOperation: 0, value: '3000' }] }],
      validateOnly: false,
    });
    expect(alter.responses[0].errorCode).toBe(0);
    await until('size retention', async () => (await listOffset('by-size', -2)).offset > 0);
    await until('time retention', async () => (await listOffset('by-time', -2)).offset === 30);

    const start = (await listOffset('by-size', -2)).offset;
    const sizeBases = segmentBases('by-size');
    expect(sizeBases.length).toBeLessThan(before);
    expect(sizeBases[0]).toBe(start);
    const dir = path.join(broker.dataDir, 'logs', 'by-size-0');
    const total = sizeBases.reduce((n, b) => n + fs.statSync(path.join(dir, `${String(b).padStart(20, '0')}.log`)).size, 0);
    expect(total).toBeLessThanOrEqual(3000 + 1000);
    expect((await fetchPartition(c, 'by-size', 0, 0)).errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    const kept = await readAll(c, 'by-size', 0, start);
    expect(kept.map((r) => r.offset)).toEqual(Array.from({ length: 30 - start }, (_, i) => start + i));

    // Everything in by-time was an hour old: gone, the log end offset kept, appends continue from it.
    expect(await listOffset('by-time', -1)).toMatchObject({ offset: 30 });
    const next = await produce(c, 'by-time', 0, batchOf(['new']));
    expect(next.responses[0].partitionResponses[0].baseOffset).toBe(30);

    expect((await listOffset('fresh', -2)).offset).toBe(0);
    expect(segmentBases('fresh')[0]).toBe(0);
  });
});
