/**
 * BrokerServices: everything a request handler may call. The Broker builds
 * one and hands it to the network layer; handlers reach it through
 * RequestContext.broker, so they stay thin and testable.
 */
import type { BrokerConfig } from '../config/broker-config.js';
import type { MetadataCache } from './cluster/metadata-cache.js';
import type { Controller } from './cluster/controller.js';
import type { ReplicaManager } from './replica/replica-manager.js';
import type { ProducerIds } from './cluster/cluster-mode.js';
import type { Logger } from './logger.js';
import type { GroupCoordinator } from './group/group-coordinator.js';
import type { TransactionCoordinator } from './txn/txn-coordinator.js';
import type { BrokerMetrics } from './metrics/broker-metrics.js';
import type { ScramCredentialService } from './security/scram-credential-service.js';
import type { AclAuthorizer } from './security/authorizer.js';
import type { DynamicBrokerConfigs } from './config/dynamic-broker-configs.js';
import type { ClientQuotas } from './security/quota/client-quotas.js';
import type { ClientQuotaAdmin } from './security/quota/client-quota-admin.js';

/** The services handlers use. */
export interface BrokerServices {
  readonly brokerId: number;
  readonly clusterId: string;
  /** The broker config in force (server.properties with the dynamic configs over it). */
  readonly config: BrokerConfig;
  /** The dynamic broker configs: what AlterConfigs on a broker resource changes. */
  readonly dynamicConfigs: DynamicBrokerConfigs;
  readonly metadata: MetadataCache;
  readonly controller: Controller;
  readonly replicas: ReplicaManager;
  readonly producerIds: ProducerIds;
  /** The group coordinator (consumer groups and committed offsets). */
  readonly groups: GroupCoordinator;
  /** The transaction coordinator (transactional ids, markers). */
  readonly txns: TransactionCoordinator;
  /** SCRAM users' credentials (SASL/SCRAM authentication, Alter/DescribeUserScramCredentials). */
  readonly scramCredentials: ScramCredentialService;
  /** Client quotas (produce and fetch bytes, request time), followed from the entity config store. */
  readonly clientQuotas: ClientQuotas;
  /** AlterClientQuotas / DescribeClientQuotas over the entity config store. */
  readonly clientQuotaAdmin: ClientQuotaAdmin;
  readonly logger: Logger;
  /** Traffic metrics (absent when `http.listener=none`: nobody could read them). */
  readonly metrics?: BrokerMetrics;
  /** The ACL authorizer (`authorizer.class.name`), null when every request is allowed; handlers go through security/authorizer-checks.ts. */
  readonly authorizer: AclAuthorizer | null;
  /** Effective topic defaults in force (topic-config names → values), for DescribeConfigs. */
  readonly topicDefaults: Readonly<Record<string, string>>;
  /**
   * Creates a topic with broker defaults if auto.create.topics.enable allows it;
   * resolves with the error code of the attempt.
   */
  autoCreateTopic(name: string): Promise<number>;
}
