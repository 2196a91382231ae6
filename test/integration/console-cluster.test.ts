/**
 * The console of a three-broker ZooKeeper cluster (real ZooKeeper, three
 * broker processes, each with its own HTTP listener), seen from broker 0:
 * consumer groups coordinated by brokers 1 and 2 appear with their lag
 * (equal to what the Kafka protocol reports), a missing topic or group gets
 * a real 404 (an HTML page that says what is missing and links back, and a
 * JSON 404 in the API), and after kill -9 of a broker the console marks it
 * down and the partitions it hosted as under-replicated, and the group it
 * coordinated comes back under its new coordinator. Pages are checked in
 * headless Chromium; screenshots go to test-output/console/cluster-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import type { Browser, Page } from 'playwright-core';
import { GroupApi, KafkaClient } from '../../client/index.js';
import { BrokerProcess, freePort, waitForPort } from './harness.js';
import { ZooKeeperProcess } from './zookeeper.js';
import { FAST_CLUSTER_CONFIG, waitFor } from './cluster-helpers.js';
import { SHOTS, launchChromium } from './console-helpers.js';

const TOPIC = 'orders';
const PER_PARTITION = 40;

describe('web console of a three-broker cluster', () => {
  let zk: ZooKeeperProcess;
  const brokers: BrokerProcess[] = [];
  const http: string[] = [];
  let kafka: Kafka;
  let client: KafkaClient;
  let live: Consumer;
  let browser: Browser;
  let page: Page;
  /** A group with committed offsets and no members, and a group with a running consumer; neither coordinated by broker 0. */
  let lagGroup = '';
  let liveGroup = '';
  let lagCoordinator = -1;
  let liveCoordinator = -1;

  async function json(i: number, p: string): Promise<any> {
    return (await fetch(`${http[i]}${p}`)).json();
  }

  /** A group id (prefix-N) whose coordinator is not broker 0 nor `avoid`. */
  async function remoteGroup(prefix: string, avoid: number): Promise<[string, number]> {
    for (let i = 0; ; i++) {
      const id = `${prefix}-${i}`;
      const node = await new GroupApi(client, id).findCoordinatorNode();
      if (node.nodeId !== 0 && node.nodeId !== avoid) return [id, node.nodeId];
    }
  }

  beforeAll(async () => {
    // Assigned before it starts, so that afterAll stops it even when this hook times out.
    zk = new ZooKeeperProcess();
    await zk.start();
    for (let id = 0; id < 3; id++) {
      const port = await freePort();
      http.push(`http://127.0.0.1:${port}`);
      brokers.push(
        new BrokerProcess({
          config: {
            'broker.id': String(id),
            'zookeeper.connect': zk.connect,
            ...FAST_CLUSTER_CONFIG,
            'http.listener': `http://127.0.0.1:${port}`,
          },
        }),
      );
    }
    // Spawned, then waited for with a deadline a loaded 2-core machine can meet (start() allows 15 s).
    await Promise.all(brokers.map((b) => b.spawn()));
    await Promise.all(
      brokers.map((b) =>
        waitForPort(b.port, 120_000).catch((err: Error) => {
          throw new Error(`${err.message}; the broker wrote:\n${b.output}`);
        }),
      ),
    );
    await waitFor('every broker up in broker 0’s console', 60_000, async () => {
      const c = await json(0, '/api/cluster');
      return c.brokers.length === 3 && c.brokers.every((b: { status: string }) => b.status === 'up') && c.controllerId >= 0;
    });
    kafka = new Kafka({
      clientId: 'console-cluster',
      brokers: brokers.map((b) => b.bootstrap),
      logLevel: logLevel.NOTHING,
      retry: { retries: 30, initialRetryTime: 100, maxRetryTime: 1000 },
    });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: TOPIC, numPartitions: 3, replicationFactor: 3 }] });
    const producer = kafka.producer();
    await producer.connect();
    for (let p = 0; p < 3; p++)
      await producer.send({
        topic: TOPIC,
        acks: -1,
        messages: Array.from({ length: PER_PARTITION }, (_, i) => ({ partition: p, value: `p${p}-${i}` })),
      });
    await producer.disconnect();

    client = new KafkaClient({ brokers: brokers.map((b) => b.bootstrap), retries: 30 });
    await client.connect();
    [lagGroup, lagCoordinator] = await remoteGroup('lagging', -1);
    [liveGroup, liveCoordinator] = await remoteGroup('reading', lagCoordinator);
    await admin.setOffsets({
      groupId: lagGroup,
      topic: TOPIC,
      partitions: [
        { partition: 0, offset: '10' },
        { partition: 1, offset: '25' },
        { partition: 2, offset: '40' },
      ],
    });
    await admin.disconnect();
    live = kafka.consumer({ groupId: liveGroup, sessionTimeout: 30_000, heartbeatInterval: 1000 });
    await live.connect();
    await live.subscribe({ topic: TOPIC, fromBeginning: true });
    void live.run({ eachMessage: async () => undefined });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  }, 240_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await live?.disconnect().catch(() => undefined);
    client?.close();
    await Promise.all(brokers.map((b) => b.destroy()));
    await zk?.destroy();
  });

  it('shows groups coordinated by brokers 1 and 2 in broker 0’s console, with the lag the Kafka protocol reports', async () => {
    // Both groups are someone else's: broker 0 learns them over the Kafka protocol.
    expect([lagCoordinator, liveCoordinator].sort()).toEqual([1, 2]);
    const admin = kafka.admin();
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(TOPIC);
    await admin.disconnect();
    const expected = [10, 25, 40].map((c, p) => Number(ends.find((e) => e.partition === p)!.high) - c);
    expect(expected).toEqual([30, 15, 0]);
    const g = await waitFor(`${lagGroup} in broker 0’s API`, 30_000, async () => {
      const r = await fetch(`${http[0]}/api/groups/${lagGroup}`);
      return r.status === 200 ? r.json() : undefined;
    });
    expect(g).toMatchObject({ groupId: lagGroup, coordinator: lagCoordinator, state: 'Empty', totalLag: 45 });
    expect(g.lag.map((r: { lag: number }) => r.lag)).toEqual(expected);
    const running = await waitFor(`${liveGroup} Stable with its member`, 60_000, async () => {
      const r = await json(0, `/api/groups/${liveGroup}`);
      return r.state === 'Stable' && r.members?.length === 1 && r.totalLag === 0 ? r : undefined;
    });
    expect(running.coordinator).toBe(liveCoordinator);
    expect(running.members[0].assignment).toEqual([{ topic: TOPIC, partitions: [0, 1, 2] }]);
    // Every broker's console lists the same groups.
    for (const i of [1, 2]) {
      const ids = (await json(i, '/api/groups')).groups.map((x: { groupId: string }) => x.groupId);
      expect(ids).toEqual(expect.arrayContaining([lagGroup, liveGroup]));
    }

    await page.goto(`${http[0]}/groups`);
    await page.waitForSelector(`tr[data-group="${lagGroup}"][data-coordinator="${lagCoordinator}"]`);
    await page.waitForSelector(`tr[data-group="${liveGroup}"][data-coordinator="${liveCoordinator}"]`);
    expect(await page.locator(`tr[data-group="${lagGroup}"] [data-testid=group-lag]`).innerText()).toBe('45');
    await page.screenshot({ path: path.join(SHOTS, 'cluster-groups.png'), fullPage: true });
    // A link inside the console opens the group without a reload.
    await page.click(`tr[data-group="${lagGroup}"] a`);
    await page.waitForURL(`${http[0]}/groups/${lagGroup}`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=lag-table] tr[data-lag-row]').length === 3);
    expect(await page.locator('[data-testid=lag-total]').innerText()).toBe('45');
    expect(await page.locator('[data-testid=group-coordinator]').innerText()).toBe(`broker ${lagCoordinator}`);
    await page.screenshot({ path: path.join(SHOTS, 'cluster-group.png'), fullPage: true });
  });

  it('answers a missing topic or group with a 404 page that says what is missing and links back, and a JSON 404 in the API', async () => {
    const topic = await page.goto(`${http[0]}/topics/no-such-topic`);
    expect(topic!.status()).toBe(404);
    expect(await page.title()).toContain('Topic not found');
    expect(await page.locator('[data-testid=not-found] h1').innerText()).toBe('Topic not found');
    expect(await page.locator('[data-testid=not-found-name]').innerText()).toBe('no-such-topic');
    await page.screenshot({ path: path.join(SHOTS, 'cluster-topic-404.png'), fullPage: true });
    await page.click('[data-testid=not-found-back]');
    await page.waitForURL(`${http[0]}/topics`);
    await page.waitForSelector(`[data-testid=topics-table] tr[data-topic="${TOPIC}"]`);

    const group = await page.goto(`${http[0]}/groups/no-such-group`);
    expect(group!.status()).toBe(404);
    expect(await page.locator('[data-testid=not-found] h1').innerText()).toBe('Consumer group not found');
    expect(await page.locator('[data-testid=not-found-name]').innerText()).toBe('no-such-group');
    expect(await page.locator('[data-testid=not-found-back]').getAttribute('href')).toBe('/groups');
    await page.screenshot({ path: path.join(SHOTS, 'cluster-group-404.png'), fullPage: true });

    for (const [p, code, what] of [
      ['/api/topics/no-such-topic', 'TRB_ERR_TOPIC_NOT_FOUND', "topic 'no-such-topic' does not exist"],
      ['/api/groups/no-such-group', 'TRB_ERR_GROUP_NOT_FOUND', "consumer group 'no-such-group' does not exist"],
    ]) {
      const r = await fetch(`${http[0]}${p}`);
      expect(r.status).toBe(404);
      expect(r.headers.get('content-type')).toContain('application/json');
      expect(await r.json()).toEqual({ statusCode: 404, code, error: 'Not Found', message: what });
    }
  });

  it('marks a broker killed with kill -9 down, the partitions it hosted under-replicated, and follows its group to the new coordinator', async () => {
    const victim = lagCoordinator;
    await page.goto(`${http[0]}/`);
    await page.waitForSelector('[data-testid=brokers-table] tr[data-broker="2"][data-status="up"]');
    await brokers[victim].kill('SIGKILL');

    const cluster = await waitFor(`broker ${victim} down and ${TOPIC} under-replicated in broker 0’s API`, 60_000, async () => {
      const c = await json(0, '/api/cluster');
      const b = c.brokers.find((x: { nodeId: number }) => x.nodeId === victim);
      return b?.status === 'down' && c.underReplicatedPartitions >= 3 ? c : undefined;
    });
    expect(cluster.brokersDown).toBe(1);
    expect(cluster.brokers.find((x: { nodeId: number }) => x.nodeId === victim).reason).toMatch(/not answering|not registered/);
    // The cluster's count includes internal topics' partitions: the topic's own partitions leave the
    // ISR one by one as the controller shrinks it, so wait for all three.
    const t = await waitFor(`${TOPIC}'s three partitions under-replicated`, 60_000, async () => {
      const v = await json(0, `/api/topics/${TOPIC}`);
      return v.underReplicatedPartitions === 3 ? v : undefined;
    });
    for (const p of t.partitionDetails) {
      expect(p).toMatchObject({ underReplicated: true, offline: false, downReplicas: [victim] });
      expect(p.replicas).toContain(victim);
      expect(p.isr).not.toContain(victim);
    }

    await page.waitForSelector(`[data-testid=brokers-table] tr[data-broker="${victim}"][data-status="down"]`);
    await page.waitForFunction(() => (document.querySelector('[data-testid=brokers]')?.textContent ?? '').includes('1 down'));
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=urp]')?.textContent ?? '0') >= 3);
    await page.screenshot({ path: path.join(SHOTS, 'cluster-broker-down.png'), fullPage: true });

    await page.goto(`${http[0]}/topics/${TOPIC}`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=partitions-table] tr[data-urp="true"]').length === 3);
    expect(await page.locator('[data-testid=partitions-table] .chip.down').count()).toBe(3);
    await page.screenshot({ path: path.join(SHOTS, 'cluster-topic-under-replicated.png'), fullPage: true });

    // The dead broker's group moves with its __consumer_offsets partition; broker 0's console follows it.
    const moved = await waitFor(`${lagGroup} under a new coordinator`, 60_000, async () => {
      const r = await fetch(`${http[0]}/api/groups/${lagGroup}`);
      const g = r.status === 200 ? await r.json() : undefined;
      return g && g.coordinator !== victim ? g : undefined;
    });
    expect(moved.totalLag).toBe(45);
  });
});
