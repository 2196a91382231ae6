/**
 * Opening a job's checkpoint at start(): the store is opened with the
 * fingerprint of the job's DStream graph (graph-fingerprint.ts) and, when
 * the job was made by getOrCreate, the last checkpoint is restored into the
 * graph — only if it was written by the same graph. A different graph is
 * refused with CheckpointGraphMismatchError (what changed, stream by
 * stream), or, with `onGraphChange: 'discard'`, the checkpoint is deleted
 * and the job starts fresh (logged). A checkpoint of version 1 (written
 * before fingerprints existed) is restored by creation order, with a warning.
 *
 * A job started without getOrCreate does not restore: its first checkpoint
 * replaces whatever the directory held.
 */
import type { Time } from '../dstream/dstream.js';
import type { DStreamGraph } from '../graph.js';
import { CheckpointStore } from './checkpoint-store.js';
import { graphChanges, graphFingerprint } from './graph-fingerprint.js';

/** Options of StreamingContext.getOrCreate. */
export interface GetOrCreateOptions {
  /**
   * What start() does when the checkpoint was written by a different DStream
   * graph: 'fail' (the default) throws CheckpointGraphMismatchError;
   * 'discard' deletes the checkpoint's state, offsets and receiver logs and
   * starts fresh.
   */
  onGraphChange?: 'fail' | 'discard';
}

/** The checkpoint was written by a DStream graph other than the job's. */
export class CheckpointGraphMismatchError extends Error {
  /** A stable code for callers that branch on the kind of failure. */
  readonly code = 'ERR_CHECKPOINT_GRAPH_MISMATCH';

  /** Creates the error for the checkpoint in `dir`; `changes` say what differs, one stream each. */
  constructor(
    readonly dir: string,
    readonly changes: string[],
  ) {
    super(
      `The checkpoint in ${dir} was written by a different DStream graph, so its state cannot be matched to this job's streams:\n` +
        changes.map((c) => `  ${c}\n`).join('') +
        'Start the job with the code that wrote the checkpoint, or discard its state and offsets: ' +
        "StreamingContext.getOrCreate(dir, factory, { onGraphChange: 'discard' }) (or delete the directory).",
    );
    this.name = 'CheckpointGraphMismatchError';
  }
}

/** The opened store and the batch time restored (null: nothing restored). */
export interface OpenedCheckpoint {
  store: CheckpointStore;
  restoredFrom: Time | null;
}

/**
 * Opens the checkpoint in `dir` for `graph`; with `restore` (getOrCreate's
 * options) restores the last checkpoint into the graph.
 */
export async function openCheckpoint(dir: string, graph: DStreamGraph, restore: GetOrCreateOptions | null): Promise<OpenedCheckpoint> {
  const print = graphFingerprint(graph.streams);
  const store = await CheckpointStore.open(dir, print);
  try {
    if (!restore) return { store, restoredFrom: null };
    store.recovering = true;
    const cp = await store.read();
    if (!cp) return { store, restoredFrom: null };
    if (!cp.graph) {
      process.stderr.write(
        `WARN StreamingContext: the checkpoint in ${dir} has no graph fingerprint (written by an older version); restoring by stream creation order\n`,
      );
    } else {
      const changes = graphChanges(cp.graph, print);
      if (changes.length > 0) {
        if (restore.onGraphChange !== 'discard') throw new CheckpointGraphMismatchError(dir, changes);
        process.stderr.write(
          `WARN StreamingContext: the checkpoint in ${dir} was written by a different DStream graph (${changes.join('; ')}); discarding it and starting fresh (onGraphChange: 'discard')\n`,
        );
        await store.clear();
        store.recovering = false;
        return { store, restoredFrom: null };
      }
    }
    graph.restore(cp.streams);
    return { store, restoredFrom: cp.batchTime };
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
}
