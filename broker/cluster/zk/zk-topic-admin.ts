/**
 * ZkTopicAdmin: topic administration in a ZooKeeper cluster, served by any
 * broker (Kafka's AdminZkClient path); the elected controller
 * (zk-controller-role.ts) carries the changes out. It validates like LocalController,
 * writes the request into ZooKeeper and waits (a bounded time) until this
 * broker's MetadataCache shows the result, so that a client's next Metadata
 * request sees it:
 *
 * - create: /config/topics/<t> first, then /brokers/topics/<t> (creating it
 *   is the commit point; the active controller then writes each partition's
 *   first state and the replicas start);
 * - add partitions: /brokers/topics/<t> rewritten with a version check;
 * - delete: /admin/delete_topics/<t>, carried out by the controller;
 * - configs: /config/topics/<t>, followed by every broker through a watch;
 * - leader elections and reassignments: handed to the controller role when
 *   this broker is the controller, else NOT_CONTROLLER (null).
 *
 * Operations run one at a time on this broker (a promise chain); across
 * brokers, znode creation and version checks decide races.
 */
import { ErrorCode } from '../../../protocol/generated/errors.js';
import { logConfigFromProperties, type LogConfig } from '../../log/log-config.js';
import type { AdminResult, ControllerSettings, CreateTopicSpec } from '../controller.js';
import type { Controller } from '../controller.js';
import type { MetadataCache } from '../metadata-cache.js';
import type {
  ElectionType,
  OngoingReassignment,
  PartitionAdmin,
  PartitionRef,
  PartitionResult,
  ReassignmentRequest,
} from '../partition-admin.js';
import type { TopicRecord } from '../metadata-store.js';
import { configProblem, planPartitions, planTopic, topicCollision } from '../topic-plan.js';
import { ZkCode, isZkCode } from './zk-client.js';
import { ZkPaths, decodeTopicAssignment, encodeTopicAssignment, type ZkMetadataStore } from './zk-metadata-store.js';
import { randomUUID } from 'node:crypto';

/** How long an admin operation waits for its result to reach this broker's cache. */
const PROPAGATION_WAIT_MS = 10_000;

function fail(errorCode: number, errorMessage: string): AdminResult {
  return { errorCode, errorMessage };
}

/** Waits until `done()` holds or `ms` pass; resolves whether it held. */
async function waitUntil(done: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

function sameConfigs(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** Topic administration through ZooKeeper. */
export class ZkTopicAdmin implements Controller {
  private chain: Promise<unknown> = Promise.resolve();

  /**
   * Creates the controller; `store` gives the current session's store,
   * `role` the controller role while this broker holds it (partition
   * elections and reassignments are its work: other brokers answer
   * NOT_CONTROLLER, as Kafka's do).
   */
  constructor(
    readonly brokerId: number,
    private readonly store: () => ZkMetadataStore,
    private readonly cache: MetadataCache,
    readonly settings: ControllerSettings,
    private readonly role: () => PartitionAdmin | null = () => null,
  ) {}

  electLeaders(type: ElectionType, partitions: PartitionRef[] | null): Promise<PartitionResult[] | null> {
    return this.role()?.electLeaders(type, partitions) ?? Promise.resolve(null);
  }

  alterPartitionReassignments(requests: ReassignmentRequest[]): Promise<PartitionResult[] | null> {
    return this.role()?.alterPartitionReassignments(requests) ?? Promise.resolve(null);
  }

  listPartitionReassignments(partitions: PartitionRef[] | null): Promise<OngoingReassignment[] | null> {
    return this.role()?.listPartitionReassignments(partitions) ?? Promise.resolve(null);
  }

  private serial<T>(op: () => Promise<T>): Promise<T> {
    const next = this.chain.then(op, op);
    this.chain = next.catch(() => undefined);
    return next;
  }

  logConfig(overrides: Record<string, string>): LogConfig {
    return logConfigFromProperties({ ...this.settings.topicDefaults, ...overrides });
  }

  createTopic(spec: CreateTopicSpec, validateOnly: boolean): Promise<AdminResult> {
    return this.serial(async () => {
      if (this.cache.topic(spec.name)) return fail(ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${spec.name}' already exists.`);
      const collision = topicCollision(spec.name, this.cache.topics());
      if (collision) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, collision);
      const plan = planTopic(spec, this.cache.brokers(), this.settings);
      if (!plan.ok) return plan.result;
      const topic: TopicRecord = {
        name: spec.name,
        topicId: randomUUID(),
        internal: spec.internal ?? spec.name.startsWith('__'),
        partitions: plan.value.map((replicas, i) => ({ partition: i, replicas, leader: replicas[0], leaderEpoch: 0, isr: [...replicas] })),
        configs: { ...spec.configs },
      };
      if (validateOnly) return { errorCode: ErrorCode.NONE, errorMessage: null, topic };
      const store = this.store();
      if (await store.zk.exists(ZkPaths.deleteTopic(spec.name)))
        return fail(ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${spec.name}' is marked for deletion.`);
      if (await store.zk.exists(ZkPaths.topic(spec.name)))
        return fail(ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${spec.name}' already exists.`);
      await store.writeConfig(spec.name, topic.configs);
      try {
        await store.zk.create(ZkPaths.topic(spec.name), encodeTopicAssignment({ topicId: topic.topicId, replicas: plan.value }));
      } catch (err) {
        if (isZkCode(err, ZkCode.NODE_EXISTS)) return fail(ErrorCode.TOPIC_ALREADY_EXISTS, `Topic '${spec.name}' already exists.`);
        throw err;
      }
      await waitUntil(() => {
        const t = this.cache.topic(spec.name);
        return t !== undefined && t.partitions.length === plan.value.length && t.partitions.every((p) => p.leader >= 0);
      }, PROPAGATION_WAIT_MS);
      return { errorCode: ErrorCode.NONE, errorMessage: null, topic: this.cache.topic(spec.name) ?? topic };
    });
  }

  deleteTopic(name: string): Promise<AdminResult> {
    return this.serial(async () => {
      if (!this.settings.deleteTopicEnable)
        return fail(ErrorCode.TOPIC_DELETION_DISABLED, 'Topic deletion is disabled (delete.topic.enable=false).');
      const t = this.cache.topic(name);
      if (!t) return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Topic '${name}' does not exist.`);
      await this.store().requestDelete(name);
      await waitUntil(() => this.cache.topic(name)?.topicId !== t.topicId, PROPAGATION_WAIT_MS);
      return { errorCode: ErrorCode.NONE, errorMessage: null, topic: t };
    });
  }

  createPartitions(name: string, count: number, assignments: number[][] | null, validateOnly: boolean): Promise<AdminResult> {
    return this.serial(async () => {
      const zk = this.store().zk;
      const got = await zk.getData(ZkPaths.topic(name));
      const t = this.cache.topic(name);
      if (!got || !t) return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `The topic '${name}' does not exist.`);
      const current = decodeTopicAssignment(name, got.data);
      // Rewriting the assignment would lose the reassignment's adding/removing replicas (Kafka refuses too).
      if (current.adding || current.removing)
        return fail(ErrorCode.REASSIGNMENT_IN_PROGRESS, `A partition reassignment is in progress for the topic '${name}'.`);
      const have = current.replicas.length;
      const plan = planPartitions(
        have,
        current.replicas[0]?.length ?? 1,
        count,
        assignments,
        this.cache.brokers(),
        current.replicas[0]?.[0],
      );
      if (!plan.ok) return plan.result;
      const replicas = [...current.replicas, ...plan.value];
      const next: TopicRecord = {
        ...t,
        partitions: [
          ...t.partitions,
          ...plan.value.map((r, i) => ({ partition: have + i, replicas: r, leader: r[0], leaderEpoch: 0, isr: [...r] })),
        ],
      };
      if (validateOnly) return { errorCode: ErrorCode.NONE, errorMessage: null, topic: next };
      try {
        await zk.setData(ZkPaths.topic(name), encodeTopicAssignment({ topicId: current.topicId, replicas }), got.stat.version);
      } catch (err) {
        if (isZkCode(err, ZkCode.BAD_VERSION))
          return fail(ErrorCode.REASSIGNMENT_IN_PROGRESS, `Topic '${name}' changed concurrently; retry.`);
        throw err;
      }
      await waitUntil(() => {
        const c = this.cache.topic(name);
        return c !== undefined && c.partitions.length === count && c.partitions.every((p) => p.leader >= 0);
      }, PROPAGATION_WAIT_MS);
      return { errorCode: ErrorCode.NONE, errorMessage: null, topic: this.cache.topic(name) ?? next };
    });
  }

  setTopicConfigs(name: string, configs: Record<string, string>, validateOnly: boolean): Promise<AdminResult> {
    return this.serial(async () => {
      const t = this.cache.topic(name);
      if (!t) return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `Topic '${name}' does not exist.`);
      const bad = configProblem(this.settings, configs);
      if (bad) return fail(ErrorCode.INVALID_CONFIG, bad);
      const next: TopicRecord = { ...t, configs: { ...configs } };
      if (validateOnly) return { errorCode: ErrorCode.NONE, errorMessage: null, topic: next };
      await this.store().writeConfig(name, next.configs);
      await waitUntil(() => sameConfigs(this.cache.topic(name)?.configs ?? {}, next.configs), PROPAGATION_WAIT_MS);
      return { errorCode: ErrorCode.NONE, errorMessage: null, topic: next };
    });
  }
}
