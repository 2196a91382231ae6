/**
 * DynamicBrokerConfigs over the local metadata store (LevelDB): the levels
 * read at start (a stored value that no longer passes the checks skipped
 * with a warning), a write by anyone applied through the store's watch,
 * listeners told the new and old config, alter() storing and applying
 * before it returns, and the levels surviving a reopen of the store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBrokerConfig, type BrokerConfig } from '../../../../config/broker-config.js';
import { LocalMetadataStore } from '../../../../broker/cluster/local-metadata-store.js';
import { BROKER_DEFAULT_PATH, DynamicBrokerConfigs } from '../../../../broker/config/dynamic-broker-configs.js';
import type { Logger } from '../../../../broker/logger.js';

const dirs: string[] = [];
const stores: LocalMetadataStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function logger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    warn: (m) => lines.push(`WARN ${m}`),
    error: (m) => lines.push(`ERROR ${m}`),
    debug: () => undefined,
  };
}

async function open(dir: string): Promise<LocalMetadataStore> {
  const store = new LocalMetadataStore(dir);
  await store.open(null);
  stores.push(store);
  return store;
}

describe('DynamicBrokerConfigs', () => {
  it('starts from the stored levels, skipping what no longer passes the checks', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-dyn-'));
    dirs.push(dir);
    const store = await open(dir);
    await store.put(BROKER_DEFAULT_PATH, { 'log.retention.ms': '1000', 'log.dirs': '/elsewhere', 'num.io.threads': 'many' });
    await store.put('brokers/0', { 'log.retention.ms': '2000' });
    await store.put('brokers/1', { 'log.retention.ms': '3000' });
    const log = logger();
    const d = new DynamicBrokerConfigs(loadBrokerConfig(null, ['broker.id=0']), store, log);
    await d.start();
    expect(d.current.dynamicDefaultConfigs).toEqual({ 'log.retention.ms': '1000' });
    expect(d.current.dynamicBrokerConfigs).toEqual({ 'log.retention.ms': '2000' });
    expect(d.current.logRetentionMs).toBe(2000);
    expect(d.topicDefaults['retention.ms']).toBe('2000');
    expect(log.lines.filter((l) => l.startsWith('WARN')).map((l) => l.split(':')[0])).toEqual([
      'WARN dynamic config log.dirs=/elsewhere of brokers/<default> ignored',
      'WARN dynamic config num.io.threads=many of brokers/<default> ignored',
    ]);
  });

  it('applies writes to its levels (not to other brokers) and tells the listeners', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-dyn-'));
    dirs.push(dir);
    const store = await open(dir);
    const d = new DynamicBrokerConfigs(loadBrokerConfig(null, ['broker.id=0', 'message.max.bytes=5000']), store, logger());
    await d.start();
    const seen: [number, number][] = [];
    d.onChange((next: BrokerConfig, prev: BrokerConfig) => seen.push([next.messageMaxBytes, prev.messageMaxBytes]));
    await store.put(BROKER_DEFAULT_PATH, { 'message.max.bytes': '6000' });
    await d.idle();
    await store.put('brokers/7', { 'message.max.bytes': '7000' });
    await d.idle();
    expect(seen).toEqual([[6000, 5000]]);
    expect(await d.alter(true, { 'message.max.bytes': '8000' }, false)).toEqual({ ok: true });
    expect(d.current.messageMaxBytes).toBe(8000);
    expect(seen).toEqual([
      [6000, 5000],
      [8000, 6000],
    ]);
    expect(await d.alter(false, { 'log.dirs': 'x' }, false)).toEqual({
      ok: false,
      invalidConfig: true,
      message: 'Cannot update these configs dynamically: Set(log.dirs)',
    });
  });

  it('keeps both levels across a restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-dyn-'));
    dirs.push(dir);
    const first = await open(dir);
    const d1 = new DynamicBrokerConfigs(loadBrokerConfig(null, ['broker.id=3']), first, logger());
    await d1.start();
    await d1.alter(false, { 'log.cleaner.threads': '2' }, false);
    await d1.alter(true, { 'log.segment.bytes': '100000' }, false);
    await first.close();
    stores.splice(stores.indexOf(first), 1);
    const d2 = new DynamicBrokerConfigs(loadBrokerConfig(null, ['broker.id=3']), await open(dir), logger());
    await d2.start();
    expect([d2.current.logCleanerThreads, d2.current.logSegmentBytes]).toEqual([2, 100000]);
  });
});
