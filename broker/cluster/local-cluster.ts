/**
 * LocalCluster: a broker alone (no zookeeper.connect), Tributary's default.
 * Metadata lives in LevelDB under the first log dir (LocalMetadataStore),
 * this broker is the controller (LocalController) and leads every
 * partition, producer ids come from a file-reserved block
 * (LocalProducerIdManager). Nothing follows, so there are no replication
 * hooks and nothing to move at shutdown.
 */
import type { ReplicaManager } from '../replica/replica-manager.js';
import type { ClusterMode, ClusterParts } from './cluster-mode.js';
import type { Controller } from './controller.js';
import type { ControllerSettings } from './controller.js';
import type { AclStore } from '../security/authorizer-store.js';
import { LocalAclStore } from './local-acl-store.js';
import { LocalController } from './local-controller.js';
import { LocalMetadataStore } from './local-metadata-store.js';
import { LocalProducerIdManager } from './local-producer-ids.js';
import type { BrokerInfo, MetadataCache } from './metadata-cache.js';

/** One broker, its own cluster. */
export class LocalCluster implements ClusterMode {
  private readonly store: LocalMetadataStore;
  private controller: LocalController | null = null;
  readonly replicationHooks = null;
  readonly producerIds: LocalProducerIdManager;
  /** Entity configs live in the same LevelDB as the rest of the metadata. */
  readonly entityConfigs: LocalMetadataStore;

  /** Creates the mode over the first log dir (open() opens the store). */
  constructor(
    private readonly brokerId: number,
    logDir: string,
  ) {
    this.store = new LocalMetadataStore(logDir);
    this.entityConfigs = this.store;
    this.producerIds = new LocalProducerIdManager(logDir);
  }

  open(proposedClusterId: string | null): Promise<string> {
    return this.store.open(proposedClusterId);
  }

  /** The ACLs in the `acl/` key space of the metadata database. */
  aclStore(): AclStore {
    return new LocalAclStore(this.store.space('acl'));
  }

  createController(metadata: MetadataCache, replicas: ReplicaManager, settings: ControllerSettings): Controller {
    this.controller = new LocalController(this.brokerId, this.store, metadata, replicas, settings);
    return this.controller;
  }

  /** Hosts every stored topic's partitions and makes this broker the whole cluster. */
  async start(self: BrokerInfo, parts: ClusterParts): Promise<void> {
    if (!this.controller) throw new Error('LocalCluster.start before createController');
    await this.controller.loadAll();
    parts.metadata.setBrokers([self]);
    parts.metadata.controllerId = this.brokerId;
  }

  controlledShutdown(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
