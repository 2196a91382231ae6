import { describe, expect, it } from 'vitest';
import { ApiKey } from '../../../../protocol/generated/api-keys.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { SaslAuthenticator, type SaslStep } from '../../../../broker/security/sasl-authenticator.js';
import { credentialFromPassword } from '../../../../broker/security/scram-credential.js';
import type { ScramCredential } from '../../../../broker/security/scram-credential.js';
import { clientKey, clientProof, saltedPassword, scramMechanism } from '../../../../client/sasl/scram-crypto.js';
import { parseJaasConfig } from '../../../../config/security/jaas.js';

const PLAIN = parseJaasConfig(
  'org.apache.kafka.common.security.plain.PlainLoginModule required user_alice="alice-pw" user_bob="bob-pw";',
)[0];
const SHA256 = scramMechanism('SCRAM-SHA-256')!;

async function authenticator(opts: { reauthMs?: number; now?: () => number } = {}): Promise<SaslAuthenticator> {
  const creds = new Map<string, ScramCredential>([['carol', await credentialFromPassword(SHA256, 'carol-pw', 4096)]]);
  return new SaslAuthenticator({
    sasl: {
      mechanisms: ['PLAIN', 'SCRAM-SHA-256'],
      jaas: { PLAIN, 'SCRAM-SHA-256': null },
      reauthMs: { PLAIN: opts.reauthMs ?? 0, 'SCRAM-SHA-256': opts.reauthMs ?? 0 },
      maxReceiveSize: 524288,
    },
    scramCredentials: (user, m) => (m === 'SCRAM-SHA-256' ? creds.get(user) : undefined),
    failedAuthenticationDelayMs: 7,
    peer: 'test-peer',
    now: opts.now,
  });
}

const handshake = (a: SaslAuthenticator, mechanism: string, v = 1) => a.onRequest(ApiKey.SaslHandshake, v, { mechanism });
const authenticate = (a: SaslAuthenticator, bytes: Buffer | string, v = 2) =>
  a.onRequest(ApiKey.SaslAuthenticate, v, { authBytes: Buffer.from(bytes) }) as Promise<SaslStep>;
const plainToken = (user: string, pw: string) => `\u0000${user}\u0000${pw}`;
const response = (s: SaslStep) => (s as { response: Record<string, unknown> }).response;

describe('SaslAuthenticator', () => {
  it('lets ApiVersions through before the handshake and refuses anything else', async () => {
    const a = await authenticator();
    expect(a.onRequest(ApiKey.ApiVersions, 3, {})).toEqual({ kind: 'pass' });
    expect(a.onRequest(ApiKey.Metadata, 12, {})).toMatchObject({
      kind: 'close',
      log: expect.stringContaining('before SASL authentication'),
    });
  });

  it('PLAIN: the right password authenticates the user; a wrong one fails after the delay and closes', async () => {
    const a = await authenticator();
    expect(response((await handshake(a, 'PLAIN')) as SaslStep)).toEqual({ errorCode: 0, mechanisms: ['PLAIN', 'SCRAM-SHA-256'] });
    expect(a.authenticating).toBe(true);
    expect(await authenticate(a, plainToken('alice', 'alice-pw'))).toMatchObject({ kind: 'respond', response: { errorCode: 0 } });
    expect(a.principal).toEqual({ type: 'User', name: 'alice' });
    expect(a.onRequest(ApiKey.Metadata, 12, {})).toEqual({ kind: 'pass' });

    const b = await authenticator();
    await handshake(b, 'PLAIN');
    const failed = await authenticate(b, plainToken('alice', 'nope'));
    expect(failed).toMatchObject({ kind: 'respond-close', delayMs: 7, response: { errorCode: ErrorCode.SASL_AUTHENTICATION_FAILED } });
    expect((failed as { log: string }).log).toContain('User:alice');
    expect(b.principal).toBeNull();
  });

  it.each([
    ['no separators', 'alice'],
    ['empty user', '\u0000\u0000pw'],
    ['other authorization id', 'bob\u0000alice\u0000alice-pw'],
  ])('PLAIN: a malformed token (%s) fails', async (_, token) => {
    const a = await authenticator();
    await handshake(a, 'PLAIN');
    expect(await authenticate(a, token)).toMatchObject({ kind: 'respond-close' });
  });

  it('a mechanism that is not enabled is answered with the enabled ones, then the connection closes', async () => {
    const a = await authenticator();
    expect(await handshake(a, 'GSSAPI')).toMatchObject({
      kind: 'respond-close',
      response: { errorCode: ErrorCode.UNSUPPORTED_SASL_MECHANISM, mechanisms: ['PLAIN', 'SCRAM-SHA-256'] },
    });
  });

  it('SCRAM-SHA-256: a full exchange proves the password and the server signature comes back', async () => {
    const a = await authenticator();
    await handshake(a, 'SCRAM-SHA-256');
    const clientFirstBare = 'n=carol,r=abc123';
    const first = await authenticate(a, `n,,${clientFirstBare}`);
    const serverFirst = (response(first).authBytes as Buffer).toString();
    expect(serverFirst).toMatch(/^r=abc123[0-9a-f]+,s=.+,i=4096$/);
    const [r, s] = serverFirst.split(',').map((x) => x.slice(2));
    const salted = await saltedPassword(SHA256, 'carol-pw', Buffer.from(s, 'base64'), 4096);
    const withoutProof = `c=biws,r=${r}`;
    const proof = clientProof(SHA256, clientKey(SHA256, salted), `${clientFirstBare},${serverFirst},${withoutProof}`);
    const final = await authenticate(a, `${withoutProof},p=${proof.toString('base64')}`);
    expect(final).toMatchObject({ kind: 'respond', response: { errorCode: 0 } });
    expect((response(final).authBytes as Buffer).toString()).toMatch(/^v=/);
    expect(a.principal?.name).toBe('carol');
  });

  it('SCRAM: an unknown user and a forged proof both fail', async () => {
    const a = await authenticator();
    await handshake(a, 'SCRAM-SHA-256');
    expect(await authenticate(a, 'n,,n=mallory,r=x')).toMatchObject({ kind: 'respond-close' });
    const b = await authenticator();
    await handshake(b, 'SCRAM-SHA-256');
    const serverFirst = (response(await authenticate(b, 'n,,n=carol,r=x')).authBytes as Buffer).toString();
    const r = serverFirst.split(',')[0].slice(2);
    expect(await authenticate(b, `c=biws,r=${r},p=${Buffer.alloc(32, 1).toString('base64')}`)).toMatchObject({
      kind: 'respond-close',
      response: { errorMessage: expect.stringContaining('invalid credentials') },
    });
  });

  it('sessions end after connections.max.reauth.ms unless the client re-authenticates as the same user', async () => {
    let now = 1000;
    const a = await authenticator({ reauthMs: 500, now: () => now });
    await handshake(a, 'PLAIN');
    expect(response(await authenticate(a, plainToken('alice', 'alice-pw'))).sessionLifetimeMs).toBe(500);
    now = 1400;
    expect(a.onRequest(ApiKey.Fetch, 12, {})).toEqual({ kind: 'pass' });
    // Re-authentication (KIP-368) renews the session.
    expect(await handshake(a, 'PLAIN')).toMatchObject({ kind: 'respond' });
    expect(await authenticate(a, plainToken('alice', 'alice-pw'))).toMatchObject({ kind: 'respond' });
    now = 1800;
    expect(a.onRequest(ApiKey.Fetch, 12, {})).toEqual({ kind: 'pass' });
    now = 2000;
    expect(a.onRequest(ApiKey.Fetch, 12, {})).toMatchObject({ kind: 'close', log: expect.stringContaining('expired') });

    const b = await authenticator({ reauthMs: 500, now: () => now });
    await handshake(b, 'PLAIN');
    await authenticate(b, plainToken('alice', 'alice-pw'));
    await handshake(b, 'PLAIN');
    expect(await authenticate(b, plainToken('bob', 'bob-pw'))).toMatchObject({
      kind: 'respond-close',
      response: { errorMessage: expect.stringContaining('Cannot change principals') },
    });
  });

  it('SaslHandshake v0: the tokens that follow are raw', async () => {
    const a = await authenticator();
    await handshake(a, 'PLAIN', 0);
    expect(a.expectsRawToken).toBe(true);
    expect(await a.onRawToken(Buffer.from(plainToken('bob', 'bob-pw')))).toEqual({ kind: 'reply', bytes: Buffer.alloc(0) });
    expect(a.principal?.name).toBe('bob');
    expect(a.expectsRawToken).toBe(false);
  });
});
