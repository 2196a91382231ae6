import { describe, expect, it } from 'vitest';
import { checkPartitionName, loadLogDir, parseFutureDir } from '../../../../broker/log/log-dir-loader.js';
import { MemoryEngine } from '../../../../broker/log/memory-store.js';
import { collectingLogger, config } from './helpers.js';

describe('log dir loading', () => {
  it("parses Kafka's future dir names", () => {
    const id = 'ab'.repeat(16);
    expect(parseFutureDir(`my.topic-12.${id}-future`)).toEqual({ topic: 'my.topic', partition: 12 });
    expect(parseFutureDir(`t-0.${id}-delete`)).toBeNull();
    expect(parseFutureDir('t-0')).toBeNull();
    expect(parseFutureDir(`t-x.${id}-future`)).toBeNull();
    expect(parseFutureDir(`t-0.${'g'.repeat(32)}-future`)).toBeNull();
    expect(() => checkPartitionName('..', 0)).toThrow(/Illegal topic name/);
    expect(() => checkPartitionName('t', -1)).toThrow(/Illegal partition/);
  });

  it('sorts the dirs of a log dir into current, future and doomed ones', () => {
    const logDir = new MemoryEngine().logDir('/d');
    const id = '0'.repeat(32);
    for (const n of ['t-0', `t-1.${id}-future`, `t-1.${'1'.repeat(32)}-future`, `u-0.${id}-delete`, 'not a partition'])
      logDir.partition(n).ensure();
    const logger = collectingLogger();
    const got = loadLogDir(logDir, { configFor: () => config(), logger, onStorageError: () => undefined });
    expect([...got.current.keys()]).toEqual(['t-0']);
    expect([...got.future.keys()]).toEqual(['t-1']);
    expect(got.doomed).toHaveLength(2);
    expect(got.doomed).toContain(`u-0.${id}-delete`);
    expect(logger.warnings.some((w) => /a second future replica of t-1/.test(w))).toBe(true);
    for (const l of got.current.values()) l.close();
    for (const f of got.future.values()) f.log.close();
  });
});
