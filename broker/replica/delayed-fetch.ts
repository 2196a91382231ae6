/**
 * DelayedFetch: a fetch parked until its partitions hold min_bytes of new
 * data or max_wait_ms passes, whichever comes first (Kafka's fetch
 * purgatory, one watcher per partition). On completion it reads again and
 * answers with whatever is there, possibly nothing.
 *
 * An append wakes it, but it reads the logs again only once their sizes have
 * grown enough that min_bytes could be there (Kafka tracks log positions the
 * same way), so a trickle of small appends does not cost a disk read each.
 * Sizes are counted from before the fetch's first read, so growth during
 * that (asynchronous) read is not missed. It also reads again when the end
 * of what it may read moves over bytes that were already in the log at its
 * last read: the high watermark (read_uncommitted) or the last stable offset
 * (read_committed) passing records, or a marker, appended before it parked
 * — in a cluster the leader appends first and a follower's fetch moves the
 * high watermark later (Kafka completes a delayed fetch on that too). Where
 * the end is the log end at the read (one replica, read_uncommitted), its
 * moves only cover new appends, which the sizes already count.
 *
 * Reads are asynchronous: at most one re-read runs at a time; a change seen
 * while it runs is checked again when it ends. When max_wait_ms passes
 * during a re-read, the fetch answers with a fresh read and the running one
 * is discarded. The promise always resolves (reads never reject).
 */
import type { FetchParams, FetchPartitionRequest, FetchPartitionResult, ReadResults, ReplicaManager } from './replica-manager.js';
import type { Partition, PartitionWatcher } from './partition.js';

/** The exclusive end of what a fetch may read from `p`: log end (followers), last stable offset (read_committed) or high watermark. */
export function fetchableEnd(p: Partition, params: FetchParams): number {
  if (params.replicaId >= 0) return p.log.logEndOffset;
  return params.isolationLevel === 1 ? p.log.lastStableOffset : p.log.highWatermark;
}

/** A parked fetch. */
export class DelayedFetch implements PartitionWatcher {
  /** Resolves with the fetch's answer. */
  readonly promise: Promise<FetchPartitionResult[]>;
  private resolve!: (r: FetchPartitionResult[]) => void;
  private timer: NodeJS.Timeout | null = null;
  private done = false;
  private reading = false;
  private changedWhileReading = false;
  /** fetchableEnd of each partition when it was last read (before the read). */
  private readonly readEnds: number[];
  /** Whether each partition's log held offsets past readEnds then (bytes a later end move exposes). */
  private readonly hidden: boolean[];

  /**
   * Parks a fetch on `partitions`, whose logs had `sizes` bytes and
   * `ends` (fetchableEnd) before the fetch's first read, which found
   * `readyBytes` (< min_bytes).
   */
  constructor(
    private readonly replicas: ReplicaManager,
    private readonly reqs: readonly FetchPartitionRequest[],
    private readonly params: FetchParams,
    private readonly partitions: Partition[],
    private readonly parkedSizes: number[],
    private readonly readyBytes: number,
    ends: number[],
  ) {
    this.readEnds = ends;
    this.hidden = partitions.map((p, i) => p.log.logEndOffset > ends[i]);
    this.promise = new Promise((resolve) => (this.resolve = resolve));
    for (const p of partitions) p.watchers.add(this);
    this.timer = setTimeout(() => this.expire(), params.maxWaitMs);
    // Something may have arrived during the first read.
    this.onPartitionChange();
  }

  /**
   * Whether min_bytes may be there now: the logs grew enough, or the end of
   * what may be read moved since the last read (or a partition moved or
   * vanished: answer then).
   */
  private mayBeReady(): boolean {
    let grown = 0;
    let endMoved = false;
    for (let i = 0; i < this.partitions.length; i++) {
      const p = this.partitions[i];
      if ((!p.isLeader && !this.params.anyReplica) || this.replicas.get(p.topic, p.index) !== p) return true;
      grown += p.log.size - this.parkedSizes[i];
      if (this.hidden[i] && fetchableEnd(p, this.params) !== this.readEnds[i]) endMoved = true;
    }
    return endMoved || this.readyBytes + grown >= this.params.minBytes;
  }

  /** Re-checks after an append: completes once min_bytes are ready. */
  onPartitionChange(): void {
    if (this.done) return;
    if (this.reading) {
      this.changedWhileReading = true;
      return;
    }
    if (!this.mayBeReady()) return;
    for (let i = 0; i < this.partitions.length; i++) {
      const p = this.partitions[i];
      this.readEnds[i] = fetchableEnd(p, this.params);
      this.hidden[i] = p.log.logEndOffset > this.readEnds[i];
    }
    this.reading = true;
    void this.replicas.readPartitions(this.reqs, this.params).then((r) => this.afterRead(r));
  }

  private afterRead(r: ReadResults): void {
    this.reading = false;
    if (this.done) return;
    if (r.bytes >= this.params.minBytes || r.hasError) {
      this.finish(r.results);
      return;
    }
    if (this.changedWhileReading) {
      this.changedWhileReading = false;
      this.onPartitionChange();
    }
  }

  private expire(): void {
    if (this.done) return;
    this.stopWatching();
    void this.replicas.readPartitions(this.reqs, this.params).then((r) => this.resolve(r.results));
  }

  private finish(results: FetchPartitionResult[]): void {
    this.stopWatching();
    this.resolve(results);
  }

  private stopWatching(): void {
    this.done = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const p of this.partitions) p.watchers.delete(this);
  }
}
