/**
 * ClusterMode: the part of a broker that differs between a broker alone and
 * a member of a ZooKeeper cluster — where metadata lives, who the controller
 * is, where producer ids come from, and who leads and follows partitions.
 *
 * - LocalCluster (local-cluster.ts), without zookeeper.connect: metadata in
 *   LevelDB under the first log dir, this broker its own controller and the
 *   leader of every partition.
 * - ZkCluster (zk/zk-cluster.ts), with zookeeper.connect: metadata in
 *   ZooKeeper, a controller elected among the brokers, replication between
 *   them. Imported only when configured (the ZooKeeper client is slow to load).
 *
 * Broker.start calls a mode in this order: open (the cluster id), then the
 * replica manager is built with replicationHooks, createController, the
 * listeners bind (holding requests), start (this broker joins with its bound
 * address; when it resolves the broker may answer requests). Broker.stop
 * calls controlledShutdown while the listeners still serve, then close.
 */
import type { BrokerConfig } from '../../config/broker-config.js';
import type { LogManager } from '../log/log-manager.js';
import type { Logger } from '../logger.js';
import type { ReplicaManager, ReplicationHooks } from '../replica/replica-manager.js';
import type { Controller } from './controller.js';
import type { ControllerSettings } from './controller.js';
import type { BrokerInfo, MetadataCache } from './metadata-cache.js';
import type { EntityConfigStore } from './entity-config-store.js';
import type { AclStore } from '../security/authorizer-store.js';
import { LocalCluster } from './local-cluster.js';

/** Hands out producer ids for InitProducerId, unique across the cluster and restarts. */
export interface ProducerIds {
  /** The next producer id (throws when none is reserved yet; the client retries). */
  nextId(): number;
}

/** The broker's parts a mode works on once the listeners are bound. */
export interface ClusterParts {
  readonly metadata: MetadataCache;
  readonly replicas: ReplicaManager;
  readonly controller: Controller;
  readonly logs: LogManager;
}

/** A broker's membership of its cluster (alone or through ZooKeeper). */
export interface ClusterMode {
  /** Opens the metadata store; resolves the cluster id (created on the first start). */
  open(proposedClusterId: string | null): Promise<string>;
  /** What the replica manager reports follower fetches to (null: there are no followers). */
  readonly replicationHooks: ReplicationHooks | null;
  /** Producer ids (usable once start() resolved). */
  readonly producerIds: ProducerIds;
  /** Users' and clients' configs (SCRAM credentials, quotas), usable once open() resolved; changes reach every broker. */
  readonly entityConfigs: EntityConfigStore;
  /** Where the ACLs live (usable once open() resolved): ZooKeeper's /kafka-acl, or the local metadata database. */
  aclStore(): AclStore;
  /** The controller engine admin requests go to. */
  createController(metadata: MetadataCache, replicas: ReplicaManager, settings: ControllerSettings): Controller;
  /**
   * Joins: loads the cluster metadata into the cache, hosts this broker's
   * partitions and registers `self` (the advertised, bound address).
   */
  start(self: BrokerInfo, parts: ClusterParts): Promise<void>;
  /** Moves this broker's leaderships to other brokers before it stops (nothing to move alone). */
  controlledShutdown(): Promise<void>;
  /** Leaves the cluster and closes the metadata store. */
  close(): Promise<void>;
}

/** The mode a broker config asks for: ZooKeeper with zookeeper.connect, else alone. */
export async function clusterModeFor(cfg: BrokerConfig, logDir: string, logger: Logger): Promise<ClusterMode> {
  if (!cfg.zookeeperConnect) return new LocalCluster(cfg.brokerId, logDir);
  const { ZkCluster } = await import('./zk/zk-cluster.js');
  return new ZkCluster(cfg, logger);
}
