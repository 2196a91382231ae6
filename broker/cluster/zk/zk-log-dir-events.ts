/**
 * Log dir failures in a ZooKeeper cluster (Kafka's LogDirEventNotification):
 * a broker whose log dir failed (offline-log-dirs.ts) tells the controller,
 * which moves the leaderships of the replicas in that dir away and takes
 * them out of their ISRs.
 *
 * Znodes:
 *   /log_dir_event_notification/log_dir_event_<10-digit sequence>
 *       persistent sequential, Kafka's layout and data:
 *       {"version":1,"broker":<id>,"event":1}   (event 1: LogDirFailure)
 *       the controller deletes each one it has handled.
 *   /tributary/offline_replicas/<id>
 *       ephemeral: the replicas broker <id> has offline,
 *       {"version":1,"partitions":[{"topic":"t","partition":0},...]}
 *
 * Where Tributary departs from Kafka: Kafka's controller answers a
 * notification by sending the broker LeaderAndIsr for all its replicas and
 * learns the offline ones from the KAFKA_STORAGE_ERROR answers; brokers here
 * follow partition state znodes instead of receiving RPCs, so the broker
 * writes its offline replicas next to the notification. The znode is
 * ephemeral because an offline dir comes back with a restart (a new
 * session), as in Kafka.
 */
import { ZkCode, isZkCode, type ZkClient, type ZkWatcher } from './zk-client.js';

/** Kafka's notification directory and sequential child prefix. */
export const LOG_DIR_EVENTS = '/log_dir_event_notification';
const EVENT_PREFIX = 'log_dir_event_';
/** LogDirFailure, Kafka's only log dir event. */
const LOG_DIR_FAILURE = 1;
/** Offline replicas per broker. */
export const OFFLINE_REPLICAS = '/tributary/offline_replicas';

/** A topic-partition. */
export interface OfflineReplica {
  topic: string;
  partition: number;
}

/** `<topic>\u0000<partition>`, the key of an offline replica. */
export function replicaKey(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

/** Publishes `partitions` as broker `brokerId`'s offline replicas, then notifies the controller. */
export async function reportLogDirFailure(zk: ZkClient, brokerId: number, partitions: readonly OfflineReplica[]): Promise<void> {
  await zk.ensurePath(OFFLINE_REPLICAS);
  await zk.ensurePath(LOG_DIR_EVENTS);
  const path = `${OFFLINE_REPLICAS}/${brokerId}`;
  const data = Buffer.from(JSON.stringify({ version: 1, partitions }));
  try {
    await zk.create(path, data, 'ephemeral');
  } catch (err) {
    if (!isZkCode(err, ZkCode.NODE_EXISTS)) throw err;
    await zk.setData(path, data, -1);
  }
  await zk.create(
    `${LOG_DIR_EVENTS}/${EVENT_PREFIX}`,
    Buffer.from(JSON.stringify({ version: 1, broker: brokerId, event: LOG_DIR_FAILURE })),
    'persistent_sequential',
  );
}

/**
 * The brokers named by the pending notifications (watching for more),
 * each notification deleted once read; unreadable ones are deleted too.
 */
export async function takeLogDirEvents(zk: ZkClient, watcher: ZkWatcher): Promise<number[]> {
  await zk.ensurePath(LOG_DIR_EVENTS);
  const children = ((await zk.getChildren(LOG_DIR_EVENTS, watcher)) ?? []).filter((c) => c.startsWith(EVENT_PREFIX)).sort();
  const brokers = new Set<number>();
  for (const c of children) {
    const path = `${LOG_DIR_EVENTS}/${c}`;
    const got = await zk.getData(path);
    try {
      const v = JSON.parse(got?.data?.toString('utf8') ?? 'null') as { broker?: unknown; event?: unknown } | null;
      if (v !== null && typeof v.broker === 'number' && v.event === LOG_DIR_FAILURE) brokers.add(v.broker);
    } catch {
      // Not JSON: nothing to act on.
    }
    try {
      await zk.remove(path);
    } catch (err) {
      if (!isZkCode(err, ZkCode.NO_NODE)) throw err;
    }
  }
  return [...brokers];
}

/** The offline replicas of one broker (keys of replicaKey), empty when it has none. */
export async function readOfflineReplicas(zk: ZkClient, brokerId: number): Promise<Set<string>> {
  const got = await zk.getData(`${OFFLINE_REPLICAS}/${brokerId}`);
  const out = new Set<string>();
  if (!got?.data) return out;
  try {
    const v = JSON.parse(got.data.toString('utf8')) as { partitions?: OfflineReplica[] };
    for (const p of v.partitions ?? [])
      if (typeof p.topic === 'string' && Number.isInteger(p.partition)) out.add(replicaKey(p.topic, p.partition));
  } catch {
    // Unreadable: treated as none.
  }
  return out;
}

/** The offline replicas of every broker that published some (controller start). */
export async function readAllOfflineReplicas(zk: ZkClient): Promise<Map<number, Set<string>>> {
  const out = new Map<number, Set<string>>();
  for (const c of (await zk.getChildren(OFFLINE_REPLICAS)) ?? []) {
    const id = Number(c);
    if (!Number.isInteger(id)) continue;
    const set = await readOfflineReplicas(zk, id);
    if (set.size > 0) out.set(id, set);
  }
  return out;
}
