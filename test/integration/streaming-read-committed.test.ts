/**
 * A direct stream with isolation.level=read_committed against a broker
 * process, reading a topic written by transactional producers (as a job
 * reading another job's exactly-once output does): committed, aborted and
 * interleaved transactions, plain records, and one transaction left open.
 * The read_committed job gets exactly the committed (and plain) records, its
 * batches stop at the open transaction's first offset (the last stable
 * offset) until that transaction commits, then it gets the rest; on the
 * fetch thread and on the job's own thread. A read_uncommitted job gets
 * every record, aborted ones included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrokerProcess } from './harness.js';
import { KafkaClient, TransactionalProducer, produce } from '../../client/index.js';
import { until } from '../helpers/broker-client.js';
import { StreamingContext, KafkaUtils, LocationStrategies, ConsumerStrategies, type OffsetRange } from '../../streaming/index.js';

const TOPIC = 'rc-in';
const TXN_CONFIG = {
  'transaction.state.log.replication.factor': '1',
  'transaction.state.log.num.partitions': '1',
  'offsets.topic.num.partitions': '1',
};

/** A running job: what it read (values in offset order, with their offsets) and its batches' ranges. */
interface Job {
  values: string[];
  offsets: number[];
  ranges: OffsetRange[];
  problems: string[];
  stop(): Promise<void>;
}

describe('direct stream with isolation.level=read_committed', () => {
  let broker: BrokerProcess;
  const clients: KafkaClient[] = [];
  const jobs: Job[] = [];

  const newClient = async (): Promise<KafkaClient> => {
    const c = new KafkaClient({ brokers: broker.bootstrap });
    clients.push(c);
    await c.connect();
    return c;
  };
  const newProducer = async (id: string): Promise<TransactionalProducer> => {
    const p = new TransactionalProducer(await newClient(), { transactionalId: id, lingerMs: 0 });
    await p.initTransactions();
    return p;
  };
  const send = (p: TransactionalProducer, value: string): Promise<number> => p.sendAsync(TOPIC, null, Buffer.from(value));

  const startJob = async (isolation: string, fetchThread: boolean): Promise<Job> => {
    const ssc = new StreamingContext(100, { conf: { 'tributary.streaming.kafka.fetchThread': fetchThread } });
    const stream = KafkaUtils.createDirectStream(
      ssc,
      LocationStrategies.PreferConsistent,
      ConsumerStrategies.Assign([{ topic: TOPIC, partition: 0 }], {
        'bootstrap.servers': broker.bootstrap,
        'auto.offset.reset': 'earliest',
        'enable.auto.commit': false,
        'isolation.level': isolation,
      }),
    );
    const job: Job = {
      values: [],
      offsets: [],
      ranges: [],
      problems: [],
      stop: () => (ssc.getState() === 'STOPPED' ? Promise.resolve() : ssc.stop()),
    };
    stream.foreachRDD(async (rdd) => {
      const parts = await rdd.glom().collect();
      rdd.offsetRanges.forEach((r, i) => {
        job.ranges.push(r);
        for (const x of parts[i]) {
          if (x.offset < r.fromOffset || x.offset >= r.untilOffset) job.problems.push(`offset ${x.offset} outside ${r}`);
          job.values.push(String(x.value));
          job.offsets.push(x.offset);
        }
      });
    });
    await ssc.start();
    jobs.push(job);
    return job;
  };

  /** Waits for `want`, checks that a few more batches bring nothing else, then stops the job (one context runs at a time). */
  const finish = async (job: Job, want: string[]): Promise<void> => {
    await until(() => job.values.length >= want.length);
    const batches = job.ranges.length;
    await until(() => job.ranges.length >= batches + 3);
    await job.stop();
    expect(job.values).toEqual(want);
    expect(job.offsets).toEqual([...job.offsets].sort((x, y) => x - y));
    expect(job.problems).toEqual([]);
  };

  beforeAll(async () => {
    broker = await new BrokerProcess({ config: TXN_CONFIG }).start();
    const admin = await newClient();
    await admin.createTopics([{ topic: TOPIC, numPartitions: 1 }]);
  }, 120_000);

  afterAll(async () => {
    for (const j of jobs) await j.stop().catch(() => undefined);
    for (const c of clients) c.close();
    await broker?.destroy();
  });

  it('reads only committed records, waits at an open transaction, and reads it once committed', async () => {
    const admin = clients[0];
    const w1 = await newProducer('rc-w1');
    const w2 = await newProducer('rc-w2');
    const w3 = await newProducer('rc-w3');
    await produce(admin, TOPIC, 0, [{ value: 'p0' }]);
    w1.beginTransaction();
    await Promise.all([send(w1, 'a1'), send(w1, 'a2')]);
    await w1.commitTransaction();
    w1.beginTransaction();
    await Promise.all([send(w1, 'b1'), send(w1, 'b2')]);
    await w1.abortTransaction();
    // Interleaved: w2's aborted record lies between w1's committed ones.
    w1.beginTransaction();
    w2.beginTransaction();
    await send(w1, 'c1');
    await send(w2, 'e1');
    await send(w1, 'c2');
    await w2.abortTransaction();
    await w1.commitTransaction();
    // Left open: its first offset is the last stable offset.
    w3.beginTransaction();
    const openAt = await send(w3, 'o1');
    w1.beginTransaction();
    await send(w1, 'd1');
    await w1.commitTransaction();
    await produce(admin, TOPIC, 0, [{ value: 'p1' }]);

    const committedBefore = ['p0', 'a1', 'a2', 'c1', 'c2'];
    const onThread = await startJob('read_committed', true);
    await until(() => onThread.values.length >= committedBefore.length);
    // A few more batches: none of them passes the open transaction.
    const batches = onThread.ranges.length;
    await until(() => onThread.ranges.length >= batches + 5);
    expect(onThread.values).toEqual(committedBefore);
    expect(Math.max(...onThread.ranges.map((r) => r.untilOffset))).toBe(openAt);

    await send(w3, 'o2');
    await w3.commitTransaction();
    const all = ['p0', 'a1', 'a2', 'c1', 'c2', 'o1', 'd1', 'p1', 'o2'];
    await until(() => onThread.values.length >= all.length);
    await finish(onThread, all);

    // The same on the job's own thread, reading it all in one go.
    await finish(await startJob('read_committed', false), all);

    // read_uncommitted: everything as written, aborted records included.
    await finish(await startJob('read_uncommitted', true), ['p0', 'a1', 'a2', 'b1', 'b2', 'c1', 'e1', 'c2', 'o1', 'd1', 'p1', 'o2']);
  }, 60_000);
});
