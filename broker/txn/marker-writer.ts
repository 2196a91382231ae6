/**
 * Writing transaction markers into partitions this broker leads: what a
 * partition leader does for WriteTxnMarkers (the handler) and what the
 * transaction coordinator does for the partitions it leads itself (no
 * request to itself).
 *
 * Each marker is one control batch (protocol/control-record.ts) appended as
 * the leader with origin 'coordinator' — the log checks it against the
 * producer's epoch and the last marker's coordinator epoch — and answered
 * once the whole ISR has it (acks=all, request.timeout.ms), as Kafka does.
 * A marker in `__consumer_offsets` also ends the transaction's pending
 * offset commits at the group coordinator: materialised on COMMIT,
 * discarded on ABORT.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { encodeEndTxnMarker } from '../../protocol/control-record.js';
import type { ReplicaManager } from '../replica/replica-manager.js';
import { OFFSETS_TOPIC } from '../group/coordinator-key.js';

/** One transaction's marker, as WriteTxnMarkers carries it. */
export interface TxnMarker {
  producerId: number;
  producerEpoch: number;
  coordinatorEpoch: number;
  /** COMMIT when true, ABORT when false. */
  commit: boolean;
}

/** A partition of a transaction. */
export interface TxnPartition {
  topic: string;
  partition: number;
}

/** What writing markers needs. */
export interface MarkerWriterDeps {
  readonly replicas: ReplicaManager;
  /** How long a marker may wait for the ISR. */
  readonly timeoutMs: number;
  /** A marker was written to `__consumer_offsets`-`partition` (the group coordinator completes the pending offsets). */
  onOffsetsMarker(partition: number, producerId: number, commit: boolean): void;
}

/** Writes `marker` into each partition (led here); resolves with one error code per partition, in order. */
export function writeMarkers(deps: MarkerWriterDeps, marker: TxnMarker, partitions: readonly TxnPartition[]): Promise<number[]> {
  return Promise.all(partitions.map((tp) => writeOne(deps, marker, tp)));
}

async function writeOne(deps: MarkerWriterDeps, marker: TxnMarker, tp: TxnPartition): Promise<number> {
  const now = Date.now();
  const batch = encodeEndTxnMarker({ ...marker, timestamp: now });
  const r = deps.replicas.appendRecords(tp.topic, tp.partition, batch, -1, now, 'coordinator');
  if (r.errorCode !== ErrorCode.NONE) return r.errorCode;
  const err = await deps.replicas.awaitReplication(tp.topic, tp.partition, deps.timeoutMs);
  if (err === ErrorCode.NONE && tp.topic === OFFSETS_TOPIC) deps.onOffsetsMarker(tp.partition, marker.producerId, marker.commit);
  return err;
}
