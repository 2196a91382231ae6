/**
 * Small value types of the partition log's answers (Kafka's LogAppendInfo
 * and FetchDataInfo, reduced to what Produce and Fetch carry), and the error
 * a log operation throws with a Kafka error code.
 */

/** Result of an append (Kafka's LogAppendInfo, reduced to what Produce answers). */
export interface LogAppendResult {
  errorCode: number;
  baseOffset: number;
  lastOffset: number;
  /** -1 unless the topic uses LogAppendTime. */
  logAppendTime: number;
  logStartOffset: number;
  recordCount: number;
  errorMessage?: string | null;
  /** KIP-467: the records (index in their batch, why) that refused the batch; absent when none did. */
  recordErrors?: readonly { batchIndex: number; message: string }[];
}

/** A successful append's result. */
export function appendOk(
  baseOffset: number,
  lastOffset: number,
  logAppendTime: number,
  recordCount: number,
  logStartOffset: number,
): LogAppendResult {
  return { errorCode: 0, baseOffset, lastOffset, logAppendTime, logStartOffset, recordCount, errorMessage: null };
}

/** A failed append's result: nothing was appended. */
export function appendFailed(
  errorCode: number,
  errorMessage: string | null,
  logStartOffset: number,
  recordErrors?: readonly { batchIndex: number; message: string }[],
): LogAppendResult {
  return { errorCode, baseOffset: -1, lastOffset: -1, logAppendTime: -1, logStartOffset, recordCount: 0, errorMessage, recordErrors };
}

/** Result of a read (Kafka's FetchDataInfo plus the offsets a Fetch answer carries). */
export interface LogReadResult {
  errorCode: number;
  /** Whole batches, possibly length 0. */
  records: Buffer;
  highWatermark: number;
  /** The last stable offset when the read started (exclusive; read_committed reads stop there). */
  lastStableOffset: number;
  logStartOffset: number;
  logEndOffset: number;
}

/** A read's result. */
export function readResult(
  errorCode: number,
  records: Buffer,
  highWatermark: number,
  lastStableOffset: number,
  logStartOffset: number,
  logEndOffset: number,
): LogReadResult {
  return { errorCode, records, highWatermark, lastStableOffset, logStartOffset, logEndOffset };
}

/** An error a log operation reports as a Kafka error code. */
export class LogError extends Error {
  constructor(
    readonly errorCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'LogError';
  }
}
