/**
 * The controller: the one place that changes topic metadata (create, delete,
 * add partitions, change configs), validates requests the way Kafka does and
 * answers with Kafka's error codes. Changes are written to the MetadataStore
 * first, then applied to the MetadataCache and the ReplicaManager.
 *
 * LocalController is the single-broker engine: this broker is the controller
 * and leads every partition. Operations run one at a time (a promise chain),
 * so two creates of one name cannot race.
 */
import { randomUUID } from 'node:crypto';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { logConfigFromProperties, type LogConfig } from '../log/log-config.js';
import type { MetadataStore, PartitionRecord, TopicRecord } from './metadata-store.js';
import type { MetadataCache } from './metadata-cache.js';
import type { ReplicaManager } from '../replica/replica-manager.js';
import { configProblem, planPartitions, planTopic, topicCollision, topicNameProblem } from './topic-plan.js';
import type { AdminResult, Controller, ControllerSettings, CreateTopicSpec } from './controller.js';
import {
  NO_SUCH_PARTITION,
  failed,
  ok,
  replicaListProblem,
  type ElectionType,
  type OngoingReassignment,
  type PartitionRef,
  type PartitionResult,
  type ReassignmentRequest,
} from './partition-admin.js';

function fail(errorCode: number, errorMessage: string): AdminResult {
  return { errorCode, errorMessage };
}

/** The single-broker controller. */
export class LocalController implements Controller {
  private chain: Promise<unknown> = Promise.resolve();

  /** Creates the controller over the broker's store, cache and replicas. */
  constructor(
    readonly brokerId: number,
    private readonly store: MetadataStore,
    private readonly cache: MetadataCache,
    private readonly replicas: ReplicaManager,
    readonly settings: ControllerSettings,
  ) {}

  private serial<T>(op: () => Promise<T>): Promise<T> {
    const next = this.chain.then(op, op);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** The typed log config of a topic with these overrides (throws on a bad one). */
  logConfig(overrides: Record<string, string>): LogConfig {
    return logConfigFromProperties({ ...this.settings.topicDefaults, ...overrides });
  }

  /** Loads every stored topic into the cache and hosts its partitions. */
  async loadAll(): Promise<void> {
    for (const t of await this.store.loadTopics()) this.apply(t);
  }

  private apply(t: TopicRecord): void {
    this.cache.putTopic(t);
    const config = this.logConfig(t.configs);
    for (const p of t.partitions) if (p.replicas.includes(this.brokerId)) this.replicas.applyPartitionState(t.name, p, config, t.topicId);
  }

  /** CreateTopics for one topic. */
  createTopic(spec: CreateTopicSpec, validateOnly: boolean): Promise<AdminResult> {
    return this.serial(async () => {
      const problem = topicNameProblem(spec.name);
      if (problem) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, problem);
      if (this.cache.topic(spec.name)) return fail(ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${spec.name}' already exists.`);
      const collision = topicCollision(spec.name, this.cache.topics());
      if (collision) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, collision);
      const plan = planTopic(spec, this.cache.brokers(), this.settings);
      if (!plan.ok) return plan.result;
      const partitions: PartitionRecord[] = plan.value.map((replicas, i) => ({
        partition: i,
        replicas,
        leader: replicas[0],
        leaderEpoch: 0,
        isr: [...replicas],
      }));
      const topic: TopicRecord = {
        name: spec.name,
        topicId: randomUUID(),
        internal: spec.internal ?? spec.name.startsWith('__'),
        partitions,
        configs: { ...spec.configs },
      };
      if (validateOnly) return { errorCode: ErrorCode.NONE, errorMessage: null, topic };
      await this.store.putTopic(topic);
      this.apply(topic);
      return { errorCode: ErrorCode.NONE, errorMessage: null, topic };
    });
  }

  /** DeleteTopics for one topic. */
  deleteTopic(name: string): Promise<AdminResult> {
    return this.serial(async () => {
      if (!this.settings.deleteTopicEnable)
        return fail(ErrorCode.TOPIC_DELETION_DISABLED, 'Topic deletion is disabled (delete.topic.enable=false).');
      const t = this.cache.topic(name);
      if (!t) return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Topic '${name}' does not exist.`);
      await this.store.deleteTopic(name);
      this.cache.removeTopic(name);
      this.replicas.deleteTopic(name);
      return { errorCode: ErrorCode.NONE, errorMessage: null, topic: t };
    });
  }

  /** CreatePartitions for one topic: grow it to `count` partitions. */
  createPartitions(name: string, count: number, assignments: number[][] | null, validateOnly: boolean): Promise<AdminResult> {
    return this.serial(async () => {
      const t = this.cache.topic(name);
      if (!t) return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `The topic '${name}' does not exist.`);
      const have = t.partitions.length;
      const plan = planPartitions(
        have,
        t.partitions[0]?.replicas.length ?? 1,
        count,
        assignments,
        this.cache.brokers(),
        t.partitions[0]?.replicas[0],
      );
      if (!plan.ok) return plan.result;
      const added = plan.value;
      const partitions = [
        ...t.partitions,
        ...added.map((replicas, i) => ({ partition: have + i, replicas, leader: replicas[0], leaderEpoch: 0, isr: [...replicas] })),
      ];
      const next: TopicRecord = { ...t, partitions };
      if (validateOnly) return { errorCode: ErrorCode.NONE, errorMessage: null, topic: next };
      await this.store.putTopic(next);
      this.apply(next);
      return { errorCode: ErrorCode.NONE, errorMessage: null, topic: next };
    });
  }

  /** ElectLeaders: this broker leads every partition already. */
  async electLeaders(_type: ElectionType, partitions: PartitionRef[] | null): Promise<PartitionResult[]> {
    const refs = partitions ?? this.cache.topics().flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partition })));
    return refs.map((r) =>
      this.partitionOf(r)
        ? failed(r, ErrorCode.ELECTION_NOT_NEEDED, 'Leader election not needed for topic partition.')
        : failed(r, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, NO_SUCH_PARTITION),
    );
  }

  /** AlterPartitionReassignments: only this broker exists, so the only valid target is where every replica is already. */
  async alterPartitionReassignments(requests: ReassignmentRequest[]): Promise<PartitionResult[]> {
    const live = new Set([this.brokerId]);
    return requests.map((r) => {
      const p = this.partitionOf(r);
      if (!p) return failed(r, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, NO_SUCH_PARTITION);
      if (r.replicas === null)
        return failed(r, ErrorCode.NO_REASSIGNMENT_IN_PROGRESS, `No reassignment in progress for ${r.topic}-${r.partition}.`);
      const problem = replicaListProblem({ replicas: p.replicas, adding: [], removing: [] }, r.replicas, live);
      return problem ? failed(r, ErrorCode.INVALID_REPLICA_ASSIGNMENT, problem) : ok(r);
    });
  }

  /** ListPartitionReassignments: none ever runs on a single broker. */
  async listPartitionReassignments(): Promise<OngoingReassignment[]> {
    return [];
  }

  private partitionOf(r: PartitionRef): PartitionRecord | undefined {
    return this.cache.topic(r.topic)?.partitions[r.partition];
  }

  /** Replaces a topic's config overrides (AlterConfigs; incremental callers compute the full map). */
  setTopicConfigs(name: string, configs: Record<string, string>, validateOnly: boolean): Promise<AdminResult> {
    return this.serial(async () => {
      const t = this.cache.topic(name);
      if (!t) return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Topic '${name}' does not exist.`);
      const bad = configProblem(this.settings, configs);
      if (bad) return fail(ErrorCode.INVALID_CONFIG, bad);
      const next: TopicRecord = { ...t, configs: { ...configs } };
      if (validateOnly) return { errorCode: ErrorCode.NONE, errorMessage: null, topic: next };
      await this.store.putTopic(next);
      this.cache.putTopic(next);
      this.replicas.updateTopicConfig(name, this.logConfig(next.configs));
      return { errorCode: ErrorCode.NONE, errorMessage: null, topic: next };
    });
  }
}
