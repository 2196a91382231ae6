/**
 * ZkCluster: a broker's membership of a ZooKeeper-coordinated cluster, the
 * ClusterMode (cluster-mode.ts) of a broker with zookeeper.connect.
 *
 * Construction: the IsrTracker (the leader's side of replication) exists
 * from the start, because the ReplicaManager takes it as its replication
 * hooks; its ISR changes go to the partition state znodes of the current
 * session's store. Open: a session, and the cluster id read or created.
 *
 * Start: register /brokers/ids/<id> (ephemeral; when a previous
 * incarnation's znode is still there after a kill -9, wait for its session
 * to expire), start the metadata sync (cache + partition states →
 * ReplicaRoles, which lead and follow), delete the logs nothing assigns to
 * this broker any more (deleted topics, re-created ones with another topic
 * id, partitions reassigned away while it was down) and run for controller.
 *
 * A failed log dir (JBOD): the replicas in it stop leading and following,
 * and the controller hears of them (zk-log-dir-events.ts) and moves their
 * leaderships away.
 *
 * Session expiry: the broker stops leading and following at once (a new
 * leader may already have been elected elsewhere), resigns as controller,
 * then opens a new session, registers again with a new broker epoch and
 * starts a new sync. States naming it leader written before that
 * registration are not acted on until the controller re-elects.
 *
 * Stop: controlled shutdown first (when enabled): an ephemeral
 * /tributary/controlled_shutdown/<id> asks the controller to move this
 * broker's leaderships to other ISR members; the broker waits until its cache
 * shows none left that could move (or the retries run out). Then the session
 * closes, which removes the registration.
 */
import { interBrokerSecurity } from '../../network/inter-broker-security.js';
import fs from 'node:fs';
import path from 'node:path';
import type { BrokerConfig } from '../../../config/broker-config.js';
import type { LogManager } from '../../log/log-manager.js';
import type { LogConfig } from '../../log/log-config.js';
import { readPartitionTopicId } from '../../log/partition-metadata.js';
import type { Logger } from '../../logger.js';
import type { ReplicaManager } from '../../replica/replica-manager.js';
import { IsrTracker } from '../../replica/isr-tracker.js';
import { RemoteLeaderEndPoint } from '../../replica/leader-endpoint.js';
import { ReplicaRoles } from '../../replica/replica-roles.js';
import type { ClusterMode, ClusterParts } from '../cluster-mode.js';
import type { ControllerSettings } from '../controller.js';
import type { BrokerInfo, MetadataCache } from '../metadata-cache.js';
import { ZkClient, ZkCode, isZkCode } from './zk-client.js';
import { ZkTopicAdmin } from './zk-topic-admin.js';
import { ZkControllerRole } from './zk-controller-role.js';
import { ZkMetadataStore, ZkPaths } from './zk-metadata-store.js';
import { ZkMetadataSync } from './zk-metadata-sync.js';
import { ZkProducerIdManager } from './zk-producer-ids.js';
import { ZkEntityConfigs } from './zk-entity-configs.js';
import { ZkAclStore } from './zk-acl-store.js';
import { reportLogDirFailure } from './zk-log-dir-events.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** This broker's part in a ZooKeeper cluster. */
export class ZkCluster implements ClusterMode {
  private zk!: ZkClient;
  private store!: ZkMetadataStore;
  private sync: ZkMetadataSync | null = null;
  private role: ZkControllerRole | null = null;
  private electing = false;
  private closing = false;
  private brokerEpoch = 0n;
  private self!: BrokerInfo;
  private cache!: MetadataCache;
  private replicas!: ReplicaManager;
  private logConfig!: (o: Record<string, string>) => LogConfig;
  private logs!: LogManager;
  /** The ACLs in /kafka-acl (created on first use, followed across sessions). */
  private acls: ZkAclStore | null = null;
  /** Leader and follower roles of the hosted partitions (after start). */
  private roles: ReplicaRoles | null = null;
  /** The leader's side of replication: the replica manager's hooks, ISR changes written to ZooKeeper. */
  readonly replicationHooks: IsrTracker;
  /** Cluster-wide producer ids (start() reserves the first block). */
  readonly producerIds: ZkProducerIdManager;
  /** /config/users, /config/clients, ... with /config/changes notifications (watched from each session's join). */
  readonly entityConfigs: ZkEntityConfigs;

  /** Creates the membership for a broker config (open() connects). */
  constructor(
    private readonly config: BrokerConfig,
    private readonly logger: Logger,
  ) {
    this.producerIds = new ZkProducerIdManager(config.brokerId, () => this.zk);
    this.entityConfigs = new ZkEntityConfigs(() => this.zk, logger);
    // The store of the current session: a new one after a session expiry.
    this.replicationHooks = new IsrTracker(
      { brokerId: config.brokerId, replicaLagTimeMaxMs: config.replicaLagTimeMaxMs },
      (topic, partition, state, controllerEpoch, zkVersion) =>
        this.store.updatePartitionState(topic, partition, state, controllerEpoch, zkVersion),
      logger,
    );
  }

  private connect(): Promise<ZkClient> {
    return ZkClient.connect({
      connect: this.config.zookeeperConnect!,
      sessionTimeoutMs: this.config.zookeeperSessionTimeoutMs,
      connectionTimeoutMs: this.config.zookeeperConnectionTimeoutMs,
    });
  }

  /** Connects and resolves the cluster id. */
  async open(proposedClusterId: string | null): Promise<string> {
    this.zk = await this.connect();
    this.store = new ZkMetadataStore(this.zk, this.config.interBrokerListenerName);
    return this.store.open(proposedClusterId);
  }

  /** The ACLs in Kafka's ZooKeeper layout, on the current session. */
  aclStore(): ZkAclStore {
    this.acls ??= new ZkAclStore(() => this.zk, this.logger);
    return this.acls;
  }

  /** The controller engine for admin requests (any broker serves them through ZooKeeper). */
  createController(cache: MetadataCache, _replicas: ReplicaManager, settings: ControllerSettings): ZkTopicAdmin {
    return new ZkTopicAdmin(
      this.config.brokerId,
      () => this.store,
      cache,
      settings,
      () => (this.role?.isActive ? this.role : null),
    );
  }

  /** Registers, loads the cluster metadata and starts replicating. */
  async start(self: BrokerInfo, parts: ClusterParts): Promise<void> {
    const c = this.config;
    this.self = self;
    this.cache = parts.metadata;
    this.replicas = parts.replicas;
    this.logConfig = (o) => parts.controller.logConfig(o);
    const cache = parts.metadata;
    const fetchParams = {
      brokerId: c.brokerId,
      fetchWaitMaxMs: c.replicaFetchWaitMaxMs,
      fetchMinBytes: c.replicaFetchMinBytes,
      fetchResponseMaxBytes: c.replicaFetchResponseMaxBytes,
      socketTimeoutMs: c.replicaSocketTimeoutMs,
      // Followers reach leaders on the inter-broker listener, secured as it is.
      security: interBrokerSecurity(c),
    };
    this.roles = new ReplicaRoles({
      brokerId: c.brokerId,
      replicas: parts.replicas,
      isr: this.replicationHooks,
      leaderEndPoint: (id) => new RemoteLeaderEndPoint(id, (b) => cache.brokers().find((x) => x.nodeId === b), fetchParams),
      fetcher: {
        fetchMaxBytes: c.replicaFetchMaxBytes,
        backoffMs: Math.min(c.replicaFetchBackoffMs, 1000),
        quota: parts.replicas.quotas.follower,
      },
      logger: this.logger,
    });
    this.replicationHooks.start();
    await this.producerIds.start();
    this.logs = parts.logs;
    parts.logs.offlineDirs.onFailure((dir) => void this.logDirFailed(dir));
    await this.join();
  }

  /** A log dir failed: its replicas go offline here, and the controller is told (zk-log-dir-events.ts). */
  private async logDirFailed(dir: string): Promise<void> {
    const offline = this.replicas.all().filter((p) => p.log.local.isClosed);
    for (const p of offline) this.roles?.goOffline(p.topic, p.index);
    try {
      await reportLogDirFailure(
        this.zk,
        this.config.brokerId,
        offline.map((p) => ({ topic: p.topic, partition: p.index })),
      );
      this.logger.info(
        `broker ${this.config.brokerId}: told the controller that log dir ${dir} failed (${offline.length} replica(s) offline)`,
      );
    } catch (err) {
      this.logger.warn(`broker ${this.config.brokerId}: cannot report the failed log dir ${dir}: ${(err as Error).message}`);
    }
  }

  /** Registration, sync and controller candidacy on the current session. */
  private async join(): Promise<void> {
    this.zk.once('expired', () => void this.onExpired());
    this.brokerEpoch = await this.register();
    this.sync = new ZkMetadataSync({
      brokerId: this.config.brokerId,
      brokerEpoch: this.brokerEpoch,
      store: this.store,
      cache: this.cache,
      sink: this.roles!,
      logConfig: this.logConfig,
      onControllerGone: () => void this.runForController(),
      logger: this.logger,
    });
    await this.sync.start();
    this.deleteStrayLogs(this.logs);
    await this.entityConfigs.start();
    this.logger.info(
      `broker ${this.config.brokerId} registered in ZooKeeper (session ${this.zk.sessionId}, ${this.cache.brokers().length} live brokers, controller ${this.cache.controllerId})`,
    );
  }

  private async register(): Promise<bigint> {
    const deadline = Date.now() + this.config.zookeeperSessionTimeoutMs * 2 + 5000;
    for (;;) {
      try {
        return await this.store.registerBroker(this.self);
      } catch (err) {
        if (!isZkCode(err, ZkCode.NODE_EXISTS) || Date.now() > deadline) {
          throw isZkCode(err, ZkCode.NODE_EXISTS)
            ? new Error(`broker id ${this.config.brokerId} is already registered in ZooKeeper by another live broker`)
            : err;
        }
        const owner = await this.zk.exists(ZkPaths.broker(this.config.brokerId));
        if (owner && BigInt.asUintN(64, owner.ephemeralOwner) === BigInt('0x' + this.zk.sessionId)) return owner.czxid;
        this.logger.info(`broker id ${this.config.brokerId} is still registered by a previous session; waiting for it to expire`);
        await sleep(500);
      }
    }
  }

  private async runForController(): Promise<void> {
    if (this.closing || this.electing || this.role?.isActive) return;
    this.electing = true;
    try {
      const role = await ZkControllerRole.tryElect(
        this.store,
        {
          brokerId: this.config.brokerId,
          uncleanLeaderElectionEnable: this.config.uncleanLeaderElectionEnable,
          autoLeaderRebalanceEnable: this.config.autoLeaderRebalanceEnable,
          leaderImbalanceCheckIntervalMs: this.config.leaderImbalanceCheckIntervalSeconds * 1000,
          leaderImbalancePerBrokerPercentage: this.config.leaderImbalancePerBrokerPercentage,
        },
        this.logger,
      );
      if (role) {
        this.role = role;
        this.cache.controllerId = this.config.brokerId;
      }
    } catch (err) {
      this.logger.warn(`controller election failed: ${(err as Error).message}`);
    } finally {
      this.electing = false;
    }
  }

  private async onExpired(): Promise<void> {
    if (this.closing) return;
    this.logger.warn(`broker ${this.config.brokerId}: ZooKeeper session expired; no longer leading or following until registered again`);
    this.sync?.stop();
    this.entityConfigs.stop();
    this.role?.resign();
    this.role = null;
    this.roles?.resignAll();
    this.zk.close();
    while (!this.closing) {
      try {
        this.zk = await this.connect();
        this.store = new ZkMetadataStore(this.zk, this.config.interBrokerListenerName);
        await this.join();
        // Notifications may have been missed while the session was gone.
        await this.acls?.sessionRenewed();
        return;
      } catch (err) {
        this.logger.warn(`broker ${this.config.brokerId}: cannot rejoin ZooKeeper yet: ${(err as Error).message}`);
        await sleep(1000);
      }
    }
  }

  /**
   * Deletes the local logs that no cluster metadata accounts for, after the
   * first full load (Kafka's controller sends these StopReplica deletes when a
   * broker returns): logs of topics deleted while this broker was down, of a
   * topic that was deleted and re-created under the same name (its
   * partition.metadata names the old topic id), and of partitions a
   * reassignment moved off this broker. Hosted partitions had their topic
   * id checked when hosted (ReplicaManager.applyPartitionState); after a
   * session expiry a hosted one may have been deleted or moved meanwhile.
   */
  private deleteStrayLogs(logs: LogManager): void {
    if (!this.sync?.isLoaded) return;
    // A log dir that served a single broker (LevelDB metadata) holds topics ZooKeeper never knew: keep them.
    if (this.config.logDirs.some((d) => fs.existsSync(path.join(path.resolve(d), '.tributary-metadata')))) {
      const unknown = logs.allLogs().filter((l) => !this.sync!.topicNames().has(l.topic)).length;
      if (unknown > 0)
        this.logger.warn(
          `${unknown} log(s) of topics unknown to ZooKeeper kept: this log dir was used by a single broker (without zookeeper.connect)`,
        );
      return;
    }
    for (const log of logs.allLogs()) {
      const hosted = this.replicas.get(log.topic, log.partition) !== undefined;
      const why = this.strayReason(log.topic, log.partition, hosted ? null : readPartitionTopicId(log.store));
      if (why === null) continue;
      if (hosted) {
        // Hosted before a session expiry and changed meanwhile: stop the replica too.
        this.logger.info(`stopping replica ${log.topic}-${log.partition} (${why})`);
        if (this.sync.assignmentOf(log.topic)) this.roles!.removePartition(log.topic, log.partition);
        else this.roles!.removeTopic(log.topic);
        continue;
      }
      // Only plain partition dirs: a dir with subdirectories is something else (another broker's log dir nested in this one).
      if (fs.readdirSync(log.dir, { withFileTypes: true }).some((e) => e.isDirectory())) {
        this.logger.warn(`${log.dir} looks like a partition of unknown topic ${log.topic} but has subdirectories: left alone`);
        continue;
      }
      this.logger.info(`deleting stray log ${log.topic}-${log.partition} (${why})`);
      logs.deleteLog(log.topic, log.partition);
    }
  }

  /** Why a local log that is not hosted should go, or null when it belongs to a replica of this broker. */
  private strayReason(topic: string, partition: number, topicIdOnDisk: string | null): string | null {
    const a = this.sync!.assignmentOf(topic);
    if (!a) return 'topic no longer exists';
    if (topicIdOnDisk !== null && topicIdOnDisk !== a.topicId)
      return `the topic was deleted and re-created: the log has topic id ${topicIdOnDisk}, the topic ${a.topicId}`;
    if (partition >= a.replicas.length) return `the topic has ${a.replicas.length} partitions`;
    if (!a.replicas[partition].includes(this.config.brokerId)) return `broker ${this.config.brokerId} is no longer one of its replicas`;
    return null;
  }

  /**
   * Controlled shutdown: asks the controller to move leaderships away and
   * waits until none that could move is left (bounded by the retries).
   */
  async controlledShutdown(): Promise<void> {
    // Nothing to move when start() never got as far as registering.
    if (!this.config.controlledShutdownEnable || !this.zk || this.zk.dead || !this.sync) return;
    const id = this.config.brokerId;
    try {
      await this.zk.create(ZkPaths.controlledShutdownOf(id), null, 'ephemeral');
    } catch (err) {
      if (!isZkCode(err, ZkCode.NODE_EXISTS)) throw err;
    }
    const live = (): Set<number> => new Set(this.cache.brokers().map((b) => b.nodeId));
    const movable = (): number => {
      const l = live();
      let n = 0;
      for (const t of this.cache.topics())
        for (const p of t.partitions) if (p.leader === id && p.isr.some((r) => r !== id && l.has(r))) n++;
      return n;
    };
    const deadline = Date.now() + Math.max(1, this.config.controlledShutdownMaxRetries) * 5000;
    while (movable() > 0 && Date.now() < deadline) await sleep(50);
    const left = movable();
    if (left > 0) this.logger.warn(`controlled shutdown: ${left} partition(s) still led by broker ${id}`);
    else this.logger.info(`controlled shutdown of broker ${id} complete`);
  }

  /** Leaves the cluster: stops replication and closes the session. */
  async close(): Promise<void> {
    this.closing = true;
    this.sync?.stop();
    this.entityConfigs.stop();
    this.role?.resign();
    this.roles?.stop();
    this.replicationHooks.stop();
    this.zk?.close();
  }
}
