/**
 * Errors of the lean Kafka client. A broker's error code becomes a
 * KafkaClientError naming the code, the API and (when known) the partition;
 * `retriable` comes from Kafka's own error table.
 */
import { ErrorCode, errorName, isRetriable } from '../protocol/generated/errors.js';

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

/**
 * The errors that mean the client's metadata is stale: the partition's
 * leader moved or its epoch changed, or the topic (by name or id) is not
 * where the client thinks. The client refreshes its metadata and looks up the
 * leader again before it retries.
 */
export const STALE_METADATA_ERRORS: ReadonlySet<number> = new Set<number>([
  ErrorCode.NOT_LEADER_OR_FOLLOWER,
  ErrorCode.LEADER_NOT_AVAILABLE,
  ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
  ErrorCode.FENCED_LEADER_EPOCH,
  ErrorCode.UNKNOWN_LEADER_EPOCH,
  ErrorCode.UNKNOWN_TOPIC_ID,
]);
