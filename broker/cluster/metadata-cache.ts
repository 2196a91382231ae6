/**
 * MetadataCache: the broker's in-memory view of the cluster, answered by
 * Metadata, DescribeCluster and every handler that resolves a topic name or
 * id. Fed by the controller (local or ZooKeeper) whenever metadata changes;
 * reads are plain map look-ups on the request path.
 */
import type { TopicRecord } from './metadata-store.js';

/** One advertised listener of a broker. */
export interface BrokerEndpoint {
  /** Listener name, upper case. */
  listenerName: string;
  securityProtocol: string;
  host: string;
  port: number;
}

/** A broker as clients see it. */
export interface BrokerInfo {
  nodeId: number;
  /** The inter-broker listener's host (what brokers connect to; every listener's when `endpoints` is absent). */
  host: string;
  /** The inter-broker listener's port. */
  port: number;
  rack: string | null;
  /** Every advertised listener; absent = host:port serves every listener name. */
  endpoints?: readonly BrokerEndpoint[];
}

/**
 * Where a client of listener `listenerName` reaches broker `b`: Kafka answers
 * every client with the endpoints of the listener it connected to (an SSL
 * client gets SSL ports), so brokers without that listener are left out.
 */
export function endpointOn(b: BrokerInfo, listenerName: string): { host: string; port: number } | null {
  if (b.endpoints === undefined) return { host: b.host, port: b.port };
  const e = b.endpoints.find((x) => x.listenerName === listenerName);
  return e === undefined ? null : { host: e.host, port: e.port };
}

/** The current cluster view. */
export class MetadataCache {
  private readonly byName = new Map<string, TopicRecord>();
  private readonly byId = new Map<string, TopicRecord>();
  private brokerList: BrokerInfo[] = [];
  /** The controller's broker id (-1 when unknown). */
  controllerId = -1;
  private readonly removalListeners: ((name: string) => void)[] = [];

  /** Creates the cache for a cluster. */
  constructor(readonly clusterId: string) {}

  /** Live brokers, by node id. */
  brokers(): readonly BrokerInfo[] {
    return this.brokerList;
  }

  /** Live brokers that have listener `listenerName`, each with that listener's address (Metadata's broker list). */
  brokersOn(listenerName: string): { nodeId: number; host: string; port: number; rack: string | null }[] {
    const out: { nodeId: number; host: string; port: number; rack: string | null }[] = [];
    for (const b of this.brokerList) {
      const e = endpointOn(b, listenerName);
      if (e !== null) out.push({ nodeId: b.nodeId, host: e.host, port: e.port, rack: b.rack });
    }
    return out;
  }

  /** Replaces the set of live brokers. */
  setBrokers(brokers: BrokerInfo[]): void {
    this.brokerList = [...brokers].sort((a, b) => a.nodeId - b.nodeId);
  }

  /** A topic by name. */
  topic(name: string): TopicRecord | undefined {
    return this.byName.get(name);
  }

  /** A topic by id. */
  topicById(id: string): TopicRecord | undefined {
    return this.byId.get(id);
  }

  /** Every topic, in name order. */
  topics(): TopicRecord[] {
    return [...this.byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Adds or replaces a topic. */
  putTopic(t: TopicRecord): void {
    const old = this.byName.get(t.name);
    if (old) this.byId.delete(old.topicId);
    this.byName.set(t.name, t);
    this.byId.set(t.topicId, t);
  }

  /** Forgets a topic. */
  removeTopic(name: string): void {
    const old = this.byName.get(name);
    if (!old) return;
    this.byName.delete(name);
    this.byId.delete(old.topicId);
    for (const l of this.removalListeners) l(name);
  }

  /** Calls `listener` after every topic removal from now on (the group coordinator drops the topic's offsets). */
  watchTopicRemovals(listener: (name: string) => void): void {
    this.removalListeners.push(listener);
  }
}
