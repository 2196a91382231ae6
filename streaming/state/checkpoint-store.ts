/**
 * CheckpointStore: a job's checkpoints in LevelDB (the `level` package) under
 * the checkpoint directory.
 *
 * Layout (all values JSON, see serde.ts):
 *   "meta"             {batchTime, writtenAt, version: 1}
 *   "stream/<key>"     what the stream's snapshot() returned: the state of
 *                      updateStateByKey / mapWithState, window buffers, and
 *                      the Kafka direct stream's until-offsets
 *
 * Every batch's checkpoint is one LevelDB write batch (atomic: after a crash
 * the store holds either the whole previous checkpoint or the whole new one),
 * which is what makes state and offsets agree after kill -9. LevelDB's lock
 * file keeps a second process from opening the same directory.
 */
import type { Level } from 'level';
import { deserialize, serialize } from './serde.js';
import type { Time } from '../dstream/dstream.js';

/** A checkpoint read back. */
export interface Checkpoint {
  batchTime: Time;
  streams: Record<string, unknown>;
}

/** The checkpoint database of one job. */
export class CheckpointStore {
  private constructor(private readonly db: Level<string, string>) {}

  /** Opens (creating) the store in `dir`. */
  static async open(dir: string): Promise<CheckpointStore> {
    // LevelDB (a native addon) loads with the first store, not with tributary/streaming.
    const { Level } = await import('level');
    const db = new Level<string, string>(dir, { valueEncoding: 'utf8' });
    await db.open();
    return new CheckpointStore(db);
  }

  /** The last checkpoint, or undefined when none was written. */
  async read(): Promise<Checkpoint | undefined> {
    const meta = await this.db.get('meta');
    if (meta === undefined) return undefined;
    const streams: Record<string, unknown> = {};
    for await (const [k, v] of this.db.iterator({ gt: 'stream/', lt: 'stream/\uffff' }))
      streams[k.slice('stream/'.length)] = deserialize(v);
    return { batchTime: deserialize<{ batchTime: Time }>(meta).batchTime, streams };
  }

  /** Writes the checkpoint of batch `batchTime` atomically, replacing the previous one. */
  async write(batchTime: Time, streams: Record<string, unknown>): Promise<void> {
    const ops: { type: 'put'; key: string; value: string }[] = [];
    for (const [k, v] of Object.entries(streams)) ops.push({ type: 'put', key: `stream/${k}`, value: serialize(v) });
    ops.push({ type: 'put', key: 'meta', value: serialize({ batchTime, writtenAt: Date.now(), version: 1 }) });
    await this.db.batch(ops);
  }

  /** Closes the database. */
  async close(): Promise<void> {
    await this.db.close();
  }
}
