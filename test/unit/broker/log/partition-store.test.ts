import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LogManager } from '../../../../broker/log/log-manager.js';
import { MemoryEngine } from '../../../../broker/log/memory-store.js';
import { ENGINES, batch, collectingLogger, config, freshLogDir } from './helpers.js';

/** The engine contract (partition-store.ts), the same for both engines. */
describe.each(ENGINES)('PartitionStore contract (%s engine)', (kind) => {
  it('files: create/open modes, positional writes and reads, truncate, size', async () => {
    const { logDir } = freshLogDir(kind);
    logDir.ensure();
    const p = logDir.partition('t-0');
    p.ensure();
    const f = p.open('a.log', 'create');
    expect(() => p.open('a.log', 'create')).toThrow(/EEXIST|exists/);
    expect(() => p.open('missing.log', 'open')).toThrow(/ENOENT|no such file/);
    expect(f.writeSync(Buffer.from('hello world'), 0, 11, 0)).toBe(11);
    expect(f.writeSync(Buffer.from('XY'), 0, 2, 20)).toBe(2);
    expect(f.size()).toBe(22);
    const buf = Buffer.alloc(22, 7);
    expect(f.readSync(buf, 0, 22, 0)).toBe(22);
    expect(buf.subarray(0, 11).toString()).toBe('hello world');
    expect([...buf.subarray(11, 20)]).toEqual(new Array(9).fill(0));
    const b2 = Buffer.alloc(5);
    expect(await f.read(b2, 0, 5, 6)).toBe(5);
    expect(b2.toString()).toBe('world');
    expect(await f.read(b2, 0, 5, 20)).toBe(2);
    expect(await f.read(b2, 0, 5, 100)).toBe(0);
    f.truncate(5);
    expect(f.size()).toBe(5);
    f.sync();
    expect(f.mtimeMs()).toBeGreaterThan(0);
    f.close();
    expect(() => f.size()).toThrow(/closed/);
    await expect(f.read(b2, 0, 1, 0)).rejects.toThrow(/closed/);
    const again = p.open('a.log', 'open');
    expect(again.size()).toBe(5);
    again.close();
  });

  it('a file closed and removed while a read is pending still answers that read with its bytes', async () => {
    const { logDir } = freshLogDir(kind);
    const p = logDir.partition('t-0');
    p.ensure();
    const f = p.open('x.log', 'create');
    f.writeSync(Buffer.from('0123456789'), 0, 10, 0);
    p.faults.delayNext('read', 40);
    const buf = Buffer.alloc(10);
    const pending = f.read(buf, 0, 10, 0);
    f.close();
    p.remove('x.log');
    expect(p.exists('x.log')).toBe(false);
    expect(await pending).toBe(10);
    expect(buf.toString()).toBe('0123456789');
    // A new file of that name is a different file.
    const g = p.open('x.log', 'create');
    expect(g.size()).toBe(0);
    g.close();
  });

  it('small files: readFile, writeFile, writeFileAtomic, rename, remove, list', () => {
    const { logDir } = freshLogDir(kind);
    const p = logDir.partition('t-0');
    p.ensure();
    expect(p.readFile('cp')).toBeNull();
    p.writeFileAtomic('cp', 'one');
    expect(p.readFile('cp')!.toString()).toBe('one');
    p.writeFile('cp', Buffer.from('two'));
    expect(p.readFile('cp')!.toString()).toBe('two');
    p.rename('cp', 'cp2');
    expect(p.exists('cp')).toBe(false);
    expect(p.list()).toEqual(['cp2']);
    p.remove('cp2');
    p.remove('cp2');
    expect(p.list()).toEqual([]);
  });

  it('log dirs: partitions, renames, background removal, root files', async () => {
    const { logDir } = freshLogDir(kind);
    logDir.ensure();
    expect(logDir.listPartitions()).toEqual([]);
    const p = logDir.partition('t-0');
    p.ensure();
    p.writeFile('f', Buffer.from('x'));
    expect(logDir.listPartitions()).toEqual(['t-0']);
    logDir.renamePartition('t-0', 't-0.abc-delete');
    expect(logDir.listPartitions()).toEqual(['t-0.abc-delete']);
    expect(logDir.partition('t-0.abc-delete').readFile('f')!.toString()).toBe('x');
    await logDir.removePartition('t-0.abc-delete');
    expect(logDir.listPartitions()).toEqual([]);
    logDir.writeFileAtomic('root-cp', '0\n0\n');
    expect(logDir.exists('root-cp')).toBe(true);
    expect(logDir.readFile('root-cp')!.toString()).toBe('0\n0\n');
    logDir.remove('root-cp');
    expect(logDir.readFile('root-cp')).toBeNull();
  });

  it('a LogManager over the engine: restart after a clean shutdown and after a crash keeps every record', async () => {
    const { engine, dir } = freshLogDir(kind);
    let lm = new LogManager({ logDirs: [dir], defaultConfig: config(), logger: collectingLogger(), engine });
    lm.loadAll();
    const log = lm.createLog('t', 0, config({ segmentBytes: 300 }));
    for (let i = 0; i < 10; i++) log.appendAsLeader(batch(2), 0, Date.now());
    log.setHighWatermark(log.logEndOffset);
    lm.shutdown();
    lm = new LogManager({ logDirs: [dir], defaultConfig: config(), logger: collectingLogger(), engine });
    const logger = collectingLogger();
    expect(lm.loadAll().map((l) => [l.topic, l.logEndOffset, l.highWatermark])).toEqual([['t', 20, 20]]);
    lm.getLog('t', 0)!.appendAsLeader(batch(2), 0, Date.now());
    lm.crash();
    lm = new LogManager({ logDirs: [dir], defaultConfig: config(), logger, engine });
    const [again] = lm.loadAll();
    expect(again!.logEndOffset).toBe(22);
    expect(logger.infos.some((m) => /no clean shutdown marker; recovering/.test(m))).toBe(true);
    lm.shutdown();
    if (kind === 'file') expect(fs.existsSync(path.join(dir, 't-0', '00000000000000000000.log'))).toBe(true);
  });
});

describe('MemoryEngine', () => {
  it('keeps its log dirs apart and touches no disk', () => {
    const engine = new MemoryEngine();
    const a = engine.logDir('/same/path/a');
    const b = engine.logDir('/same/path/b');
    a.partition('t-0').ensure();
    expect(a.listPartitions()).toEqual(['t-0']);
    expect(b.listPartitions()).toEqual([]);
    expect(engine.logDir('/same/path/a')).toBe(a);
    expect(fs.existsSync('/same/path')).toBe(false);
    expect(a.path).toBe('memory:/same/path/a');
  });
});
