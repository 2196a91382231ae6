/**
 * Broker: one Tributary broker process's worth of parts, composed and
 * started in one straight line — logs recovered, the cluster mode opened
 * (alone or ZooKeeper), the replica manager, controller and group
 * coordinator built, the Kafka listeners bound (holding requests), the
 * broker joined to its cluster with the bound address, then requests
 * answered — and stopped in reverse, writing checkpoints so that the next
 * start skips recovery. docs/architecture.md describes the order.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrokerConfig } from '../config/broker-config.js';
import { topicDefaultsFromBroker } from '../config/topic-config.js';
import { ErrorCode } from '../protocol/generated/errors.js';
import { initCodecs } from '../protocol/compression.js';
import { LogManager } from './log/log-manager.js';
import { FileEngine } from './log/file-store.js';
import type { StorageEngine } from './log/partition-store.js';
import { logConfigFromProperties } from './log/log-config.js';
import { LogCleaner } from './log/log-cleaner.js';
import { clusterModeFor, type ClusterMode } from './cluster/cluster-mode.js';
import { MetadataCache, type BrokerEndpoint, type BrokerInfo } from './cluster/metadata-cache.js';
import type { ControllerSettings } from './cluster/controller.js';
import { ReplicaManager } from './replica/replica-manager.js';
import { SocketServer } from './network/socket-server.js';
import { ConnectionQuotas } from './network/connection-quotas.js';
import { apiRegistry } from './apis/registry.js';
import type { BrokerServices } from './services.js';
import { GroupCoordinator } from './group/group-coordinator.js';
import { createTransactionCoordinator, type TransactionCoordinator } from './txn/txn-coordinator.js';
import { ClientQuotas } from './security/quota/client-quotas.js';
import { ClientQuotaAdmin } from './security/quota/client-quota-admin.js';
import { ScramCredentialService } from './security/scram-credential-service.js';
import { AclAuthorizer } from './security/authorizer.js';
import { SaslAuthenticator } from './security/sasl-authenticator.js';
import { TlsServerContext } from './network/tls-server-context.js';
// Type-only imports of parts loaded on demand (start time: fastify, prom-client and the
// ZooKeeper client take longer to import than the rest of the broker; see bench/README.md).
import type { BrokerMetrics } from './metrics/broker-metrics.js';
import type { HttpServer } from './http/server.js';
import type { Logger } from './logger.js';
import { DynamicBrokerConfigs } from './config/dynamic-broker-configs.js';
import { applyDynamicChange, applyReplicationThrottles } from './config/dynamic-reconfiguration.js';
import { listenHttp, type HttpBind } from './http-listener.js';

/** A running broker's addresses. */
export interface BrokerAddress {
  host: string;
  port: number;
}

/** The controller's share of the broker config (topic defaults as they are in force, dynamic ones included). */
function controllerSettings(cfg: BrokerConfig, dynamic: DynamicBrokerConfigs): ControllerSettings {
  return {
    defaultPartitions: cfg.numPartitions,
    defaultReplicationFactor: cfg.defaultReplicationFactor,
    deleteTopicEnable: cfg.deleteTopicEnable,
    get topicDefaults() {
      return dynamic.topicDefaults;
    },
  };
}

/**
 * This broker as clients and other brokers reach it: every advertised
 * listener (with the bound port when the listeners are advertised as they
 * are, port 0 included), and as host:port the inter-broker listener's.
 */
function advertisedSelf(cfg: BrokerConfig, bound: readonly BrokerAddress[]): BrokerInfo {
  const boundPort = (name: string): number => bound[cfg.listeners.findIndex((l) => l.name === name)].port;
  const endpoints: BrokerEndpoint[] = cfg.advertisedListeners.map((a) => ({
    listenerName: a.name,
    securityProtocol: a.securityProtocol,
    host: a.host || 'localhost',
    port: cfg.advertisedListeners === cfg.listeners || a.port === 0 ? boundPort(a.name) : a.port,
  }));
  const inter = endpoints.find((e) => e.listenerName === cfg.interBrokerListenerName) ?? endpoints[0];
  return { nodeId: cfg.brokerId, host: inter.host, port: inter.port, rack: cfg.brokerRack ?? null, endpoints };
}

/** One broker. */
export class Broker {
  private services!: BrokerServices;
  private logs: LogManager | null = null;
  private cluster: ClusterMode | null = null;
  private servers: SocketServer[] = [];
  private stopping: Promise<void> | null = null;
  private groups: GroupCoordinator | null = null;
  private txns: TransactionCoordinator | null = null;
  private cleaner: LogCleaner | null = null;
  private authorizer: AclAuthorizer | null = null;
  /** Bound Kafka listeners (ports resolved when 0 was asked). */
  readonly addresses: BrokerAddress[] = [];
  /** The HTTP API / console server (fastify, for `inject`), null when `http.listener=none`. */
  httpServer: HttpServer | null = null;
  /** Bound HTTP API / console address (port resolved), null when `http.listener=none`. */
  httpAddress: BrokerAddress | null = null;
  /** Prometheus metrics, null when `http.listener=none`. */
  metrics: BrokerMetrics | null = null;

  /** Creates a broker from a resolved config (start() starts it). */
  constructor(
    readonly config: BrokerConfig,
    readonly logger: Logger,
    /** Where the logs' bytes live: the file engine (Kafka's layout) unless given (the embedded broker may use memory). */
    private readonly storage: StorageEngine = new FileEngine(),
  ) {}

  /** The broker's services (after start). */
  get svc(): BrokerServices {
    return this.services;
  }

  /** Starts everything; resolves when the listeners answer requests. */
  async start(): Promise<void> {
    const cfg = this.config;
    const logger = this.logger;
    // zstd is WebAssembly: ready before any log needs to recompress or decompress.
    await initCodecs();
    // 0. TLS stores read first: a missing file or wrong password fails the start before anything runs.
    const tlsContexts = new Map<string, TlsServerContext>();
    for (const l of cfg.listeners) {
      const security = cfg.listenerSecurity[l.name];
      if (security.ssl) tlsContexts.set(l.name, new TlsServerContext(security, logger));
    }

    // 1. Logs: every partition directory recovered and opened, with the broker's topic defaults.
    const logDirs = cfg.logDirs.map((d) => path.resolve(d));
    for (const d of logDirs) fs.mkdirSync(d, { recursive: true });
    const topicDefaults = topicDefaultsFromBroker(cfg);
    const logs = (this.logs = new LogManager({
      logDirs,
      defaultConfig: logConfigFromProperties(topicDefaults),
      logger,
      engine: this.storage,
    }));
    logs.loadAll();

    // 2. The cluster mode: alone (LevelDB metadata, its own controller) or a ZooKeeper cluster member.
    const cluster = (this.cluster = await clusterModeFor(cfg, logDirs[0], logger));
    const clusterId = await cluster.open(cfg.clusterId ?? null);
    // The ACLs are loaded before any request can be answered.
    const authorizer = (this.authorizer =
      cfg.authorizerClassName === ''
        ? null
        : new AclAuthorizer(
            cluster.aclStore(),
            { superUsers: cfg.superUsers, allowEveryoneIfNoAclFound: cfg.allowEveryoneIfNoAclFound },
            logger,
          ));
    await authorizer?.start();
    // Dynamic broker configs (cluster default and this broker's) over server.properties, before anything reads the topic defaults.
    const dynamic = new DynamicBrokerConfigs(cfg, cluster.entityConfigs, logger);
    await dynamic.start();

    // 3. The parts requests reach, each given what it calls at construction.
    const metadata = new MetadataCache(clusterId);
    const replicas = new ReplicaManager(cfg.brokerId, logs, cluster.replicationHooks, { logger });
    applyReplicationThrottles(dynamic.current, replicas);
    const controller = cluster.createController(metadata, replicas, controllerSettings(cfg, dynamic));
    const groups = (this.groups = new GroupCoordinator({ brokerId: cfg.brokerId, config: cfg, metadata, controller, replicas, logger }));
    metadata.watchTopicRemovals((topic) => groups.onTopicDeleted(topic));
    const txns = (this.txns = createTransactionCoordinator(
      { brokerId: cfg.brokerId, config: cfg, metadata, controller, replicas, logger, producerIds: cluster.producerIds },
      groups.manager,
    ));
    // Metrics only when someone can read them (the HTTP server serves /metrics).
    const metrics = cfg.httpListener ? new (await import('./metrics/broker-metrics.js')).BrokerMetrics() : null;
    this.metrics = metrics;
    const scramCredentials = new ScramCredentialService(cluster.entityConfigs, logger);
    const clientQuotas = new ClientQuotas(
      cluster.entityConfigs,
      { samples: cfg.quotaWindowNum, windowMs: cfg.quotaWindowSizeSeconds * 1000 },
      logger,
    );
    const clientQuotaAdmin = new ClientQuotaAdmin(clientQuotas, logger);
    dynamic.onChange((next, prev) =>
      applyDynamicChange(next, prev, { metadata, controller, replicas, cleaner: () => this.cleaner, logger }),
    );
    const svc: BrokerServices = (this.services = {
      brokerId: cfg.brokerId,
      clusterId,
      get config() {
        return dynamic.current;
      },
      dynamicConfigs: dynamic,
      metadata,
      controller,
      replicas,
      producerIds: cluster.producerIds,
      groups,
      txns,
      scramCredentials,
      clientQuotas,
      clientQuotaAdmin,
      logger,
      metrics: metrics ?? undefined,
      authorizer,
      get topicDefaults() {
        return dynamic.topicDefaults;
      },
      autoCreateTopic: async (name) => {
        if (!cfg.autoCreateTopicsEnable) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
        const r = await controller.createTopic({ name, numPartitions: -1, replicationFactor: -1, assignments: [], configs: {} }, false);
        return r.errorCode === ErrorCode.TOPIC_ALREADY_EXISTS ? ErrorCode.NONE : r.errorCode;
      },
    });

    // 4. Listeners: bound first (port 0 resolves here, and is what gets advertised), requests held.
    // Connection limits are shared by every listener and read from the config in force.
    const quotas = new ConnectionQuotas(() => ({
      maxConnections: dynamic.current.maxConnections,
      maxConnectionsPerIp: dynamic.current.maxConnectionsPerIp,
    }));
    dynamic.onChange(() => quotas.admitWaiting());
    for (const l of cfg.listeners) {
      const security = cfg.listenerSecurity[l.name];
      const sasl = security.sasl;
      const server = new SocketServer(
        {
          listenerName: l.name,
          securityProtocol: l.securityProtocol,
          host: l.host,
          port: l.port,
          maxFrameBytes: cfg.socketRequestMaxBytes,
          idleTimeoutMs: cfg.connectionsMaxIdleMs,
          observe: metrics?.observeRequest,
          quotas,
          tls: tlsContexts.get(l.name) ?? null,
          sasl: sasl
            ? (peer) =>
                new SaslAuthenticator({
                  sasl,
                  scramCredentials: (user, mechanism) => scramCredentials.credential(user, mechanism),
                  failedAuthenticationDelayMs: cfg.connectionFailedAuthenticationDelayMs,
                  peer,
                })
            : null,
          saslMaxReceiveSize: sasl?.maxReceiveSize,
        },
        apiRegistry,
        svc,
        logger,
      );
      this.servers.push(server);
      this.addresses.push({ host: l.host, port: await server.listen() });
    }

    // 5. Join: metadata loaded, partitions hosted, this broker registered; then requests are answered.
    await cluster.start(advertisedSelf(cfg, this.addresses), { metadata, replicas, controller, logs });
    await scramCredentials.start();
    await clientQuotas.start();
    for (const s of this.servers) s.openForRequests();

    // 6. Background work and the HTTP API.
    logs.startBackgroundTasks({
      retentionCheckIntervalMs: cfg.logRetentionCheckIntervalMs,
      checkpointIntervalMs: cfg.replicaHighWatermarkCheckpointIntervalMs,
    });
    const now = dynamic.current;
    this.cleaner = new LogCleaner({
      logs: () => logs.allLogs(),
      backoffMs: now.logCleanerBackoffMs,
      threads: now.logCleanerThreads,
      logger,
    });
    if (cfg.logCleanerEnable) this.cleaner.start();
    groups.startup();
    txns.startup();
    if (metrics && cfg.httpListener) await this.startHttp(svc, metrics, { ...cfg.httpListener, explicit: cfg.httpListenerExplicit });
    logger.info(
      `Tributary broker ${cfg.brokerId} started: cluster ${clusterId}, listening on ${this.addresses.map((a) => `${a.host || '0.0.0.0'}:${a.port}`).join(', ')}, data in ${logDirs.join(', ')}`,
    );
  }

  private async startHttp(svc: BrokerServices, metrics: BrokerMetrics, at: HttpBind): Promise<void> {
    // Loaded only now: the Kafka listener is already serving while fastify loads.
    const [{ HttpServer }, { StatsSampler }, { groupsSourceOf, groupSummariesOf }, { txnsSourceOf, txnMetricsSourceOf }] =
      await Promise.all([
        import('./http/server.js'),
        import('./metrics/stats-sampler.js'),
        import('./http/groups-adapter.js'),
        import('./http/transactions-adapter.js'),
      ]);
    const connectionCount = (): number => {
      let n = 0;
      for (const s of this.servers) n += s.connections.size;
      return n;
    };
    metrics.bind({
      brokerId: svc.brokerId,
      metadata: svc.metadata,
      replicas: svc.replicas,
      connectionCount,
      groups: () => (this.groups ? groupSummariesOf(this.groups) : []),
      transactions: () => (this.txns ? txnMetricsSourceOf(this.txns) : null),
      clientQuotas: svc.clientQuotas,
    });
    this.httpServer = new HttpServer(
      {
        services: svc,
        metrics,
        sampler: new StatsSampler(metrics.topics),
        startedAt: Date.now(),
        kafkaAddresses: () => this.addresses,
        connectionCount,
        groups: () => (this.groups ? groupsSourceOf(this.groups) : null),
        transactions: () => (this.txns ? txnsSourceOf(this.txns) : null),
      },
      this.logger,
    );
    const server = this.httpServer;
    this.httpAddress = await listenHttp(at, (port) => server.listen(at.host, port), this.logger);
  }

  /** Stops listeners, writes checkpoints, closes logs and metadata. Idempotent. */
  stop(): Promise<void> {
    if (!this.stopping) this.stopping = this.doStop();
    return this.stopping;
  }

  private async doStop(): Promise<void> {
    // Move leaderships away while clients and followers can still reach this broker.
    await this.cluster?.controlledShutdown().catch((err: Error) => this.logger.warn(`controlled shutdown failed: ${err.message}`));
    await this.httpServer?.close();
    for (const s of this.servers) await s.close();
    this.txns?.shutdown();
    this.groups?.shutdown();
    this.authorizer?.close();
    this.services?.clientQuotas.stop();
    await this.cleaner?.stop();
    await this.services?.replicas.logDirMover.stop();
    // Replication stops before the logs close (a fetcher must not append to a closed log).
    await this.cluster?.close();
    this.logs?.stopBackgroundTasks();
    await this.logs?.backgroundSettled();
    this.logs?.shutdown();
    this.logger.info(`Tributary broker ${this.config.brokerId} stopped`);
  }
}
