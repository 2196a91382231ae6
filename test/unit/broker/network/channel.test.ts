/**
 * Channel over a real socket and the real API handlers: a Produce is
 * pipelined (the next Produce on the connection appends while the first
 * one's acks=all waits for the ISR), answers still go out in request order,
 * and a request of another API waits for the answers owed.
 */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SocketServer } from '../../../../broker/network/socket-server.js';
import { apiRegistry } from '../../../../broker/apis/registry.js';
import { silentLogger } from '../../../../broker/logger.js';
import { Writer } from '../../../../protocol/writer.js';
import { writeRequestHeader } from '../../../../client/frame.js';
import { ApiKey } from '../../../../protocol/generated/api-keys.js';
import { encodeProduceRequest } from '../../../../protocol/generated/produce-request.js';
import { encodeMetadataRequest } from '../../../../protocol/generated/metadata-request.js';
import { encodeRecordBatch } from '../../../../protocol/record-codec.js';
import { startServices, type TestServices } from '../apis/services.js';

/** One request frame (size prefix, header v1, body) of a non-flexible version. */
function frame(apiKey: number, v: number, correlationId: number, body: (w: Writer) => void): Buffer {
  const w = new Writer();
  w.int32(0);
  writeRequestHeader(w, apiKey, v, correlationId, 'channel-test');
  body(w);
  const b = w.finishBuffer();
  b.writeInt32BE(b.length - 4, 0);
  return b;
}

function produce(correlationId: number, acks: number, value: string): Buffer {
  const records = encodeRecordBatch({ records: [{ value: Buffer.from(value) }] });
  return frame(ApiKey.Produce, 3, correlationId, (w) =>
    encodeProduceRequest(w, 3, {
      transactionalId: null,
      acks,
      timeoutMs: 60_000,
      topicData: [{ name: 't', partitionData: [{ index: 0, records }] }],
    }),
  );
}

async function until(what: string, cond: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

let services: TestServices | null = null;
let server: SocketServer | null = null;
let socket: net.Socket | null = null;

afterEach(async () => {
  socket?.destroy();
  await server?.close();
  await services?.close();
  socket = server = services = null;
});

describe('Channel', () => {
  it('pipelines Produce: a later Produce appends while an acks=all one waits for the ISR; answers stay in request order', async () => {
    services = await startServices();
    await services.createTopic('t', 1);
    const p = services.svc.replicas.get('t', 0)!;
    // A second ISR member that has not fetched yet: acks=all waits for it.
    p.replicas = [0, 1];
    p.isr = [0, 1];
    server = new SocketServer(
      { listenerName: 'PLAINTEXT', securityProtocol: 'PLAINTEXT', host: '127.0.0.1', port: 0, maxFrameBytes: 1 << 20, idleTimeoutMs: 0 },
      apiRegistry,
      services.svc,
      silentLogger,
    );
    const port = await server.listen();
    server.openForRequests();
    const s = net.connect({ host: '127.0.0.1', port });
    socket = s;
    const answered: number[] = [];
    let buf = Buffer.alloc(0);
    s.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      while (buf.length >= 4 && buf.length >= 4 + buf.readInt32BE(0)) {
        answered.push(buf.readInt32BE(4));
        buf = buf.subarray(4 + buf.readInt32BE(0));
      }
    });
    await new Promise<void>((resolve) => s.once('connect', () => resolve()));
    // acks=all, then acks=1 (answered at once when alone), then Metadata (not pipelined), in one write.
    s.write(
      Buffer.concat([
        produce(1, -1, 'first'),
        produce(2, 1, 'second'),
        frame(ApiKey.Metadata, 1, 3, (w) => encodeMetadataRequest(w, 1, { topics: [{ name: 't' }] })),
      ]),
    );
    // Both appends happen while the first Produce still waits (Kafka would append the second only after answering the first).
    await until('both appends', () => p.log.logEndOffset === 2);
    expect(p.log.highWatermark).toBe(0);
    expect(answered).toEqual([]);
    // The follower catches up: the high watermark passes both records.
    p.followerEnds.set(1, 2);
    expect(p.updateHighWatermark()).toBe(true);
    p.notifyWatchers();
    await until('three answers', () => answered.length === 3);
    expect(answered).toEqual([1, 2, 3]);
  }, 60_000);
});
