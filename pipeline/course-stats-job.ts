/**
 * The course-statistics streaming job: the access log read from Kafka with
 * the direct stream, each batch cleaned and counted (course-stats.ts), the
 * counts written with the batch's offset ranges in one atomic LevelDB write
 * (stats-store.ts), and the page served (page-server.ts).
 *
 *   Kafka topic ── direct stream ── per batch: clean, count per day ──┐
 *                                                                     ▼
 *   page (ECharts) ◀── /api/stats, /api/events ◀── LevelDB: counters + offsets
 *
 * Exactly once: the job reads every partition (Assign: no group membership,
 * so a restarted job does not wait out the old member's session) from the
 * offsets stored with the counts, or from the log start for a partition the
 * store has never seen. The group's offsets are committed after each batch
 * only so that `kafka-consumer-groups --describe --group course-stats` shows
 * the job's lag; they are never read back. A job killed at any point and
 * started again counts each line once.
 */
import {
  ConsumerStrategies,
  KafkaUtils,
  LocationStrategies,
  StreamingContext,
  type ConsumerRecord,
  type StreamingConf,
} from '../streaming/index.js';
import { KafkaClient, type TopicPartition } from '../client/index.js';
import { ClientFamilies } from './client-family.js';
import { countLines, TOTAL_KEYS, type Classifiers } from './course-stats.js';
import { PageServer } from './page-server.js';
import { regionOf } from './region.js';
import { StatsStore } from './stats-store.js';

/** Options of the job. */
export interface CourseStatsJobOptions {
  /** Bootstrap servers, "host:port[,host:port...]". */
  brokers: string;
  topic: string;
  /** The LevelDB directory of the counters and offsets. */
  storeDir: string;
  /** Consumer group whose offsets show the job's progress (default course-stats). */
  groupId?: string;
  /** Batch interval in ms (default 2000). */
  batchMs?: number;
  /** The page's address (default 127.0.0.1). */
  httpHost?: string;
  /** The page's port (default 8090; 0: any free port). */
  httpPort?: number;
  /** More StreamingContext conf (e.g. spark.streaming.kafka.maxRatePerPartition). */
  conf?: StreamingConf;
  /** Where a line per batch goes (default console.log). */
  log?: (line: string) => void;
}

/** A running job. */
export interface RunningCourseStatsJob {
  /** The page's URL. */
  url: string;
  /** Resolves when the job stopped; rejects when it failed. */
  terminated: Promise<void>;
  /** Stops gracefully: the batches due are processed and written, then the page and the store close. */
  stop(): Promise<void>;
}

/** The partitions of `topic` and where to start reading each: the stored offset, else the log start. */
async function startingOffsets(
  brokers: string,
  topic: string,
  stored: Map<string, number>,
): Promise<[TopicPartition[], Map<string, number>]> {
  const client = new KafkaClient({ brokers, clientId: 'course-stats' });
  try {
    await client.connect();
    if (!client.topics.has(topic)) throw new Error(`topic ${topic} does not exist (create it, or start the agent that writes it)`);
    const tps = (await client.partitionsFor(topic)).map((partition) => ({ topic, partition }));
    const offsets = new Map<string, number>();
    const unseen: TopicPartition[] = [];
    for (const tp of tps) {
      const at = stored.get(`${tp.topic}-${tp.partition}`);
      if (at === undefined) unseen.push(tp);
      else offsets.set(`${tp.topic}-${tp.partition}`, at);
    }
    if (unseen.length > 0) for (const [k, v] of await client.listOffsets(unseen, 'earliest')) offsets.set(k, v);
    return [tps, offsets];
  } finally {
    client.close();
  }
}

function* values(records: ConsumerRecord<string, string>[]): Iterable<string> {
  for (const r of records) yield r.value ?? '';
}

/** Starts the job (see the header); resolves once it runs and the page answers. */
export async function startCourseStatsJob(options: CourseStatsJobOptions): Promise<RunningCourseStatsJob> {
  const log = options.log ?? ((line: string) => console.log(line));
  const store = await StatsStore.open(options.storeDir);
  let page: PageServer | null = null;
  try {
    const [tps, offsets] = await startingOffsets(options.brokers, options.topic, await store.offsets());
    const ssc = new StreamingContext(options.batchMs ?? 2000, { appName: 'CourseStats', conf: options.conf });
    const stream = KafkaUtils.createDirectStream<string, string>(
      ssc,
      LocationStrategies.PreferConsistent,
      ConsumerStrategies.Assign(
        tps,
        {
          'bootstrap.servers': options.brokers,
          'group.id': options.groupId ?? 'course-stats',
          'key.deserializer': 'string',
          'value.deserializer': 'string',
          'enable.auto.commit': false,
        },
        offsets,
      ),
    );
    const classify: Classifiers = { clients: new ClientFamilies(), regionOf };
    const server = new PageServer(store);
    page = server;
    stream.foreachRDD(async (rdd, time) => {
      const ranges = rdd.offsetRanges;
      const pairs = await rdd
        .mapPartitions((records) => countLines(values(records), classify))
        .reduceByKey((a, b) => a + b)
        .collect();
      if (pairs.length === 0) return;
      const increments = new Map(pairs);
      const batch = { time, records: increments.get(TOTAL_KEYS.lines) ?? 0, writtenAt: Date.now() };
      const written = await store.addBatch(ranges, increments, batch);
      const where = ranges.map((r) => `${r.topic}-${r.partition}@${r.untilOffset}`).join(' ');
      if (!written) {
        log(`batch ${new Date(time).toISOString()}: ${batch.records} lines already in the store (${where}), skipped`);
        return;
      }
      server.batchWritten(batch);
      stream.commitAsync(ranges);
      log(
        `batch ${new Date(time).toISOString()}: ${batch.records} lines (${increments.get(TOTAL_KEYS.visits) ?? 0} course visits, ` +
          `${increments.get(TOTAL_KEYS.otherUrl) ?? 0} other pages, ${increments.get(TOTAL_KEYS.malformed) ?? 0} malformed); stored up to ${where}`,
      );
    });
    const url = await server.listen(options.httpHost ?? '127.0.0.1', options.httpPort ?? 8090);
    await ssc.start();
    let closing: Promise<void> | null = null;
    const close = (): Promise<void> => (closing ??= server.close().finally(() => store.close()));
    const terminated = ssc.awaitTermination().finally(close);
    terminated.catch(() => undefined);
    return {
      url,
      terminated,
      async stop() {
        await ssc.stop({ graceful: true });
        await close();
      },
    };
  } catch (err) {
    await page?.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw err;
  }
}
