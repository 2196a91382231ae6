/**
 * The API registry against Kafka's schemas (protocol/schemas): every handler
 * file in broker/apis is registered, bound to the generated ApiMeta of its
 * key, and serves a version range inside the schema's valid versions (never an
 * unstable latest version); the ApiVersions answer, encoded and decoded at
 * every version, lists exactly the handlers' ranges. defineApi refuses ranges
 * outside the schema. Rarely used APIs are lazy entries: ApiVersions answers
 * their ranges before their files load, and each file declares exactly the
 * range its entry advertises.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSchemas } from '../../../../protocol/codegen/schema.js';
import { ApiVersionsApi } from '../../../../protocol/generated/api-versions-api.js';
import { ProduceApi } from '../../../../protocol/generated/produce-api.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { Reader } from '../../../../protocol/reader.js';
import { Writer } from '../../../../protocol/writer.js';
import { advertisedVersions, apiRegistry, isLazy, loadAllApis, registeredApis } from '../../../../broker/apis/registry.js';
import { ApiKey } from '../../../../protocol/generated/api-keys.js';
import { lazyApi } from '../../../../broker/apis/api-table.js';
import { ANONYMOUS, defineApi, type ApiHandler, type RequestContext } from '../../../../broker/apis/types.js';
import type { BrokerServices } from '../../../../broker/services.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const requests = new Map(
  loadSchemas(path.join(repoRoot, 'protocol/schemas'))
    .filter((s) => s.type === 'request' && s.apiKey !== null)
    .map((s) => [s.apiKey!, s]),
);

/** The hot APIs, imported with the broker; every other API is loaded on its first request. */
const EAGER = new Set<number>([
  ApiKey.ApiVersions,
  ApiKey.Metadata,
  ApiKey.Produce,
  ApiKey.Fetch,
  ApiKey.ListOffsets,
  ApiKey.InitProducerId,
  ApiKey.OffsetForLeaderEpoch,
  ApiKey.FindCoordinator,
  ApiKey.JoinGroup,
  ApiKey.SyncGroup,
  ApiKey.Heartbeat,
  ApiKey.LeaveGroup,
  ApiKey.OffsetCommit,
  ApiKey.OffsetFetch,
  ApiKey.SaslHandshake,
  ApiKey.SaslAuthenticate,
]);

describe('API registry', () => {
  // Ranges as the table holds them before any lazy file is loaded (this test runs first).
  const before = registeredApis().map((e) => ({ ...e }));

  it('keeps the hot APIs loaded and every other API lazy, with a key, name and range, before any request', () => {
    expect(before.length).toBeGreaterThanOrEqual(40);
    for (const e of before) {
      expect(isLazy(e), `${e.name}`).toBe(!EAGER.has(e.apiKey));
      expect(e.name).toBe(requests.get(e.apiKey)!.name.replace(/Request$/, ''));
    }
    expect(advertisedVersions().length).toBe(before.length);
  });

  it('loads a lazy API once, and its file declares exactly the range the table advertised', async () => {
    const entry = apiRegistry.get(ApiKey.DescribeAcls)!;
    expect(isLazy(entry)).toBe(true);
    if (!isLazy(entry)) return;
    const [a, b] = await Promise.all([entry.load(), entry.load()]);
    expect(a).toBe(b);
    expect(apiRegistry.get(ApiKey.DescribeAcls)).toBe(a);
    const handlers = await loadAllApis();
    expect(handlers.map((h) => h.apiKey)).toEqual(before.map((e) => e.apiKey));
    for (let i = 0; i < handlers.length; i++) {
      const h = handlers[i]!;
      const e = before[i]!;
      expect({ name: h.name, min: h.minVersion, max: h.maxVersion, adv: h.advertisedMinVersion ?? h.minVersion }, e.name).toEqual({
        name: e.name,
        min: e.minVersion,
        max: e.maxVersion,
        adv: e.advertisedMinVersion ?? e.minVersion,
      });
      expect(isLazy(apiRegistry.get(h.apiKey)!)).toBe(false);
    }
  });

  it('refuses to load a lazy API whose file declares another range than its entry', async () => {
    const wrong = lazyApi(ApiKey.DescribeAcls, 0, 2, () => import('../../../../broker/apis/describe-acls.js'));
    expect(wrong.name).toBe('DescribeAcls');
    await expect(wrong.load()).rejects.toThrow(
      /DescribeAcls \(key 29\) is registered lazily with versions 0-2, but its handler file declares DescribeAcls \(key 29\) 0-3/,
    );
    expect(() => lazyApi(9999, 0, 0, () => import('../../../../broker/apis/describe-acls.js'))).toThrow(/no schema has key 9999/);
  });

  it('registers every handler file of broker/apis', async () => {
    const dir = path.join(repoRoot, 'broker/apis');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'));
    let found = 0;
    for (const f of files) {
      const mod = await import(path.join(dir, f));
      const h = mod.default as ApiHandler | undefined;
      if (!h || typeof h.handle !== 'function') continue;
      found++;
      const e = apiRegistry.get(h.apiKey);
      expect(e, `${f} (${h.name}) is not registered`).toBeDefined();
      expect(isLazy(e!) ? await e.load() : e, `${f} (${h.name}) is not the registered handler`).toBe(h);
    }
    expect(found).toBe(before.length);
    expect(found).toBeGreaterThanOrEqual(26);
  });

  it('binds each handler to the generated meta of its key', async () => {
    for (const h of await loadAllApis()) {
      const schema = requests.get(h.apiKey);
      expect(schema, `no request schema for key ${h.apiKey}`).toBeDefined();
      expect(h.name).toBe(schema!.name.replace(/Request$/, ''));
      expect(h.api.apiKey).toBe(h.apiKey);
      expect(h.decode).toBe(h.api.decodeRequest);
      expect(h.encode).toBe(h.api.encodeResponse);
    }
  });

  it("serves versions within the schema's valid versions (as the table advertises them before loading)", () => {
    for (const h of before) {
      const s = requests.get(h.apiKey)!;
      const max = s.latestVersionUnstable ? s.validVersions.max - 1 : s.validVersions.max;
      const advertised = h.advertisedMinVersion ?? h.minVersion;
      expect(h.minVersion, `${h.name} min`).toBeGreaterThanOrEqual(s.validVersions.min);
      expect(h.maxVersion, `${h.name} max`).toBeLessThanOrEqual(max);
      expect(h.minVersion, `${h.name} min <= max`).toBeLessThanOrEqual(h.maxVersion);
      expect(advertised, `${h.name} advertised min`).toBeGreaterThanOrEqual(s.validVersions.min);
      expect(advertised, `${h.name} advertised min <= served min`).toBeLessThanOrEqual(h.minVersion);
    }
  });

  it('answers ApiVersions with exactly the handlers’ ranges, at every version', async () => {
    const h = apiRegistry.get(ApiVersionsApi.apiKey) as ApiHandler;
    const expected = before.map((x) => ({
      apiKey: x.apiKey,
      minVersion: x.advertisedMinVersion ?? x.minVersion,
      maxVersion: x.maxVersion,
    }));
    expect(advertisedVersions()).toEqual(expected);
    for (let v = h.minVersion; v <= h.maxVersion; v++) {
      // ApiVersions needs none of the broker's services.
      const ctx: RequestContext = {
        apiKey: 18,
        apiVersion: v,
        correlationId: 1,
        clientId: 'test',
        clientHost: '127.0.0.1',
        clientAddress: '127.0.0.1',
        principal: ANONYMOUS,
        listenerName: 'PLAINTEXT',
        securityProtocol: 'PLAINTEXT',
        connectionId: 'test',
        broker: {} as BrokerServices,
      };
      const req = { clientSoftwareName: 'tributary-test', clientSoftwareVersion: '1.0' };
      const resp = await h.handle(ctx, req);
      const w = Writer.acquire();
      h.encode(w, v, resp!);
      const decoded = ApiVersionsApi.decodeResponse(new Reader(w.finishBuffer()), v);
      Writer.release(w);
      expect(decoded.errorCode).toBe(ErrorCode.NONE);
      expect(decoded.apiKeys.map((k) => ({ apiKey: k.apiKey, minVersion: k.minVersion, maxVersion: k.maxVersion }))).toEqual(expected);
    }
  });

  it('answers an unsupported ApiVersions version with a v0 body listing the same ranges', () => {
    const w = Writer.acquire();
    apiRegistry.encodeUnsupportedApiVersions(w);
    const decoded = ApiVersionsApi.decodeResponse(new Reader(w.finishBuffer()), 0);
    Writer.release(w);
    expect(decoded.errorCode).toBe(ErrorCode.UNSUPPORTED_VERSION);
    expect(decoded.apiKeys.length).toBe(before.length);
  });

  it('refuses a handler range outside the schema', () => {
    const handle = (): null => null;
    expect(() => defineApi(ProduceApi, { minVersion: 0, maxVersion: ProduceApi.maxVersion + 1, handle })).toThrow(
      /Produce handler: versions 0-12 are not within the schema's 0-11/,
    );
    expect(() => defineApi(ProduceApi, { minVersion: 3, maxVersion: 2, handle })).toThrow(/Produce handler/);
    expect(() => defineApi(ProduceApi, { minVersion: 3, maxVersion: 11, advertisedMinVersion: 4, handle })).toThrow(/advertised 4/);
    expect(defineApi(ProduceApi, { minVersion: 3, maxVersion: 11, advertisedMinVersion: 0, handle }).name).toBe('Produce');
  });
});
