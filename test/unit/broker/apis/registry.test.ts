/**
 * The API registry against Kafka's schemas (protocol/schemas): every handler
 * file in broker/apis is registered, bound to the generated ApiMeta of its
 * key, and serves a version range inside the schema's valid versions (never an
 * unstable latest version); the ApiVersions answer, encoded and decoded at
 * every version, lists exactly the handlers' ranges. defineApi refuses ranges
 * outside the schema.
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
import { advertisedVersions, apiRegistry, registeredApis } from '../../../../broker/apis/registry.js';
import { ANONYMOUS, defineApi, type ApiHandler, type RequestContext } from '../../../../broker/apis/types.js';
import type { BrokerServices } from '../../../../broker/services.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const requests = new Map(
  loadSchemas(path.join(repoRoot, 'protocol/schemas'))
    .filter((s) => s.type === 'request' && s.apiKey !== null)
    .map((s) => [s.apiKey!, s]),
);

describe('API registry', () => {
  const handlers = registeredApis();

  it('registers every handler file of broker/apis', async () => {
    const dir = path.join(repoRoot, 'broker/apis');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'));
    let found = 0;
    for (const f of files) {
      const mod = await import(path.join(dir, f));
      const h = mod.default as ApiHandler | undefined;
      if (!h || typeof h.handle !== 'function') continue;
      found++;
      expect(apiRegistry.get(h.apiKey), `${f} (${h.name}) is not registered`).toBe(h);
    }
    expect(found).toBe(handlers.length);
    expect(found).toBeGreaterThanOrEqual(26);
  });

  it('binds each handler to the generated meta of its key', () => {
    for (const h of handlers) {
      const schema = requests.get(h.apiKey);
      expect(schema, `no request schema for key ${h.apiKey}`).toBeDefined();
      expect(h.name).toBe(schema!.name.replace(/Request$/, ''));
      expect(h.api.apiKey).toBe(h.apiKey);
      expect(h.decode).toBe(h.api.decodeRequest);
      expect(h.encode).toBe(h.api.encodeResponse);
    }
  });

  it("serves versions within the schema's valid versions", () => {
    for (const h of handlers) {
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
    const h = apiRegistry.get(ApiVersionsApi.apiKey)!;
    const expected = handlers.map((x) => ({
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
    expect(decoded.apiKeys.length).toBe(handlers.length);
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
