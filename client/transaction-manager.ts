/**
 * TransactionManager: the transactional side of Kafka's producer (the Java
 * client's TransactionManager) on the lean client. It talks to the
 * transaction coordinator of its transactional id (FindCoordinator key type
 * 1): InitProducerId (producer id and epoch; fences an older instance),
 * AddPartitionsToTxn (before the first batch to a partition in a
 * transaction; the partitions asked for while one request is out go
 * together in the next), AddOffsetsToTxn, EndTxn; and TxnOffsetCommit to the
 * group's coordinator (sendOffsets).
 *
 * States as Kafka's: UNINITIALIZED → READY (initTransactions) →
 * IN_TRANSACTION (begin) → COMMITTING / ABORTING → READY. A batch or an
 * AddPartitionsToTxn refused for a reason other than fencing puts the
 * transaction in ABORTABLE_ERROR: sends and commit are refused with that
 * error, abort works. Fencing (PRODUCER_FENCED, INVALID_PRODUCER_EPOCH,
 * TRANSACTIONAL_ID_AUTHORIZATION_FAILED, INVALID_TXN_STATE and the like)
 * is FATAL_ERROR: every later call throws; the producer must be closed.
 *
 * Retries: coordinator moves (NOT_COORDINATOR, COORDINATOR_NOT_AVAILABLE,
 * a broken connection: FindCoordinator again), COORDINATOR_LOAD_IN_PROGRESS,
 * CONCURRENT_TRANSACTIONS (the previous transaction's markers are still
 * being written; retried after 20 ms, Kafka's shortened backoff) and
 * UNKNOWN_TOPIC_OR_PARTITION are retried until `maxBlockMs` (Kafka's
 * max.block.ms) has passed, then the call fails with a retriable
 * REQUEST_TIMED_OUT error and may be called again.
 *
 * After an abort in which a batch failed or an unsent batch with a sequence
 * number was dropped, the epoch is bumped (InitProducerId with the current id
 * and epoch, KIP-360) so that the partitions' sequences start again at 0.
 */
import { ApiKey } from '../protocol/generated/api-keys.js';
import { ErrorCode, errorName } from '../protocol/generated/errors.js';
import { encodeAddPartitionsToTxnRequest } from '../protocol/generated/add-partitions-to-txn-request.js';
import { decodeAddPartitionsToTxnResponse } from '../protocol/generated/add-partitions-to-txn-response.js';
import { encodeAddOffsetsToTxnRequest } from '../protocol/generated/add-offsets-to-txn-request.js';
import { decodeAddOffsetsToTxnResponse } from '../protocol/generated/add-offsets-to-txn-response.js';
import { encodeEndTxnRequest } from '../protocol/generated/end-txn-request.js';
import { decodeEndTxnResponse } from '../protocol/generated/end-txn-response.js';
import type { Connection } from './connection.js';
import { KafkaClientError } from './errors.js';
import { CoordinatorKeyType, findCoordinator } from './find-coordinator.js';
import { GroupApi, type MemberIdentity, type OffsetAndMetadata } from './group-api.js';
import { sleep, tpKey, type KafkaClient, type TopicPartition } from './kafka-client.js';
import { initProducerId, type ProducerIdAndEpoch, type ProducerSession } from './producer-session.js';

/** The states of a transactional producer (Kafka's names). */
export type TransactionState =
  'UNINITIALIZED' | 'READY' | 'IN_TRANSACTION' | 'COMMITTING_TRANSACTION' | 'ABORTING_TRANSACTION' | 'ABORTABLE_ERROR' | 'FATAL_ERROR';

/** Options of a TransactionManager. */
export interface TransactionManagerOptions {
  /** transactional.id. */
  transactionalId: string;
  /** transaction.timeout.ms; default 60000 (the coordinator bounds it by transaction.max.timeout.ms). */
  transactionTimeoutMs?: number;
  /** max.block.ms: how long a coordinator call keeps retrying; default 60000. */
  maxBlockMs?: number;
}

/** A consumer group's identity for sendOffsets (Kafka's ConsumerGroupMetadata). */
export interface GroupMetadata extends Partial<MemberIdentity> {
  groupId: string;
}

/** Errors that fence this instance or forbid it: the producer cannot go on. */
const FATAL = new Set<number>([
  ErrorCode.PRODUCER_FENCED,
  ErrorCode.INVALID_PRODUCER_EPOCH,
  ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
  ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
  ErrorCode.INVALID_TXN_STATE,
  ErrorCode.INVALID_PRODUCER_ID_MAPPING,
  ErrorCode.TRANSACTION_COORDINATOR_FENCED,
  ErrorCode.UNSUPPORTED_VERSION,
  ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT,
]);

/** Answers after which the same request is sent again (to the coordinator found again for the first two). */
const COORDINATOR_MOVED = new Set<number>([ErrorCode.NOT_COORDINATOR, ErrorCode.COORDINATOR_NOT_AVAILABLE]);
const RETRY = new Set<number>([
  ErrorCode.COORDINATOR_LOAD_IN_PROGRESS,
  ErrorCode.CONCURRENT_TRANSACTIONS,
  ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
  ErrorCode.REQUEST_TIMED_OUT,
]);

/** The transactional side of a producer (see the header). */
export class TransactionManager implements ProducerSession {
  readonly transactionalId: string;
  private readonly timeoutMs: number;
  private readonly maxBlockMs: number;
  private stateValue: TransactionState = 'UNINITIALIZED';
  private id: ProducerIdAndEpoch = { producerId: -1, producerEpoch: -1 };
  private error: Error | null = null;
  private coordinator: Promise<Connection> | null = null;
  private readonly added = new Set<string>();
  private readonly pendingAdd = new Map<string, TopicPartition>();
  private addRound: Promise<void> | null = null;
  private readonly groups = new Map<string, GroupApi>();
  private offsetsAdded = new Set<string>();
  private epochBumpNeeded = false;

  /** A manager over `client` (which it does not close). */
  constructor(
    private readonly client: KafkaClient,
    options: TransactionManagerOptions,
  ) {
    if (typeof options.transactionalId !== 'string' || options.transactionalId === '')
      throw new Error('transactional.id must be a non-empty string');
    this.transactionalId = options.transactionalId;
    this.timeoutMs = options.transactionTimeoutMs ?? 60_000;
    this.maxBlockMs = options.maxBlockMs ?? 60_000;
  }

  /** The current state. */
  get state(): TransactionState {
    return this.stateValue;
  }

  /** The producer id and epoch (-1/-1 before initTransactions). */
  get producerIdAndEpoch(): ProducerIdAndEpoch {
    return { ...this.id };
  }

  /** Partitions added to the ongoing transaction. */
  get partitions(): string[] {
    return [...this.added];
  }

  /** InitProducerId: gets this transactional id's producer id and a new epoch, fencing older instances. */
  async initTransactions(): Promise<void> {
    this.throwIfFatal();
    if (this.stateValue !== 'UNINITIALIZED' && this.stateValue !== 'READY')
      throw this.invalid(`initTransactions in state ${this.stateValue}`);
    await this.initProducerId({ producerId: -1, producerEpoch: -1 });
    this.stateValue = 'READY';
  }

  /** Starts a transaction (nothing is sent until the first record or sendOffsets). */
  beginTransaction(): void {
    this.throwIfFatal();
    if (this.stateValue !== 'READY') throw this.invalid(`beginTransaction in state ${this.stateValue}`);
    this.added.clear();
    this.offsetsAdded.clear();
    this.stateValue = 'IN_TRANSACTION';
  }

  /** Why a record cannot be sent now (null: it can): no transaction begun, or the transaction in error. */
  sendRefusal(): Error | null {
    if (this.stateValue === 'FATAL_ERROR' || this.stateValue === 'ABORTABLE_ERROR') return this.error;
    if (this.stateValue !== 'IN_TRANSACTION')
      return this.invalid(`cannot send records in state ${this.stateValue}: call beginTransaction() first`);
    return null;
  }

  /** ProducerSession: the id and epoch once `tps` are part of the transaction. */
  async prepare(tps: readonly TopicPartition[]): Promise<ProducerIdAndEpoch> {
    this.throwIfFailed();
    if (this.stateValue !== 'IN_TRANSACTION' && this.stateValue !== 'COMMITTING_TRANSACTION' && this.stateValue !== 'ABORTING_TRANSACTION')
      throw this.invalid(`cannot send records in state ${this.stateValue}: call beginTransaction() first`);
    for (const tp of tps) {
      const k = tpKey(tp);
      if (!this.added.has(k)) this.pendingAdd.set(k, { topic: tp.topic, partition: tp.partition });
    }
    while (tps.some((tp) => !this.added.has(tpKey(tp)))) {
      if (this.addRound === null) {
        const round = [...this.pendingAdd.values()].filter((tp) => !this.added.has(tpKey(tp)));
        this.pendingAdd.clear();
        this.addRound = this.addPartitions(round).finally(() => (this.addRound = null));
      }
      await this.addRound;
    }
    this.throwIfFailed();
    return this.id;
  }

  /** ProducerSession: a batch failed for good. */
  batchFailed(err: KafkaClientError): void {
    this.epochBumpNeeded = true;
    this.fail(err);
  }

  /**
   * sendOffsetsToTransaction: AddOffsetsToTxn, then TxnOffsetCommit of
   * `offsets` (the next offsets to read) for `group` to its coordinator.
   */
  async sendOffsets(offsets: OffsetAndMetadata[], group: GroupMetadata | string): Promise<void> {
    const g = typeof group === 'string' ? { groupId: group } : group;
    this.throwIfFailed();
    if (this.stateValue !== 'IN_TRANSACTION') throw this.invalid(`sendOffsetsToTransaction in state ${this.stateValue}`);
    if (!this.offsetsAdded.has(g.groupId)) {
      const res = await this.coordinatorCall(
        'AddOffsetsToTxn',
        (c) =>
          c.send(
            ApiKey.AddOffsetsToTxn,
            (w, v) => encodeAddOffsetsToTxnRequest(w, v, { transactionalId: this.transactionalId, ...this.id, groupId: g.groupId }),
            decodeAddOffsetsToTxnResponse,
          ),
        (r) => r.errorCode,
      );
      this.checkTxn(res.errorCode, `AddOffsetsToTxn ${g.groupId}`);
      this.offsetsAdded.add(g.groupId);
    }
    let api = this.groups.get(g.groupId);
    if (api === undefined) this.groups.set(g.groupId, (api = new GroupApi(this.client, g.groupId)));
    try {
      await api.txnOffsetCommit({ transactionalId: this.transactionalId, ...this.id }, offsets, {
        generationId: g.generationId ?? -1,
        memberId: g.memberId ?? '',
        groupInstanceId: g.groupInstanceId ?? null,
      });
    } catch (err) {
      const e = err as KafkaClientError;
      if (!e.retriable) this.fail(e);
      throw err;
    }
  }

  /**
   * Ends the transaction: EndTxn commit or abort (none when nothing was
   * added to it). `beforeEnd` runs first (the producer's flush); a commit
   * refuses when the transaction is in error.
   */
  async endTransaction(commit: boolean, beforeEnd: () => Promise<void>): Promise<void> {
    this.throwIfFatal();
    const resuming = this.stateValue === (commit ? 'COMMITTING_TRANSACTION' : 'ABORTING_TRANSACTION');
    if (!resuming) {
      if (commit && this.stateValue === 'ABORTABLE_ERROR') throw this.error!;
      if (this.stateValue !== 'IN_TRANSACTION' && !(this.stateValue === 'ABORTABLE_ERROR' && !commit))
        throw this.invalid(`${commit ? 'commitTransaction' : 'abortTransaction'} in state ${this.stateValue}`);
      this.stateValue = commit ? 'COMMITTING_TRANSACTION' : 'ABORTING_TRANSACTION';
    }
    await beforeEnd();
    if (this.addRound !== null) await this.addRound.catch(() => undefined);
    this.throwIfFatal();
    if (commit && this.error !== null) {
      this.stateValue = 'ABORTABLE_ERROR';
      throw this.error;
    }
    if (this.added.size > 0 || this.offsetsAdded.size > 0) {
      const res = await this.coordinatorCall(
        'EndTxn',
        (c) =>
          c.send(
            ApiKey.EndTxn,
            (w, v) => encodeEndTxnRequest(w, v, { transactionalId: this.transactionalId, ...this.id, committed: commit }),
            decodeEndTxnResponse,
            { maxVersion: 4 },
          ),
        (r) => r.errorCode,
      );
      this.checkTxn(res.errorCode, `EndTxn ${commit ? 'commit' : 'abort'}`);
    }
    this.added.clear();
    this.offsetsAdded.clear();
    this.error = null;
    if (!commit && this.epochBumpNeeded) await this.initProducerId(this.id);
    this.epochBumpNeeded = false;
    this.stateValue = 'READY';
  }

  /** Notes that an unsent batch with a sequence number was dropped (the epoch is bumped after the abort). */
  sequencesDropped(): void {
    this.epochBumpNeeded = true;
  }

  private async initProducerId(current: ProducerIdAndEpoch): Promise<void> {
    const id = await this.coordinatorCall(
      'InitProducerId',
      async (c) => {
        try {
          return { code: 0, id: await initProducerId(c, this.transactionalId, this.timeoutMs, current) };
        } catch (err) {
          const e = err as KafkaClientError;
          if (e.errorCode === undefined || e.errorCode === -1) throw err;
          return { code: e.errorCode, id: null };
        }
      },
      (r) => r.code,
    );
    this.checkTxn(id.code, 'InitProducerId');
    this.id = id.id!;
  }

  private async addPartitions(tps: TopicPartition[]): Promise<void> {
    if (tps.length === 0) return;
    const byTopic = new Map<string, number[]>();
    for (const tp of tps) {
      let list = byTopic.get(tp.topic);
      if (list === undefined) byTopic.set(tp.topic, (list = []));
      list.push(tp.partition);
    }
    const res = await this.coordinatorCall(
      'AddPartitionsToTxn',
      (c) =>
        c.send(
          ApiKey.AddPartitionsToTxn,
          (w, v) =>
            encodeAddPartitionsToTxnRequest(w, v, {
              v3AndBelowTransactionalId: this.transactionalId,
              v3AndBelowProducerId: this.id.producerId,
              v3AndBelowProducerEpoch: this.id.producerEpoch,
              v3AndBelowTopics: [...byTopic].map(([name, partitions]) => ({ name, partitions })),
            }),
          decodeAddPartitionsToTxnResponse,
          // v4+ are the brokers' batched form (KIP-890); clients use v0-v3.
          { maxVersion: 3 },
        ),
      (r) => {
        let code = 0;
        for (const t of r.resultsByTopicV3AndBelow)
          for (const p of t.resultsByPartition)
            if (RETRY.has(p.partitionErrorCode) || COORDINATOR_MOVED.has(p.partitionErrorCode)) code = p.partitionErrorCode;
        return code;
      },
    );
    let failure = 0;
    let where = '';
    for (const t of res.resultsByTopicV3AndBelow)
      for (const p of t.resultsByPartition) {
        if (p.partitionErrorCode === 0) this.added.add(`${t.name}-${p.partitionIndex}`);
        else if (failure === 0 || p.partitionErrorCode !== ErrorCode.OPERATION_NOT_ATTEMPTED) {
          failure = p.partitionErrorCode;
          where = `${t.name}-${p.partitionIndex}`;
        }
      }
    if (failure !== 0) {
      this.checkTxn(failure, `AddPartitionsToTxn ${where}`);
    }
  }

  /**
   * Sends a request to the transaction coordinator until it is answered with
   * something other than a coordinator move or a retriable code (`codeOf`),
   * or `maxBlockMs` passed.
   */
  private async coordinatorCall<T>(what: string, send: (c: Connection) => Promise<T>, codeOf: (r: T) => number): Promise<T> {
    const deadline = Date.now() + this.maxBlockMs;
    let last = '';
    for (let attempt = 0; ; attempt++) {
      let code: number;
      try {
        if (this.coordinator === null) {
          const p = findCoordinator(this.client, this.transactionalId, CoordinatorKeyType.TRANSACTION).then((n) =>
            this.client.connection(n.host, n.port),
          );
          this.coordinator = p;
          p.catch(() => {
            if (this.coordinator === p) this.coordinator = null;
          });
        }
        const res = await send(await this.coordinator);
        code = codeOf(res);
        if (code === 0 || (!COORDINATOR_MOVED.has(code) && !RETRY.has(code))) return res;
        if (COORDINATOR_MOVED.has(code)) this.coordinator = null;
        last = errorName(code);
      } catch (err) {
        const e = err as KafkaClientError;
        if (e.retriable !== true) throw err;
        this.coordinator = null;
        code = e.errorCode;
        last = e.message;
      }
      if (Date.now() >= deadline)
        throw new KafkaClientError(
          ErrorCode.REQUEST_TIMED_OUT,
          `${what} ${this.transactionalId}: not answered within max.block.ms ${this.maxBlockMs} (last: ${last})`,
          true,
        );
      await sleep(code === ErrorCode.CONCURRENT_TRANSACTIONS ? 20 : Math.min(100 * 2 ** Math.min(attempt, 3), 1000));
    }
  }

  /** Turns a coordinator's error code into the state change Kafka makes, and throws it. */
  private checkTxn(code: number, what: string): void {
    if (code === 0) return;
    const err = new KafkaClientError(code, `${what} (transactional id ${this.transactionalId}): ${errorName(code)}`);
    this.fail(err);
    throw err;
  }

  private fail(err: KafkaClientError): void {
    if (this.stateValue === 'FATAL_ERROR') return;
    if (FATAL.has(err.errorCode)) {
      this.error = err;
      this.stateValue = 'FATAL_ERROR';
      return;
    }
    if (this.stateValue === 'IN_TRANSACTION' || this.stateValue === 'COMMITTING_TRANSACTION') this.stateValue = 'ABORTABLE_ERROR';
    if (this.stateValue === 'ABORTABLE_ERROR' || this.stateValue === 'ABORTING_TRANSACTION') this.error ??= err;
  }

  private throwIfFatal(): void {
    if (this.stateValue === 'FATAL_ERROR') throw this.error!;
  }

  private throwIfFailed(): void {
    this.throwIfFatal();
    if (this.stateValue === 'ABORTABLE_ERROR') throw this.error!;
  }

  private invalid(message: string): KafkaClientError {
    return new KafkaClientError(-1, `${message} (transactional id ${this.transactionalId})`, false);
  }
}
