/**
 * The active controller's duties (Kafka's ZK-mode KafkaController, without
 * the controller-to-broker RPCs: brokers follow partition state znodes
 * through watches, see zk-metadata-sync.ts).
 *
 * One broker at a time holds the ephemeral /controller znode. On election it
 * bumps /controller_epoch and keeps that znode's version as its fence: every
 * write of a partition state is a multi-op that first checks the version, so
 * a controller that lost its session (and its role) can no longer change
 * anything. Then it reads the cluster and repairs it, and afterwards reacts
 * to watches:
 *
 * - /brokers/ids children: brokers that died (or re-registered with a new
 *   epoch, a "bounce") lose their leaderships (offline election, leader epoch
 *   + 1) and their ISR memberships; partitions without a leader get one when
 *   an ISR member returns.
 * - /brokers/topics children and data: new topics and partitions get their
 *   first state (leader = first live replica, ISR = live replicas, epoch 0).
 * - /admin/delete_topics children: the topic's znodes are removed, then the
 *   request; each broker deletes its logs when the topic disappears.
 * - /tributary/controlled_shutdown children: leaderships move off a stopping
 *   broker and it leaves every ISR.
 * - /log_dir_event_notification children (zk-log-dir-events.ts): a broker's
 *   log dir failed; its offline replicas lose their leaderships and leave
 *   their ISRs, and may not lead until the broker restarts (bounces).
 * - partition reassignments (the API and /admin/reassign_partitions), and the
 *   state znodes of reassigning partitions: zk-reassignments.ts.
 * - leader elections (ElectLeaders, /admin/preferred_replica_election):
 *   zk-leader-elections.ts.
 * - a timer (auto.leader.rebalance.enable): preferred replicas get their
 *   leadership back when a broker's imbalance exceeds
 *   leader.imbalance.per.broker.percentage.
 *
 * A leader is "stale" when its partition state was last written before the
 * leader's current registration (mzxid < broker epoch): the broker restarted
 * since and must not lead on old state; the controller re-elects (bumping the
 * epoch), and brokers refuse to lead on such a state in the meantime.
 *
 * Events run one at a time on a promise chain (Kafka's controller event
 * thread). Partition states are read before each decision and written with
 * the version read, so concurrent ISR changes by leaders are never lost.
 */
import type { Logger } from '../../logger.js';
import { ZkCode, isZkCode, type ZkWatcher } from './zk-client.js';
import {
  ZkPaths,
  type ControllerFence,
  type PartitionStateZnode,
  type TopicAssignment,
  type ZkMetadataStore,
} from './zk-metadata-store.js';
import { electForShutdown, electOffline, shrinkIsr } from '../partition-election.js';
import type { ElectionType, OngoingReassignment, PartitionRef, PartitionResult, ReassignmentRequest } from '../partition-admin.js';
import type { ControllerContext, StateChange } from './zk-controller-context.js';
import { ZkReassignments } from './zk-reassignments.js';
import { autoRebalance, electLeaders, runZkPreferredElection } from './zk-leader-elections.js';
import { readAllOfflineReplicas, readOfflineReplicas, replicaKey, takeLogDirEvents } from './zk-log-dir-events.js';

/** Settings of the controller role. */
export interface ControllerRoleSettings {
  brokerId: number;
  uncleanLeaderElectionEnable: boolean;
  autoLeaderRebalanceEnable: boolean;
  leaderImbalanceCheckIntervalMs: number;
  leaderImbalancePerBrokerPercentage: number;
}

const MAX_ATTEMPTS = 10;

/** The controller while this broker holds /controller. */
export class ZkControllerRole implements ControllerContext {
  private active = true;
  private chain: Promise<void> = Promise.resolve();
  private live = new Map<number, bigint>();
  private stopping = new Set<number>();
  private bounced = new Set<number>();
  /** Per broker, the replicas it has offline (a failed log dir), as replicaKey keys. */
  private offline = new Map<number, Set<string>>();
  readonly topics = new Map<string, TopicAssignment>();
  private rebalanceTimer: NodeJS.Timeout | null = null;
  private readonly onBrokers: ZkWatcher = () => this.enqueue('brokers', () => this.brokersChanged());
  private readonly onTopics: ZkWatcher = () => this.enqueue('topics', () => this.topicsChanged());
  private readonly onTopicData: ZkWatcher = (e) => this.enqueue('topic', () => this.topicChanged(e.path.slice(ZkPaths.topics.length + 1)));
  private readonly onDeletes: ZkWatcher = () => this.enqueue('deletes', () => this.deletesChanged());
  private readonly onShutdowns: ZkWatcher = () => this.enqueue('shutdowns', () => this.shutdownsChanged());
  private readonly onLogDirEvents: ZkWatcher = () => this.enqueue('log dir events', () => this.logDirEvents());
  private readonly onReassigningState: ZkWatcher = (e) => {
    const m = /^\/brokers\/topics\/([^/]+)\/partitions\/(\d+)\/state$/.exec(e.path);
    if (m) this.enqueue('reassignment', () => this.reassignments.check({ topic: m[1], partition: Number(m[2]) }));
  };
  private readonly onReassignZnode: ZkWatcher = () => this.enqueue('reassign_partitions', () => this.reassignments.readZkRequests());
  private readonly onPreferredZnode: ZkWatcher = () =>
    this.enqueue('preferred_replica_election', () => runZkPreferredElection(this, this.onPreferredZnode));
  private readonly reassignments = new ZkReassignments(this, this.onReassigningState, this.onReassignZnode);

  private constructor(
    readonly store: ZkMetadataStore,
    private readonly settings: ControllerRoleSettings,
    readonly logger: Logger,
    /** The epoch this controller holds and the version that fences it. */
    readonly fence: ControllerFence,
  ) {}

  /**
   * Tries to become the controller: creates /controller, bumps the epoch and
   * starts. Resolves null when another broker holds the role.
   */
  static async tryElect(store: ZkMetadataStore, settings: ControllerRoleSettings, logger: Logger): Promise<ZkControllerRole | null> {
    const zk = store.zk;
    try {
      await zk.create(
        ZkPaths.controller,
        Buffer.from(JSON.stringify({ version: 1, brokerid: settings.brokerId, timestamp: String(Date.now()) })),
        'ephemeral',
      );
    } catch (err) {
      if (isZkCode(err, ZkCode.NODE_EXISTS)) return null;
      throw err;
    }
    let fence: ControllerFence;
    for (;;) {
      const got = await zk.getData(ZkPaths.controllerEpoch);
      if (!got) {
        try {
          await zk.create(ZkPaths.controllerEpoch, Buffer.from('1'));
          fence = { epoch: 1, epochZkVersion: 0 };
          break;
        } catch (err) {
          if (isZkCode(err, ZkCode.NODE_EXISTS)) continue;
          throw err;
        }
      }
      const epoch = Number(got.data?.toString('utf8') ?? '0') + 1;
      try {
        const stat = await zk.setData(ZkPaths.controllerEpoch, Buffer.from(String(epoch)), got.stat.version);
        fence = { epoch, epochZkVersion: stat.version };
        break;
      } catch (err) {
        if (!isZkCode(err, ZkCode.BAD_VERSION)) throw err;
      }
    }
    logger.info(`broker ${settings.brokerId} is the controller (epoch ${fence.epoch})`);
    const role = new ZkControllerRole(store, settings, logger, fence);
    role.enqueue('init', () => role.init());
    return role;
  }

  /** Stops acting (session lost, or shutdown). */
  resign(): void {
    if (!this.active) return;
    this.active = false;
    if (this.rebalanceTimer) clearInterval(this.rebalanceTimer);
    this.logger.info(`broker ${this.settings.brokerId} is no longer the controller`);
  }

  /** True while this broker acts as controller. */
  get isActive(): boolean {
    return this.active;
  }

  /** Resolves once every queued event has been handled (tests, shutdown). */
  idle(): Promise<void> {
    return this.chain;
  }

  private enqueue(what: string, op: () => Promise<void>): void {
    void this.run(what, op).catch(() => undefined);
  }

  /**
   * Runs `op` on the event chain; resolves with its result, or null when
   * this broker is no longer the controller; rejects with its failure.
   */
  private run<T>(what: string, op: () => Promise<T>): Promise<T | null> {
    const result = this.chain.then(async () => {
      if (!this.active) return null;
      try {
        return await op();
      } catch (err) {
        if (!this.active) return null;
        this.logger.warn(`controller: ${what} failed: ${(err as Error).message}`);
        if (await this.fenced()) this.resign();
        throw err;
      }
    });
    this.chain = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** ElectLeaders (null when no longer the controller). */
  electLeaders(type: ElectionType, partitions: PartitionRef[] | null): Promise<PartitionResult[] | null> {
    return this.run('elect leaders', () => electLeaders(this, type, partitions));
  }

  /** AlterPartitionReassignments (null when no longer the controller). */
  alterPartitionReassignments(requests: ReassignmentRequest[]): Promise<PartitionResult[] | null> {
    return this.run('alter reassignments', () => this.reassignments.alter(requests));
  }

  /** ListPartitionReassignments (null when no longer the controller). */
  listPartitionReassignments(partitions: PartitionRef[] | null): Promise<OngoingReassignment[] | null> {
    return this.run('list reassignments', async () => this.reassignments.list(partitions));
  }

  private async fenced(): Promise<boolean> {
    try {
      const got = await this.store.zk.getData(ZkPaths.controllerEpoch);
      return !got || got.stat.version !== this.fence.epochZkVersion;
    } catch {
      return true;
    }
  }

  readonly usable = (id: number): boolean => this.live.has(id) && !this.stopping.has(id) && !this.bounced.has(id);

  liveBrokers(): ReadonlySet<number> {
    return new Set(this.live.keys());
  }

  private async init(): Promise<void> {
    for (const b of await this.store.readBrokers(this.onBrokers)) this.live.set(b.info.nodeId, b.epoch);
    this.stopping = new Set(((await this.store.zk.getChildren(ZkPaths.controlledShutdown, this.onShutdowns)) ?? []).map(Number));
    await takeLogDirEvents(this.store.zk, this.onLogDirEvents);
    this.offline = await readAllOfflineReplicas(this.store.zk);
    await this.topicsChanged();
    await this.deletesChanged();
    await this.repairAll();
    await this.reassignments.checkAll();
    await this.reassignments.readZkRequests();
    await runZkPreferredElection(this, this.onPreferredZnode);
    if (this.settings.autoLeaderRebalanceEnable) {
      this.rebalanceTimer = setInterval(
        () => this.enqueue('rebalance', () => autoRebalance(this, this.settings.leaderImbalancePerBrokerPercentage)),
        this.settings.leaderImbalanceCheckIntervalMs,
      );
      this.rebalanceTimer.unref();
    }
  }

  private async brokersChanged(): Promise<void> {
    const before = this.live;
    const now = new Map<number, bigint>();
    for (const b of await this.store.readBrokers(this.onBrokers)) now.set(b.info.nodeId, b.epoch);
    this.live = now;
    this.bounced = new Set([...now].filter(([id, epoch]) => before.has(id) && before.get(id) !== epoch).map(([id]) => id));
    // A restarted broker has its log dirs back.
    for (const id of this.offline.keys()) if (!now.has(id) || this.bounced.has(id)) this.offline.delete(id);
    const gone = [...before.keys()].filter((id) => !now.has(id));
    const came = [...now.keys()].filter((id) => !before.has(id));
    if (gone.length + came.length + this.bounced.size > 0) {
      this.logger.info(
        `controller: brokers now [${[...now.keys()].join(',')}] (gone [${gone.join(',')}], new [${came.join(',')}], restarted [${[...this.bounced].join(',')}])`,
      );
    }
    await this.repairAll();
    this.bounced = new Set();
    await this.reassignments.checkAll();
  }

  private async topicsChanged(): Promise<void> {
    const names = new Set((await this.store.zk.getChildren(ZkPaths.topics, this.onTopics)) ?? []);
    for (const name of [...this.topics.keys()]) if (!names.has(name)) this.topics.delete(name);
    for (const name of names) if (!this.topics.has(name)) await this.topicChanged(name);
  }

  private async topicChanged(name: string): Promise<void> {
    const a = await this.store.readAssignment(name, this.onTopicData);
    if (!a) {
      this.topics.delete(name);
      return;
    }
    this.topics.set(name, a);
    for (let p = 0; p < a.replicas.length; p++) {
      if (await this.store.zk.exists(ZkPaths.partitionState(name, p))) continue;
      const liveReplicas = a.replicas[p].filter(this.usable);
      const state = { leader: liveReplicas[0] ?? -1, leaderEpoch: 0, isr: liveReplicas.length > 0 ? liveReplicas : [...a.replicas[p]] };
      try {
        await this.store.createPartitionState(name, p, state, this.fence);
      } catch (err) {
        if (!isZkCode(err, ZkCode.NODE_EXISTS)) throw err;
      }
    }
  }

  private async deletesChanged(): Promise<void> {
    for (const name of await this.store.readDeleteRequests(this.onDeletes)) {
      this.logger.info(`controller: deleting topic ${name}`);
      await this.store.deleteTopic(name);
      this.topics.delete(name);
      await this.store.zk.remove(ZkPaths.deleteTopic(name));
    }
  }

  private async shutdownsChanged(): Promise<void> {
    this.stopping = new Set(((await this.store.zk.getChildren(ZkPaths.controlledShutdown, this.onShutdowns)) ?? []).map(Number));
    if (this.stopping.size > 0) this.logger.info(`controller: controlled shutdown of [${[...this.stopping].join(',')}]`);
    await this.repairAll();
  }

  /** Log dir failures: the brokers' offline replicas are read again, then every partition repaired. */
  private async logDirEvents(): Promise<void> {
    for (const id of await takeLogDirEvents(this.store.zk, this.onLogDirEvents)) {
      if (!this.live.has(id)) continue;
      const replicas = await readOfflineReplicas(this.store.zk, id);
      this.offline.set(id, replicas);
      this.logger.info(`controller: broker ${id} has a failed log dir; ${replicas.size} replica(s) offline there`);
    }
    await this.repairAll();
  }

  /** Re-elects every partition whose leader cannot serve and drops unusable ISR members. */
  private async repairAll(): Promise<void> {
    for (const [name, a] of this.topics) {
      for (let p = 0; p < a.replicas.length; p++) await this.repair(name, p, a.replicas[p]);
    }
  }

  leaderOk(s: PartitionStateZnode): boolean {
    if (s.leader < 0 || !this.usable(s.leader)) return false;
    return s.mzxid > (this.live.get(s.leader) ?? 0n);
  }

  async uncleanAllowed(topic: string): Promise<boolean> {
    const v = (await this.store.readConfig(topic))?.['unclean.leader.election.enable'];
    return v === undefined ? this.settings.uncleanLeaderElectionEnable : v === 'true';
  }

  private async repair(topic: string, partition: number, replicas: number[]): Promise<void> {
    const key = replicaKey(topic, partition);
    // Usable for this partition: also not an offline replica (a failed log dir).
    const usable = (id: number): boolean => this.usable(id) && this.offline.get(id)?.has(key) !== true;
    await this.update(topic, partition, async (s) => {
      const state = { replicas, leader: s.leader, isr: s.isr };
      if (this.leaderOk(s) && usable(s.leader)) {
        const isr = shrinkIsr(state, usable);
        return isr ? { leader: s.leader, leaderEpoch: s.leaderEpoch, isr } : null;
      }
      const fresh = s.leader >= 0 && this.live.has(s.leader) && !this.bounced.has(s.leader) && s.mzxid > (this.live.get(s.leader) ?? 0n);
      if (fresh && this.stopping.has(s.leader)) {
        // A stopping leader with no one to take over keeps leading until it stops.
        const e = electForShutdown(state, (id) => this.stopping.has(id), usable);
        return e ? { leader: e.leader, leaderEpoch: s.leaderEpoch + 1, isr: e.isr } : null;
      }
      let e = electOffline(state, usable, false);
      if (!e && (await this.uncleanAllowed(topic))) {
        e = electOffline(state, usable, true);
        if (e)
          this.logger.warn(
            `controller: unclean election of ${e.leader} for ${topic}-${partition}; records only on [${s.isr.join(',')}] are lost`,
          );
      }
      if (e) return { leader: e.leader, leaderEpoch: s.leaderEpoch + 1, isr: e.isr };
      if (s.leader === -1) return null;
      return { leader: -1, leaderEpoch: s.leaderEpoch + 1, isr: s.isr };
    });
  }

  /** Read-decide-write of one partition state, retried on version conflicts; resolves whether it wrote. */
  async update(topic: string, partition: number, decide: (s: PartitionStateZnode) => Promise<StateChange | null>): Promise<boolean> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS && this.active; attempt++) {
      const s = await this.store.readPartitionState(topic, partition);
      if (!s) return false;
      const next = await decide(s);
      if (!next) return false;
      try {
        await this.store.updatePartitionState(topic, partition, next, this.fence.epoch, s.zkVersion, this.fence);
        if (next.leader !== s.leader) {
          this.logger.info(
            `controller: ${topic}-${partition} leader ${s.leader} -> ${next.leader} (epoch ${next.leaderEpoch}, isr [${next.isr.join(',')}])`,
          );
        }
        return true;
      } catch (err) {
        if (!isZkCode(err, ZkCode.BAD_VERSION) && !isZkCode(err, ZkCode.NO_NODE)) throw err;
        if (await this.fenced()) {
          this.resign();
          return false;
        }
      }
    }
    return false;
  }
}
