/**
 * Replication throttles (Kafka's ReplicationQuotaManager, KIP-73): a bytes
 * per second bound on the replication traffic of throttled replicas, one
 * for this broker as a leader (leader.replication.throttled.rate, what it
 * serves to followers) and one as a follower (follower.replication.
 * throttled.rate, what it fetches).
 *
 * Which replicas are throttled is the topics' business: a partition is
 * throttled on the leader side when its topic's
 * leader.replication.throttled.replicas lists `partition:thisBroker` (or is
 * `*`), on the follower side when follower.replication.throttled.replicas
 * does. Only replicas outside the ISR are held back (a reassignment's new
 * replicas catching up), never the ISR's own replication.
 *
 * The rate is measured as Kafka measures it: bytes recorded in
 * `windowCount` samples of `windowMs` each (replication.quota.window.num =
 * 11, replication.quota.window.size.seconds = 1), divided by the time they
 * span (at least (windowCount - 1) whole windows, so a quiet start does not
 * read as a burst). The quota is exceeded while that rate is above the
 * bound; holding back a throttled partition's data until it falls keeps the
 * average at the bound.
 */

/** Kafka's "no throttle": Long.MAX_VALUE bytes per second. */
export const UNTHROTTLED = Number.MAX_SAFE_INTEGER;

/** replication.quota.window.num and .size.seconds (Kafka's defaults). */
export const QUOTA_WINDOW_COUNT = 11;
export const QUOTA_WINDOW_MS = 1000;

/** Whether a topic's throttled-replica list names this partition on this broker. */
export function listsReplica(list: readonly string[], partition: number, brokerId: number): boolean {
  if (list.length === 0) return false;
  if (list.length === 1 && list[0].trim() === '*') return true;
  const want = `${partition}:${brokerId}`;
  for (const item of list) if (item.trim() === want) return true;
  return false;
}

/** One bound on replication traffic. */
export class ReplicationQuota {
  private rate = UNTHROTTLED;
  /** Bytes per sample, a ring of `count` samples; `starts` the start time of each. */
  private readonly bytes: number[];
  private readonly starts: number[];
  private current = 0;

  /** Creates an unthrottled quota; `now` is the clock (tests pass their own). */
  constructor(
    private readonly count = QUOTA_WINDOW_COUNT,
    private readonly windowMs = QUOTA_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.bytes = new Array<number>(count).fill(0);
    const t = now();
    this.starts = new Array<number>(count).fill(t);
  }

  /** The bound in bytes per second (UNTHROTTLED: none). */
  get bound(): number {
    return this.rate;
  }

  /** Sets the bound (a dynamic broker config changed); a negative or absent value means none. */
  setBound(bytesPerSecond: number | null | undefined): void {
    this.rate = bytesPerSecond === null || bytesPerSecond === undefined || bytesPerSecond < 0 ? UNTHROTTLED : bytesPerSecond;
  }

  /** Moves to the sample of `t`, resetting samples older than the whole window. */
  private advance(t: number): void {
    if (t - this.starts[this.current] < this.windowMs) return;
    const cutoff = t - this.count * this.windowMs;
    for (let i = 0; i < this.count; i++) if (this.starts[i] <= cutoff) this.bytes[i] = 0;
    this.current = (this.current + 1) % this.count;
    this.bytes[this.current] = 0;
    this.starts[this.current] = t;
  }

  /** Counts `n` bytes of throttled replication. */
  record(n: number): void {
    if (n <= 0) return;
    const t = this.now();
    this.advance(t);
    this.bytes[this.current] += n;
  }

  /** The measured rate, bytes per second. */
  measured(): number {
    const t = this.now();
    this.advance(t);
    let total = 0;
    let oldest = t;
    const cutoff = t - this.count * this.windowMs;
    for (let i = 0; i < this.count; i++) {
      if (this.starts[i] <= cutoff) continue;
      total += this.bytes[i];
      if (this.starts[i] < oldest) oldest = this.starts[i];
    }
    const spanMs = Math.max(t - oldest, (this.count - 1) * this.windowMs);
    return (total * 1000) / spanMs;
  }

  /** Whether throttled replicas must wait (a bound is set and the rate is above it). */
  isExceeded(): boolean {
    return this.rate !== UNTHROTTLED && this.measured() > this.rate;
  }
}

/** The leader and follower quotas of one broker. */
export class ReplicationQuotas {
  /** What this broker serves to throttled followers. */
  readonly leader: ReplicationQuota;
  /** What this broker fetches for its throttled replicas. */
  readonly follower: ReplicationQuota;

  /** Both unthrottled until set. */
  constructor(now: () => number = Date.now) {
    this.leader = new ReplicationQuota(QUOTA_WINDOW_COUNT, QUOTA_WINDOW_MS, now);
    this.follower = new ReplicationQuota(QUOTA_WINDOW_COUNT, QUOTA_WINDOW_MS, now);
  }

  /** Sets both bounds (leader.replication.throttled.rate, follower.replication.throttled.rate). */
  setBounds(leader: number | null | undefined, follower: number | null | undefined): void {
    this.leader.setBound(leader);
    this.follower.setBound(follower);
  }
}
