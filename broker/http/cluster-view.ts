/**
 * ClusterView: the whole cluster as one broker's console shows it, so that
 * any broker's console answers for all of them.
 *
 * What this broker knows itself: the metadata cache (every topic, partition,
 * leader, replica set and ISR; the brokers registered in ZooKeeper), its own
 * partition logs and the groups its coordinator holds. What it asks the
 * others (PeerClient, over the Kafka protocol): whether they answer, the
 * groups they coordinate with their members and committed offsets, and the
 * log start offset and high watermark of the partitions they lead.
 *
 * A broker is `down` when it is registered but does not answer (killed, its
 * ZooKeeper session not yet expired) or when it holds replicas but is not
 * registered (its session expired). A snapshot is taken at most once per
 * `maxAgeMs` (callers in between share it, or share the refresh under way);
 * nothing is asked of other brokers unless an API call wants it.
 */
import type { MetadataCache } from '../cluster/metadata-cache.js';
import type { ReplicaManager } from '../replica/replica-manager.js';
import { decodeAssignment } from './groups-adapter.js';
import type { PeerAddress, PartitionOffsets, PeerClient } from './peer-client.js';
import type { GroupMemberView, GroupView, GroupsSource } from './source.js';

/** One broker of the cluster and whether it is up. */
export interface BrokerStatus {
  nodeId: number;
  /** Its Kafka address, null when it is not registered (unknown). */
  host: string | null;
  port: number | null;
  rack: string | null;
  /** Registered in the cluster (ZooKeeper's /brokers/ids, or this broker alone). */
  registered: boolean;
  status: 'up' | 'down';
  /** Why it is down (null when up). */
  reason: string | null;
  /** True for the broker answering. */
  self: boolean;
  /** Partitions it leads, per metadata. */
  leaderPartitions: number;
  /** Partitions with a replica assigned to it. */
  replicaPartitions: number;
}

/** A group with the broker that coordinates it. */
export interface ClusterGroup extends GroupView {
  coordinator: number;
}

/** What one refresh saw. */
export interface ClusterSnapshot {
  /** When it was taken (ms since the epoch). */
  takenAt: number;
  brokers: BrokerStatus[];
  /** Every group of the cluster whose coordinator answered, by group id. */
  groups: ClusterGroup[];
  /** Brokers whose groups could not be listed, with the reason (their groups are missing from `groups`). */
  unavailable: { nodeId: number; error: string }[];
  /** Log start offset and high watermark of partitions led by other brokers ("topic\0partition"). */
  remoteOffsets: Map<string, PartitionOffsets>;
}

/** Offsets of a partition as the console shows them. */
export interface LeaderOffsets {
  logStartOffset: number;
  /** Known only when this broker leads the partition (a ListOffsets answer does not carry it). */
  logEndOffset: number | null;
  highWatermark: number;
  /** Exclusive end of what read_committed consumers may read. */
  lastStableOffset: number;
}

/** What the view reads on this broker. */
export interface ClusterViewSource {
  readonly brokerId: number;
  readonly metadata: MetadataCache;
  readonly replicas: Pick<ReplicaManager, 'get'>;
  /** This broker's groups, null without a coordinator. */
  groups(): GroupsSource | null;
}

/** The key of a partition in offset maps. */
export function partitionKey(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

/** The cluster as seen from this broker, refreshed on demand. */
export class ClusterView {
  private last: ClusterSnapshot | null = null;
  private refreshing: Promise<ClusterSnapshot> | null = null;

  /** A view over `src`, asking other brokers through `peers`; snapshots live `maxAgeMs`. */
  constructor(
    private readonly src: ClusterViewSource,
    private readonly peers: PeerClient,
    private readonly maxAgeMs = 1000,
  ) {}

  /** The last snapshot taken, however old (null before the first). */
  latest(): ClusterSnapshot | null {
    return this.last;
  }

  /** A snapshot at most `maxAgeMs` old (taking one when needed). */
  snapshot(): Promise<ClusterSnapshot> {
    if (this.last && Date.now() - this.last.takenAt < this.maxAgeMs) return Promise.resolve(this.last);
    if (!this.refreshing) {
      const p = this.take().finally(() => {
        if (this.refreshing === p) this.refreshing = null;
      });
      this.refreshing = p;
    }
    return this.refreshing;
  }

  /**
   * Log start offset, high watermark and LSO of a partition from its leader: this
   * broker's log when it leads it, else `snap`'s answer from the leader;
   * null when the partition has no leader or the leader did not answer.
   */
  leaderOffsets(snap: ClusterSnapshot | null, topic: string, partition: number): LeaderOffsets | null {
    const local = this.src.replicas.get(topic, partition);
    if (local && local.isLeader) {
      const log = local.log;
      return {
        logStartOffset: log.logStartOffset,
        logEndOffset: log.logEndOffset,
        highWatermark: log.highWatermark,
        lastStableOffset: log.lastStableOffset,
      };
    }
    const remote = snap?.remoteOffsets.get(partitionKey(topic, partition));
    return remote ? { ...remote, logEndOffset: null } : null;
  }

  private async take(): Promise<ClusterSnapshot> {
    const { metadata, brokerId } = this.src;
    const registered = new Map(metadata.brokers().map((b) => [b.nodeId, b]));
    const leads = new Map<number, number>();
    const hosts = new Map<number, number>();
    const ledElsewhere = new Map<number, { topic: string; partition: number }[]>();
    for (const t of metadata.topics()) {
      for (const p of t.partitions) {
        leads.set(p.leader, (leads.get(p.leader) ?? 0) + 1);
        for (const r of p.replicas) hosts.set(r, (hosts.get(r) ?? 0) + 1);
        if (p.leader >= 0 && p.leader !== brokerId && registered.has(p.leader)) {
          let list = ledElsewhere.get(p.leader);
          if (!list) ledElsewhere.set(p.leader, (list = []));
          list.push({ topic: t.name, partition: p.partition });
        }
      }
    }

    const groups = new Map<string, ClusterGroup>();
    for (const g of this.src.groups()?.list() ?? []) groups.set(g.groupId, { ...g, coordinator: brokerId });
    const unavailable: ClusterSnapshot['unavailable'] = [];
    const remoteOffsets = new Map<string, PartitionOffsets>();
    const alive = new Map<number, string | null>();
    const others = [...registered.values()].filter((b) => b.nodeId !== brokerId);
    await Promise.all(
      others.map(async (b) => {
        const peer: PeerAddress = { nodeId: b.nodeId, host: b.host, port: b.port };
        const ping = await this.peers.ping(peer);
        alive.set(b.nodeId, ping.alive ? null : ping.error);
        if (!ping.alive) {
          unavailable.push({ nodeId: b.nodeId, error: ping.error ?? 'not answering' });
          return;
        }
        const [listed] = await Promise.all([
          this.remoteGroups(peer).catch((err: Error) => {
            unavailable.push({ nodeId: b.nodeId, error: err.message });
            return [] as ClusterGroup[];
          }),
          this.peers.partitionOffsets(peer, ledElsewhere.get(b.nodeId) ?? []).then(
            (m) => {
              for (const [k, v] of m) remoteOffsets.set(k, v);
            },
            () => undefined,
          ),
        ]);
        // While a coordinator moves, two brokers may list a group: the first answer wins.
        for (const g of listed) if (!groups.has(g.groupId)) groups.set(g.groupId, g);
      }),
    );

    const ids = new Set<number>([brokerId, ...registered.keys(), ...hosts.keys()]);
    ids.delete(-1);
    const brokers: BrokerStatus[] = [];
    for (const id of [...ids].sort((a, b) => a - b)) {
      const info = registered.get(id);
      const error = alive.get(id) ?? null;
      const down = id !== brokerId && (!info || error !== null);
      brokers.push({
        nodeId: id,
        host: info?.host ?? null,
        port: info?.port ?? null,
        rack: info?.rack ?? null,
        registered: info !== undefined,
        status: down ? 'down' : 'up',
        reason: !down
          ? null
          : !info
            ? 'not registered: holds replicas but has no live ZooKeeper session'
            : `not answering at ${info.host}:${info.port} (${(error ?? '').replace(`${info.host}:${info.port}: `, '')})`,
        self: id === brokerId,
        leaderPartitions: leads.get(id) ?? 0,
        replicaPartitions: hosts.get(id) ?? 0,
      });
    }
    const snap: ClusterSnapshot = {
      takenAt: Date.now(),
      brokers,
      groups: [...groups.values()].sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0)),
      unavailable: unavailable.sort((a, b) => a.nodeId - b.nodeId),
      remoteOffsets,
    };
    this.last = snap;
    return snap;
  }

  /** The groups `peer` coordinates, described, with their committed offsets. */
  private async remoteGroups(peer: PeerAddress): Promise<ClusterGroup[]> {
    const listed = await this.peers.listGroups(peer);
    if (listed.length === 0) return [];
    const ids = listed.map((g) => g.groupId);
    const [described, offsets] = await Promise.all([this.peers.describeGroups(peer, ids), this.peers.committedOffsets(peer, ids)]);
    const out: ClusterGroup[] = [];
    for (const d of described) {
      // Dead: it went away between ListGroups and DescribeGroups; an error: it moved to another coordinator.
      if (d.errorCode !== 0 || d.groupState === 'Dead') continue;
      const consumer = d.protocolType === 'consumer';
      const members: GroupMemberView[] = d.members.map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        assignment: consumer ? decodeAssignment(m.memberAssignment) : [],
      }));
      out.push({
        groupId: d.groupId,
        state: d.groupState,
        protocolType: d.protocolType || null,
        protocol: d.protocolData || null,
        // DescribeGroups carries neither the generation nor the leader.
        generationId: null,
        leaderId: null,
        members,
        offsets: offsets.get(d.groupId) ?? [],
        coordinator: peer.nodeId,
      });
    }
    return out;
  }
}
