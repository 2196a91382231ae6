import { describe, expect, it } from 'vitest';
import {
  PARTITION_METADATA_FILE,
  formatPartitionMetadata,
  parsePartitionMetadata,
  readPartitionTopicId,
  writePartitionTopicId,
} from '../../../../broker/log/partition-metadata.js';
import { ENGINES, freshLogDir } from './helpers.js';

const ID = '0b3c9a4e-1f2d-4c5b-8a7e-6d5c4b3a2f10';

describe('partition.metadata', () => {
  it("is Kafka's two-line format with the topic id in base64url (22 chars)", () => {
    const text = formatPartitionMetadata(ID);
    expect(text).toBe(`version: 0\ntopic_id: ${Buffer.from(ID.replace(/-/g, ''), 'hex').toString('base64url')}\n`);
    expect(text.split('\n')[1]).toMatch(/^topic_id: [A-Za-z0-9_-]{22}$/);
    expect(parsePartitionMetadata(text)).toBe(ID);
  });

  it('reads a file Kafka wrote (no trailing newline, spaces) and refuses unknown versions and bad ids', () => {
    expect(parsePartitionMetadata('version: 0\ntopic_id: CzyaTh8tTFuKfm1cSzovEA')).toBe(ID);
    expect(parsePartitionMetadata('version: 1\ntopic_id: CzyaTh8tTFuKfm1cSzovEA')).toBeNull();
    expect(parsePartitionMetadata('version: 0\ntopic_id: short')).toBeNull();
    expect(parsePartitionMetadata('version: 0\n')).toBeNull();
    expect(parsePartitionMetadata('')).toBeNull();
  });

  it.each(ENGINES)('is written into and read from a partition store (%s engine); the all-zero id writes nothing', (kind) => {
    const { logDir } = freshLogDir(kind);
    const store = logDir.partition('t-0');
    store.ensure();
    expect(readPartitionTopicId(store)).toBeNull();
    writePartitionTopicId(store, '00000000-0000-0000-0000-000000000000');
    expect(store.exists(PARTITION_METADATA_FILE)).toBe(false);
    writePartitionTopicId(store, ID);
    expect(readPartitionTopicId(store)).toBe(ID);
    store.writeFileAtomic(PARTITION_METADATA_FILE, 'garbage');
    expect(readPartitionTopicId(store)).toBeNull();
  });
});
