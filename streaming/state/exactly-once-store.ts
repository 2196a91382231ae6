/**
 * ExactlyOnceStore: a job's own results and the Kafka offsets they cover,
 * written together in one atomic LevelDB batch (exactly-once output).
 *
 *   "offset/<topic>-<partition>"   next offset to read (the untilOffset of the
 *                                  last batch written)
 *   "data/<key>"                   the job's values (JSON)
 *
 * writeBatch(offsetRanges, ops) refuses a batch whose ranges were already
 * written (every range's untilOffset at or below the stored offset), so a
 * batch replayed after a crash between the write and the group commit is
 * not applied twice. On restart pass `await store.offsets()` as the starting
 * offsets of ConsumerStrategies.Subscribe / Assign.
 */
import type { Level } from 'level';
import { deserialize, serialize } from './serde.js';
import type { OffsetRange } from '../kafka/offset-range.js';

/** One change of the job's data. */
export type StoreOp = { type: 'put'; key: string; value: unknown } | { type: 'del'; key: string };

/** Results and offsets in one LevelDB database. */
export class ExactlyOnceStore {
  private constructor(private readonly db: Level<string, string>) {}

  /** Opens (creating) the store in `dir`. */
  static async open(dir: string): Promise<ExactlyOnceStore> {
    // LevelDB (a native addon) loads with the first store, not with tributary/streaming.
    const { Level } = await import('level');
    const db = new Level<string, string>(dir, { valueEncoding: 'utf8' });
    await db.open();
    return new ExactlyOnceStore(db);
  }

  /** The stored offsets by "topic-partition". */
  async offsets(): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for await (const [k, v] of this.db.iterator({ gt: 'offset/', lt: 'offset/\uffff' })) out.set(k.slice('offset/'.length), Number(v));
    return out;
  }

  /** A value of the job's data, or undefined. */
  async get<T = unknown>(key: string): Promise<T | undefined> {
    const v = await this.db.get(`data/${key}`);
    return v === undefined ? undefined : deserialize<T>(v);
  }

  /** Every [key, value] of the job's data (keys starting with `prefix`). */
  async entries<T = unknown>(prefix = ''): Promise<[string, T][]> {
    const out: [string, T][] = [];
    for await (const [k, v] of this.db.iterator({ gte: `data/${prefix}`, lt: `data/${prefix}\uffff` }))
      out.push([k.slice('data/'.length), deserialize<T>(v)]);
    return out;
  }

  /**
   * Writes `ops` and the ranges' until-offsets in one atomic batch. Returns
   * false (and writes nothing) when every range was already written.
   */
  async writeBatch(offsetRanges: readonly OffsetRange[], ops: StoreOp[]): Promise<boolean> {
    const stored = await this.offsets();
    const fresh = offsetRanges.filter((r) => r.untilOffset > (stored.get(`${r.topic}-${r.partition}`) ?? -1));
    if (offsetRanges.length > 0 && fresh.length === 0) return false;
    const batch: { type: 'put' | 'del'; key: string; value?: string }[] = [];
    for (const op of ops) {
      if (op.type === 'put') batch.push({ type: 'put', key: `data/${op.key}`, value: serialize(op.value) });
      else batch.push({ type: 'del', key: `data/${op.key}` });
    }
    for (const r of offsetRanges) batch.push({ type: 'put', key: `offset/${r.topic}-${r.partition}`, value: String(r.untilOffset) });
    const chained = this.db.batch();
    for (const b of batch) {
      if (b.type === 'put') chained.put(b.key, b.value!);
      else chained.del(b.key);
    }
    await chained.write();
    return true;
  }

  /** Closes the database. */
  async close(): Promise<void> {
    await this.db.close();
  }
}
