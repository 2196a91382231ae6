/**
 * The partitions of a coordinator's internal topic (`__consumer_offsets` for
 * groups, `__transaction_state` for transactions): creating the topic on
 * first use, and following leadership — a coordinator serves the keys of
 * the partitions this broker leads, from state replayed out of their logs.
 *
 * - The topic is created on first use with its configured partition count
 *   and replication factor, capped (with a log line) at the number of live
 *   brokers, so that one broker works with Kafka's defaults (Kafka refuses
 *   instead; a departure for a working single-broker start).
 * - A partition this broker leads is loaded (replayed by the coordinator's
 *   loader) on first use or when leadership is synced; until it is, its keys
 *   answer COORDINATOR_LOAD_IN_PROGRESS. A partition whose leadership moved
 *   away, or whose leader epoch changed since it was loaded, is unloaded
 *   (its keys answer NOT_COORDINATOR, or load again). The leader epoch at
 *   load time is the coordinator epoch (Kafka's), which transaction markers
 *   carry.
 * - A key's partition is Kafka's `abs(hashCode(key)) % partitions`
 *   (coordinator-key.ts), so keys land where they would on Apache Kafka.
 *
 * Runs on the event loop; a load checks after each await that it is still
 * wanted (`current()`).
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { MetadataCache } from '../cluster/metadata-cache.js';
import type { Controller } from '../cluster/controller.js';
import type { ReplicaManager } from '../replica/replica-manager.js';
import type { Logger } from '../logger.js';
import { offsetsPartitionFor } from '../group/coordinator-key.js';
import { decodeRecordBatches, type DecodedBatch } from '../../protocol/record-codec.js';

/** Bytes read per step of a replay. */
const REPLAY_READ_BYTES = 1024 * 1024;

/**
 * The record batches of partition `p` of a coordinator's topic, from its log
 * start up to its high watermark (exclusive; read anew at each step), for a
 * loader's replay: 1 MB per read, yielding to the event loop before each
 * one, ending early once `current()` is false (the loader checks it again
 * after the loop). Throws when the partition disappears or a read fails.
 */
export async function* replayBatches(
  replicas: Pick<ReplicaManager, 'get'>,
  topic: string,
  p: number,
  current: () => boolean,
): AsyncGenerator<DecodedBatch> {
  let pos = -1;
  for (;;) {
    await new Promise((r) => setImmediate(r));
    if (!current()) return;
    const log = replicas.get(topic, p)?.log;
    if (!log) throw new Error('partition disappeared');
    if (pos < 0) pos = log.logStartOffset;
    const hw = log.highWatermark;
    if (pos >= hw) return;
    const r = await log.read(pos, REPLAY_READ_BYTES, hw, true);
    if (r.errorCode !== ErrorCode.NONE) throw new Error(`read at ${pos} failed with error ${r.errorCode}`);
    if (r.records.length === 0) return;
    for (const batch of decodeRecordBatches(r.records)) {
      pos = batch.lastOffset + 1;
      yield batch;
    }
  }
}

/** How the internal topic is made. */
export interface CoordinatorTopicSpec {
  readonly name: string;
  /** Partitions to create (fixed once created). */
  readonly numPartitions: number;
  /** Replication factor asked for, and the config key that asks (for the log line when it is capped). */
  readonly replicationFactor: number;
  readonly replicationFactorKey: string;
  /** Topic configs for a replication factor of `rf`. */
  configs(rf: number): Record<string, string>;
}

/** What a coordinator does when one of its partitions comes or goes. */
export interface CoordinatorLoader {
  /**
   * Replays partition `p` into memory. Null when there is nothing to replay
   * (the partition is loaded at once); else a promise of a one-line summary
   * for the log. `current()` turns false when the load is no longer wanted.
   */
  load(p: number, current: () => boolean): Promise<string> | null;
  /** Partition `p` finished loading (serving starts now). */
  onLoaded?(p: number): void;
  /** Drops partition `p`'s state (leadership moved, or the broker stops: `quiet`). */
  unload(p: number, quiet: boolean): void;
}

/** What the partitions need from the broker. */
export interface CoordinatorPartitionsDeps {
  readonly metadata: MetadataCache;
  readonly controller: Controller;
  readonly replicas: ReplicaManager;
  readonly logger: Logger;
}

interface Owned {
  state: 'loading' | 'loaded';
  /** Leader epoch when the load started: the coordinator epoch. */
  epoch: number;
}

/** The led partitions of one coordinator's internal topic. */
export class CoordinatorPartitions {
  private readonly owned = new Map<number, Owned>();
  private creating: Promise<number> | null = null;

  /** Nothing happens until first use or syncLeadership. */
  constructor(
    private readonly deps: CoordinatorPartitionsDeps,
    private readonly spec: CoordinatorTopicSpec,
    private readonly loader: CoordinatorLoader,
  ) {}

  /** The topic's name. */
  get topic(): string {
    return this.spec.name;
  }

  /** Partitions of the topic: its real count once it exists, else the configured one. */
  numPartitions(): number {
    return this.deps.metadata.topic(this.spec.name)?.partitions.length ?? this.spec.numPartitions;
  }

  /** The partition of `key`. */
  partitionFor(key: string): number {
    return offsetsPartitionFor(key, this.numPartitions());
  }

  /** Whether the topic exists. */
  get topicExists(): boolean {
    return this.deps.metadata.topic(this.spec.name) !== undefined;
  }

  /** Creates the topic unless it exists; resolves with NONE or COORDINATOR_NOT_AVAILABLE. */
  ensureTopic(): Promise<number> {
    if (this.topicExists) return Promise.resolve(ErrorCode.NONE);
    if (this.creating) return this.creating;
    this.creating = this.createTopic().finally(() => {
      this.creating = null;
    });
    return this.creating;
  }

  private async createTopic(): Promise<number> {
    const { metadata, controller, logger } = this.deps;
    const { name, numPartitions } = this.spec;
    const live = metadata.brokers().length;
    let rf = this.spec.replicationFactor;
    if (rf > live) {
      logger.warn(
        `${name}: ${this.spec.replicationFactorKey}=${rf} but only ${live} broker(s) are alive; creating it with replication factor ${live}`,
      );
      rf = Math.max(1, live);
    }
    const r = await controller.createTopic(
      { name, numPartitions, replicationFactor: rf, assignments: [], configs: this.spec.configs(rf), internal: true },
      false,
    );
    if (r.errorCode === ErrorCode.NONE || r.errorCode === ErrorCode.TOPIC_ALREADY_EXISTS) {
      if (r.errorCode === ErrorCode.NONE) logger.info(`created ${name} with ${numPartitions} partitions, replication factor ${rf}`);
      return ErrorCode.NONE;
    }
    logger.warn(`cannot create ${name}: ${r.errorMessage ?? r.errorCode}`);
    return ErrorCode.COORDINATOR_NOT_AVAILABLE;
  }

  private leaderEpoch(p: number): number {
    const part = this.deps.replicas.get(this.spec.name, p);
    return part?.isLeader === true ? part.leaderEpoch : -1;
  }

  /**
   * Whether this broker can serve partition `p` now: NONE, NOT_COORDINATOR,
   * COORDINATOR_NOT_AVAILABLE (no topic yet) or COORDINATOR_LOAD_IN_PROGRESS
   * (and the load is started).
   */
  status(p: number): number {
    if (!this.topicExists) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
    const epoch = this.leaderEpoch(p);
    const o = this.owned.get(p);
    if (o !== undefined && o.epoch !== epoch) this.unload(p);
    if (epoch < 0) return ErrorCode.NOT_COORDINATOR;
    if (!this.owned.has(p)) this.startLoad(p, epoch);
    return this.owned.get(p)?.state === 'loaded' ? ErrorCode.NONE : ErrorCode.COORDINATOR_LOAD_IN_PROGRESS;
  }

  /** status() of the partition of `key`. */
  statusOf(key: string): number {
    return this.status(this.partitionFor(key));
  }

  /** The coordinator epoch of loaded partition `p` (its leader epoch when loaded), -1 when not loaded here. */
  epochOf(p: number): number {
    const o = this.owned.get(p);
    return o?.state === 'loaded' ? o.epoch : -1;
  }

  /** The broker id leading the partition of `key`, or -1. */
  coordinatorOf(key: string): number {
    const t = this.deps.metadata.topic(this.spec.name);
    return t?.partitions[this.partitionFor(key)]?.leader ?? -1;
  }

  /** Starts loading every partition this broker leads and unloads those it lost (or whose epoch moved). */
  syncLeadership(): void {
    if (!this.topicExists) return;
    for (const p of [...this.owned.keys()]) this.status(p);
    const n = this.numPartitions();
    for (let p = 0; p < n; p++) if (!this.owned.has(p) && this.leaderEpoch(p) >= 0) this.status(p);
  }

  /** Partitions loaded here, ascending. */
  loadedPartitions(): number[] {
    const out: number[] = [];
    for (const [p, o] of this.owned) if (o.state === 'loaded') out.push(p);
    return out.sort((a, b) => a - b);
  }

  /** Whether some led partition is still loading. */
  isLoading(): boolean {
    for (const o of this.owned.values()) if (o.state === 'loading') return true;
    return false;
  }

  /** Whether partition `p` is being loaded here now. */
  isLoadingPartition(p: number): boolean {
    return this.owned.get(p)?.state === 'loading';
  }

  /** Resolves when no partition is loading (tests, start-up). */
  async loadsSettled(): Promise<void> {
    while (this.isLoading()) await new Promise((r) => setTimeout(r, 5));
  }

  private startLoad(p: number, epoch: number): void {
    const own: Owned = { state: 'loading', epoch };
    this.owned.set(p, own);
    const current = (): boolean => this.owned.get(p) === own;
    const started = Date.now();
    let pending: Promise<string> | null;
    try {
      pending = this.loader.load(p, current);
    } catch (err) {
      this.owned.delete(p);
      this.deps.logger.error(`${this.spec.name}-${p}: load failed: ${(err as Error).stack ?? (err as Error).message}`);
      return;
    }
    if (pending === null) {
      own.state = 'loaded';
      this.loader.onLoaded?.(p);
      return;
    }
    pending.then(
      (summary) => {
        if (!current()) return;
        own.state = 'loaded';
        this.deps.logger.info(`${this.spec.name}-${p}: loaded ${summary} in ${Date.now() - started} ms (coordinator epoch ${epoch})`);
        this.loader.onLoaded?.(p);
      },
      (err: Error) => {
        this.deps.logger.error(`${this.spec.name}-${p}: load failed: ${err.stack ?? err.message}`);
        if (current()) this.owned.delete(p);
      },
    );
  }

  private unload(p: number, quiet = false): void {
    this.owned.delete(p);
    this.loader.unload(p, quiet);
    if (!quiet) this.deps.logger.info(`${this.spec.name}-${p}: no longer led here at the loaded epoch; unloaded`);
  }

  /** Unloads everything (broker shutdown). */
  shutdown(): void {
    for (const p of [...this.owned.keys()]) this.unload(p, true);
  }
}
