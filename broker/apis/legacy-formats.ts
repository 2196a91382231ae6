/**
 * The old message formats (v0/v1) at the API edge, for clients pinned to
 * Kafka 0.8-0.10 protocol versions, as Kafka 3.x serves them:
 *
 * - Produce v0-v2 carries message sets: up-converted to one v2 batch before
 *   the append (every later check, offsets and storage see only v2).
 * - Fetch v0-v3 answers message sets: what the log returns is down-converted
 *   per partition (magic 0 for v0-v1, magic 1 for v2-v3), unless the topic
 *   sets message.downconversion.enable=false, which answers
 *   UNSUPPORTED_VERSION for that partition (Kafka's behaviour).
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { MessageSetError } from '../../protocol/message-set.js';
import { downConvertBatches, fetchMagic, upConvertMessageSet } from '../../protocol/message-set-conversion.js';
import type { BrokerServices } from '../services.js';

/** What a conversion gave: the bytes, or a partition error with its message. */
export type Converted =
  { readonly records: Buffer | null; readonly errorCode?: undefined } | { readonly errorCode: number; readonly errorMessage: string };

function failure(err: unknown): Converted {
  if (err instanceof MessageSetError) return { errorCode: ErrorCode[err.errorName], errorMessage: err.message };
  return { errorCode: ErrorCode.CORRUPT_MESSAGE, errorMessage: `unreadable message set: ${(err as Error).message}` };
}

/** A Produce v0-v2 partition payload as one v2 batch, or why it is refused. */
export function upConvertProduce(records: Buffer | null): Converted {
  if (records === null || records.length === 0)
    return { errorCode: ErrorCode.INVALID_RECORD, errorMessage: 'no records in produce request' };
  try {
    return { records: upConvertMessageSet(records).batch };
  } catch (err) {
    return failure(err);
  }
}

/**
 * A Fetch v0-v3 partition answer in the version's message format, or why it
 * cannot be given. Empty reads pass through.
 */
export function downConvertFetch(
  broker: BrokerServices,
  fetchVersion: number,
  topic: string,
  partition: number,
  fetchOffset: number,
  records: Buffer | null,
): Converted {
  if (records === null || records.length === 0) return { records: records ?? Buffer.alloc(0) };
  const config = broker.replicas.get(topic, partition)?.log.config;
  if (config !== undefined && !config.messageDownconversionEnable) {
    return {
      errorCode: ErrorCode.UNSUPPORTED_VERSION,
      errorMessage: `topic ${topic} has message.downconversion.enable=false; Fetch v${fetchVersion} needs down-conversion`,
    };
  }
  try {
    return { records: downConvertBatches(records, fetchMagic(fetchVersion), fetchOffset) };
  } catch (err) {
    return failure(err);
  }
}
