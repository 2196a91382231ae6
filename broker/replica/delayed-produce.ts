/**
 * DelayedProduce: an acks=all produce parked until the high watermark
 * reaches the end of what it appended, i.e. every ISR member has it (Kafka's
 * produce purgatory). It watches the partition like a delayed fetch and is
 * re-checked whenever the partition changes (append, high watermark moved,
 * ISR or leadership changed). Outcomes, as in Kafka:
 *
 * - high watermark >= required offset: NONE, or NOT_ENOUGH_REPLICAS_AFTER_APPEND
 *   when the ISR shrank below min.insync.replicas meanwhile (the records are
 *   written but not as widely as asked);
 * - this broker stopped leading: NOT_LEADER_OR_FOLLOWER (the client retries
 *   on the new leader; an idempotent producer's retry is deduplicated);
 * - the request's timeout passed: REQUEST_TIMED_OUT.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { Partition, PartitionWatcher } from './partition.js';

function outcome(p: Partition, requiredOffset: number): number | null {
  if (!p.isLeader) return ErrorCode.NOT_LEADER_OR_FOLLOWER;
  if (p.log.highWatermark < requiredOffset) return null;
  return p.isr.length < p.log.config.minInsyncReplicas ? ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND : ErrorCode.NONE;
}

/** A parked acks=all produce of one partition. */
export class DelayedProduce implements PartitionWatcher {
  /** Resolves with the partition's error code. */
  readonly promise: Promise<number>;
  private resolve!: (code: number) => void;
  private readonly timer: NodeJS.Timeout;
  private done = false;

  /** Parks until `p`'s high watermark reaches `requiredOffset` (exclusive end of the append). */
  constructor(
    private readonly p: Partition,
    private readonly requiredOffset: number,
    timeoutMs: number,
  ) {
    this.promise = new Promise((resolve) => (this.resolve = resolve));
    p.watchers.add(this);
    this.timer = setTimeout(() => this.complete(outcome(p, requiredOffset) ?? ErrorCode.REQUEST_TIMED_OUT), Math.max(0, timeoutMs));
  }

  /** Re-checks after any change of the partition. */
  onPartitionChange(): void {
    const code = outcome(this.p, this.requiredOffset);
    if (code !== null) this.complete(code);
  }

  private complete(code: number): void {
    if (this.done) return;
    this.done = true;
    clearTimeout(this.timer);
    this.p.watchers.delete(this);
    this.resolve(code);
  }
}

/**
 * The acks=all outcome for records appended up to `requiredOffset`
 * (exclusive): a code at once when it is already decided, else a promise.
 */
export function awaitIsr(p: Partition, requiredOffset: number, timeoutMs: number): number | Promise<number> {
  const now = outcome(p, requiredOffset);
  if (now !== null) return now;
  return new DelayedProduce(p, requiredOffset, timeoutMs).promise;
}
