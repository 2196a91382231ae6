/**
 * DelayedFetch: a fetch parked until its partitions hold min_bytes of new
 * data or max_wait_ms passes, whichever comes first (Kafka's fetch
 * purgatory, one watcher per partition). On completion it reads again and
 * answers with whatever is there, possibly nothing.
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

  /** Parks a fetch on `partitions`. */
  constructor(
    private readonly replicas: ReplicaManager,
    private readonly reqs: readonly FetchPartitionRequest[],
    private readonly params: FetchParams,
    private readonly partitions: Partition[],
  ) {
    this.promise = new Promise((resolve) => (this.resolve = resolve));
    for (const p of partitions) p.watchers.add(this);
    this.timer = setTimeout(() => this.complete(null), params.maxWaitMs);
  }

  /** Re-checks after an append: completes once min_bytes are ready. */
  onPartitionChange(): void {
    if (this.done) return;
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
