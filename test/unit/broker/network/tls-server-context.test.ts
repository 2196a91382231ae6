import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTestCertificates } from '../../../../cli/certs/test-ca.js';
import { TlsServerContext } from '../../../../broker/network/tls-server-context.js';
import type { ListenerSecurity } from '../../../../config/listener-security.js';
import { silentLogger } from '../../../../broker/logger.js';

const dirs: string[] = [];
function ca(name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tls-ctx-${name}-`));
  dirs.push(dir);
  return makeTestCertificates({ dir, clients: ['alice'] });
}

afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** Connects with `options`; resolves with the server's principal check of that client, or the TLS error. */
function connect(port: number, options: tls.ConnectionOptions): Promise<string> {
  return new Promise((resolve) => {
    let connected = false;
    // The server ends the connection once it has checked the client.
    const s = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', ...options }, () => (connected = true));
    s.on('error', (err) => resolve(`error: ${err.message}`));
    s.on('close', () => resolve(connected ? 'ok' : 'error: closed'));
    s.resume();
  });
}

describe('TlsServerContext', () => {
  it('maps client certificates to principals and reloads the key store when its file changes', async () => {
    const first = ca('first');
    const second = ca('second');
    const store = path.join(dirs[0], 'live.pem');
    fs.copyFileSync(first.brokerPem, store);
    const security: ListenerSecurity = {
      listenerName: 'SSL',
      securityProtocol: 'SSL',
      ssl: { keystoreLocation: store, truststoreLocation: first.caPem },
      clientAuth: 'requested',
      principalMappingRules: 'RULE:^CN=([a-z]+),OU=test.*$/$1/, DEFAULT',
      endpointIdentification: true,
      sasl: null,
    };
    const ctx = new TlsServerContext(security, silentLogger);
    const principals: string[] = [];
    const server = tls.createServer(ctx.serverOptions(), (socket) => {
      const peer = ctx.checkPeer(socket);
      principals.push(peer.ok ? `${peer.principal.type}:${peer.principal.name}` : `refused: ${peer.why}`);
      socket.end();
    });
    ctx.watch(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as { port: number }).port;
    try {
      const alice = first.clients.alice;
      expect(
        await connect(port, { ca: fs.readFileSync(first.caPem), key: fs.readFileSync(alice.key), cert: fs.readFileSync(alice.crt) }),
      ).toBe('ok');
      expect(await connect(port, { ca: fs.readFileSync(first.caPem) })).toBe('ok');
      // A certificate from a CA the listener does not trust is refused (requested: present but invalid).
      const mallory = second.clients.alice;
      await connect(port, { ca: fs.readFileSync(first.caPem), key: fs.readFileSync(mallory.key), cert: fs.readFileSync(mallory.crt) });
      await expect.poll(() => principals.length, { timeout: 5000 }).toBe(3);
      expect(principals[0]).toBe('User:alice');
      expect(principals[1]).toBe('User:ANONYMOUS');
      expect(principals[2]).toMatch(/^refused: client certificate not trusted/);
      // New certificates: clients that trust only the second CA get in once the file changed.
      expect(await connect(port, { ca: fs.readFileSync(second.caPem) })).toMatch(/^error/);
      fs.copyFileSync(second.brokerPem, store);
      await expect.poll(() => connect(port, { ca: fs.readFileSync(second.caPem) }), { timeout: 20_000, interval: 500 }).toBe('ok');
    } finally {
      ctx.close();
      await new Promise<void>((r) => server.close(() => r()));
    }
  }, 40_000);

  it('a key store that does not load fails at once, naming the key', () => {
    const security: ListenerSecurity = {
      listenerName: 'SSL',
      securityProtocol: 'SSL',
      ssl: { keystoreLocation: '/nonexistent/broker.pem' },
      clientAuth: 'none',
      principalMappingRules: 'DEFAULT',
      endpointIdentification: true,
      sasl: null,
    };
    expect(() => new TlsServerContext(security, silentLogger)).toThrow(/ssl.keystore.location: cannot read \/nonexistent\/broker.pem/);
  });
});
