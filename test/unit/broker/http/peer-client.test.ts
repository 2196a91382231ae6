import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBroker } from '../../../../broker/index.js';
import { GroupApi, produce, type KafkaClient } from '../../../../client/index.js';
import { PeerClient, type PeerAddress } from '../../../../broker/http/peer-client.js';
import { startBrokerWithClient, stopBrokerWithClient } from '../../../helpers/broker-client.js';

let broker: RunningBroker;
let client: KafkaClient;
let peer: PeerAddress;
const peers = new PeerClient({ clientId: 'peer-client-test' });

beforeAll(async () => {
  ({ broker, client } = await startBrokerWithClient([{ topic: 'events', numPartitions: 2 }]));
  peer = { nodeId: 0, host: broker.host, port: broker.port };
  await produce(
    client,
    'events',
    0,
    Array.from({ length: 12 }, (_, i) => ({ value: `a${i}` })),
  );
  await produce(
    client,
    'events',
    1,
    Array.from({ length: 5 }, (_, i) => ({ value: `b${i}` })),
  );
  await new GroupApi(client, 'readers').offsetCommit([
    { topic: 'events', partition: 0, offset: 7 },
    { topic: 'events', partition: 1, offset: 5, metadata: 'm' },
  ]);
  await new GroupApi(client, 'others').offsetCommit([{ topic: 'events', partition: 0, offset: 1 }]);
});
afterAll(async () => {
  peers.close();
  await stopBrokerWithClient({ broker, client });
});

describe('PeerClient', () => {
  it('lists and describes the groups a broker coordinates, with every committed offset', async () => {
    const listed = await peers.listGroups(peer);
    expect(listed.map((g) => g.groupId).sort()).toEqual(['others', 'readers']);
    const described = await peers.describeGroups(peer, ['readers', 'others']);
    expect(described.map((d) => [d.groupId, d.errorCode, d.groupState])).toEqual([
      ['readers', 0, 'Empty'],
      ['others', 0, 'Empty'],
    ]);
    const offsets = await peers.committedOffsets(peer, ['readers', 'others', 'nobody']);
    expect(offsets.get('readers')!.sort((a, b) => a.partition - b.partition)).toEqual([
      { topic: 'events', partition: 0, offset: 7, metadata: '' },
      { topic: 'events', partition: 1, offset: 5, metadata: 'm' },
    ]);
    expect(offsets.get('others')).toEqual([{ topic: 'events', partition: 0, offset: 1, metadata: '' }]);
    expect(offsets.get('nobody')).toEqual([]);
  });

  it('answers the log start offset and high watermark of the partitions a broker leads', async () => {
    const o = await peers.partitionOffsets(peer, [
      { topic: 'events', partition: 0 },
      { topic: 'events', partition: 1 },
      { topic: 'missing', partition: 0 },
    ]);
    expect(o.get('events\u00000')).toEqual({ logStartOffset: 0, highWatermark: 12, lastStableOffset: 12 });
    expect(o.get('events\u00001')).toEqual({ logStartOffset: 0, highWatermark: 5, lastStableOffset: 5 });
    // A partition it does not lead is left out, not an error.
    expect(o.has('missing\u00000')).toBe(false);
  });

  it('pings a live broker and says why a closed port is not one', async () => {
    expect(await peers.ping(peer)).toEqual({ alive: true, error: null });
    const other = new PeerClient({ clientId: 't' });
    try {
      const dead = await other.ping({ nodeId: 9, host: '127.0.0.1', port: 1 });
      expect(dead.alive).toBe(false);
      expect(dead.error).toContain('ECONNREFUSED');
      await expect(other.listGroups({ nodeId: 9, host: '127.0.0.1', port: 1 })).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      other.close();
    }
  });
});
