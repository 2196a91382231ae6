import { describe, expect, it } from 'vitest';
import net from 'node:net';
import { MetadataCache } from '../../../../broker/cluster/metadata-cache.js';
import { ClusterView } from '../../../../broker/http/cluster-view.js';
import { PeerClient } from '../../../../broker/http/peer-client.js';
import type { GroupView } from '../../../../broker/http/source.js';

/** A loopback port nothing listens on (bound, then closed). */
async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const localGroup: GroupView = {
  groupId: 'mine',
  state: 'Empty',
  protocolType: 'consumer',
  protocol: null,
  generationId: 3,
  leaderId: null,
  members: [],
  offsets: [{ topic: 't', partition: 0, offset: 5, metadata: null }],
};

function view(port: number, maxAgeMs = 60_000): { view: ClusterView; peers: PeerClient } {
  const metadata = new MetadataCache('cluster-1');
  // Broker 0 is this one; broker 1 is registered but nothing answers on its port; broker 2 holds replicas but is not registered.
  metadata.setBrokers([
    { nodeId: 0, host: '127.0.0.1', port: 9092, rack: null },
    { nodeId: 1, host: '127.0.0.1', port, rack: 'r1' },
  ]);
  metadata.controllerId = 0;
  metadata.putTopic({
    name: 't',
    topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
    internal: false,
    configs: {},
    partitions: [
      { partition: 0, replicas: [0, 1, 2], leader: 0, leaderEpoch: 1, isr: [0] },
      { partition: 1, replicas: [1, 2, 0], leader: 1, leaderEpoch: 1, isr: [1, 0] },
    ],
  });
  const peers = new PeerClient({ clientId: 'test', connectTimeoutMs: 2000 });
  const v = new ClusterView(
    { brokerId: 0, metadata, replicas: { get: () => undefined }, groups: () => ({ list: () => [localGroup], get: () => undefined }) },
    peers,
    maxAgeMs,
  );
  return { view: v, peers };
}

describe('ClusterView', () => {
  it('marks a registered broker that does not answer and an unregistered replica holder down, with the reason', async () => {
    const port = await closedPort();
    const { view: v, peers } = view(port);
    try {
      const snap = await v.snapshot();
      expect(snap.brokers.map((b) => [b.nodeId, b.status, b.registered, b.self])).toEqual([
        [0, 'up', true, true],
        [1, 'down', true, false],
        [2, 'down', false, false],
      ]);
      expect(snap.brokers[1].reason).toMatch(new RegExp(`^not answering at 127\\.0\\.0\\.1:${port} \\(.*ECONNREFUSED`));
      expect(snap.brokers[2].reason).toMatch(/^not registered/);
      expect(snap.brokers[2]).toMatchObject({ host: null, port: null, leaderPartitions: 0, replicaPartitions: 2 });
      expect(snap.brokers[1]).toMatchObject({ rack: 'r1', leaderPartitions: 1, replicaPartitions: 2 });
      // The groups of the broker that did not answer are missing, and the snapshot says so.
      expect(snap.unavailable.map((u) => u.nodeId)).toEqual([1]);
      expect(snap.groups).toEqual([{ ...localGroup, coordinator: 0 }]);
      // Offsets of a partition led by the silent broker are unknown.
      expect(v.leaderOffsets(snap, 't', 1)).toBeNull();
    } finally {
      peers.close();
    }
  });

  it('takes at most one snapshot per max age; concurrent callers share it', async () => {
    const { view: v, peers } = view(await closedPort());
    try {
      const [a, b] = await Promise.all([v.snapshot(), v.snapshot()]);
      expect(a).toBe(b);
      expect(await v.snapshot()).toBe(a);
      expect(v.latest()).toBe(a);
    } finally {
      peers.close();
    }
    const { view: fresh, peers: p2 } = view(await closedPort(), 0);
    try {
      const first = await fresh.snapshot();
      await new Promise((r) => setTimeout(r, 5));
      expect(await fresh.snapshot()).not.toBe(first);
    } finally {
      p2.close();
    }
  });
});
