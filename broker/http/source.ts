/**
 * What the HTTP server reads: the broker's services, its metrics, and the
 * consumer groups seen through a narrow read-only view, so that the API does
 * not depend on the coordinator's internals (an adapter maps the group
 * coordinator onto GroupsSource).
 */
import type { BrokerServices } from '../services.js';
import type { BrokerMetrics } from '../metrics/broker-metrics.js';
import type { StatsSampler } from '../metrics/stats-sampler.js';

/** One member of a group, as the API shows it. */
export interface GroupMemberView {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  /** Partitions assigned to the member (decoded consumer-protocol assignment), empty when unknown. */
  assignment: { topic: string; partitions: number[] }[];
}

/** One committed offset of a group. */
export interface CommittedOffsetView {
  topic: string;
  partition: number;
  offset: number;
  metadata: string | null;
}

/** A consumer group as the API shows it. */
export interface GroupView {
  groupId: string;
  /** Empty, PreparingRebalance, CompletingRebalance, Stable or Dead. */
  state: string;
  protocolType: string | null;
  /** The assignor in use (e.g. range), null when none. */
  protocol: string | null;
  /** Null when the group is coordinated by another broker (DescribeGroups does not carry it). */
  generationId: number | null;
  /** The member that leads the group; null when none or coordinated by another broker. */
  leaderId: string | null;
  members: GroupMemberView[];
  offsets: CommittedOffsetView[];
}

/** The groups this broker coordinates. */
export interface GroupsSource {
  /** Every group (loaded partitions only). */
  list(): GroupView[];
  /** One group, or undefined. */
  get(groupId: string): GroupView | undefined;
}

/** A transactional id and its current transaction, as the API shows it (DescribeTransactions' fields). */
export interface TxnView {
  transactionalId: string;
  /** Kafka's state name: Empty, Ongoing, PrepareCommit, PrepareAbort, CompleteCommit, CompleteAbort, PrepareEpochFence. */
  state: string;
  producerId: number;
  producerEpoch: number;
  timeoutMs: number;
  /** When the open transaction started (ms since the epoch), -1 when none is open. */
  startTimeMs: number;
  /** Partitions in the open transaction, topics and partitions ascending. */
  topics: { topic: string; partitions: number[] }[];
}

/** The transactional ids this broker coordinates. */
export interface TxnsSource {
  /** Every id of the loaded `__transaction_state` partitions, by id. */
  list(): TxnView[];
  /** Transactions ended since start. */
  readonly completions: { readonly committed: number; readonly aborted: number; readonly timedOut: number };
}

/** Everything the HTTP routes read. */
export interface HttpSource {
  readonly services: BrokerServices;
  readonly metrics: BrokerMetrics;
  readonly sampler: StatsSampler;
  /** When the broker started (ms since the epoch). */
  readonly startedAt: number;
  /** Bound Kafka listeners. */
  kafkaAddresses(): { host: string; port: number }[];
  /** Open Kafka connections. */
  connectionCount(): number;
  /** The groups, or null when this broker has no group coordinator. */
  groups(): GroupsSource | null;
  /** The transactional ids, or null when this broker has no transaction coordinator (absent: none). */
  transactions?(): TxnsSource | null;
}
