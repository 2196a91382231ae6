/**
 * Rate limiting of the direct stream.
 *
 * maxMessagesPerPartition (Spark's DirectKafkaInputDStream): per partition,
 * at most rate x batch seconds records per batch (at least
 * spark.streaming.kafka.minRatePerPartition, default 1), where the rate is
 * spark.streaming.kafka.maxRatePerPartition (0 = no limit) or, with
 * spark.streaming.backpressure.enabled, the PID estimator's rate shared among
 * partitions in proportion to their lag and capped by maxRatePerPartition.
 * Before the estimator has a rate, spark.streaming.backpressure.initialRate
 * (records/s for the whole stream) applies, if set.
 *
 * PIDRateEstimator is Spark's: after each batch, from the batch's record
 * count, processing delay and scheduling delay, a new rate
 *   latestRate - kp·error - ki·historicalError - kd·dError  (at least minRate)
 * with error = latestRate - processingRate and historicalError =
 * schedulingDelay · processingRate / batchInterval.
 */
import type { Time } from '../dstream/dstream.js';

/** Spark's PID rate estimator. */
export class PIDRateEstimator {
  private firstRun = true;
  private latestTime = -1;
  private latestRate = -1;
  private latestError = -1;

  /** Creates the estimator with Spark's defaults (1.0, 0.2, 0.0, min 100/s). */
  constructor(
    readonly batchIntervalMs: number,
    readonly proportional = 1.0,
    readonly integral = 0.2,
    readonly derivative = 0.0,
    readonly minRate = 100,
  ) {
    if (batchIntervalMs <= 0 || proportional < 0 || integral < 0 || derivative < 0 || minRate <= 0)
      throw new Error('invalid PID rate estimator parameters');
  }

  /** A new rate in records/s after a batch, or undefined (first batch, or no data). */
  compute(time: Time, numElements: number, processingDelayMs: number, schedulingDelayMs: number): number | undefined {
    if (!(time > this.latestTime && numElements > 0 && processingDelayMs > 0)) return undefined;
    const delaySinceUpdate = (time - this.latestTime) / 1000;
    const processingRate = (numElements / processingDelayMs) * 1000;
    const error = this.latestRate - processingRate;
    const historicalError = (schedulingDelayMs * processingRate) / this.batchIntervalMs;
    const dError = (error - this.latestError) / delaySinceUpdate;
    const newRate = Math.max(
      this.latestRate - this.proportional * error - this.integral * historicalError - this.derivative * dError,
      this.minRate,
    );
    this.latestTime = time;
    if (this.firstRun) {
      this.latestRate = processingRate;
      this.latestError = 0;
      this.firstRun = false;
      return undefined;
    }
    this.latestRate = newRate;
    this.latestError = error;
    return newRate;
  }
}

/** Inputs of the per-partition limit. */
export interface RateLimits {
  batchMs: number;
  /** spark.streaming.kafka.maxRatePerPartition; 0 = none. */
  maxRatePerPartition: number;
  /** spark.streaming.kafka.minRatePerPartition. */
  minRatePerPartition: number;
  /** The estimator's rate for the whole stream (records/s), if backpressure has one. */
  estimatedRate?: number;
}

/**
 * The most records each partition may contribute to a batch, or undefined
 * when nothing limits it. `lags` are latest - current offsets by partition key.
 */
export function maxMessagesPerPartition(lags: Map<string, number>, limits: RateLimits): Map<string, number> | undefined {
  const secs = limits.batchMs / 1000;
  let rates: Map<string, number> | undefined;
  if (limits.estimatedRate !== undefined && limits.estimatedRate > 0) {
    let totalLag = 0;
    for (const l of lags.values()) totalLag += Math.max(0, l);
    rates = new Map();
    for (const [k, l] of lags) {
      const share = totalLag > 0 ? (Math.max(0, l) / totalLag) * limits.estimatedRate : limits.estimatedRate / Math.max(1, lags.size);
      rates.set(k, limits.maxRatePerPartition > 0 ? Math.min(share, limits.maxRatePerPartition) : share);
    }
  } else if (limits.maxRatePerPartition > 0) {
    rates = new Map();
    for (const k of lags.keys()) rates.set(k, limits.maxRatePerPartition);
  }
  if (!rates) return undefined;
  const out = new Map<string, number>();
  for (const [k, r] of rates) out.set(k, Math.max(Math.floor(secs * r), limits.minRatePerPartition));
  return out;
}
