/**
 * DelayedFetch: a fetch parked until its partitions hold min_bytes of new
 * data or max_wait_ms passes, whichever comes first (Kafka's fetch
 * purgatory, one watcher per partition). On completion it reads again and
 * answers with whatever is there, possibly nothing.
 *
 * An append wakes it, but it reads the logs again only once their sizes have
 * grown enough that min_bytes could be there (Kafka tracks log positions the
 * same way), so a trickle of small appends does not cost a disk read each.
 */
import type { FetchParams, FetchPartitionRequest, FetchPartitionResult, ReplicaManager } from './replica-manager.js';
import type { Partition, PartitionWatcher } from './partition.js';

/** A parked fetch. */
export class DelayedFetch implements PartitionWatcher {
  /** Resolves with the fetch's answer. */
  readonly promise: Promise<FetchPartitionResult[]>;
  private resolve!: (r: FetchPartitionResult[]) => void;
  private timer: NodeJS.Timeout | null = null;
  private done = false;

  /** Log sizes (bytes) when the fetch was parked, by position in `partitions`. */
  private readonly parkedSizes: number[];

  /** Parks a fetch on `partitions`, which held `readyBytes` (< min_bytes) when it was parked. */
  constructor(
    private readonly replicas: ReplicaManager,
    private readonly reqs: readonly FetchPartitionRequest[],
    private readonly params: FetchParams,
    private readonly partitions: Partition[],
    private readonly readyBytes: number,
  ) {
    this.promise = new Promise((resolve) => (this.resolve = resolve));
    this.parkedSizes = partitions.map((p) => p.log.size);
    for (const p of partitions) p.watchers.add(this);
    this.timer = setTimeout(() => this.complete(null), params.maxWaitMs);
  }

  /** Whether min_bytes may be there now (or a partition moved or vanished: answer then). */
  private mayBeReady(): boolean {
    let grown = 0;
    for (let i = 0; i < this.partitions.length; i++) {
      const p = this.partitions[i];
      if (!p.isLeader || this.replicas.get(p.topic, p.index) !== p) return true;
      grown += p.log.size - this.parkedSizes[i];
    }
    return this.readyBytes + grown >= this.params.minBytes;
  }

  /** Re-checks after an append: completes once min_bytes are ready. */
  onPartitionChange(): void {
    if (this.done || !this.mayBeReady()) return;
    const r = this.replicas.readPartitions(this.reqs, this.params);
    if (r.bytes >= this.params.minBytes || r.hasError) this.complete(r.results);
  }

  private complete(results: FetchPartitionResult[] | null): void {
    if (this.done) return;
    this.done = true;
    if (this.timer) clearTimeout(this.timer);
    for (const p of this.partitions) p.watchers.delete(this);
    this.resolve(results ?? this.replicas.readPartitions(this.reqs, this.params).results);
  }
}
