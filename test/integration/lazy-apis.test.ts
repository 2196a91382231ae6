/**
 * Lazily loaded API handlers (broker/apis/api-table.ts, registry.ts) in a
 * real broker process: a module-load hook records every file the broker
 * imports. After start the hot handlers are loaded and no lazy handler file
 * (nor its generated API meta) is, while ApiVersions already lists every API; the first
 * request to a lazy API loads its file and is answered; a bad request to a
 * lazy API not loaded yet closes that connection with the same log line as
 * before (an unsupported version without loading anything, an undecodable
 * body after loading).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrokerProcess } from './harness.js';
import { RawClient } from './raw-client.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { isLazy, registeredApis } from '../../broker/apis/registry.js';

/** `DescribeAcls` → `describe-acls`: the handler file's name. */
const fileOf = (name: string): string => name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

describe('lazily loaded API handlers', () => {
  let dir: string;
  let loadedLog: string;
  let broker: BrokerProcess;
  let c: RawClient;
  const lazyNames = registeredApis()
    .filter((e) => isLazy(e))
    .map((e) => e.name);

  /** The broker's loaded files under dist/, relative to dist/. */
  const loaded = (): Set<string> =>
    new Set(
      fs
        .readFileSync(loadedLog, 'utf8')
        .split('\n')
        .filter((u) => u.includes('/dist/'))
        .map((u) => u.slice(u.lastIndexOf('/dist/') + 6)),
    );

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-lazy-'));
    loadedLog = path.join(dir, 'loaded.txt');
    fs.writeFileSync(loadedLog, '');
    // A module hook (node:module register) that appends every loaded file URL to LOADED_LOG.
    fs.writeFileSync(
      path.join(dir, 'hooks.mjs'),
      `import fs from 'node:fs';\nexport async function load(url, context, next) {\n` +
        `  if (url.startsWith('file:')) fs.appendFileSync(process.env.LOADED_LOG, url + '\\n');\n  return next(url, context);\n}\n`,
    );
    fs.writeFileSync(
      path.join(dir, 'register.mjs'),
      `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`,
    );
    broker = await new BrokerProcess({
      nodeArgs: ['--import', path.join(dir, 'register.mjs')],
      env: { LOADED_LOG: loadedLog },
    }).start();
    c = await RawClient.connect(broker.port);
  });

  afterAll(async () => {
    c?.close();
    await broker?.destroy();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts with the hot handlers loaded and no lazy handler or codec, yet ApiVersions lists every API', async () => {
    expect(lazyNames.length).toBeGreaterThanOrEqual(20);
    const files = loaded();
    for (const hot of ['produce', 'fetch', 'metadata', 'api-versions', 'join-group', 'offset-commit']) {
      expect(files.has(`broker/apis/${hot}.js`), hot).toBe(true);
    }
    for (const name of lazyNames) {
      expect(files.has(`broker/apis/${fileOf(name)}.js`), `${name} handler loaded at start`).toBe(false);
      // Its generated meta (request and response codecs); the codecs alone may be loaded by a broker-side client (WriteTxnMarkers).
      expect(files.has(`protocol/generated/${fileOf(name)}-api.js`), `${name} API meta loaded at start`).toBe(false);
    }
    const versions = await c.send('ApiVersions', 3, { clientSoftwareName: 'raw-client', clientSoftwareVersion: '1.0' });
    const listed = new Map((versions.apiKeys as { apiKey: number; maxVersion: number }[]).map((k) => [k.apiKey, k.maxVersion]));
    expect(listed.get(ApiKey.DescribeAcls)).toBe(3);
    expect(listed.get(ApiKey.ElectLeaders)).toBe(2);
    expect(loaded().has('broker/apis/describe-acls.js')).toBe(false);
  });

  it('a bad request to a lazy API not loaded yet closes that connection as before', async () => {
    // An unsupported version is refused from the table alone.
    const unsupported = await RawClient.connect(broker.port);
    unsupported.sendFrame(unsupported.encodeRequest(ApiKey.ElectLeaders, 99, () => undefined, 1));
    await unsupported.closed;
    // A truncated body: the file is loaded, then the body fails to decode.
    const truncated = await RawClient.connect(broker.port);
    truncated.sendFrame(truncated.encodeRequest(ApiKey.ListPartitionReassignments, 0, (w) => w.uvarint(5), 2));
    await truncated.closed;
    for (let i = 0; i < 200 && !/undecodable ListPartitionReassignments/.test(broker.output); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(broker.output).toMatch(/ElectLeaders v99 is not supported \(supported 0-2; client raw-client\)/);
    expect(broker.output).toMatch(/undecodable ListPartitionReassignments v0 request/);
    expect(loaded().has('broker/apis/elect-leaders.js')).toBe(false);
    expect(c.isClosed).toBe(false);
  });

  it('loads a lazy handler on its first request and answers it', async () => {
    const r = await c.send('DescribeAcls', 3, {
      resourceTypeFilter: 1, // ANY
      resourceNameFilter: null,
      patternTypeFilter: 1, // ANY
      principalFilter: null,
      hostFilter: null,
      operation: 1, // ANY
      permissionType: 1, // ANY
    });
    // No authorizer configured: Kafka answers SECURITY_DISABLED.
    expect(r.errorCode).toBe(ErrorCode.SECURITY_DISABLED);
    const files = loaded();
    expect(files.has('broker/apis/describe-acls.js')).toBe(true);
    expect(files.has('broker/apis/create-acls.js')).toBe(false);
    // A second request is served by the loaded handler.
    const again = await c.send('DescribeAcls', 1, { resourceTypeFilter: 1, patternTypeFilter: 1, operation: 1, permissionType: 1 });
    expect(again.errorCode).toBe(ErrorCode.SECURITY_DISABLED);
  });
});
