/**
 * CheckpointStore: a job's checkpoints in LevelDB (the `level` package) under
 * the checkpoint directory.
 *
 * Layout (all values JSON, see serde.ts):
 *   "meta"             {batchTime, writtenAt, version: 2, graph}: graph is
 *                      the fingerprint of the DStream graph that wrote it
 *                      (graph-fingerprint.ts; version 1 had none)
 *   "stream/<key>"     what the stream's snapshot() returned: the state of
 *                      updateStateByKey / mapWithState, window buffers, the
 *                      Kafka direct stream's until-offsets, a receiver's
 *                      processed write-ahead-log position
 *
 * Every batch's checkpoint is one LevelDB write batch (atomic: after a crash
 * the store holds either the whole previous checkpoint or the whole new one),
 * which is what makes state and offsets agree after kill -9. A checkpoint
 * replaces the previous one entirely: "stream/" entries it does not contain
 * (streams of an older graph) are deleted in the same write batch, so a later
 * restart can never pick up state from two runs ago. LevelDB's lock file
 * keeps a second process from opening the same directory.
 *
 * Not safe for concurrent writers; the scheduler writes one checkpoint at a time.
 */
import type { Level } from 'level';
import { deserialize, serialize } from './serde.js';
import type { Time } from '../dstream/dstream.js';
import type { StreamPrint } from './graph-fingerprint.js';

/** A checkpoint read back. */
export interface Checkpoint {
  batchTime: Time;
  streams: Record<string, unknown>;
  /** The fingerprint of the graph that wrote it; undefined for a version-1 checkpoint. */
  graph?: StreamPrint[];
}

interface Meta {
  batchTime: Time;
  writtenAt: number;
  version: number;
  graph?: StreamPrint[];
}

/** The checkpoint database of one job. */
export class CheckpointStore {
  /** The "stream/" keys in the database (to delete the ones a new checkpoint leaves out). */
  private readonly keys = new Set<string>();
  /**
   * True when the job continues from this directory (getOrCreate, the graph
   * matched): receivers replay their write-ahead logs. False for a fresh
   * start: receivers clear them.
   */
  recovering = false;

  private constructor(
    private readonly db: Level<string, string>,
    private readonly graph: StreamPrint[] | undefined,
  ) {}

  /** Opens (creating) the store in `dir`; checkpoints it writes carry `graph`. */
  static async open(dir: string, graph?: StreamPrint[]): Promise<CheckpointStore> {
    // LevelDB (a native addon) loads with the first store, not with tributary/streaming.
    const { Level } = await import('level');
    const db = new Level<string, string>(dir, { valueEncoding: 'utf8' });
    await db.open();
    const store = new CheckpointStore(db, graph);
    for await (const k of db.keys({ gt: 'stream/', lt: 'stream/\uffff' })) store.keys.add(k);
    return store;
  }

  /** The last checkpoint, or undefined when none was written. */
  async read(): Promise<Checkpoint | undefined> {
    const meta = await this.db.get('meta');
    if (meta === undefined) return undefined;
    const streams: Record<string, unknown> = {};
    for await (const [k, v] of this.db.iterator({ gt: 'stream/', lt: 'stream/\uffff' }))
      streams[k.slice('stream/'.length)] = deserialize(v);
    const m = deserialize<Meta>(meta);
    return { batchTime: m.batchTime, streams, graph: m.graph };
  }

  /** Writes the checkpoint of batch `batchTime` atomically, replacing the previous one (entries it leaves out are deleted). */
  async write(batchTime: Time, streams: Record<string, unknown>): Promise<void> {
    const ops: ({ type: 'put'; key: string; value: string } | { type: 'del'; key: string })[] = [];
    const written = new Set<string>();
    for (const [k, v] of Object.entries(streams)) {
      const key = `stream/${k}`;
      written.add(key);
      ops.push({ type: 'put', key, value: serialize(v) });
    }
    for (const key of this.keys) if (!written.has(key)) ops.push({ type: 'del', key });
    const meta: Meta = { batchTime, writtenAt: Date.now(), version: 2 };
    if (this.graph) meta.graph = this.graph;
    ops.push({ type: 'put', key: 'meta', value: serialize(meta) });
    await this.db.batch(ops);
    this.keys.clear();
    for (const k of written) this.keys.add(k);
  }

  /** Deletes the checkpoint (every entry), atomically. */
  async clear(): Promise<void> {
    const ops: { type: 'del'; key: string }[] = [{ type: 'del', key: 'meta' }];
    for (const key of this.keys) ops.push({ type: 'del', key });
    await this.db.batch(ops);
    this.keys.clear();
  }

  /** Closes the database. */
  async close(): Promise<void> {
    await this.db.close();
  }
}
