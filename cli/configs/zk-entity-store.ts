/**
 * kafka-configs --zookeeper: the entity configs (/config/users, /config/clients,
 * ...) of a ZooKeeper ensemble for the length of one command. A connection
 * failure is a ConfigCommandError the tool prints as Kafka's does.
 */
import { ZkClient } from '../../broker/cluster/zk/zk-client.js';
import { ZkEntityConfigs } from '../../broker/cluster/zk/zk-entity-configs.js';
import { silentLogger } from '../../broker/logger.js';
import { ConfigCommandError } from './entity-type.js';

/** Runs `f` over the entity configs of the ensemble at `connect`; the session is closed afterwards. */
export async function withZkEntityConfigs<T>(connect: string, f: (store: ZkEntityConfigs) => Promise<T>): Promise<T> {
  let zk: ZkClient;
  try {
    zk = await ZkClient.connect({ connect, sessionTimeoutMs: 30_000, connectionTimeoutMs: 10_000 });
  } catch (err) {
    throw new ConfigCommandError((err as Error).message, true);
  }
  try {
    return await f(new ZkEntityConfigs(() => zk, silentLogger));
  } finally {
    zk.close();
  }
}
