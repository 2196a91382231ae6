import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBroker, type RunningBroker } from '../../../broker/index.js';
import { Connection, KafkaClient, produce } from '../../../client/index.js';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { encodeMetadataRequest } from '../../../protocol/generated/metadata-request.js';
import { decodeMetadataResponse } from '../../../protocol/generated/metadata-response.js';
import { encodeFetchRequest } from '../../../protocol/generated/fetch-request.js';
import { decodeFetchResponse } from '../../../protocol/generated/fetch-response.js';
import { decodeRecordBatches } from '../../../protocol/record-codec.js';

let broker: RunningBroker;
let proxy: net.Server;
let proxyPort = 0;

/** Forwards to the broker, re-cutting the broker's bytes at pseudo-random points (1 byte to 64 KiB) and coalescing frames. */
function startProxy(): Promise<void> {
  let seed = 7;
  const rand = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return 1 + (seed % n);
  };
  proxy = net.createServer((client) => {
    const upstream = net.connect({ host: broker.host, port: broker.port });
    client.pipe(upstream);
    let pending = Buffer.alloc(0);
    let timer: NodeJS.Timeout | null = null;
    const flush = (): void => {
      timer = null;
      while (pending.length > 0) {
        const n = Math.min(pending.length, rand(4) === 1 ? rand(7) : rand(65536));
        client.write(pending.subarray(0, n));
        pending = pending.subarray(n);
      }
    };
    upstream.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      timer ??= setTimeout(flush, 2);
    });
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  return new Promise((resolve) =>
    proxy.listen(0, '127.0.0.1', () => {
      proxyPort = (proxy.address() as net.AddressInfo).port;
      resolve();
    }),
  );
}

beforeAll(async () => {
  broker = await startBroker();
  await startProxy();
});

afterAll(async () => {
  await new Promise((r) => proxy.close(r));
  await broker.stop();
});

describe('Connection framing', () => {
  it('reassembles responses split into tiny and large chunks and several frames per chunk', async () => {
    const client = new KafkaClient({ brokers: broker.brokers });
    await client.connect();
    await client.createTopics([{ topic: 'framing', numPartitions: 1 }]);
    const value = 'x'.repeat(2000);
    for (let b = 0; b < 4; b++)
      await produce(
        client,
        'framing',
        0,
        Array.from({ length: 100 }, (_, i) => ({ value: `${b * 100 + i}:${value}` })),
      );
    client.close();

    const c = await Connection.connect({ host: '127.0.0.1', port: proxyPort });
    try {
      const metadata = Array.from({ length: 30 }, () =>
        c.send(
          ApiKey.Metadata,
          (w, v) => encodeMetadataRequest(w, v, { topics: null, allowAutoTopicCreation: false }),
          decodeMetadataResponse,
        ),
      );
      const fetch = c.send(
        ApiKey.Fetch,
        (w, v) =>
          encodeFetchRequest(w, v, {
            replicaId: -1,
            replicaState: { replicaId: -1, replicaEpoch: -1 },
            maxWaitMs: 0,
            minBytes: 1,
            maxBytes: 8 << 20,
            isolationLevel: 0,
            sessionId: 0,
            sessionEpoch: -1,
            topics: [
              {
                topic: 'framing',
                topicId: '00000000-0000-0000-0000-000000000000',
                partitions: [
                  {
                    partition: 0,
                    currentLeaderEpoch: -1,
                    fetchOffset: 0,
                    lastFetchedEpoch: -1,
                    logStartOffset: -1,
                    partitionMaxBytes: 8 << 20,
                  },
                ],
              },
            ],
            forgottenTopicsData: [],
            rackId: '',
          }),
        decodeFetchResponse,
        { maxVersion: 12 },
      );
      for (const m of await Promise.all(metadata)) expect(m.topics.map((t) => t.name)).toContain('framing');
      const res = await fetch;
      const values = decodeRecordBatches(res.responses[0]!.partitions[0]!.records!).flatMap((b) =>
        b.records.map((r) => r.value!.toString()),
      );
      expect(values).toHaveLength(400);
      expect(values[399]).toBe(`399:${value}`);
    } finally {
      c.close();
    }
  });
});
