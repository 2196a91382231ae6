import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LogManager } from '../../../../broker/log/log-manager.js';
import { tempDir, config, batch, collectingLogger } from './helpers.js';

function manager(dirs: string[]) {
  const logger = collectingLogger();
  return { lm: new LogManager({ logDirs: dirs, defaultConfig: config(), logger }), logger };
}

describe('LogManager', () => {
  it('creates logs idempotently as <topic>-<partition> dirs spread over log dirs', () => {
    const d1 = tempDir();
    const d2 = tempDir();
    const { lm } = manager([d1, d2]);
    lm.loadAll();
    const a = lm.createLog('my-topic', 0, config());
    expect(lm.createLog('my-topic', 0, config())).toBe(a);
    lm.createLog('my-topic', 1, config());
    expect(fs.existsSync(path.join(d1, 'my-topic-0'))).toBe(true);
    expect(fs.existsSync(path.join(d2, 'my-topic-1'))).toBe(true);
    expect(lm.getLog('my-topic', 1)).toBeDefined();
    expect(lm.getLog('my-topic', 2)).toBeUndefined();
    expect(lm.allLogs().length).toBe(2);
    expect(() => lm.createLog('../evil', 0, config())).toThrow();
    lm.shutdown();
  });

  it('writes checkpoints and the clean shutdown marker; a clean load skips recovery', () => {
    const d = tempDir();
    let { lm } = manager([d]);
    lm.loadAll();
    const log = lm.createLog('a.b-c', 2, config());
    for (let i = 0; i < 5; i++) log.appendAsLeader(batch(2), 0, Date.now());
    log.setHighWatermark(8);
    log.deleteRecordsBefore(3);
    lm.shutdown();
    expect(fs.existsSync(path.join(d, '.kafka_cleanshutdown'))).toBe(true);
    expect(fs.readFileSync(path.join(d, 'replication-offset-checkpoint'), 'utf8')).toBe('0\n1\na.b-c 2 8\n');
    expect(fs.readFileSync(path.join(d, 'log-start-offset-checkpoint'), 'utf8')).toBe('0\n1\na.b-c 2 3\n');
    expect(fs.readFileSync(path.join(d, 'recovery-point-offset-checkpoint'), 'utf8')).toBe('0\n1\na.b-c 2 10\n');

    // Garbage after the last batch is cut even after a clean shutdown (one
    // header scan of the active segment's tail), without a recovery pass ...
    const seg = path.join(d, 'a.b-c-2', '00000000000000000000.log');
    const goodSize = fs.statSync(seg).size;
    fs.appendFileSync(seg, Buffer.alloc(100, 7));
    let m = manager([d]);
    m.lm.loadAll();
    expect(fs.existsSync(path.join(d, '.kafka_cleanshutdown'))).toBe(false);
    const again = m.lm.getLog('a.b-c', 2)!;
    expect(again.highWatermark).toBe(8);
    expect(again.logStartOffset).toBe(3);
    expect(m.logger.infos.some((x) => /recovering/.test(x))).toBe(false);
    expect(m.logger.warnings).toHaveLength(1);
    expect(m.logger.warnings[0]).toMatch(/truncated 100 bytes/);
    expect(fs.statSync(seg).size).toBe(goodSize);
    m.lm.crash();

    // ... while after a crash (no marker) recovery checks CRCs: a corrupt last batch goes.
    const fd = fs.openSync(seg, 'r+');
    fs.writeSync(fd, Buffer.from([0xee]), 0, 1, goodSize - 1);
    fs.closeSync(fd);
    m = manager([d]);
    m.lm.loadAll();
    expect(m.logger.warnings.some((w) => /truncated \d+ bytes.*CRC/.test(w))).toBe(true);
    expect(fs.statSync(seg).size).toBeLessThan(goodSize);
    expect(m.lm.getLog('a.b-c', 2)!.logEndOffset).toBe(8);
    m.lm.shutdown();
    lm = m.lm;
  });

  it('deletes logs by renaming to -delete and removing them; leftovers are removed at load', async () => {
    const d = tempDir();
    const { lm } = manager([d]);
    lm.loadAll();
    lm.createLog('gone', 0, config()).appendAsLeader(batch(1), 0, Date.now());
    lm.deleteLog('gone', 0);
    expect(lm.getLog('gone', 0)).toBeUndefined();
    expect(fs.existsSync(path.join(d, 'gone-0'))).toBe(false);
    await lm.deletionsSettled();
    expect(fs.readdirSync(d).filter((f) => f.includes('gone'))).toEqual([]);
    fs.mkdirSync(path.join(d, 'old-0.1234abcd-delete'));
    lm.shutdown();
    const m = manager([d]);
    expect(m.lm.loadAll().length).toBe(0);
    await m.lm.deletionsSettled();
    expect(fs.existsSync(path.join(d, 'old-0.1234abcd-delete'))).toBe(false);
    m.lm.shutdown();
  });

  it('runs retention and checkpoints from background timers', async () => {
    const d = tempDir();
    const { lm } = manager([d]);
    lm.loadAll();
    const log = lm.createLog('r', 0, config({ segmentBytes: 300, retentionMs: 1 }));
    for (let i = 0; i < 10; i++) log.appendAsLeader(batch(2, { ts: 1000 }), 0, 1000);
    log.setHighWatermark(log.logEndOffset);
    lm.startBackgroundTasks({ retentionCheckIntervalMs: 10, checkpointIntervalMs: 10 });
    const file = path.join(d, 'log-start-offset-checkpoint');
    const deadline = Date.now() + 20_000;
    while (!(fs.existsSync(file) && fs.readFileSync(file, 'utf8') === '0\n1\nr 0 20\n') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    expect(log.segmentCount).toBe(1);
    expect(log.logStartOffset).toBe(20);
    expect(fs.readFileSync(file, 'utf8')).toBe('0\n1\nr 0 20\n');
    lm.stopBackgroundTasks();
    await lm.backgroundSettled();
    lm.shutdown();
  });

  it('writes the periodic checkpoint off the event loop: offsets as of the call, one round at a time, failures logged', async () => {
    const d = tempDir();
    const { lm, logger } = manager([d]);
    lm.loadAll();
    const log = lm.createLog('c', 0, config());
    log.appendAsLeader(batch(3, { ts: 1000 }), 0, 1000);
    log.setHighWatermark(3);
    // The fsync of the first file is held back: the round is in flight while the log moves on.
    lm.faults.delayNext('fsync', 100);
    const first = lm.checkpointInBackground();
    log.appendAsLeader(batch(2, { ts: 1000 }), 0, 1000);
    log.setHighWatermark(5);
    expect(lm.checkpointInBackground()).toBe(first);
    await first;
    const hw = path.join(d, 'replication-offset-checkpoint');
    expect(fs.readFileSync(hw, 'utf8')).toBe('0\n1\nc 0 3\n');
    // The next round takes the new offsets; no temp file is left behind.
    await lm.checkpointInBackground();
    expect(fs.readFileSync(hw, 'utf8')).toBe('0\n1\nc 0 5\n');
    expect(fs.readdirSync(d).filter((f) => f.includes('.tmp'))).toEqual([]);
    // A failing write is logged; the file keeps its last whole version.
    lm.faults.failNext('write', { file: /^replication-offset-checkpoint$/ });
    log.appendAsLeader(batch(1, { ts: 1000 }), 0, 1000);
    log.setHighWatermark(6);
    await expect(lm.checkpointInBackground()).resolves.toBeUndefined();
    expect(logger.warnings.some((w) => /checkpoint failed/.test(w))).toBe(true);
    expect(fs.readFileSync(hw, 'utf8')).toBe('0\n1\nc 0 5\n');
    await lm.backgroundSettled();
    lm.shutdown();
    expect(fs.readFileSync(hw, 'utf8')).toBe('0\n1\nc 0 6\n');
  });
});
