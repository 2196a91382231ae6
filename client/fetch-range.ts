/**
 * fetchRange: reads exactly the records of one partition with offsets in
 * [fromOffset, untilOffset) (from inclusive, until exclusive).
 *
 * Fetch returns whole batches, so the first batch may start below fromOffset
 * (those records are skipped) and the last may reach past untilOffset (the
 * rest is dropped). The loop fetches again from one past the last batch's last
 * offset until untilOffset is reached. Offsets missing inside the range (a
 * compacted topic, transaction markers) are simply absent from the result.
 * Records of control batches are never returned. Aborted transactional
 * records are returned (read_uncommitted): departs from a read_committed
 * consumer, which the streaming library does not need. Keys and values are
 * views into the fetch response (no copy per record); a kept record keeps
 * its response's memory alive.
 */
import { ApiKey } from '../protocol/generated/api-keys.js';
import { encodeFetchRequest } from '../protocol/generated/fetch-request.js';
import { decodeFetchResponse, type FetchResponse } from '../protocol/generated/fetch-response.js';
import { ErrorCode, errorName } from '../protocol/generated/errors.js';
import { ZERO_UUID } from '../protocol/reader.js';
import { decodeRecordBatches, type DecodedRecord } from '../protocol/record-codec.js';
import { KafkaClientError } from './errors.js';
import type { KafkaClient, TopicPartition } from './kafka-client.js';

/** A range of offsets of one partition: from inclusive, until exclusive. */
export interface FetchRange extends TopicPartition {
  fromOffset: number;
  untilOffset: number;
}

/** Options of a ranged fetch. */
export interface FetchRangeOptions {
  /** Bytes per fetch response for this partition; default 8 MiB. */
  maxBytes?: number;
  /** Long-poll wait when the range is not yet fully written; default 500 ms. */
  maxWaitMs?: number;
  /** Give up after this long without reaching untilOffset; default 30 s. */
  timeoutMs?: number;
}

/** Options of one Fetch request. */
export interface FetchRequestOptions {
  maxWaitMs: number;
  /** Bytes of the whole response. */
  maxBytes: number;
  /** Bytes per partition; default maxBytes. */
  partitionMaxBytes?: number;
  /** 0 read_uncommitted (default), 1 read_committed. */
  isolationLevel?: number;
}

/**
 * Sends one Fetch (full request, no fetch session) for `parts` to broker
 * `leader`, which should lead them all. Topics are named by id from v13 on
 * when every id is known (else the version stays at 12); either way each
 * response topic comes back with its name set. Errors inside the response
 * are left to the caller; connection failures reject.
 */
export async function sendFetch(
  client: KafkaClient,
  leader: number,
  parts: readonly { topic: string; partition: number; offset: number }[],
  options: FetchRequestOptions,
): Promise<FetchResponse> {
  const c = await client.nodeConnection(leader);
  const byTopic = new Map<
    string,
    {
      partition: number;
      currentLeaderEpoch: number;
      fetchOffset: number;
      lastFetchedEpoch: number;
      logStartOffset: number;
      partitionMaxBytes: number;
    }[]
  >();
  const names = new Map<string, string>();
  let allIds = true;
  for (const p of parts) {
    let list = byTopic.get(p.topic);
    if (!list) {
      byTopic.set(p.topic, (list = []));
      const id = client.topics.get(p.topic)?.topicId ?? ZERO_UUID;
      if (id === ZERO_UUID) allIds = false;
      else names.set(id, p.topic);
    }
    list.push({
      partition: p.partition,
      currentLeaderEpoch: -1,
      fetchOffset: p.offset,
      lastFetchedEpoch: -1,
      logStartOffset: -1,
      partitionMaxBytes: options.partitionMaxBytes ?? options.maxBytes,
    });
  }
  // v13+ names topics by id only; without every id known stay at v12.
  const maxVersion = allIds ? undefined : 12;
  const res = await c.send(
    ApiKey.Fetch,
    (w, v) =>
      encodeFetchRequest(w, v, {
        replicaId: -1,
        replicaState: { replicaId: -1, replicaEpoch: -1 },
        maxWaitMs: options.maxWaitMs,
        minBytes: 1,
        maxBytes: options.maxBytes,
        isolationLevel: options.isolationLevel ?? 0,
        sessionId: 0,
        sessionEpoch: -1,
        topics: [...byTopic].map(([topic, partitions]) => ({ topic, topicId: client.topics.get(topic)?.topicId ?? ZERO_UUID, partitions })),
        forgottenTopicsData: [],
        rackId: '',
      }),
    decodeFetchResponse,
    { maxVersion, extraTimeoutMs: options.maxWaitMs },
  );
  for (const t of res.responses) if (!t.topic) t.topic = names.get(t.topicId) ?? '';
  return res;
}

/**
 * One Fetch of a single partition from `offset`: the decoded batches' records
 * (control batches dropped), the next offset to fetch, and the high watermark.
 */
export async function fetchOnce(
  client: KafkaClient,
  tp: TopicPartition,
  offset: number,
  options: { maxBytes?: number; maxWaitMs?: number } = {},
): Promise<{ records: DecodedRecord[]; nextOffset: number; highWatermark: number }> {
  return client.retry('Fetch', async () => {
    const leader = await client.leaderFor(tp);
    const maxBytes = options.maxBytes ?? 8 << 20;
    const res = await sendFetch(client, leader, [{ topic: tp.topic, partition: tp.partition, offset }], {
      maxWaitMs: options.maxWaitMs ?? 500,
      maxBytes,
    });
    if (res.errorCode !== 0) throw new KafkaClientError(res.errorCode, `Fetch ${tp.topic}-${tp.partition}: ${errorName(res.errorCode)}`);
    const p = res.responses[0]?.partitions[0];
    if (!p) throw new KafkaClientError(ErrorCode.UNKNOWN_SERVER_ERROR, `Fetch ${tp.topic}-${tp.partition}: empty response`);
    if (p.errorCode !== 0) {
      throw new KafkaClientError(
        p.errorCode,
        `Fetch ${tp.topic}-${tp.partition} at offset ${offset}: ${errorName(p.errorCode)} (log start ${p.logStartOffset}, high watermark ${p.highWatermark})`,
      );
    }
    const records: DecodedRecord[] = [];
    let nextOffset = offset;
    if (p.records && p.records.length > 0) {
      // The response buffer belongs to this call: keys and values may be views into it.
      const batches = decodeRecordBatches(p.records, { views: true });
      for (const b of batches) {
        if (b.lastOffset + 1 > nextOffset) nextOffset = b.lastOffset + 1;
        if (b.isControl) continue;
        const rs = b.records;
        for (let i = 0; i < rs.length; i++) if (rs[i].offset >= offset) records.push(rs[i]);
      }
      if (batches.length === 0 && p.records.length > 0) {
        throw new KafkaClientError(
          ErrorCode.MESSAGE_TOO_LARGE,
          `Fetch ${tp.topic}-${tp.partition} at ${offset}: a batch is larger than ${maxBytes} bytes`,
          false,
        );
      }
    }
    return { records, nextOffset, highWatermark: p.highWatermark };
  });
}

/**
 * Reads the records of `range` (fromOffset inclusive, untilOffset exclusive),
 * in offset order. Throws OFFSET_OUT_OF_RANGE when the range was deleted by
 * retention, and a timeout error when the log never reaches untilOffset.
 */
export async function fetchRange(client: KafkaClient, range: FetchRange, options: FetchRangeOptions = {}): Promise<DecodedRecord[]> {
  const out: DecodedRecord[] = [];
  let offset = range.fromOffset;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (offset < range.untilOffset) {
    const { records, nextOffset, highWatermark } = await fetchOnce(client, range, offset, options);
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (r.offset >= range.untilOffset) break;
      out.push(r);
    }
    if (nextOffset > offset) {
      offset = nextOffset;
    } else if (highWatermark >= range.untilOffset && highWatermark <= offset) {
      // Nothing left below the high watermark: the rest of the range is a gap.
      break;
    } else if (Date.now() > deadline) {
      throw new KafkaClientError(
        ErrorCode.REQUEST_TIMED_OUT,
        `fetchRange ${range.topic}-${range.partition} [${range.fromOffset}, ${range.untilOffset}): stuck at offset ${offset}, high watermark ${highWatermark}`,
      );
    }
  }
  return out;
}
