import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LogManager } from '../../../../broker/log/log-manager.js';
import { tempDir, config, batch, collectingLogger } from './helpers.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';

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

  it('JBOD: a storage error takes its log dir offline; the other dir keeps serving and gets the new logs', async () => {
    const d1 = tempDir();
    const d2 = tempDir();
    const { lm, logger } = manager([d1, d2]);
    const heard: string[] = [];
    lm.offlineDirs.onFailure((dir, reason) => heard.push(`${dir}: ${reason}`));
    lm.loadAll();
    const a = lm.createLog('t', 0, config());
    const b = lm.createLog('t', 1, config());
    expect([lm.logDirOf('t', 0), lm.logDirOf('t', 1)]).toEqual([d1, d2]);
    expect(a.appendAsLeader(batch(2), 0, Date.now()).errorCode).toBe(ErrorCode.NONE);
    b.faults.failNext('write');
    expect(b.appendAsLeader(batch(2), 0, Date.now()).errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
    await Promise.resolve();
    expect(heard).toEqual([`${d2}: injected write failure on 00000000000000000000.log`]);
    expect(logger.warnings.some((w) => w.startsWith(`log dir ${d2} is offline`) && w.includes('t-1'))).toBe(true);
    // The failed dir's partition answers KAFKA_STORAGE_ERROR from now on, the other one appends on.
    expect(b.appendAsLeader(batch(1), 0, Date.now()).errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
    expect(a.appendAsLeader(batch(1), 0, Date.now())).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: 2 });
    expect(lm.getLog('t', 1)).toBeUndefined();
    expect(lm.describeLogDirs().map((d) => [d.path, d.offlineReason !== null, d.logs.map((l) => l.partition)])).toEqual([
      [d1, false, [0]],
      [d2, true, []],
    ]);
    lm.createLog('u', 0, config());
    expect(lm.logDirOf('u', 0)).toBe(d1);
    // The last dir online stays online (Kafka would halt the broker): its failures answer on their own.
    a.faults.failNext('write');
    expect(a.appendAsLeader(batch(1), 0, Date.now()).errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
    await Promise.resolve();
    expect(a.appendAsLeader(batch(1), 0, Date.now())).toMatchObject({ errorCode: ErrorCode.NONE, baseOffset: 3 });
    await lm.checkpointInBackground();
    lm.shutdown();
    expect(fs.existsSync(path.join(d1, '.kafka_cleanshutdown'))).toBe(true);
    expect(fs.existsSync(path.join(d2, '.kafka_cleanshutdown'))).toBe(false);
    expect(fs.readFileSync(path.join(d1, 'replication-offset-checkpoint'), 'utf8')).toMatch(/^0\n2\n/);
  });

  it('JBOD: a log dir whose checkpoint cannot be written goes offline', async () => {
    const d1 = tempDir();
    const d2 = tempDir();
    const { lm } = manager([d1, d2]);
    lm.loadAll();
    lm.createLog('t', 0, config());
    const b = lm.createLog('t', 1, config());
    expect(b.appendAsLeader(batch(2), 0, Date.now()).errorCode).toBe(ErrorCode.NONE);
    // The dir is replaced by a plain file: nothing can be created in it any more.
    fs.renameSync(d2, `${d2}.gone`);
    fs.writeFileSync(d2, '');
    try {
      await lm.checkpointInBackground();
      expect(lm.offlineDirs.has(d2)).toBe(true);
      expect(lm.offlineDirs.has(d1)).toBe(false);
      expect(lm.allLogs().map((l) => l.partition)).toEqual([0]);
      expect(b.appendAsLeader(batch(1), 0, Date.now()).errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
      lm.shutdown();
    } finally {
      fs.rmSync(d2, { force: true });
      fs.rmSync(`${d2}.gone`, { recursive: true, force: true });
    }
  });
});
