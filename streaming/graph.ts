/**
 * DStreamGraph: every stream of a context in creation order (parents always
 * come before their children), its inputs and its outputs. It starts the
 * streams at a zero time, generates a batch's jobs (one per output with an
 * RDD at that time, in registration order), and runs the per-batch hooks of
 * the streams for the scheduler (materialize, commit, snapshot, ...).
 */
import type { DStream, Time } from './dstream/dstream.js';
import type { InputDStream } from './dstream/input-dstream.js';
import type { ForEachDStream, Job } from './dstream/for-each.js';

/** The graph of one streaming context. */
export class DStreamGraph {
  readonly streams: DStream<unknown>[] = [];
  readonly inputStreams: InputDStream<unknown>[] = [];
  readonly outputStreams: ForEachDStream<unknown>[] = [];
  /** Streams whose state must be checkpointed (updateStateByKey, mapWithState). */
  readonly checkpointRequired: DStream<unknown>[] = [];
  private started = false;

  /** Adds a stream; returns its id (creation order). */
  register(s: DStream<any>): number {
    if (this.started)
      throw new Error('Adding new inputs, transformations, and output operations after starting a context is not supported');
    this.streams.push(s);
    return this.streams.length - 1;
  }

  /** Adds a source. */
  addInputStream(s: InputDStream<unknown>): void {
    this.inputStreams.push(s);
  }

  /** Adds an output operation. */
  addOutputStream(s: ForEachDStream<unknown>): void {
    this.outputStreams.push(s);
  }

  /** Marks a stream whose state needs a checkpoint directory. */
  requireCheckpoint(s: DStream<any>): void {
    this.checkpointRequired.push(s);
  }

  /** Initializes every stream at `zeroTime`; throws when there is nothing to run. */
  start(zeroTime: Time): void {
    if (this.outputStreams.length === 0) throw new Error('No output operations registered, so nothing to execute');
    this.started = true;
    for (const s of this.streams) s.dependents.length = 0;
    for (const s of this.streams) for (const d of s.dependencies) d.dependents.push(s);
    for (const s of this.streams) s.initialize(zeroTime);
  }

  /** The jobs of batch `time`, generating every output's RDD. */
  async generateJobs(time: Time): Promise<Job[]> {
    const jobs: Job[] = [];
    for (const o of this.outputStreams) {
      const j = await o.generateJob(time);
      if (j) jobs.push(j);
    }
    return jobs;
  }

  /** Lets stateful and window streams take in batch `time` (parents first). */
  async materialize(time: Time): Promise<void> {
    for (const s of this.streams) if (s.materialize) await s.materialize(time);
  }

  /** Makes the batch's pending state current. */
  commitBatch(time: Time): void {
    for (const s of this.streams) s.commitBatch?.(time);
  }

  /** What each stateful stream puts into the checkpoint, by checkpoint key. */
  snapshots(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const s of this.streams) if (s.snapshot) out[s.checkpointKey] = s.snapshot();
    return out;
  }

  /** Restores streams from a checkpoint's snapshots. */
  restore(snapshots: Record<string, unknown>): void {
    for (const s of this.streams) if (s.restore && s.checkpointKey in snapshots) s.restore(snapshots[s.checkpointKey]);
  }

  /** Runs post-checkpoint hooks (Kafka commits). */
  async afterCheckpoint(time: Time): Promise<void> {
    for (const s of this.streams) if (s.afterCheckpoint) await s.afterCheckpoint(time);
  }

  /** Forgets old RDDs. */
  clearOldMetadata(time: Time): void {
    for (const s of this.streams) s.clearOldMetadata(time);
  }
}
