/**
 * Test helper for the API handlers without sockets: a real BrokerServices
 * built in-process the way Broker.start composes it (a LogManager over a
 * temporary directory, the local cluster mode with its LevelDB metadata, the
 * replica manager, controller and group coordinator, the dynamic broker
 * configs applied as the broker applies them) minus the listeners and
 * the HTTP server, and `call`, which takes a request the way the wire does:
 * encoded at the version, decoded by the handler's codec, handled with a
 * RequestContext, and the answer encoded at the same version and decoded
 * again (so every answer is one the version can carry).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBrokerConfig } from '../../../../config/broker-config.js';
import { topicDefaultsFromBroker } from '../../../../config/topic-config.js';
import { initCodecs } from '../../../../protocol/compression.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import type { Input } from '../../../../protocol/input.js';
import { Reader } from '../../../../protocol/reader.js';
import { Writer } from '../../../../protocol/writer.js';
import { LogManager } from '../../../../broker/log/log-manager.js';
import { logConfigFromProperties } from '../../../../broker/log/log-config.js';
import { clusterModeFor, type ClusterMode } from '../../../../broker/cluster/cluster-mode.js';
import { MetadataCache } from '../../../../broker/cluster/metadata-cache.js';
import { ReplicaManager } from '../../../../broker/replica/replica-manager.js';
import { GroupCoordinator } from '../../../../broker/group/group-coordinator.js';
import { createTransactionCoordinator, type TransactionCoordinator } from '../../../../broker/txn/txn-coordinator.js';
import { ClientQuotas } from '../../../../broker/security/quota/client-quotas.js';
import { ClientQuotaAdmin } from '../../../../broker/security/quota/client-quota-admin.js';
import { ScramCredentialService } from '../../../../broker/security/scram-credential-service.js';
import { silentLogger } from '../../../../broker/logger.js';
import { AclAuthorizer } from '../../../../broker/security/authorizer.js';
import type { BrokerServices } from '../../../../broker/services.js';
import type { EntityConfigStore } from '../../../../broker/cluster/entity-config-store.js';
import { DynamicBrokerConfigs } from '../../../../broker/config/dynamic-broker-configs.js';
import { applyDynamicChange } from '../../../../broker/config/dynamic-reconfiguration.js';
import { ANONYMOUS, type ApiHandler, type RequestContext } from '../../../../broker/apis/types.js';

/** The address the broker advertises (nothing listens there: handlers are called directly). */
export const ADVERTISED = { host: '127.0.0.1', port: 19092 };

/** A broker's services in this process. */
export interface TestServices {
  readonly svc: BrokerServices;
  /** The cluster mode's entity config store (users' and clients' configs). */
  readonly entityConfigs: EntityConfigStore;
  /**
   * Sends `request` to `handler` at version `v` as the wire would; resolves
   * with the decoded answer (null: none). `as` overrides fields of the
   * request context (the principal, listener, client address); by default
   * User:ANONYMOUS from 127.0.0.1 on the PLAINTEXT listener.
   */
  call<Req, Resp>(handler: ApiHandler<Req, Resp>, v: number, request: Input<Req>, as?: Partial<RequestContext>): Promise<Resp | null>;
  /** Creates a topic through the controller (not through a handler); throws unless it was created. */
  createTopic(name: string, partitions?: number, configs?: Record<string, string>): Promise<void>;
  /** Stops the coordinator, closes metadata and logs, removes the directory. */
  close(): Promise<void>;
}

/** Encodes with `enc` at version v and decodes the bytes with `dec` (every byte must be read). */
function overTheWire<T>(enc: (w: Writer, v: number, o: never) => void, dec: (r: Reader, v: number) => T, v: number, value: unknown): T {
  const w = Writer.acquire();
  try {
    enc(w, v, value as never);
    const r = new Reader(w.finishBuffer());
    const out = dec(r, v);
    if (r.remaining !== 0) throw new Error(`${r.remaining} bytes left after decoding at v${v}`);
    return out;
  } finally {
    Writer.release(w);
  }
}

/**
 * Builds a broker's services over a fresh temporary directory; `config` adds
 * server.properties keys to a one-broker setup (offsets topic with 1
 * partition, no initial rebalance delay).
 */
export async function startServices(config: Record<string, string> = {}): Promise<TestServices> {
  await initCodecs();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-apis-'));
  let cluster: ClusterMode | null = null;
  let logs: LogManager | null = null;
  let groups: GroupCoordinator | null = null;
  let txns: TransactionCoordinator | null = null;
  const close = async (): Promise<void> => {
    txns?.shutdown();
    groups?.shutdown();
    await cluster?.close();
    logs?.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const cfg = loadBrokerConfig(null, [], {
      'broker.id': '0',
      listeners: `PLAINTEXT://${ADVERTISED.host}:${ADVERTISED.port}`,
      'log.dirs': path.join(dir, 'logs'),
      'http.listener': 'none',
      'offsets.topic.num.partitions': '1',
      'offsets.topic.replication.factor': '1',
      'transaction.state.log.num.partitions': '1',
      'transaction.state.log.replication.factor': '1',
      'group.initial.rebalance.delay.ms': '0',
      ...config,
    });
    // Every dir of log.dirs (a test may give several: JBOD).
    const logDirs = cfg.logDirs.map((d) => path.resolve(d));
    for (const d of logDirs) fs.mkdirSync(d, { recursive: true });
    const logDir = logDirs[0];
    logs = new LogManager({
      logDirs,
      defaultConfig: logConfigFromProperties(topicDefaultsFromBroker(cfg)),
      logger: silentLogger,
    });
    logs.loadAll();
    cluster = await clusterModeFor(cfg, logDir, silentLogger);
    const clusterId = await cluster.open(null);
    const authorizer =
      cfg.authorizerClassName === ''
        ? null
        : new AclAuthorizer(
            cluster.aclStore(),
            { superUsers: cfg.superUsers, allowEveryoneIfNoAclFound: cfg.allowEveryoneIfNoAclFound },
            silentLogger,
          );
    await authorizer?.start();
    const dynamic = new DynamicBrokerConfigs(cfg, cluster.entityConfigs, silentLogger);
    await dynamic.start();
    const metadata = new MetadataCache(clusterId);
    const replicas = new ReplicaManager(cfg.brokerId, logs, cluster.replicationHooks);
    const controller = cluster.createController(metadata, replicas, {
      defaultPartitions: cfg.numPartitions,
      defaultReplicationFactor: cfg.defaultReplicationFactor,
      deleteTopicEnable: cfg.deleteTopicEnable,
      get topicDefaults() {
        return dynamic.topicDefaults;
      },
    });
    dynamic.onChange((next, prev) =>
      applyDynamicChange(next, prev, { metadata, controller, replicas, cleaner: () => null, logger: silentLogger }),
    );
    groups = new GroupCoordinator({ brokerId: cfg.brokerId, config: cfg, metadata, controller, replicas, logger: silentLogger });
    const g = groups;
    metadata.watchTopicRemovals((topic) => g.onTopicDeleted(topic));
    txns = createTransactionCoordinator(
      { brokerId: cfg.brokerId, config: cfg, metadata, controller, replicas, logger: silentLogger, producerIds: cluster.producerIds },
      groups.manager,
    );
    const scramCredentials = new ScramCredentialService(cluster.entityConfigs, silentLogger);
    const clientQuotas = new ClientQuotas(
      cluster.entityConfigs,
      { samples: cfg.quotaWindowNum, windowMs: cfg.quotaWindowSizeSeconds * 1000 },
      silentLogger,
    );
    const clientQuotaAdmin = new ClientQuotaAdmin(clientQuotas, silentLogger);
    const svc: BrokerServices = {
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
      logger: silentLogger,
      authorizer,
      get topicDefaults() {
        return dynamic.topicDefaults;
      },
      // As Broker.start: auto.create.topics.enable decides, a topic created meanwhile is no error.
      autoCreateTopic: async (name) => {
        if (!cfg.autoCreateTopicsEnable) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
        const r = await controller.createTopic({ name, numPartitions: -1, replicationFactor: -1, assignments: [], configs: {} }, false);
        return r.errorCode === ErrorCode.TOPIC_ALREADY_EXISTS ? ErrorCode.NONE : r.errorCode;
      },
    };
    await cluster.start(
      { nodeId: cfg.brokerId, host: ADVERTISED.host, port: ADVERTISED.port, rack: null },
      { metadata, replicas, controller, logs },
    );
    await scramCredentials.start();
    await clientQuotas.start();
    groups.startup();
    txns.startup();
    let correlationId = 0;
    return {
      svc,
      entityConfigs: cluster.entityConfigs,
      close,
      async createTopic(name, partitions = 1, configs = {}) {
        const r = await controller.createTopic({ name, numPartitions: partitions, replicationFactor: 1, assignments: [], configs }, false);
        if (r.errorCode !== ErrorCode.NONE) throw new Error(`creating ${name}: error ${r.errorCode} ${r.errorMessage ?? ''}`);
      },
      async call<Req, Resp>(
        h: ApiHandler<Req, Resp>,
        v: number,
        request: Input<Req>,
        as: Partial<RequestContext> = {},
      ): Promise<Resp | null> {
        if (v < h.minVersion || v > h.maxVersion)
          throw new Error(`${h.name} v${v} is outside the handler's ${h.minVersion}-${h.maxVersion}`);
        const req = overTheWire(h.api.encodeRequest, h.decode, v, request);
        const ctx: RequestContext = {
          apiKey: h.apiKey,
          apiVersion: v,
          correlationId: ++correlationId,
          clientId: 'handler-test',
          clientHost: '127.0.0.1',
          clientAddress: '127.0.0.1',
          principal: ANONYMOUS,
          listenerName: 'PLAINTEXT',
          securityProtocol: 'PLAINTEXT',
          connectionId: 'handler-test',
          broker: svc,
          ...as,
        };
        const resp = await h.handle(ctx, req);
        if (resp === null) return null;
        return overTheWire(h.encode, h.api.decodeResponse, v, resp);
      },
    };
  } catch (err) {
    await close();
    throw err;
  }
}
