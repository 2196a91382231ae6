/**
 * listenHttp over real sockets: a default port in use moves to the next free
 * one and says so; an explicit port in use fails naming http.listener; other
 * errors pass through.
 */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { listenHttp } from '../../../broker/http-listener.js';
import type { Logger } from '../../../broker/logger.js';

const servers: net.Server[] = [];

afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

/** Listens on 127.0.0.1:port (0 = any); resolves with the bound port. */
function listen(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(port, '127.0.0.1', () => {
      servers.push(s);
      resolve((s.address() as net.AddressInfo).port);
    });
  });
}

function recorder(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const log = (msg: string): void => {
    lines.push(msg);
  };
  return { logger: { info: log, warn: log, error: log, debug: log }, lines };
}

/** A port held by this test (below 65535, so that a next port exists). */
async function takenPort(): Promise<number> {
  for (;;) {
    const p = await listen(0);
    if (p < 65535) return p;
  }
}

describe('listenHttp', () => {
  it('binds the configured port when it is free, logging nothing of its own', async () => {
    const probe = await listen(0);
    await new Promise((r) => servers.pop()!.close(r));
    const { logger, lines } = recorder();
    expect(await listenHttp({ host: '127.0.0.1', port: probe, explicit: false }, listen, logger)).toBe(probe);
    expect(lines).toEqual([]);
  });

  it('moves a default port in use to the next free one and says which', async () => {
    const taken = await takenPort();
    const { logger, lines } = recorder();
    const bound = await listenHttp({ host: '127.0.0.1', port: taken, explicit: false }, listen, logger);
    expect(bound).toBeGreaterThan(taken);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`the default HTTP port ${taken} is in use`);
    expect(lines[0]).toContain(`took port ${bound} instead`);
  });

  it('fails on an explicit port in use, naming http.listener', async () => {
    const taken = await takenPort();
    const { logger } = recorder();
    await expect(listenHttp({ host: '127.0.0.1', port: taken, explicit: true }, listen, logger)).rejects.toThrow(
      `http.listener=http://127.0.0.1:${taken}/: port ${taken} is already in use`,
    );
  });

  it('passes other errors through', async () => {
    const { logger } = recorder();
    const boom = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    await expect(listenHttp({ host: '127.0.0.1', port: 80, explicit: false }, () => Promise.reject(boom), logger)).rejects.toBe(boom);
  });
});
