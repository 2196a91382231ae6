/**
 * Wire-level helpers for the consumer-group integration tests: consumer
 * protocol subscriptions and assignments, and one-call JoinGroup (with the
 * MEMBER_ID_REQUIRED round trip), SyncGroup, Heartbeat and OffsetFetch over
 * the raw client. A JoinGroup blocks its connection until the rebalance
 * completes, so every member needs its own RawClient.
 */
import { Reader } from '../../protocol/reader.js';
import { Writer } from '../../protocol/writer.js';
import { encodeConsumerProtocolSubscription } from '../../protocol/generated/consumer-protocol-subscription.js';
import {
  encodeConsumerProtocolAssignment,
  decodeConsumerProtocolAssignment,
} from '../../protocol/generated/consumer-protocol-assignment.js';
import type { RawClient } from './raw-client.js';

/** A consumer-protocol subscription (version 1) to `topics`. */
export function subscription(topics: string[]): Buffer {
  const w = new Writer();
  w.int16(1);
  encodeConsumerProtocolSubscription(w, 1, { topics, userData: null, ownedPartitions: [] });
  return w.finishBuffer();
}

/** A consumer-protocol assignment (version 1) of `partitions` of `topic`. */
export function assignment(topic: string, partitions: number[]): Buffer {
  const w = new Writer();
  w.int16(1);
  encodeConsumerProtocolAssignment(w, 1, { assignedPartitions: [{ topic, partitions }], userData: null });
  return w.finishBuffer();
}

/** Partitions of `topic` in an assignment buffer ([] for an empty one). */
export function assignedPartitions(buf: Buffer, topic: string): number[] {
  if (buf.length < 2) return [];
  const r = new Reader(buf);
  const v = r.int16();
  const a = decodeConsumerProtocolAssignment(r, Math.min(v, 3));
  return a.assignedPartitions.filter((tp) => tp.topic === topic).flatMap((tp) => tp.partitions);
}

/** Options of a join. */
export interface JoinOptions {
  groupId: string;
  memberId?: string;
  groupInstanceId?: string | null;
  sessionTimeoutMs?: number;
  rebalanceTimeoutMs?: number;
  protocolType?: string;
  protocols?: { name: string; metadata: Buffer }[];
  topics?: string[];
}

/**
 * JoinGroup at version `v`; with v4+ and no member id (and no instance id)
 * it answers the MEMBER_ID_REQUIRED round trip itself, and it retries while
 * the coordinator is not ready (for up to a minute).
 */
export async function join(c: RawClient, v: number, o: JoinOptions): Promise<any> {
  const req = {
    groupId: o.groupId,
    sessionTimeoutMs: o.sessionTimeoutMs ?? 6000,
    rebalanceTimeoutMs: o.rebalanceTimeoutMs ?? 10_000,
    memberId: o.memberId ?? '',
    groupInstanceId: o.groupInstanceId ?? null,
    protocolType: o.protocolType ?? 'consumer',
    protocols: o.protocols ?? [{ name: 'range', metadata: subscription(o.topics ?? ['t']) }],
    reason: null,
  };
  // Like a client: retry while the coordinator loads its partition of __consumer_offsets
  // (a loaded machine may take a while after the topic was created).
  const deadline = Date.now() + 60_000;
  for (;;) {
    let r = await c.send('JoinGroup', v, req);
    if (r.errorCode === 79) r = await c.send('JoinGroup', v, { ...req, memberId: r.memberId });
    if (!COORDINATOR_NOT_READY.has(r.errorCode) || Date.now() > deadline) return r;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** COORDINATOR_LOAD_IN_PROGRESS, COORDINATOR_NOT_AVAILABLE, NOT_COORDINATOR: a client retries these. */
const COORDINATOR_NOT_READY = new Set([14, 15, 16]);

/** SyncGroup at version `v`. */
export function sync(
  c: RawClient,
  v: number,
  groupId: string,
  generationId: number,
  memberId: string,
  assignments: { memberId: string; assignment: Buffer }[] = [],
  groupInstanceId: string | null = null,
): Promise<any> {
  return c.send('SyncGroup', v, {
    groupId,
    generationId,
    memberId,
    groupInstanceId,
    protocolType: 'consumer',
    protocolName: 'range',
    assignments,
  });
}

/** Heartbeat v4; resolves with the error code. */
export async function heartbeat(
  c: RawClient,
  groupId: string,
  generationId: number,
  memberId: string,
  groupInstanceId: string | null = null,
): Promise<number> {
  const r = await c.send('Heartbeat', 4, { groupId, generationId, memberId, groupInstanceId });
  return r.errorCode;
}

/** OffsetCommit v8; resolves with the error codes of the partitions in order. */
export async function commit(
  c: RawClient,
  o: {
    groupId: string;
    generationId?: number;
    memberId?: string;
    groupInstanceId?: string | null;
    topic: string;
    offsets: [number, number][];
    metadata?: string;
    version?: number;
    retentionTimeMs?: number;
  },
): Promise<number[]> {
  const r = await c.send('OffsetCommit', o.version ?? 8, {
    groupId: o.groupId,
    generationIdOrMemberEpoch: o.generationId ?? -1,
    memberId: o.memberId ?? '',
    groupInstanceId: o.groupInstanceId ?? null,
    retentionTimeMs: o.retentionTimeMs ?? -1,
    topics: [
      {
        name: o.topic,
        partitions: o.offsets.map(([p, off]) => ({
          partitionIndex: p,
          committedOffset: off,
          committedLeaderEpoch: -1,
          commitTimestamp: -1,
          committedMetadata: o.metadata ?? null,
        })),
      },
    ],
  });
  return r.topics[0].partitions.map((p: { errorCode: number }) => p.errorCode);
}

/** OffsetFetch v7 of some partitions; resolves with partition → [offset, metadata, errorCode]. */
export async function fetchCommitted(
  c: RawClient,
  groupId: string,
  topic: string,
  partitions: number[],
): Promise<Map<number, [number, string | null, number]>> {
  const r = await c.send('OffsetFetch', 7, { groupId, topics: [{ name: topic, partitionIndexes: partitions }], requireStable: false });
  if (r.errorCode !== 0) throw new Error(`OffsetFetch error ${r.errorCode}`);
  const out = new Map<number, [number, string | null, number]>();
  for (const p of r.topics[0]?.partitions ?? []) out.set(p.partitionIndex, [p.committedOffset, p.metadata, p.errorCode]);
  return out;
}

/** Polls `fn` until it returns a truthy value or `timeoutMs` passes (then throws). */
export async function waitFor<T>(fn: () => Promise<T> | T, timeoutMs = 15_000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
