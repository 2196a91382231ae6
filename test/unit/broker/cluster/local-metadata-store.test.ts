import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalMetadataStore } from '../../../../broker/cluster/local-metadata-store.js';

describe('LocalMetadataStore', () => {
  const dirs: string[] = [];
  const tmp = (): string => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-meta-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('keeps the cluster id and topics across reopen, and refuses a different cluster.id', async () => {
    const dir = tmp();
    const a = new LocalMetadataStore(dir);
    const id = await a.open(null);
    await a.putTopic({
      name: 't',
      topicId: '00000000-0000-0000-0000-000000000001',
      internal: false,
      partitions: [],
      configs: { 'retention.ms': '1000' },
    });
    await a.close();
    const b = new LocalMetadataStore(dir);
    expect(await b.open(null)).toBe(id);
    expect((await b.loadTopics()).map((t) => [t.name, t.configs])).toEqual([['t', { 'retention.ms': '1000' }]]);
    await b.deleteTopic('t');
    expect(await b.loadTopics()).toEqual([]);
    await b.close();
    await expect(new LocalMetadataStore(dir).open('another-id')).rejects.toThrow(/does not match/);
  });

  it('names the problem when another broker holds the data directory', async () => {
    const dir = tmp();
    const a = new LocalMetadataStore(dir);
    await a.open(null);
    await expect(new LocalMetadataStore(dir).open(null)).rejects.toThrow(`the data directory ${dir} is in use by another broker`);
    await a.close();
  });
});
