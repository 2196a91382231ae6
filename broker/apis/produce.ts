/**
 * Produce (key 0), v0-v11 as Kafka 3.x serves them: v0-v2 requests carry
 * message formats v0/v1, up-converted to one v2 batch per partition before
 * the append (legacy-formats.ts). acks=0 gets no response; acks=all answers once the ISR has the records
 * (at once with one broker). An unknown topic or partition answers Kafka's
 * UNKNOWN_TOPIC_OR_PARTITION with an error_message (v8+) that says what is
 * missing and how to create it. A batch refused for some of its records
 * (KIP-467: a record without a key in a compacted topic, a timestamp out of
 * range) answers INVALID_RECORD / INVALID_TIMESTAMP with record_errors and
 * an error_message (v8+).
 *
 * Authorization (Kafka's): transactional records need WRITE on the
 * transactional id (else every partition answers
 * TRANSACTIONAL_ID_AUTHORIZATION_FAILED); each topic needs WRITE (else its
 * partitions answer TOPIC_AUTHORIZATION_FAILED, whether or not it exists).
 * A denied partition appends nothing.
 */
import type { BatchIndexAndErrorMessage, TopicProduceResponse } from '../../protocol/generated/produce-response.js';
import { ErrorCode, errorName, asErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import { ProduceApi } from '../../protocol/generated/produce-api.js';
import { CloseConnection, defineApi } from './types.js';
import { unknownPartitionMessage } from './unknown-partition.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized, unauthorizedNames } from '../security/authorizer-checks.js';
import type { ProduceRequest } from '../../protocol/generated/produce-request.js';

/** Offset of a record batch's attributes (int16) and its transactional bit. */
const ATTRIBUTES_OFFSET = 21;
const TRANSACTIONAL = 0x10;

/** Whether any partition's first batch is transactional (Kafka's ProduceRequest.hasTransactionalRecords). */
function hasTransactionalRecords(req: ProduceRequest): boolean {
  for (const t of req.topicData)
    for (const p of t.partitionData) {
      const r = p.records;
      // Only v2 batches (magic byte 16 = 2) have the flag; a v0/v1 message set has other bytes there.
      if (r !== null && r.length > ATTRIBUTES_OFFSET + 1 && r[16] === 2 && (r.readInt16BE(ATTRIBUTES_OFFSET) & TRANSACTIONAL) !== 0)
        return true;
    }
  return false;
}

/** The error every partition of the request gets before any append, or NONE (no authorizer: always NONE). */
function requestDenial(ctx: Parameters<typeof authorized>[0], req: ProduceRequest): ErrorCode {
  if (ctx.broker.authorizer === null || !hasTransactionalRecords(req)) return ErrorCode.NONE;
  const id = req.transactionalId;
  return id !== null && authorized(ctx, AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, id)
    ? ErrorCode.NONE
    : ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED;
}
import { upConvertProduce } from './legacy-formats.js';

/** KIP-467's record_errors (v8+; older versions drop them, the field is ignorable). */
function recordErrorsOf(errors: readonly { batchIndex: number; message: string }[]): BatchIndexAndErrorMessage[] {
  return errors.map((e) => ({ batchIndex: e.batchIndex, batchIndexErrorMessage: e.message }));
}

export default defineApi(ProduceApi, {
  minVersion: 0,
  maxVersion: 11,
  // Every append happens before handle() returns; the promise of acks=all only waits for the ISR.
  pipelined: true,
  handle(ctx, req) {
    const replicas = ctx.broker.replicas;
    const metrics = ctx.broker.metrics;
    const acks = req.acks;
    const badAcks = acks !== 0 && acks !== 1 && acks !== -1;
    const oldFormat = ctx.apiVersion < 3;
    const now = Date.now();
    const denial = requestDenial(ctx, req);
    const deniedTopics = unauthorizedNames(ctx, AclOperation.WRITE, ResourceType.TOPIC, req.topicData, (t) => t.name);
    const responses: Input<TopicProduceResponse>[] = new Array(req.topicData.length);
    let waits: Promise<void>[] | null = null;
    for (let t = 0; t < req.topicData.length; t++) {
      const topic = req.topicData[t];
      const parts = topic.partitionData;
      const out: Input<TopicProduceResponse>['partitionResponses'] = new Array(parts.length);
      const topicDenial =
        denial !== ErrorCode.NONE ? denial : deniedTopics?.has(topic.name) ? ErrorCode.TOPIC_AUTHORIZATION_FAILED : ErrorCode.NONE;
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i];
        if (topicDenial !== ErrorCode.NONE) {
          out[i] = { index: p.index, errorCode: topicDenial, baseOffset: -1, logAppendTimeMs: -1, logStartOffset: -1, errorMessage: null };
          if (metrics !== undefined) metrics.recordProduceFailure(topic.name);
          continue;
        }
        const converted = badAcks ? null : oldFormat ? upConvertProduce(p.records) : { records: p.records };
        if (converted === null || converted.errorCode !== undefined) {
          out[i] = {
            index: p.index,
            errorCode: converted === null ? ErrorCode.INVALID_REQUIRED_ACKS : asErrorCode(converted.errorCode),
            baseOffset: -1,
            logAppendTimeMs: -1,
            logStartOffset: -1,
            errorMessage: converted === null ? `acks must be -1, 0 or 1, not ${acks}` : converted.errorMessage,
          };
          continue;
        }
        const records = converted.records;
        const r = replicas.appendRecords(topic.name, p.index, records, acks, now);
        if (metrics !== undefined) {
          if (r.errorCode === ErrorCode.NONE) metrics.recordProduce(topic.name, records!);
          else metrics.recordProduceFailure(topic.name);
        }
        out[i] = {
          index: p.index,
          errorCode: asErrorCode(r.errorCode),
          baseOffset: r.baseOffset,
          logAppendTimeMs: r.logAppendTime,
          logStartOffset: r.logStartOffset,
          recordErrors: r.recordErrors === undefined ? [] : recordErrorsOf(r.recordErrors),
          errorMessage:
            r.errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION && r.errorMessage === null
              ? unknownPartitionMessage(ctx.broker, topic.name, p.index)
              : r.errorMessage,
        };
        if (acks === -1 && r.errorCode === ErrorCode.NONE) {
          // acks=all: wait until the whole ISR has it (DelayedProduce).
          const entry = out[i];
          const w = replicas.awaitReplication(topic.name, p.index, req.timeoutMs);
          if (typeof w === 'number') entry.errorCode = asErrorCode(w);
          else (waits ??= []).push(w.then((code) => void (entry.errorCode = asErrorCode(code))));
        }
      }
      responses[t] = { name: topic.name, partitionResponses: out };
    }
    if (acks === 0) {
      // No response; an error closes the connection instead (Kafka's behaviour).
      for (const t of responses) {
        for (const r of t.partitionResponses!) {
          if (r.errorCode !== ErrorCode.NONE)
            throw new CloseConnection(`Produce with acks=0 to ${t.name}-${r.index} failed: ${errorName(r.errorCode!)}`);
        }
      }
      return null;
    }
    if (waits) return Promise.all(waits).then(() => ({ responses, throttleTimeMs: 0 }));
    return { responses, throttleTimeMs: 0 };
  },
});
