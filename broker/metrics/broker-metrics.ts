/**
 * BrokerMetrics: the broker's Prometheus metrics (prom-client, one Registry
 * per broker so that several brokers in one process do not mix) and the
 * hooks the request paths call.
 *
 * Two kinds of metric:
 * - Traffic (bytes and messages per topic, requests and latency per API, ISR
 *   changes) is counted on the hot path into plain number fields
 *   (TopicMeter, RequestMeter) and copied into prom-client at scrape time by
 *   `collect` callbacks, so a produce or fetch never allocates for metrics.
 * - State (partitions, logs, connections, purgatory, controller, groups) is
 *   read from the broker's services at scrape time.
 * - Runtime: the event-loop delay and GC pauses over the last minute
 *   (RuntimeMonitor, started and stopped with the HTTP server), so that a
 *   stall shows as such and not only as a slow request.
 *
 * Names follow Prometheus conventions (`_total` counters, `_seconds`,
 * `_bytes`) with Kafka's meanings (BytesInPerSec, MessagesInPerSec,
 * UnderReplicatedPartitions, OfflinePartitionsCount, IsrShrinksPerSec,
 * ActiveControllerCount). Scrape-side metric listing: see README.
 */
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { registerRuntimeMetrics } from './runtime-metrics.js';
import { RuntimeMonitor } from './runtime-monitor.js';
import type { MetadataCache } from '../cluster/metadata-cache.js';
import type { ReplicaManager } from '../replica/replica-manager.js';
import type { PartitionWatcher } from '../replica/partition.js';
import { DelayedFetch } from '../replica/delayed-fetch.js';
import { DelayedProduce } from '../replica/delayed-produce.js';
import type { Partition } from '../replica/partition.js';
import { TopicMeters, countRecords } from './topic-meters.js';
import { RequestLatencyHistogram, RequestMeters } from './request-meters.js';
import { registerTxnMetrics, type TxnMetricsSource } from './txn-metrics.js';
import { registerQuotaMetrics } from './quota-metrics.js';
import type { ClientQuotas } from '../security/quota/client-quotas.js';

/** One consumer group as the metrics see it. */
export interface GroupSummary {
  groupId: string;
  state: string;
  members: number;
}

/** What the scrape-time collectors read from the broker. */
export interface MetricsSource {
  readonly brokerId: number;
  readonly metadata: MetadataCache;
  readonly replicas: ReplicaManager;
  /** Open Kafka connections over every listener. */
  connectionCount(): number;
  /** Consumer groups this broker coordinates (empty until groups exist). */
  groups(): readonly GroupSummary[];
  /** Overrides the count of parked acks=all appends (default: DelayedProduce watchers of the partitions). */
  delayedProduceCount?(): number;
  /** The transaction coordinator's ids and completions (absent: no coordinator, its metrics read 0). */
  transactions?(): TxnMetricsSource | null;
  /** The client quotas (their rates and throttle times per quota entity). */
  readonly clientQuotas?: ClientQuotas;
}

/** Every Prometheus metric of one broker. */
export class BrokerMetrics {
  /** The registry /metrics renders. */
  readonly registry = new Registry();
  /** Per-topic traffic, bumped by Produce and Fetch. */
  readonly topics = new TopicMeters();
  /** Per-API request counts and latencies, bumped by the socket server. */
  readonly requests = new RequestMeters();
  /** Event-loop delay and GC pauses (started by the HTTP server). */
  readonly runtime = new RuntimeMonitor();
  /** ISR shrinks since start (replication increments it). */
  isrShrinks = 0;
  /** ISR expands since start (replication increments it). */
  isrExpands = 0;
  /** Bytes returned to follower fetches (not counted per topic, as in Kafka). */
  replicationBytesOut = 0;
  private source: MetricsSource | null = null;
  private readonly lastIsr = new Map<Partition, readonly number[]>();

  /** Creates the registry with every metric (values appear once `bind` is called). */
  constructor() {
    const reg = this.registry;
    const meters = this.topics;
    const self = this;
    collectDefaultMetrics({ register: reg, eventLoopMonitoringPrecision: 10 });
    const topicCounter = (
      name: string,
      help: string,
      read: (m: { bytesIn: number; messagesIn: number; bytesOut: number; messagesOut: number; failedProduce: number }) => number,
    ): void => {
      new Counter({
        name,
        help,
        labelNames: ['topic'],
        registers: [reg],
        collect() {
          self.pruneTopics();
          this.reset();
          for (const m of meters.all()) this.inc({ topic: m.topic }, read(m));
        },
      });
    };
    topicCounter('tributary_topic_bytes_in_total', 'Bytes of record batches appended by producers, per topic', (m) => m.bytesIn);
    topicCounter('tributary_topic_messages_in_total', 'Records appended by producers (from batch headers), per topic', (m) => m.messagesIn);
    topicCounter(
      'tributary_topic_bytes_out_total',
      'Bytes of record batches sent to consumers, per topic (followers excluded)',
      (m) => m.bytesOut,
    );
    topicCounter('tributary_topic_messages_out_total', 'Records in batches sent to consumers, per topic', (m) => m.messagesOut);
    topicCounter(
      'tributary_topic_failed_produce_total',
      'Partition appends that failed with an error code, per topic',
      (m) => m.failedProduce,
    );
    const scalarCounter = (name: string, help: string, read: () => number): void => {
      new Counter({
        name,
        help,
        registers: [reg],
        collect() {
          this.reset();
          this.inc(read());
        },
      });
    };
    scalarCounter('tributary_isr_shrinks_total', 'Times a partition led here removed a replica from its ISR', () => this.isrShrinks);
    scalarCounter('tributary_isr_expands_total', 'Times a partition led here added a replica to its ISR', () => this.isrExpands);
    scalarCounter(
      'tributary_replication_bytes_out_total',
      'Bytes of record batches sent to follower replicas',
      () => this.replicationBytesOut,
    );
    const requests = this.requests;
    new Counter({
      name: 'tributary_requests_total',
      help: 'Requests handled, per Kafka API',
      labelNames: ['api'],
      registers: [reg],
      collect() {
        this.reset();
        for (const m of requests.all()) this.inc({ api: m.name }, m.count);
      },
    });
    reg.registerMetric(new RequestLatencyHistogram(requests));
    registerRuntimeMetrics(reg, this.runtime);
    registerQuotaMetrics(reg, () => this.source?.clientQuotas ?? null);
    this.registerStateGauges();
    registerTxnMetrics(reg, () => this.source);
  }

  private registerStateGauges(): void {
    const reg = this.registry;
    const self = this;
    const gauge = (name: string, help: string, read: (s: MetricsSource) => number): void => {
      new Gauge({
        name,
        help,
        registers: [reg],
        collect() {
          const s = self.source;
          this.set(s ? read(s) : 0);
        },
      });
    };
    gauge('tributary_connections', 'Open Kafka client connections', (s) => s.connectionCount());
    gauge('tributary_controller_active', '1 when this broker is the active controller, else 0', (s) =>
      s.metadata.controllerId === s.brokerId ? 1 : 0,
    );
    gauge('tributary_delayed_fetches', 'Fetch requests waiting in purgatory for min.bytes or max.wait.ms', (s) =>
      parked(s.replicas, DelayedFetch),
    );
    gauge(
      'tributary_delayed_produces',
      'acks=all partition appends waiting in purgatory for the ISR',
      (s) => s.delayedProduceCount?.() ?? parked(s.replicas, DelayedProduce),
    );
    gauge('tributary_under_replicated_partitions', 'Partitions led here whose ISR is smaller than the replica set', (s) =>
      underReplicated(s.replicas),
    );
    gauge('tributary_offline_partitions', 'Partitions in the cluster without a leader', (s) => offlinePartitions(s.metadata));
    gauge('tributary_leader_partitions', 'Partitions led by this broker', (s) => s.replicas.all().filter((p) => p.isLeader).length);
    gauge('tributary_topics', 'Topics in the cluster (internal ones included)', (s) => s.metadata.topics().length);
    gauge('tributary_groups_total', 'Consumer groups coordinated by this broker', (s) => s.groups().length);
    new Gauge({
      name: 'tributary_groups',
      help: 'Consumer groups coordinated by this broker, per state',
      labelNames: ['state'],
      registers: [reg],
      collect() {
        this.reset();
        const s = self.source;
        if (!s) return;
        for (const st of ['Empty', 'PreparingRebalance', 'CompletingRebalance', 'Stable', 'Dead']) this.set({ state: st }, 0);
        for (const g of s.groups()) this.inc({ state: g.state }, 1);
      },
    });
    const partitionGauge = (
      name: string,
      help: string,
      read: (log: { size: number; logStartOffset: number; logEndOffset: number }) => number,
    ): void => {
      new Gauge({
        name,
        help,
        labelNames: ['topic', 'partition'],
        registers: [reg],
        collect() {
          this.reset();
          const s = self.source;
          if (!s) return;
          for (const p of s.replicas.all()) this.set({ topic: p.topic, partition: p.index }, read(p.log));
        },
      });
    };
    partitionGauge('tributary_log_size_bytes', 'Bytes of all segments of a partition log', (l) => l.size);
    partitionGauge('tributary_log_start_offset', 'First offset of a partition log (inclusive)', (l) => l.logStartOffset);
    partitionGauge('tributary_log_end_offset', 'Next offset to be written to a partition log (exclusive end)', (l) => l.logEndOffset);
  }

  /** Connects the scrape-time collectors to a broker. */
  bind(source: MetricsSource): void {
    this.source = source;
  }

  /** The broker the collectors read, or null before `bind`. */
  get bound(): MetricsSource | null {
    return this.source;
  }

  /** Produce path: one successful append of `records` to a partition of `topic`. */
  recordProduce(topic: string, records: Buffer): void {
    const m = this.topics.meter(topic);
    m.bytesIn += records.length;
    m.messagesIn += countRecords(records);
  }

  /** Produce path: one failed partition append. */
  recordProduceFailure(topic: string): void {
    this.topics.meter(topic).failedProduce++;
  }

  /** Fetch path: `records` returned for a partition of `topic`; `follower` for replica fetches. */
  recordFetch(topic: string, records: Buffer, follower: boolean): void {
    if (records.length === 0) return;
    if (follower) {
      this.replicationBytesOut += records.length;
      return;
    }
    const m = this.topics.meter(topic);
    m.bytesOut += records.length;
    m.messagesOut += countRecords(records);
  }

  /** Socket server hook: one request of `apiKey` took `ms` milliseconds. */
  readonly observeRequest = (handler: { apiKey: number; name: string }, _ctx: unknown, ms: number): void => {
    this.requests.observe(handler.apiKey, handler.name, ms);
  };

  /**
   * Counts ISR shrinks and expands of the partitions led here by comparing
   * each one's ISR with the previous call's (called once per stats sample,
   * so a remove and re-add within one interval count once each, and a
   * partition whose leadership just arrived starts fresh). Replication code
   * may instead bump `isrShrinks` / `isrExpands` itself when it changes an ISR.
   */
  observeIsr(): void {
    const s = this.source;
    if (!s) return;
    const seen = new Set<Partition>();
    for (const p of s.replicas.all()) {
      if (!p.isLeader) continue;
      seen.add(p);
      const prev = this.lastIsr.get(p);
      if (prev !== undefined && prev !== p.isr) {
        if (prev.some((id) => !p.isr.includes(id))) this.isrShrinks++;
        if (p.isr.some((id) => !prev.includes(id))) this.isrExpands++;
      }
      this.lastIsr.set(p, p.isr);
    }
    for (const p of this.lastIsr.keys()) if (!seen.has(p)) this.lastIsr.delete(p);
  }

  /** The Prometheus text exposition. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  /** Drops meters of deleted topics (scrape time). */
  pruneTopics(): void {
    const s = this.source;
    if (s) this.topics.retain((t) => s.metadata.topic(t) !== undefined);
  }
}

/** Parked operations of class `kind` on any partition, each counted once. */
function parked(replicas: ReplicaManager, kind: abstract new (...args: never[]) => PartitionWatcher): number {
  const seen = new Set<PartitionWatcher>();
  for (const p of replicas.all()) for (const w of p.watchers) seen.add(w);
  let n = 0;
  for (const w of seen) if (w instanceof kind) n++;
  return n;
}

/** Partitions led here whose ISR lacks some replica. */
export function underReplicated(replicas: ReplicaManager): number {
  let n = 0;
  for (const p of replicas.all()) if (p.isLeader && p.isr.length < p.replicas.length) n++;
  return n;
}

/** Partitions of the cluster with no leader. */
export function offlinePartitions(metadata: MetadataCache): number {
  let n = 0;
  for (const t of metadata.topics()) for (const p of t.partitions) if (p.leader < 0) n++;
  return n;
}
