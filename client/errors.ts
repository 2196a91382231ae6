/**
 * Errors of the lean Kafka client. A broker's error code becomes a
 * KafkaClientError naming the code, the API and (when known) the partition;
 * `retriable` comes from Kafka's own error table.
 */
import { errorName, isRetriable } from '../protocol/generated/errors.js';

/** An error answered by a broker (or a client-side failure with code -1). */
export class KafkaClientError extends Error {
  /** A stable code for callers that branch on the kind of failure. */
  readonly code: string;

  /** Creates an error for Kafka error code `errorCode`. */
  constructor(
    readonly errorCode: number,
    message: string,
    readonly retriable = isRetriable(errorCode),
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'KafkaClientError';
    this.code = `ERR_KAFKA_${errorCode === -1 ? 'CLIENT' : errorName(errorCode)}`;
  }
}

/** Throws a KafkaClientError when `errorCode` is not NONE (0). */
export function check(errorCode: number, what: string): void {
  if (errorCode !== 0) throw new KafkaClientError(errorCode, `${what}: ${errorName(errorCode)} (${errorCode})`);
}

/** A network failure (connection refused, closed, timed out): always retriable. */
export class ConnectionError extends KafkaClientError {
  /** Creates a connection error for `address`. */
  constructor(message: string, cause?: unknown) {
    super(-1, message, true, { cause });
    this.name = 'ConnectionError';
  }
}
