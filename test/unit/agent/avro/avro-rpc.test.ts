/**
 * Flume's Avro RPC against an independent implementation: avsc's stateful
 * client and server, whose Netty codec follows Java's NettyTransportCodec.
 * Their protocol carries a doc string, so its hash differs from ours and the
 * handshake goes through its NONE and CLIENT paths.
 */
import net from 'node:net';
import avro from 'avsc';
import { afterEach, describe, expect, it } from 'vitest';
import { AvroRpcServer } from '../../../../agent/avro/rpc-server.js';
import { AvroRpcClient } from '../../../../agent/avro/rpc-client.js';
import { FLUME_PROTOCOL } from '../../../../agent/avro/flume-protocol.js';
import { FrameDecoder, encodeFrame } from '../../../../agent/avro/netty-frame.js';
import { makeEvent, type FlumeEvent } from '../../../../agent/event.js';

const OTHER = avro.Service.forProtocol({ ...FLUME_PROTOCOL, doc: 'Flume RPC as another implementation sees it' });
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function ourServer(
  compression: 'none' | 'deflate' = 'none',
  status: 'OK' | 'FAILED' = 'OK',
): Promise<{ port: number; got: FlumeEvent[][] }> {
  const got: FlumeEvent[][] = [];
  const server = await AvroRpcServer.start({ host: '127.0.0.1', port: 0, compression }, async (events) => {
    got.push(events);
    return status;
  });
  cleanups.push(() => server.stop());
  return { port: server.port, got };
}

describe('netty framing', () => {
  it('round-trips frames split anywhere, in 8 KiB buffers', () => {
    const payload = Buffer.alloc(20_000, 7);
    const frame = encodeFrame(42, payload);
    expect(frame.readInt32BE(4)).toBe(3);
    const seen: [number, number][] = [];
    const d = new FrameDecoder((s, p) => seen.push([s, p.length]));
    for (let i = 0; i < frame.length; i += 999) d.push(frame.subarray(i, i + 999));
    d.push(encodeFrame(43, Buffer.from('x')));
    expect(seen).toEqual([
      [42, 20_000],
      [43, 1],
    ]);
    expect(() => new FrameDecoder(() => undefined).push(Buffer.from([0, 0, 0, 1, 0x7f, 0xff, 0xff, 0xff]))).toThrow('bad frame');
  });
});

describe('Avro RPC', () => {
  it('serves appendBatch and append to avsc’s stateful client (a ping handshake: NONE, then BOTH with its protocol and our hash)', async () => {
    const { port, got } = await ourServer();
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    const client = OTHER.createClient();
    const channel = client.createChannel(socket);
    const matches: string[] = [];
    channel.on('handshake', (_req: unknown, res: { match: string }) => matches.push(res.match));
    cleanups.push(() => void socket.destroy());
    const status = await new Promise((resolve, reject) =>
      client.emitMessage(
        'appendBatch',
        {
          events: [
            { headers: { a: 'b' }, body: Buffer.from('one') },
            { headers: {}, body: Buffer.from('two') },
          ],
        },
        (err: unknown, res: unknown) => (err ? reject(err as Error) : resolve(res)),
      ),
    );
    expect(status).toBe('OK');
    const single = await new Promise((resolve, reject) =>
      client.emitMessage('append', { event: { headers: {}, body: Buffer.from('three') } }, (err: unknown, res: unknown) =>
        err ? reject(err as Error) : resolve(res),
      ),
    );
    expect(single).toBe('OK');
    expect(matches).toEqual(['NONE', 'BOTH']);
    expect(got.map((b) => b.map((e) => [e.headers, e.body.toString()]))).toEqual([
      [
        [{ a: 'b' }, 'one'],
        [{}, 'two'],
      ],
      [[{}, 'three']],
    ]);
  });

  it('calls avsc’s stateful server (handshake CLIENT: a different server hash)', async () => {
    const received: string[] = [];
    const server = OTHER.createServer().onMessage(
      'appendBatch',
      ({ events }: { events: FlumeEvent[] }, cb: (err: unknown, res?: string) => void) => {
        for (const e of events) received.push(e.body.toString());
        cb(null, 'OK');
      },
    );
    const listener = net.createServer((s) => server.createChannel(s));
    await new Promise<void>((r) => listener.listen(0, '127.0.0.1', () => r()));
    cleanups.push(() => new Promise<void>((r) => listener.close(() => r())));
    const client = await AvroRpcClient.connect({ host: '127.0.0.1', port: (listener.address() as net.AddressInfo).port });
    cleanups.push(() => client.close());
    expect(await client.appendBatch([makeEvent('x'), makeEvent('y')])).toBe('OK');
    expect(await client.appendBatch([makeEvent('z')])).toBe('OK');
    expect(received).toEqual(['x', 'y', 'z']);
  });

  it('passes FAILED through, and works with deflate on both ends', async () => {
    const failing = await ourServer('none', 'FAILED');
    const c1 = await AvroRpcClient.connect({ host: '127.0.0.1', port: failing.port });
    cleanups.push(() => c1.close());
    expect(await c1.appendBatch([makeEvent('a')])).toBe('FAILED');
    const deflating = await ourServer('deflate');
    const c2 = await AvroRpcClient.connect({ host: '127.0.0.1', port: deflating.port, compression: 'deflate' });
    cleanups.push(() => c2.close());
    const big = makeEvent('z'.repeat(100_000), { k: 'v' });
    expect(await c2.appendBatch([big, makeEvent('small')])).toBe('OK');
    expect(await c2.appendBatch([makeEvent('again')])).toBe('OK');
    expect(deflating.got.flat().map((e) => e.body.length)).toEqual([100_000, 5, 5]);
  });

  it('fails a call that gets no answer within request-timeout, and a refused connection', async () => {
    const silent = net.createServer((s) => void s.resume());
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    cleanups.push(() => new Promise<void>((r) => silent.close(() => r())));
    const port = (silent.address() as net.AddressInfo).port;
    const c = await AvroRpcClient.connect({ host: '127.0.0.1', port, requestTimeoutMs: 200 });
    await expect(c.appendBatch([makeEvent('a')])).rejects.toThrow('within 200 ms');
    expect(c.isClosed).toBe(true);
    await expect(AvroRpcClient.connect({ host: '127.0.0.1', port: 1 })).rejects.toThrow('connect to 127.0.0.1:1');
  });
});
