/**
 * The ZooKeeper metadata engine against a real ZooKeeper server (no
 * brokers): cluster id, topic round trip in Kafka's layout, broker
 * registration with broker epochs, controller election and the fencing of a
 * stale controller by the controller epoch's znode version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZkClient, ZkCode, isZkCode } from '../../broker/cluster/zk/zk-client.js';
import { ZkMetadataStore, ZkPaths } from '../../broker/cluster/zk/zk-metadata-store.js';
import { ZkControllerRole } from '../../broker/cluster/zk/zk-controller-role.js';
import { silentLogger } from '../../broker/logger.js';
import { ZooKeeperProcess } from './zookeeper.js';

const settings = (brokerId: number) => ({
  brokerId,
  uncleanLeaderElectionEnable: false,
  autoLeaderRebalanceEnable: false,
  leaderImbalanceCheckIntervalMs: 300_000,
  leaderImbalancePerBrokerPercentage: 10,
});

describe('ZkMetadataStore and controller fencing (real ZooKeeper)', () => {
  let zk: ZooKeeperProcess;
  const clients: ZkClient[] = [];
  const connect = async (): Promise<ZkMetadataStore> => {
    const c = await ZkClient.connect({ connect: zk.connect, sessionTimeoutMs: 6000, connectionTimeoutMs: 10_000 });
    clients.push(c);
    return new ZkMetadataStore(c);
  };

  beforeAll(async () => {
    zk = await new ZooKeeperProcess().start();
  }, 150_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    await zk?.destroy();
  });

  it("keeps one cluster id, and round-trips topics in Kafka's znode layout", async () => {
    const a = await connect();
    const id = await a.open(null);
    const b = await connect();
    expect(await b.open(null)).toBe(id);
    await expect(b.open('another-id')).rejects.toThrow(/does not match/);
    const topic = {
      name: 'orders',
      topicId: '0b3c9a4e-1f2d-4c5b-8a7e-6d5c4b3a2f10',
      internal: false,
      partitions: [{ partition: 0, replicas: [1, 2], leader: 1, leaderEpoch: 3, isr: [1, 2] }],
      configs: { 'retention.ms': '1000' },
    };
    await a.putTopic(topic);
    expect(await b.loadTopics()).toEqual([topic]);
    const state = JSON.parse((await b.zk.getData(ZkPaths.partitionState('orders', 0)))!.data!.toString());
    expect(state).toMatchObject({ leader: 1, leader_epoch: 3, isr: [1, 2] });
    await a.deleteTopic('orders');
    expect(await b.loadTopics()).toEqual([]);
  });

  it('registers brokers as ephemeral znodes with a new epoch per registration', async () => {
    const a = await connect();
    await a.open(null);
    const epoch1 = await a.registerBroker({ nodeId: 7, host: 'h7', port: 9099, rack: null });
    const b = await connect();
    await expect(b.registerBroker({ nodeId: 7, host: 'h7', port: 9099, rack: null })).rejects.toSatisfy((e: unknown) =>
      isZkCode(e, ZkCode.NODE_EXISTS),
    );
    // Registered without listeners: one PLAINTEXT endpoint at host:port, read back as such.
    expect((await b.readBrokers()).find((r) => r.info.nodeId === 7)).toEqual({
      info: {
        nodeId: 7,
        host: 'h7',
        port: 9099,
        rack: null,
        endpoints: [{ listenerName: 'PLAINTEXT', securityProtocol: 'PLAINTEXT', host: 'h7', port: 9099 }],
      },
      epoch: epoch1,
    });
    // Kafka's version-5 registration layout, which Kafka's own tools read.
    const znode = JSON.parse((await b.zk.getData(ZkPaths.broker(7)))!.data!.toString());
    expect(znode).toMatchObject({
      version: 5,
      host: 'h7',
      port: 9099,
      endpoints: ['PLAINTEXT://h7:9099'],
      listener_security_protocol_map: { PLAINTEXT: 'PLAINTEXT' },
    });
    a.zk.close();
    // The session's close reaches the server asynchronously.
    while (await b.zk.exists(ZkPaths.broker(7))) await new Promise((r) => setTimeout(r, 20));
    const epoch2 = await b.registerBroker({ nodeId: 7, host: 'h7', port: 9099, rack: null });
    expect(epoch2).toBeGreaterThan(epoch1);
  });

  it('fences a controller whose role was taken over: its partition state writes fail', async () => {
    const s1 = await connect();
    await s1.open(null);
    await s1.putTopic({
      name: 'fenced',
      topicId: '1b3c9a4e-1f2d-4c5b-8a7e-6d5c4b3a2f10',
      internal: false,
      partitions: [{ partition: 0, replicas: [1, 2], leader: 1, leaderEpoch: 0, isr: [1, 2] }],
      configs: {},
    });
    const first = await ZkControllerRole.tryElect(s1, settings(1), silentLogger);
    expect(first).not.toBeNull();
    const s2 = await connect();
    expect(await ZkControllerRole.tryElect(s2, settings(2), silentLogger)).toBeNull();
    // The first controller's /controller goes away (as on session loss) and broker 2 takes over.
    await s2.zk.remove(ZkPaths.controller);
    const second = await ZkControllerRole.tryElect(s2, settings(2), silentLogger);
    expect(second).not.toBeNull();
    expect(second!.fence.epoch).toBe(first!.fence.epoch + 1);
    const cur = (await s1.readPartitionState('fenced', 0))!;
    const next = { leader: 2, leaderEpoch: cur.leaderEpoch + 1, isr: [2] };
    await expect(s1.updatePartitionState('fenced', 0, next, first!.fence.epoch, cur.zkVersion, first!.fence)).rejects.toSatisfy(
      (e: unknown) => isZkCode(e, ZkCode.BAD_VERSION),
    );
    expect(await s2.updatePartitionState('fenced', 0, next, second!.fence.epoch, cur.zkVersion, second!.fence)).toBe(cur.zkVersion + 1);
    // A leader's ISR write with a stale znode version loses too.
    await expect(s1.updatePartitionState('fenced', 0, { leader: 1, leaderEpoch: 0, isr: [1] }, 1, cur.zkVersion)).rejects.toSatisfy(
      (e: unknown) => isZkCode(e, ZkCode.BAD_VERSION),
    );
    first!.resign();
    second!.resign();
  });
});
