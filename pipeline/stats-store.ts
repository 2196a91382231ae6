/**
 * StatsStore: the pipeline's counters (course-stats.ts) in streaming's
 * ExactlyOnceStore (LevelDB), each batch's increments written together with
 * the batch's Kafka offset ranges in one atomic write.
 *
 * The job is the store's only writer (LevelDB locks its directory), so it
 * keeps the committed counters in memory too and computes a batch's new
 * values from them; the memory copy changes only after the write succeeded.
 * A batch whose offsets were already written is refused by the store and
 * changes nothing: after a crash between the write and anything later, the
 * job restarts from the stored offsets and counts nothing twice.
 *
 * Reads for the page go to the store itself (what is committed), besides
 * the key `meta/last-batch` ({time, records, writtenAt}) of the last batch.
 */
import { ExactlyOnceStore, type OffsetRange, type StoreOp } from '../streaming/index.js';
import { dayStats, TOTAL_KEYS, type DayStats, type Totals } from './course-stats.js';

/** What the store remembers of the last batch it wrote. */
export interface LastBatch {
  /** The batch time (ms since the epoch). */
  time: number;
  /** Lines in the batch. */
  records: number;
  /** When the write happened (ms since the epoch). */
  writtenAt: number;
}

/** The counters of the course-statistics pipeline in LevelDB. */
export class StatsStore {
  private constructor(
    private readonly store: ExactlyOnceStore,
    private readonly counters: Map<string, number>,
  ) {}

  /** Opens (creating) the store in `dir`; fails when another process has it open. */
  static async open(dir: string): Promise<StatsStore> {
    let store: ExactlyOnceStore;
    try {
      store = await ExactlyOnceStore.open(dir);
    } catch (err) {
      const cause = (err as { cause?: Error }).cause?.message ?? (err as Error).message;
      throw new Error(`cannot open the statistics store ${dir} (is another job using it?): ${cause}`);
    }
    const counters = new Map<string, number>();
    for (const [k, v] of await store.entries<unknown>()) if (typeof v === 'number') counters.set(k, v);
    return new StatsStore(store, counters);
  }

  /** The next offset to read per "topic-partition" (the untilOffset of the last batch written). */
  offsets(): Promise<Map<string, number>> {
    return this.store.offsets();
  }

  /**
   * Adds a batch's `increments` to the counters, in one atomic write with the
   * batch's offset ranges. Returns false (and changes nothing) when the
   * ranges were already written.
   */
  async addBatch(ranges: readonly OffsetRange[], increments: ReadonlyMap<string, number>, batch: LastBatch): Promise<boolean> {
    const ops: StoreOp[] = [];
    const next = new Map<string, number>();
    for (const [key, n] of increments) {
      const v = (this.counters.get(key) ?? 0) + n;
      next.set(key, v);
      ops.push({ type: 'put', key, value: v });
    }
    ops.push({ type: 'put', key: 'meta/last-batch', value: batch });
    const written = await this.store.writeBatch(ranges, ops);
    if (written) for (const [k, v] of next) this.counters.set(k, v);
    return written;
  }

  /** The totals over every day, as stored. */
  async totals(): Promise<Totals> {
    const get = async (key: string): Promise<number> => (await this.store.get<number>(key)) ?? 0;
    return {
      lines: await get(TOTAL_KEYS.lines),
      visits: await get(TOTAL_KEYS.visits),
      otherUrl: await get(TOTAL_KEYS.otherUrl),
      malformed: await get(TOTAL_KEYS.malformed),
    };
  }

  /** [day, course visits] of every day with visits, oldest first. */
  async days(): Promise<[string, number][]> {
    return (await this.store.entries<number>('days/')).map(([k, v]) => [k.slice('days/'.length), v]);
  }

  /** One day's statistics, as stored (all empty for a day without visits). */
  async day(day: string): Promise<DayStats> {
    const visits = (await this.store.get<number>(`days/${day}`)) ?? 0;
    return dayStats(day, visits, await this.store.entries<number>(`day/${day}/`));
  }

  /** The last batch written, if any. */
  lastBatch(): Promise<LastBatch | undefined> {
    return this.store.get<LastBatch>('meta/last-batch');
  }

  /** Every counter, as stored ([key, value], key order). */
  async counterEntries(): Promise<[string, number][]> {
    return (await this.store.entries<unknown>()).filter((e): e is [string, number] => typeof e[1] === 'number');
  }

  /** Closes the database. */
  close(): Promise<void> {
    return this.store.close();
  }
}
