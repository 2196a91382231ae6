import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeOffsetCheckpoint, readOffsetCheckpoint, parseTopicPartitionDir, tpKey } from '../../../../broker/log/checkpoints.js';
import { tempDir } from './helpers.js';

describe('checkpoints', () => {
  it('writes and reads Kafka offset checkpoint files atomically', () => {
    const file = path.join(tempDir(), 'replication-offset-checkpoint');
    writeOffsetCheckpoint(file, [
      { topic: 'my-topic.v1', partition: 3, offset: 120 },
      { topic: '__consumer_offsets', partition: 0, offset: 0 },
    ]);
    expect(fs.readFileSync(file, 'utf8')).toBe('0\n2\nmy-topic.v1 3 120\n__consumer_offsets 0 0\n');
    expect(fs.existsSync(`${file}.tmp`)).toBe(false);
    const m = readOffsetCheckpoint(file);
    expect(m.get(tpKey('my-topic.v1', 3))).toBe(120);
    expect(m.get(tpKey('__consumer_offsets', 0))).toBe(0);
    writeOffsetCheckpoint(file, []);
    expect(fs.readFileSync(file, 'utf8')).toBe('0\n0\n');
    expect(readOffsetCheckpoint(file).size).toBe(0);
  });

  it('missing file is empty; malformed files throw naming the file', () => {
    const dir = tempDir();
    expect(readOffsetCheckpoint(path.join(dir, 'nope')).size).toBe(0);
    const bad = path.join(dir, 'bad');
    fs.writeFileSync(bad, '0\n2\na 0 1\n');
    expect(() => readOffsetCheckpoint(bad)).toThrow(/bad/);
    fs.writeFileSync(bad, '1\n0\n');
    expect(() => readOffsetCheckpoint(bad)).toThrow(/version/);
  });

  it('splits partition dir names at the last dash', () => {
    expect(parseTopicPartitionDir('a-b-c-12')).toEqual({ topic: 'a-b-c', partition: 12 });
    expect(parseTopicPartitionDir('x.y_z-0')).toEqual({ topic: 'x.y_z', partition: 0 });
    expect(parseTopicPartitionDir('t-0.abcdef-delete')).toBeNull();
    expect(parseTopicPartitionDir('-1')).toBeNull();
    expect(parseTopicPartitionDir('meta')).toBeNull();
  });
});
