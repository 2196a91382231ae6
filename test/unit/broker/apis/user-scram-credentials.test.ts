/**
 * AlterUserScramCredentials and DescribeUserScramCredentials handlers over
 * real services (local metadata store): credentials stored in Kafka's string
 * form under users/<name>, the keys derived from the salted password the
 * client sent, per-user errors (KIP-554's rules) that apply none of that
 * user's changes, and describe answering mechanisms and iterations only.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import alter from '../../../../broker/apis/alter-user-scram-credentials.js';
import describeScram from '../../../../broker/apis/describe-user-scram-credentials.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { clientKey, saltedPassword, scramMechanism, serverKey, storedKey } from '../../../../client/sasl/scram-crypto.js';
import { parseCredential } from '../../../../broker/security/scram-credential.js';
import { startServices, type TestServices } from './services.js';

const SHA256 = scramMechanism('SCRAM-SHA-256')!;
const SHA512 = scramMechanism('SCRAM-SHA-512')!;

async function upsertion(name: string, password: string, mechanism = SHA256, iterations = 4096) {
  const salt = crypto.randomBytes(16);
  return { name, mechanism: mechanism.type, iterations, salt, saltedPassword: await saltedPassword(mechanism, password, salt, iterations) };
}

describe('SCRAM credential handlers', () => {
  let t: TestServices;

  beforeAll(async () => {
    t = await startServices();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('stores the derived keys in Kafka’s form and describes mechanisms with iterations', async () => {
    const up = await upsertion('alice', 'alice-secret');
    const r = await t.call(alter, 0, { deletions: [], upsertions: [up, await upsertion('alice', 'other', SHA512, 8192)] });
    expect(r!.results).toEqual([{ user: 'alice', errorCode: ErrorCode.NONE, errorMessage: null }]);
    const cfg = await t.entityConfigs.get('users/alice');
    const stored = parseCredential(cfg['SCRAM-SHA-256']);
    const salted = await saltedPassword(SHA256, 'alice-secret', up.salt, 4096);
    expect(stored.storedKey.equals(storedKey(SHA256, clientKey(SHA256, salted)))).toBe(true);
    expect(stored.serverKey.equals(serverKey(SHA256, salted))).toBe(true);
    expect(cfg['SCRAM-SHA-512']).toMatch(/iterations=8192$/);

    const d = await t.call(describeScram, 0, { users: [{ name: 'alice' }] });
    expect(d!.results).toEqual([
      {
        user: 'alice',
        errorCode: ErrorCode.NONE,
        errorMessage: null,
        credentialInfos: [
          { mechanism: 1, iterations: 4096 },
          { mechanism: 2, iterations: 8192 },
        ],
      },
    ]);
  });

  it('answers per-user errors and applies none of a failing user’s changes', async () => {
    const r = await t.call(alter, 0, {
      deletions: [{ name: 'nobody', mechanism: 1 }],
      upsertions: [
        await upsertion('bob', 'x', SHA256, 1000),
        await upsertion('carol', 'x'),
        await upsertion('carol', 'y'),
        { ...(await upsertion('dave', 'x')), mechanism: 7 },
        await upsertion('erin', 'erin-pw'),
        await upsertion('', 'x'),
      ],
    });
    const byUser = new Map(r!.results.map((x) => [x.user, x]));
    expect(byUser.get('nobody')!.errorCode).toBe(ErrorCode.RESOURCE_NOT_FOUND);
    expect(byUser.get('bob')!.errorCode).toBe(ErrorCode.UNACCEPTABLE_CREDENTIAL);
    expect(byUser.get('bob')!.errorMessage).toMatch(/Too few iterations/);
    expect(byUser.get('carol')!.errorCode).toBe(ErrorCode.DUPLICATE_RESOURCE);
    expect(byUser.get('dave')!.errorCode).toBe(ErrorCode.UNSUPPORTED_SASL_MECHANISM);
    expect(byUser.get('erin')!.errorCode).toBe(ErrorCode.NONE);
    expect(byUser.get('')!.errorCode).toBe(ErrorCode.UNACCEPTABLE_CREDENTIAL);
    const d = await t.call(describeScram, 0, { users: [{ name: 'carol' }, { name: 'erin' }, { name: 'erin' }] });
    expect(d!.results.map((x) => [x.user, x.errorCode])).toEqual([
      ['carol', ErrorCode.RESOURCE_NOT_FOUND],
      ['erin', ErrorCode.DUPLICATE_RESOURCE],
    ]);
    const all = await t.call(describeScram, 0, { users: null });
    expect(all!.results.map((x) => x.user)).toEqual(['alice', 'erin']);
  });

  it('deletes one mechanism, then the user', async () => {
    let r = await t.call(alter, 0, { deletions: [{ name: 'alice', mechanism: 2 }], upsertions: [] });
    expect(r!.results[0].errorCode).toBe(ErrorCode.NONE);
    expect(t.svc.scramCredentials.credential('alice', 'SCRAM-SHA-512')).toBeUndefined();
    expect(t.svc.scramCredentials.credential('alice', 'SCRAM-SHA-256')).toBeDefined();
    r = await t.call(alter, 0, { deletions: [{ name: 'alice', mechanism: 1 }], upsertions: [] });
    expect(r!.results[0].errorCode).toBe(ErrorCode.NONE);
    const d = await t.call(describeScram, 0, { users: [] });
    expect(d!.results.map((x) => x.user)).toEqual(['erin']);
  });
});
