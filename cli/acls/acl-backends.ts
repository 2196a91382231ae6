/**
 * Where kafka-acls reads and writes ACLs, as Kafka's AclCommand does: through
 * a broker's CreateAcls / DescribeAcls / DeleteAcls (`--bootstrap-server`,
 * the lean client), or straight in ZooKeeper's /kafka-acl layout
 * (`--authorizer-properties zookeeper.connect=...`, the broker's own
 * authorizer over the ZooKeeper ACL store; every write leaves Kafka's change
 * notification, so running brokers follow it). The ZooKeeper path needs no
 * broker, which is how the first ACLs (the brokers' own) are made.
 */
import type { KafkaClient } from '../../client/index.js';
import { createAcls, deleteAcls, describeAcls, type AclBindingSpec, type AclFilterSpec } from '../../client/acl-admin.js';
import type { AclBinding, AclBindingFilter } from '../../broker/security/authorizer-acls.js';
import { ToolError } from '../common/tool.js';

/** The three operations of the tool. */
export interface AclAdmin {
  create(bindings: readonly AclBindingSpec[]): Promise<void>;
  describe(filter: AclFilterSpec): Promise<AclBindingSpec[]>;
  delete(filters: readonly AclFilterSpec[]): Promise<void>;
  close(): void;
}

/** Over a broker (the lean client, connected). */
export function brokerAclAdmin(client: KafkaClient): AclAdmin {
  return {
    create: (bindings) => createAcls(client, bindings),
    describe: (filter) => describeAcls(client, filter),
    delete: async (filters) => void (await deleteAcls(client, filters)),
    close: () => client.close(),
  };
}

/** The ZooKeeper connect string of `--authorizer-properties k=v ...` (a ToolError without zookeeper.connect). */
export function zookeeperConnect(props: ReadonlyMap<string, string>): string {
  const connect = props.get('zookeeper.connect');
  if (connect === undefined || connect === '')
    throw new ToolError('Error: --authorizer-properties must include zookeeper.connect=<host:port>');
  return connect;
}

/** Straight in ZooKeeper (loaded only for --authorizer-properties: the ZooKeeper client is slow to import). */
export async function zookeeperAclAdmin(connect: string): Promise<AclAdmin> {
  const [{ ZkClient }, { ZkAclStore }, { AclAuthorizer }, { silentLogger }] = await Promise.all([
    import('../../broker/cluster/zk/zk-client.js'),
    import('../../broker/cluster/zk/zk-acl-store.js'),
    import('../../broker/security/authorizer.js'),
    import('../../broker/logger.js'),
  ]);
  let zk: Awaited<ReturnType<typeof ZkClient.connect>>;
  try {
    zk = await ZkClient.connect({ connect, sessionTimeoutMs: 30_000, connectionTimeoutMs: 10_000 });
  } catch (err) {
    throw new ToolError(`Error: cannot connect to ZooKeeper at ${connect}: ${(err as Error).message}`);
  }
  const store = new ZkAclStore(() => zk, silentLogger);
  const authorizer = new AclAuthorizer(store, { superUsers: [], allowEveryoneIfNoAclFound: false }, silentLogger);
  try {
    await authorizer.start();
  } catch (err) {
    zk.close();
    throw err;
  }
  return {
    async create(bindings) {
      const errors = await authorizer.createAcls(bindings as readonly AclBinding[]);
      const first = errors.find((e) => e !== null);
      if (first) throw new Error(first);
    },
    describe: async (filter) => authorizer.acls(filter as AclBindingFilter),
    async delete(filters) {
      const results = await authorizer.deleteAcls(filters as readonly AclBindingFilter[]);
      const failed = results.find((r) => r.error !== null);
      if (failed) throw new Error(failed.error!);
    },
    close() {
      authorizer.close();
      zk.close();
    },
  };
}
