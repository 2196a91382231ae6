/**
 * ZkEntityConfigs against a real ZooKeeper server (no brokers): Kafka's
 * `/config/<entity path>` znodes and `/config/changes` notifications, heard
 * by another session's store (as another broker would), a user's znode kept
 * while its clients' znodes are below it, and a new session's start()
 * telling listeners to re-read everything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZkClient } from '../../broker/cluster/zk/zk-client.js';
import { ZkEntityConfigs } from '../../broker/cluster/zk/zk-entity-configs.js';
import { silentLogger } from '../../broker/logger.js';
import { waitFor } from './groups-helpers.js';
import { ZooKeeperProcess } from './zookeeper.js';

describe('ZkEntityConfigs (real ZooKeeper)', () => {
  let zk: ZooKeeperProcess;
  const clients: ZkClient[] = [];
  const session = async (): Promise<ZkClient> => {
    const c = await ZkClient.connect({ connect: zk.connect, sessionTimeoutMs: 6000, connectionTimeoutMs: 10_000 });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    zk = await new ZooKeeperProcess().start();
  }, 150_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    await zk?.destroy();
  });

  it("writes Kafka's znodes and notifications, which another broker's store hears in order", async () => {
    const za = await session();
    const zb = await session();
    const a = new ZkEntityConfigs(() => za, silentLogger);
    const b = new ZkEntityConfigs(() => zb, silentLogger);
    const heard: (string | null)[] = [];
    b.onChange((p) => heard.push(p));
    await a.start();
    await b.start();
    expect(heard).toEqual([null]);
    await a.put('users/alice', { producer_byte_rate: '1024' });
    await a.put('users/alice/clients/app', { consumer_byte_rate: '2048' });
    await a.put('clients/%3Cdefault%3E', { request_percentage: '50' });
    await waitFor(() => heard.length === 4, 20_000);
    expect(heard).toEqual([null, 'users/alice', 'users/alice/clients/app', 'clients/%3Cdefault%3E']);
    expect(JSON.parse((await zb.getData('/config/users/alice'))!.data!.toString())).toEqual({
      version: 1,
      config: { producer_byte_rate: '1024' },
    });
    const changes = (await zb.getChildren('/config/changes'))!.sort();
    const last = JSON.parse((await zb.getData(`/config/changes/${changes[changes.length - 1]}`))!.data!.toString());
    expect(last).toEqual({ version: 2, entity_path: 'clients/%3Cdefault%3E' });
    expect(changes.every((c) => /^config_change_\d{10}$/.test(c))).toBe(true);
    expect(await b.get('users/alice/clients/app')).toEqual({ consumer_byte_rate: '2048' });
    expect((await b.list('users')).sort()).toEqual(['alice']);

    // Emptying a user that has clients below keeps its znode, with an empty config.
    await a.put('users/alice', {});
    expect(await b.get('users/alice')).toEqual({});
    expect(await zb.exists('/config/users/alice/clients/app')).toBeTruthy();
    await a.put('users/alice/clients/app', {});
    expect(await zb.exists('/config/users/alice/clients/app')).toBeFalsy();
    await waitFor(() => heard.length === 6, 20_000);

    // A new session: listeners re-read everything; notifications already there are not replayed.
    b.stop();
    const zb2 = await session();
    const b2 = new ZkEntityConfigs(() => zb2, silentLogger);
    const heard2: (string | null)[] = [];
    b2.onChange((p) => heard2.push(p));
    await b2.start();
    await a.put('users/bob', { producer_byte_rate: '1' });
    await waitFor(() => heard2.length === 2, 20_000);
    expect(heard2).toEqual([null, 'users/bob']);
    a.stop();
    b2.stop();
  }, 60_000);
});
