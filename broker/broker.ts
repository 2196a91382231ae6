/**
 * Broker: one Tributary broker process's worth of parts, wired together and
 * started in order — logs recovered, metadata loaded, partitions hosted, then
 * the Kafka listener opened — and stopped in reverse, writing checkpoints so
 * that the next start skips recovery.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrokerConfig } from '../config/broker-config.js';
import { topicDefaultsFromBroker } from '../config/topic-config.js';
import { ErrorCode } from '../protocol/generated/errors.js';
import { LogManager } from './log/log-manager.js';
import { logConfigFromProperties } from './log/log-config.js';
import { LocalMetadataStore } from './cluster/local-metadata-store.js';
import { MetadataCache } from './cluster/metadata-cache.js';
import { LocalController } from './cluster/local-controller.js';
import type { Controller } from './cluster/controller.js';
// Type-only imports of parts loaded on demand (start time: fastify, prom-client and the
// ZooKeeper client take longer to import than the rest of the broker; see bench/README.md).
import type { ZkCluster } from './cluster/zk/zk-cluster.js';
import { ReplicaManager } from './replica/replica-manager.js';
import { ProducerIdManager } from './replica/producer-ids.js';
import { SocketServer } from './network/socket-server.js';
import { apiRegistry } from './apis/registry.js';
import { initCodecs } from '../protocol/compression.js';
import type { BrokerServices } from './services.js';
import { GroupCoordinator } from './group/group-coordinator.js';
import { LogCleaner } from './log/log-cleaner.js';
import type { BrokerMetrics } from './metrics/broker-metrics.js';
import type { HttpServer } from './http/server.js';
import type { Logger } from './logger.js';

/** A running broker's addresses. */
export interface BrokerAddress {
  host: string;
  port: number;
}

/** One broker. */
export class Broker {
  private services!: BrokerServices;
  private store!: LocalMetadataStore;
  private logs!: LogManager;
  private servers: SocketServer[] = [];
  private stopping: Promise<void> | null = null;
  private groups: GroupCoordinator | null = null;
  private cleaner: LogCleaner | null = null;
  private cluster: ZkCluster | null = null;
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
  ) {}

  /** The broker's services (after start). */
  get svc(): BrokerServices {
    return this.services;
  }

  /** Starts everything; resolves when the listeners accept connections. */
  async start(): Promise<void> {
    const cfg = this.config;
    // zstd is WebAssembly: ready before any log needs to recompress or decompress.
    await initCodecs();
    const logDirs = cfg.logDirs.map((d) => path.resolve(d));
    for (const d of logDirs) fs.mkdirSync(d, { recursive: true });
    const topicDefaults = topicDefaultsFromBroker(cfg);
    const defaultLogConfig = logConfigFromProperties(topicDefaults);
    this.logs = new LogManager({ logDirs, defaultConfig: defaultLogConfig, logger: this.logger });
    this.logs.loadAll();

    // With zookeeper.connect: metadata in ZooKeeper, replication between brokers (cluster/zk-cluster.ts).
    let clusterId: string;
    if (cfg.zookeeperConnect) {
      const { ZkCluster } = await import('./cluster/zk/zk-cluster.js');
      this.cluster = new ZkCluster(cfg, this.logger);
      clusterId = await this.cluster.open(cfg.clusterId ?? null);
    } else {
      this.store = new LocalMetadataStore(logDirs[0]);
      clusterId = await this.store.open(cfg.clusterId ?? null);
    }
    const metadata = new MetadataCache(clusterId);
    const replicas = new ReplicaManager(cfg.brokerId, this.logs);
    const settings = {
      defaultPartitions: cfg.numPartitions,
      defaultReplicationFactor: cfg.defaultReplicationFactor,
      deleteTopicEnable: cfg.deleteTopicEnable,
      topicDefaults,
    };
    const local = this.cluster ? null : new LocalController(cfg.brokerId, this.store, metadata, replicas, settings);
    const controller: Controller = local ?? this.cluster!.createController(metadata, settings);

    // Metrics only when someone can read them (the HTTP server serves /metrics).
    const metrics = cfg.httpListener ? new (await import('./metrics/broker-metrics.js')).BrokerMetrics() : undefined;
    this.metrics = metrics ?? null;
    // Listen first (port 0 resolves here), then advertise what was bound.
    const svc: BrokerServices = {
      brokerId: cfg.brokerId,
      clusterId,
      config: cfg,
      metadata,
      controller,
      replicas,
      producerIds: this.cluster ? this.cluster.producerIds : new ProducerIdManager(logDirs[0]),
      groups: (this.groups = new GroupCoordinator({
        brokerId: cfg.brokerId,
        config: cfg,
        metadata,
        controller,
        replicas,
        logger: this.logger,
      })),
      logger: this.logger,
      metrics,
      topicDefaults,
      autoCreateTopic: async (name) => {
        if (!cfg.autoCreateTopicsEnable) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
        const r = await controller.createTopic({ name, numPartitions: -1, replicationFactor: -1, assignments: [], configs: {} }, false);
        return r.errorCode === ErrorCode.TOPIC_ALREADY_EXISTS ? ErrorCode.NONE : r.errorCode;
      },
    };
    this.services = svc;
    // Single broker: host every partition before the listener opens, so that no
    // request sees a half-loaded broker (topics missing, auto-create racing the load).
    if (local) await local.loadAll();
    for (const l of cfg.listeners) {
      const server = new SocketServer(
        { host: l.host, port: l.port, maxFrameBytes: cfg.socketRequestMaxBytes, idleTimeoutMs: cfg.connectionsMaxIdleMs },
        apiRegistry,
        svc,
        this.logger,
      );
      if (metrics) server.observe = metrics.observeRequest;
      // With ZooKeeper the port must be bound before registering, but requests
      // wait until the cluster metadata is loaded.
      if (this.cluster) server.holdRequests();
      const port = await server.listen();
      this.servers.push(server);
      this.addresses.push({ host: l.host, port });
    }
    const advertised = cfg.advertisedListeners[0] ?? cfg.listeners[0];
    const bound = this.addresses[0];
    const self = {
      nodeId: cfg.brokerId,
      host: advertised.host || 'localhost',
      port: advertised.port === 0 || advertised === cfg.listeners[0] ? bound.port : advertised.port,
      rack: cfg.brokerRack ?? null,
    };
    if (this.cluster) {
      await this.cluster.start(self, metadata, replicas, (o) => controller.logConfig(o), this.logs);
      for (const s of this.servers) s.openForRequests();
    } else {
      metadata.setBrokers([self]);
      metadata.controllerId = cfg.brokerId;
    }
    this.logs.startBackgroundTasks({ retentionCheckIntervalMs: cfg.logRetentionCheckIntervalMs });
    const logs = this.logs;
    this.cleaner = new LogCleaner({ logs: () => logs.allLogs(), backoffMs: cfg.logCleanerBackoffMs, logger: this.logger });
    if (cfg.logCleanerEnable) this.cleaner.start();
    this.groups.startup();
    if (metrics && cfg.httpListener) await this.startHttp(svc, metrics, cfg.httpListener);
    this.logger.info(
      `Tributary broker ${cfg.brokerId} started: cluster ${clusterId}, listening on ${this.addresses.map((a) => `${a.host || '0.0.0.0'}:${a.port}`).join(', ')}, data in ${logDirs.join(', ')}`,
    );
  }

  private async startHttp(svc: BrokerServices, metrics: BrokerMetrics, at: { host: string; port: number }): Promise<void> {
    // Loaded only now: the Kafka listener is already serving while fastify loads.
    const [{ HttpServer }, { StatsSampler }, { groupsSourceOf, groupSummariesOf }] = await Promise.all([
      import('./http/server.js'),
      import('./metrics/stats-sampler.js'),
      import('./http/groups-adapter.js'),
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
      },
      this.logger,
    );
    this.httpAddress = await this.httpServer.listen(at.host, at.port);
  }

  /** Stops listeners, writes checkpoints, closes logs and metadata. Idempotent. */
  stop(): Promise<void> {
    if (!this.stopping) this.stopping = this.doStop();
    return this.stopping;
  }

  private async doStop(): Promise<void> {
    // Move leaderships away while clients and followers can still reach this broker.
    await this.cluster?.controlledShutdown().catch((err) => this.logger.warn(`controlled shutdown failed: ${(err as Error).message}`));
    await this.httpServer?.close();
    for (const s of this.servers) await s.close();
    this.groups?.shutdown();
    await this.cleaner?.stop();
    await this.cluster?.close();
    this.logs?.shutdown();
    await this.store?.close();
    this.logger.info(`Tributary broker ${this.config.brokerId} stopped`);
  }
}
