import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadGate } from '../../../../broker/network/read-gate.js';

describe('ReadGate', () => {
  const cleanup: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanup.splice(0)) c();
  });

  async function socketPair(): Promise<{ server: net.Socket; client: net.Socket }> {
    const srv = net.createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const accepted = new Promise<net.Socket>((r) => srv.once('connection', r));
    const client = net.connect((srv.address() as net.AddressInfo).port, '127.0.0.1');
    const server = await accepted;
    cleanup.push(() => {
      client.destroy();
      server.destroy();
      srv.close();
    });
    return { server, client };
  }

  it('reads nothing while muted, then resumes; a longer throttle extends the mute', async () => {
    const { server, client } = await socketPair();
    const gate = new ReadGate(server, () => server.destroyed);
    const got: number[] = [];
    server.on('data', () => got.push(performance.now()));
    const start = performance.now();
    gate.muteFor(50);
    gate.muteFor(150);
    gate.muteFor(10);
    expect(server.isPaused()).toBe(true);
    client.write('x');
    await gate.muted;
    expect(performance.now() - start).toBeGreaterThanOrEqual(149);
    expect(gate.muted).toBeNull();
    expect(server.isPaused()).toBe(false);
    while (got.length === 0) await new Promise((r) => setTimeout(r, 5));
    expect(got[0] - start).toBeGreaterThanOrEqual(149);
  });

  it('ends a mute when the connection closes', async () => {
    const { server } = await socketPair();
    const gate = new ReadGate(server, () => server.destroyed);
    gate.muteFor(60_000);
    const muted = gate.muted!;
    server.destroy();
    await muted;
    expect(gate.muted).toBeNull();
  });
});
