/**
 * ZkMetadataSync: keeps one broker's view of the cluster in step with
 * ZooKeeper through watches (what Kafka's controller pushes with
 * UpdateMetadata and LeaderAndIsr requests, pulled here instead):
 *
 * - /brokers/ids children → the live brokers in the MetadataCache;
 * - /controller → the controller id (and a callback when it goes, so this
 *   broker can run for controller);
 * - /brokers/topics children, each topic's assignment, its config and every
 *   partition's state → the cache's TopicRecords, and each change of a
 *   partition this broker hosts goes to the PartitionStateSink (the
 *   replication layer), which makes the replica a leader or a follower.
 *
 * Watches are one-shot: each handler re-reads with the watch set again, so
 * no change is missed (a burst of changes may arrive as one). Handlers run
 * one at a time on a promise chain, in the order the events came. A sync
 * belongs to one ZooKeeper session; after expiry the owner stops it and
 * starts a new one on the new session.
 */
import type { Logger } from '../../logger.js';
import type { LogConfig } from '../../log/log-config.js';
import type { MetadataCache } from '../metadata-cache.js';
import type { PartitionRecord, TopicRecord } from '../metadata-store.js';
import type { ZkWatcher } from './zk-client.js';
import {
  ZkPaths,
  addingOf,
  removingOf,
  type PartitionStateZnode,
  type TopicAssignment,
  type ZkMetadataStore,
} from './zk-metadata-store.js';

/** Where partition state changes of hosted replicas go (the replication layer). */
export interface PartitionStateSink {
  /**
   * A hosted partition's new state. `trusted` is false when the state names
   * this broker leader but was written before this broker registered: it must
   * not lead on it until the controller re-elects.
   */
  applyPartition(topic: string, record: PartitionRecord, meta: PartitionMeta, trusted: boolean, config: LogConfig): void;
  /** A topic's config changed. */
  updateTopicConfig(topic: string, config: LogConfig): void;
  /** A topic was deleted: stop replicas and delete logs. */
  removeTopic(topic: string): void;
  /** This broker is no longer a replica of a partition (a reassignment moved it away): stop it and delete its log. */
  removePartition(topic: string, partition: number): void;
}

/** Where a partition state came from: the topic's id and the state znode's version. */
export interface PartitionMeta {
  /** The topic's id (canonical UUID), compared with a log's partition.metadata. */
  topicId: string;
  zkVersion: number;
  controllerEpoch: number;
}

interface TopicView {
  name: string;
  topicId: string;
  assignment: TopicAssignment;
  configs: Record<string, string>;
  states: (PartitionStateZnode | null)[];
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Whether partition `p` has the same replicas, adding and removing replicas in both assignments. */
function sameAssignment(a: TopicAssignment, b: TopicAssignment, p: number): boolean {
  return (
    sameList(a.replicas[p] ?? [], b.replicas[p] ?? []) &&
    sameList(addingOf(a, p), addingOf(b, p)) &&
    sameList(removingOf(a, p), removingOf(b, p))
  );
}

/** Options of a sync. */
export interface ZkMetadataSyncOptions {
  brokerId: number;
  /** This broker's epoch (czxid of its registration). */
  brokerEpoch: bigint;
  store: ZkMetadataStore;
  cache: MetadataCache;
  sink: PartitionStateSink;
  logConfig(overrides: Record<string, string>): LogConfig;
  /** Called when /controller disappears. */
  onControllerGone(): void;
  logger: Logger;
}

const STATE_PATH = /^\/brokers\/topics\/([^/]+)\/partitions\/(\d+)\/state$/;

/** Watches ZooKeeper and feeds the cache and the replication layer. */
export class ZkMetadataSync {
  private stopped = false;
  private loaded = false;
  private chain: Promise<void> = Promise.resolve();
  private readonly topics = new Map<string, TopicView>();
  private readonly onBrokers: ZkWatcher = () => this.enqueue(() => this.refreshBrokers());
  private readonly onController: ZkWatcher = () => this.enqueue(() => this.refreshController());
  private readonly onTopics: ZkWatcher = () => this.enqueue(() => this.refreshTopics());
  private readonly onAssignment: ZkWatcher = (e) => this.enqueue(() => this.refreshTopic(e.path.slice(ZkPaths.topics.length + 1)));
  private readonly onConfig: ZkWatcher = (e) => this.enqueue(() => this.refreshConfig(e.path.slice(ZkPaths.topicConfigs.length + 1)));
  private readonly onState: ZkWatcher = (e) => {
    const m = STATE_PATH.exec(e.path);
    if (m) this.enqueue(() => this.refreshState(m[1], Number(m[2])));
  };

  /** Creates a sync (start() loads and starts watching). */
  constructor(private readonly o: ZkMetadataSyncOptions) {}

  /** Loads everything and sets the watches; resolves when the cache is complete. */
  async start(): Promise<void> {
    // Until one full load succeeds the watches are not all set: retry it.
    while (!this.stopped && !this.loaded) {
      this.enqueue(async () => {
        await this.refreshBrokers();
        await this.refreshController();
        await this.refreshTopics();
        this.loaded = true;
      });
      await this.chain;
      if (!this.loaded) await new Promise((r) => setTimeout(r, 500));
    }
  }

  /** True once the whole cluster state has been read (topicNames() is then complete). */
  get isLoaded(): boolean {
    return this.loaded;
  }

  /** Stops reacting to watches (the session is gone or the broker stops). */
  stop(): void {
    this.stopped = true;
  }

  /** Resolves when queued events are handled. */
  idle(): Promise<void> {
    return this.chain;
  }

  private enqueue(op: () => Promise<void>): void {
    this.chain = this.chain.then(async () => {
      if (this.stopped) return;
      try {
        await op();
      } catch (err) {
        if (!this.stopped) this.o.logger.warn(`metadata sync: ${(err as Error).message}`);
      }
    });
  }

  private async refreshBrokers(): Promise<void> {
    const brokers = await this.o.store.readBrokers(this.onBrokers);
    this.o.cache.setBrokers(brokers.map((b) => b.info));
  }

  private async refreshController(): Promise<void> {
    const got = await this.o.store.zk.getData(ZkPaths.controller, this.onController);
    if (!got) {
      // Watch for the next controller's creation, then try to become it.
      if (await this.o.store.zk.exists(ZkPaths.controller, this.onController)) return this.refreshController();
      this.o.cache.controllerId = -1;
      this.o.onControllerGone();
      return;
    }
    try {
      this.o.cache.controllerId = (JSON.parse(got.data?.toString('utf8') ?? '{}') as { brokerid?: number }).brokerid ?? -1;
    } catch {
      this.o.cache.controllerId = -1;
    }
  }

  private async refreshTopics(): Promise<void> {
    const names = new Set((await this.o.store.zk.getChildren(ZkPaths.topics, this.onTopics)) ?? []);
    for (const name of [...this.topics.keys()]) if (!names.has(name)) this.dropTopic(name);
    for (const name of names) if (!this.topics.has(name)) await this.refreshTopic(name);
  }

  private dropTopic(name: string): void {
    if (!this.topics.delete(name)) return;
    this.o.cache.removeTopic(name);
    this.o.sink.removeTopic(name);
    this.o.logger.info(`topic ${name} deleted`);
  }

  private async refreshTopic(name: string): Promise<void> {
    const a = await this.o.store.readAssignment(name, this.onAssignment);
    if (!a) {
      this.dropTopic(name);
      return;
    }
    let view = this.topics.get(name);
    if (view && view.topicId !== a.topicId) {
      this.dropTopic(name);
      view = undefined;
    }
    const before = view?.assignment;
    if (!view) {
      view = {
        name,
        topicId: a.topicId,
        assignment: a,
        configs: (await this.o.store.readConfig(name, this.onConfig)) ?? {},
        states: [],
      };
      this.topics.set(name, view);
    }
    view.assignment = a;
    const me = this.o.brokerId;
    for (let p = 0; p < a.replicas.length; p++) {
      if (view.states[p] === undefined) view.states[p] = null;
      // A reassignment changed the replicas: a broker taken out stops and deletes its replica,
      // one added (or kept) takes the state again with the new replica set.
      const changed = before !== undefined && p < before.replicas.length && !sameAssignment(before, a, p);
      if (changed && before.replicas[p].includes(me) && !a.replicas[p].includes(me)) this.o.sink.removePartition(name, p);
      else if (view.states[p] === null || changed) await this.refreshState(name, p, true, changed);
    }
    this.publish(view);
  }

  private async refreshConfig(name: string): Promise<void> {
    const view = this.topics.get(name);
    const configs = await this.o.store.readConfig(name, this.onConfig);
    if (!view || !configs) return;
    view.configs = configs;
    this.publish(view);
    this.o.sink.updateTopicConfig(name, this.o.logConfig(configs));
  }

  /** Reads a partition's state; a new version (or any, with `force`) goes to the cache and, when hosted here, to the sink. */
  private async refreshState(topic: string, partition: number, quiet = false, force = false): Promise<void> {
    const view = this.topics.get(topic);
    if (!view || partition >= view.assignment.replicas.length) return;
    const s = await this.o.store.readPartitionState(topic, partition, this.onState);
    const old = view.states[partition];
    if (!s || (!force && old && old.zkVersion === s.zkVersion && old.mzxid === s.mzxid)) return;
    view.states[partition] = s;
    if (!quiet) this.publish(view);
    const a = view.assignment;
    const replicas = a.replicas[partition];
    if (!replicas.includes(this.o.brokerId)) return;
    const record: PartitionRecord = {
      partition,
      replicas,
      leader: s.leader,
      leaderEpoch: s.leaderEpoch,
      isr: s.isr,
      addingReplicas: addingOf(a, partition),
      removingReplicas: removingOf(a, partition),
    };
    const trusted = s.leader !== this.o.brokerId || s.mzxid > this.o.brokerEpoch;
    this.o.sink.applyPartition(
      topic,
      record,
      { topicId: view.topicId, zkVersion: s.zkVersion, controllerEpoch: s.controllerEpoch },
      trusted,
      this.o.logConfig(view.configs),
    );
  }

  private publish(view: TopicView): void {
    const a = view.assignment;
    const partitions: PartitionRecord[] = a.replicas.map((replicas, p) => {
      const s = view.states[p];
      const r: PartitionRecord = { partition: p, replicas, leader: s?.leader ?? -1, leaderEpoch: s?.leaderEpoch ?? 0, isr: s?.isr ?? [] };
      if (addingOf(a, p).length + removingOf(a, p).length > 0) {
        r.addingReplicas = addingOf(a, p);
        r.removingReplicas = removingOf(a, p);
      }
      return r;
    });
    const t: TopicRecord = {
      name: view.name,
      topicId: view.topicId,
      internal: view.name.startsWith('__'),
      partitions,
      configs: view.configs,
    };
    this.o.cache.putTopic(t);
  }

  /** Names of every topic known (for stray-log cleanup after start). */
  topicNames(): Set<string> {
    return new Set(this.topics.keys());
  }

  /** A topic's id and assignment as last read, or undefined (for stray-log cleanup after start). */
  assignmentOf(topic: string): TopicAssignment | undefined {
    return this.topics.get(topic)?.assignment;
  }
}
