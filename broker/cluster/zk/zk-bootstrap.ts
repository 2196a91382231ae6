/**
 * The bootstrap list of a ZooKeeper-coordinated cluster, read from the live
 * brokers' registrations (`/brokers/ids/<id>`, JSON with "endpoints":
 * ["PLAINTEXT://host:port"] and/or "host"/"port", Kafka's layout), for tools
 * given `--zookeeper host:port[/chroot]` as in older Kafka tutorials.
 * Everything else those tools do goes through the brokers.
 */
import { ZkClient } from './zk-client.js';
import { ZkPaths } from './zk-metadata-store.js';

/** The "host:port" of every PLAINTEXT endpoint of a broker registration's JSON (host/port when it has none). */
export function plaintextAddresses(json: string): string[] {
  const info = JSON.parse(json) as { endpoints?: string[]; host?: string | null; port?: number };
  const out: string[] = [];
  for (const ep of info.endpoints ?? []) {
    const m = /^([A-Za-z_]+):\/\/\[?([^\]]*)\]?:(\d+)$/.exec(ep);
    if (m && m[1].toUpperCase() === 'PLAINTEXT') out.push(`${m[2] || 'localhost'}:${m[3]}`);
  }
  if (out.length === 0 && info.host && info.port && info.port > 0) out.push(`${info.host}:${info.port}`);
  return out;
}

/**
 * Reads the bootstrap list ("h:p,h:p") of the brokers registered in
 * ZooKeeper at `connect`. Rejects with a message naming the address when
 * ZooKeeper does not answer within `timeoutMs` or no broker is registered.
 */
export async function bootstrapFromZooKeeper(connect: string, timeoutMs = 5000): Promise<string> {
  let zk: ZkClient;
  try {
    zk = await ZkClient.connect({ connect, sessionTimeoutMs: 10_000, connectionTimeoutMs: timeoutMs });
  } catch {
    throw new Error(`could not connect to ZooKeeper at ${connect} within ${timeoutMs} ms`);
  }
  try {
    const ids = await zk.getChildren(ZkPaths.brokerIds);
    if (ids === null) throw new Error(`no brokers are registered in ZooKeeper at ${connect} (no ${ZkPaths.brokerIds})`);
    const addresses: string[] = [];
    for (const id of ids.map(Number).sort((a, b) => a - b)) {
      const got = await zk.getData(ZkPaths.broker(id)).catch(() => null);
      if (got?.data) addresses.push(...plaintextAddresses(got.data.toString('utf8')));
    }
    if (addresses.length === 0) throw new Error(`no brokers are registered in ZooKeeper at ${connect}`);
    return addresses.join(',');
  } finally {
    zk.close();
  }
}
