/**
 * ZkMetadataStore: the multi-broker MetadataStore engine, cluster metadata in
 * Apache ZooKeeper with Kafka's znode layout (as of Kafka 2.8-3.x ZK mode)
 * where it fits. All values are JSON in UTF-8.
 *
 * ```
 * /cluster/id                         {"version":"1","id":"<cluster id>"}
 * /controller_epoch                   "<n>"; bumped by each new controller; its
 *                                     zk version fences stale controllers
 * /controller           (ephemeral)   {"version":1,"brokerid":<id>,"timestamp":"<ms>"}
 * /brokers/ids/<id>     (ephemeral)   {"version":5,"host":"h","port":p,"endpoints":["PLAINTEXT://h:p"],
 *                                      "listener_security_protocol_map":{"PLAINTEXT":"PLAINTEXT"},
 *                                      "jmx_port":-1,"timestamp":"<ms>","rack":"r"?,"features":{}}
 *                                     its czxid is the broker epoch (a new one per registration)
 * /brokers/topics/<t>                 {"version":3,"topic_id":"<base64 uuid>","partitions":{"0":[1,2,3],...},
 *                                      "adding_replicas":{"0":[3]},"removing_replicas":{"0":[1]}}
 *                                     (a partition being reassigned lists target + original
 *                                     replicas in "partitions", KIP-455)
 * /brokers/topics/<t>/partitions/<p>/state
 *                                     {"version":1,"leader":<id|-1>,"leader_epoch":e,"isr":[...],"controller_epoch":c}
 *                                     written by the controller (elections, with a check of
 *                                     /controller_epoch's version) and by the leader (ISR changes,
 *                                     Kafka's old AlterIsr path), always with the znode version read
 * /config/topics/<t>                  {"version":1,"config":{"k":"v",...}}  (overrides only)
 * /admin/delete_topics/<t>            a deletion request, removed by the controller when done
 * /admin/reassign_partitions          {"version":1,"partitions":[{"topic":t,"partition":p,"replicas":[..]}]}
 *                                     reassignments asked by older tools; the controller
 *                                     removes each partition when done, the znode when empty
 * /admin/preferred_replica_election   {"version":1,"partitions":[{"topic":t,"partition":p}]}
 *                                     removed by the controller once it elected them
 * /latest_producer_id_block           {"version":1,"broker":id,"block_start":"n","block_end":"m"}
 * /tributary/controlled_shutdown/<id> (ephemeral) a broker asking the controller to move its
 *                                     leaderships away before it stops (Kafka uses an RPC)
 * ```
 *
 * Not safe for concurrent writers of one znode except through the version
 * checks; callers serialize per topic.
 */
import type { BrokerEndpoint, BrokerInfo } from '../metadata-cache.js';
import type { MetadataStore, PartitionRecord, TopicRecord } from '../metadata-store.js';
import { newClusterId } from '../local-metadata-store.js';
import { ZkCode, ZkError, isZkCode, type ZkClient, type ZkOp, type ZkStat, type ZkWatcher } from './zk-client.js';

/** Znode paths. */
export const ZkPaths = {
  clusterId: '/cluster/id',
  controller: '/controller',
  controllerEpoch: '/controller_epoch',
  brokerIds: '/brokers/ids',
  broker: (id: number) => `/brokers/ids/${id}`,
  topics: '/brokers/topics',
  topic: (t: string) => `/brokers/topics/${t}`,
  partitions: (t: string) => `/brokers/topics/${t}/partitions`,
  partition: (t: string, p: number) => `/brokers/topics/${t}/partitions/${p}`,
  partitionState: (t: string, p: number) => `/brokers/topics/${t}/partitions/${p}/state`,
  topicConfigs: '/config/topics',
  topicConfig: (t: string) => `/config/topics/${t}`,
  deleteTopics: '/admin/delete_topics',
  deleteTopic: (t: string) => `/admin/delete_topics/${t}`,
  reassignPartitions: '/admin/reassign_partitions',
  preferredReplicaElection: '/admin/preferred_replica_election',
  producerIdBlock: '/latest_producer_id_block',
  controlledShutdown: '/tributary/controlled_shutdown',
  controlledShutdownOf: (id: number) => `/tributary/controlled_shutdown/${id}`,
} as const;

/** Leader, epoch and ISR of a partition as stored, with the znode's version. */
export interface PartitionStateZnode {
  leader: number;
  leaderEpoch: number;
  isr: number[];
  controllerEpoch: number;
  /** The znode version (for conditional writes). */
  zkVersion: number;
  /** The zxid of the last write (compared with broker epochs). */
  mzxid: bigint;
}

/** A topic's replica assignment. */
export interface TopicAssignment {
  topicId: string;
  /** Replicas per partition, by partition index (during a reassignment: the target ones first, then the original ones left). */
  replicas: number[][];
  /** Partitions being reassigned → the replicas being added (KIP-455's adding_replicas); absent when none. */
  adding?: Record<number, number[]>;
  /** Partitions being reassigned → the replicas being removed (removing_replicas); absent when none. */
  removing?: Record<number, number[]>;
}

/** The replicas being added to partition `p` (empty when it is not being reassigned). */
export function addingOf(a: TopicAssignment, p: number): number[] {
  return a.adding?.[p] ?? [];
}

/** The replicas being removed from partition `p` (empty when it is not being reassigned). */
export function removingOf(a: TopicAssignment, p: number): number[] {
  return a.removing?.[p] ?? [];
}

/** A registered broker with its epoch (the czxid of its registration). */
export interface RegisteredBroker {
  info: BrokerInfo;
  epoch: bigint;
}

/** Fencing for controller writes: the version /controller_epoch had when this controller bumped it. */
export interface ControllerFence {
  epoch: number;
  epochZkVersion: number;
}

function json(v: unknown): Buffer {
  return Buffer.from(JSON.stringify(v), 'utf8');
}

function parse<T>(data: Buffer | null, path: string): T {
  if (!data) throw new Error(`znode ${path} has no data`);
  return JSON.parse(data.toString('utf8')) as T;
}

/** Canonical UUID → Kafka's base64url form. */
export function uuidToBase64(uuid: string): string {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex').toString('base64url');
}

/** Kafka's base64url UUID → canonical form. */
export function base64ToUuid(b64: string): string {
  const h = Buffer.from(b64, 'base64url').toString('hex').padStart(32, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The registration JSON of a broker (Kafka's v5 layout: every endpoint with its listener name, host/port of PLAINTEXT). */
export function encodeBrokerRegistration(b: BrokerInfo): Buffer {
  const endpoints = b.endpoints ?? [{ listenerName: 'PLAINTEXT', securityProtocol: 'PLAINTEXT', host: b.host, port: b.port }];
  const map: Record<string, string> = {};
  for (const e of endpoints) map[e.listenerName] = e.securityProtocol;
  // Kafka writes host/port of the PLAINTEXT endpoint, or null/-1 when there is none.
  const plaintext = endpoints.find((e) => e.securityProtocol === 'PLAINTEXT');
  const reg: Record<string, unknown> = {
    features: {},
    listener_security_protocol_map: map,
    endpoints: endpoints.map((e) => `${e.listenerName}://${e.host.includes(':') ? `[${e.host}]` : e.host}:${e.port}`),
    jmx_port: -1,
    port: plaintext?.port ?? -1,
    host: plaintext?.host ?? null,
    version: 5,
    timestamp: String(Date.now()),
  };
  if (b.rack !== null) reg.rack = b.rack;
  return json(reg);
}

/**
 * A broker from its registration JSON: every endpoint, and as host/port the
 * one of listener `interBroker` (the first endpoint when it has none; host/port
 * of old registrations without endpoints).
 */
export function decodeBrokerRegistration(id: number, data: Buffer | null, interBroker = 'PLAINTEXT'): BrokerInfo {
  const reg = parse<{
    host?: string | null;
    port?: number;
    endpoints?: string[];
    rack?: string;
    listener_security_protocol_map?: Record<string, string>;
  }>(data, ZkPaths.broker(id));
  const endpoints: BrokerEndpoint[] = [];
  for (const ep of reg.endpoints ?? []) {
    const m = /^([A-Za-z0-9_.-]+):\/\/\[?([^\]]*?)\]?:(\d+)$/.exec(ep);
    if (!m) continue;
    const name = m[1].toUpperCase();
    const protocol = reg.listener_security_protocol_map?.[name] ?? name;
    endpoints.push({ listenerName: name, securityProtocol: protocol, host: m[2] || reg.host || 'localhost', port: Number(m[3]) });
  }
  if (endpoints.length === 0) return { nodeId: id, host: reg.host ?? 'localhost', port: reg.port ?? -1, rack: reg.rack ?? null };
  const inter = endpoints.find((e) => e.listenerName === interBroker) ?? endpoints[0];
  return { nodeId: id, host: inter.host, port: inter.port, rack: reg.rack ?? null, endpoints };
}

/** The topic assignment JSON. */
export function encodeTopicAssignment(a: TopicAssignment): Buffer {
  const partitions: Record<string, number[]> = {};
  const adding: Record<string, number[]> = {};
  const removing: Record<string, number[]> = {};
  for (let p = 0; p < a.replicas.length; p++) {
    partitions[String(p)] = a.replicas[p];
    if (addingOf(a, p).length > 0) adding[String(p)] = addingOf(a, p);
    if (removingOf(a, p).length > 0) removing[String(p)] = removingOf(a, p);
  }
  return json({ version: 3, topic_id: uuidToBase64(a.topicId), partitions, adding_replicas: adding, removing_replicas: removing });
}

function nonEmptyLists(v: Record<string, number[]> | undefined): Record<number, number[]> | undefined {
  const out: Record<number, number[]> = {};
  let any = false;
  for (const [k, r] of Object.entries(v ?? {})) {
    if (r.length === 0) continue;
    out[Number(k)] = r;
    any = true;
  }
  return any ? out : undefined;
}

/** A topic assignment from JSON (Kafka's versions 1-3; adding/removing replicas from version 2). */
export function decodeTopicAssignment(name: string, data: Buffer | null): TopicAssignment {
  const v = parse<{
    topic_id?: string;
    partitions: Record<string, number[]>;
    adding_replicas?: Record<string, number[]>;
    removing_replicas?: Record<string, number[]>;
  }>(data, ZkPaths.topic(name));
  const replicas: number[][] = [];
  for (const [k, r] of Object.entries(v.partitions)) replicas[Number(k)] = r;
  for (let i = 0; i < replicas.length; i++) if (!replicas[i]) replicas[i] = [];
  const a: TopicAssignment = { topicId: v.topic_id ? base64ToUuid(v.topic_id) : '00000000-0000-0000-0000-000000000000', replicas };
  const adding = nonEmptyLists(v.adding_replicas);
  const removing = nonEmptyLists(v.removing_replicas);
  if (adding) a.adding = adding;
  if (removing) a.removing = removing;
  return a;
}

/** The partition state JSON. */
export function encodePartitionState(s: { leader: number; leaderEpoch: number; isr: number[] }, controllerEpoch: number): Buffer {
  return json({ controller_epoch: controllerEpoch, leader: s.leader, version: 1, leader_epoch: s.leaderEpoch, isr: s.isr });
}

function decodePartitionState(path: string, data: Buffer | null, stat: ZkStat): PartitionStateZnode {
  const v = parse<{ leader: number; leader_epoch: number; isr: number[]; controller_epoch: number }>(data, path);
  return {
    leader: v.leader,
    leaderEpoch: v.leader_epoch,
    isr: v.isr,
    controllerEpoch: v.controller_epoch,
    zkVersion: stat.version,
    mzxid: stat.mzxid,
  };
}

/** Metadata in ZooKeeper. */
export class ZkMetadataStore implements MetadataStore {
  /** Creates the store over an open session. */
  /** Creates the store; `interBroker` is the listener whose address BrokerInfo.host/port hold. */
  constructor(
    readonly zk: ZkClient,
    private readonly interBroker = 'PLAINTEXT',
  ) {}

  async open(proposedClusterId: string | null): Promise<string> {
    for (const p of [ZkPaths.brokerIds, ZkPaths.topics, ZkPaths.topicConfigs, ZkPaths.deleteTopics, ZkPaths.controlledShutdown, '/cluster'])
      await this.zk.ensurePath(p);
    for (;;) {
      const got = await this.zk.getData(ZkPaths.clusterId);
      if (got) {
        const id = parse<{ id: string }>(got.data, ZkPaths.clusterId).id;
        if (proposedClusterId && proposedClusterId !== id)
          throw new Error(`cluster.id ${proposedClusterId} does not match the id ${id} stored in ZooKeeper`);
        return id;
      }
      try {
        await this.zk.create(ZkPaths.clusterId, json({ version: '1', id: proposedClusterId ?? newClusterId() }));
      } catch (err) {
        if (!isZkCode(err, ZkCode.NODE_EXISTS)) throw err;
      }
    }
  }

  async loadTopics(): Promise<TopicRecord[]> {
    const out: TopicRecord[] = [];
    for (const name of (await this.zk.getChildren(ZkPaths.topics)) ?? []) {
      const t = await this.readTopic(name);
      if (t) out.push(t);
    }
    return out;
  }

  /** A whole topic (assignment, states, configs), or null. Missing states read as leader -1. */
  async readTopic(name: string): Promise<TopicRecord | null> {
    const a = await this.readAssignment(name);
    if (!a) return null;
    const configs = (await this.readConfig(name)) ?? {};
    const partitions: PartitionRecord[] = [];
    for (let p = 0; p < a.replicas.length; p++) {
      const s = await this.readPartitionState(name, p);
      partitions.push({
        partition: p,
        replicas: a.replicas[p],
        leader: s?.leader ?? -1,
        leaderEpoch: s?.leaderEpoch ?? 0,
        isr: s?.isr ?? [],
      });
    }
    return { name, topicId: a.topicId, internal: name.startsWith('__'), partitions, configs };
  }

  async putTopic(t: TopicRecord): Promise<void> {
    await this.writeConfig(t.name, t.configs);
    const assignment = encodeTopicAssignment({ topicId: t.topicId, replicas: t.partitions.map((p) => p.replicas) });
    await this.createOrSet(ZkPaths.topic(t.name), assignment);
    for (const p of t.partitions) {
      await this.zk.ensurePath(ZkPaths.partition(t.name, p.partition));
      await this.createOrSet(ZkPaths.partitionState(t.name, p.partition), encodePartitionState(p, 0));
    }
  }

  async deleteTopic(name: string): Promise<void> {
    await this.zk.removeRecursive(ZkPaths.topic(name));
    await this.zk.remove(ZkPaths.topicConfig(name));
  }

  async close(): Promise<void> {
    this.zk.close();
  }

  private async createOrSet(path: string, data: Buffer): Promise<void> {
    try {
      await this.zk.create(path, data);
    } catch (err) {
      if (!isZkCode(err, ZkCode.NODE_EXISTS)) throw err;
      await this.zk.setData(path, data, -1);
    }
  }

  /** Writes a topic's config overrides. */
  writeConfig(name: string, configs: Record<string, string>): Promise<void> {
    return this.createOrSet(ZkPaths.topicConfig(name), json({ version: 1, config: configs }));
  }

  /** Live brokers with their epochs; the watcher fires when the set changes. */
  async readBrokers(watcher?: ZkWatcher): Promise<RegisteredBroker[]> {
    const ids = (await this.zk.getChildren(ZkPaths.brokerIds, watcher)) ?? [];
    const out: RegisteredBroker[] = [];
    for (const c of ids) {
      const id = Number(c);
      const got = await this.zk.getData(ZkPaths.broker(id));
      if (!got) continue; // went away between the two reads
      out.push({ info: decodeBrokerRegistration(id, got.data, this.interBroker), epoch: got.stat.czxid });
    }
    return out.sort((a, b) => a.info.nodeId - b.info.nodeId);
  }

  /** Registers this broker (ephemeral); resolves with its broker epoch. Rejects NODE_EXISTS. */
  async registerBroker(b: BrokerInfo): Promise<bigint> {
    await this.zk.create(ZkPaths.broker(b.nodeId), encodeBrokerRegistration(b), 'ephemeral');
    const stat = await this.zk.exists(ZkPaths.broker(b.nodeId));
    if (!stat) throw new ZkError(ZkCode.NO_NODE, `registration ${ZkPaths.broker(b.nodeId)} vanished`);
    return stat.czxid;
  }

  /** A topic's assignment, or null; the watcher fires on change or deletion. */
  async readAssignment(name: string, watcher?: ZkWatcher): Promise<TopicAssignment | null> {
    const got = await this.zk.getData(ZkPaths.topic(name), watcher);
    return got ? decodeTopicAssignment(name, got.data) : null;
  }

  /** A topic's config overrides, or null. */
  async readConfig(name: string, watcher?: ZkWatcher): Promise<Record<string, string> | null> {
    const got = await this.zk.getData(ZkPaths.topicConfig(name), watcher);
    return got ? (parse<{ config?: Record<string, string> }>(got.data, ZkPaths.topicConfig(name)).config ?? {}) : null;
  }

  /** A partition's state, or null when not yet created (then the watcher waits for its creation). */
  async readPartitionState(topic: string, partition: number, watcher?: ZkWatcher): Promise<PartitionStateZnode | null> {
    const path = ZkPaths.partitionState(topic, partition);
    const got = await this.zk.getData(path, watcher);
    if (got) return decodePartitionState(path, got.data, got.stat);
    if (watcher) {
      // Watch for creation; if it appeared meanwhile, read it.
      if (await this.zk.exists(path, watcher)) return this.readPartitionState(topic, partition, watcher);
    }
    return null;
  }

  /**
   * Creates a partition's first state (the controller, fenced). Rejects
   * NODE_EXISTS when it is there already, BAD_VERSION when fenced.
   */
  async createPartitionState(
    topic: string,
    partition: number,
    s: { leader: number; leaderEpoch: number; isr: number[] },
    fence: ControllerFence,
  ): Promise<void> {
    await this.zk.ensurePath(ZkPaths.partition(topic, partition));
    await this.zk.multi([
      { op: 'check', path: ZkPaths.controllerEpoch, version: fence.epochZkVersion },
      { op: 'create', path: ZkPaths.partitionState(topic, partition), data: encodePartitionState(s, fence.epoch) },
    ]);
  }

  /**
   * Replaces a partition's state if its znode version is still `zkVersion`;
   * with a fence (controller writes) also only while /controller_epoch is
   * unchanged. Resolves with the new znode version; rejects BAD_VERSION.
   */
  async updatePartitionState(
    topic: string,
    partition: number,
    s: { leader: number; leaderEpoch: number; isr: number[] },
    controllerEpoch: number,
    zkVersion: number,
    fence?: ControllerFence,
  ): Promise<number> {
    const path = ZkPaths.partitionState(topic, partition);
    const data = encodePartitionState(s, controllerEpoch);
    if (!fence) return (await this.zk.setData(path, data, zkVersion)).version;
    const ops: ZkOp[] = [
      { op: 'check', path: ZkPaths.controllerEpoch, version: fence.epochZkVersion },
      { op: 'set', path, data, version: zkVersion },
    ];
    await this.zk.multi(ops);
    return zkVersion + 1;
  }

  /** Names of topics waiting for deletion; the watcher fires on change. */
  async readDeleteRequests(watcher?: ZkWatcher): Promise<string[]> {
    return (await this.zk.getChildren(ZkPaths.deleteTopics, watcher)) ?? [];
  }

  /** Asks for a topic's deletion (the controller does it). */
  async requestDelete(name: string): Promise<void> {
    try {
      await this.zk.create(ZkPaths.deleteTopic(name), null);
    } catch (err) {
      if (!isZkCode(err, ZkCode.NODE_EXISTS)) throw err;
    }
  }
}
