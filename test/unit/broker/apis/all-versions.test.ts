/**
 * Every registered handler answers, at every version it serves, a request
 * left at the schema's defaults with a response that version can carry
 * (encoded and decoded again; an encoder refuses a field the version lacks),
 * or with no response at all. ApiVersions lists the registry at every
 * version and refuses bad client software names from v3 (KIP-511).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import apiVersions from '../../../../broker/apis/api-versions.js';
import { advertisedVersions, loadAllApis } from '../../../../broker/apis/registry.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { startServices, type TestServices } from './services.js';

describe('every handler at every version', () => {
  let t: TestServices;

  beforeAll(async () => {
    t = await startServices();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers a default request with an encodable response', async () => {
    let answered = 0;
    for (const h of await loadAllApis()) {
      for (let v = h.minVersion; v <= h.maxVersion; v++) {
        // ApiVersions v3+ requires client software names (KIP-511); everything else takes the defaults.
        const req = h === apiVersions ? { clientSoftwareName: 'test', clientSoftwareVersion: '1' } : {};
        try {
          await t.call(h, v, req);
        } catch (err) {
          throw new Error(`${h.name} v${v}: ${(err as Error).message}`, { cause: err });
        }
        answered++;
      }
    }
    expect(answered).toBeGreaterThan(150);
  });

  it('ApiVersions lists the registry at every version; v3+ refuses bad software names', async () => {
    const expected = advertisedVersions();
    for (let v = apiVersions.minVersion; v <= apiVersions.maxVersion; v++) {
      const r = await t.call(apiVersions, v, { clientSoftwareName: 'kafka-python', clientSoftwareVersion: '2.0.2' });
      expect(r!.errorCode, `v${v}`).toBe(ErrorCode.NONE);
      expect(r!.apiKeys.map((k) => ({ apiKey: k.apiKey, minVersion: k.minVersion, maxVersion: k.maxVersion }))).toEqual(expected);
    }
    for (const name of ['', '-leading-dash', 'has space']) {
      const r = await t.call(apiVersions, 3, { clientSoftwareName: name, clientSoftwareVersion: '1.0' });
      expect(r!.errorCode, `'${name}'`).toBe(ErrorCode.INVALID_REQUEST);
    }
  });
});
