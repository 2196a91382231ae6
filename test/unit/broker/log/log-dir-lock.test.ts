import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { LOCK_FILE, LogDirLock, LogDirLockedError } from '../../../../broker/log/log-dir-lock.js';
import { LogManager } from '../../../../broker/log/log-manager.js';
import { MemoryEngine } from '../../../../broker/log/memory-store.js';
import { batch, collectingLogger, config, tempDir } from './helpers.js';

/** Clock-tick start time of `pid` from /proc (field 22), as the lock records it. */
function startTime(pid: number): string {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
}

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('LogDirLock', () => {
  it('holds the dir against a second taker in this process until released', () => {
    const dir = tempDir();
    const lock = LogDirLock.acquire(dir);
    const content = fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8');
    expect(content).toBe(`${process.pid} ${startTime(process.pid)} ${os.hostname()}\n`);
    let err: unknown = null;
    try {
      LogDirLock.acquire(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(LogDirLockedError);
    expect((err as Error).message).toContain(`Failed to acquire lock on file .lock in ${fs.realpathSync(dir)}`);
    lock.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    LogDirLock.acquire(dir).release();
  });

  it('refuses a lock held by another live process, and takes it over once that process is gone', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      await new Promise((r) => child.once('spawn', r));
      fs.writeFileSync(path.join(dir, LOCK_FILE), `${child.pid} ${startTime(child.pid!)} ${os.hostname()}\n`);
      expect(() => LogDirLock.acquire(dir)).toThrow(new RegExp(`held by process ${child.pid}`));
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    }
    const lock = LogDirLock.acquire(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8').split(' ')[0]).toBe(String(process.pid));
    lock.release();
  });

  it('treats as stale: a dead pid, a reused pid (another start time), an empty or torn file', () => {
    for (const content of [`${deadPid()} 1 ${os.hostname()}\n`, `${process.ppid} 1 ${os.hostname()}\n`, '', `${deadPid()}`, 'garbage']) {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, LOCK_FILE), content);
      const lock = LogDirLock.acquire(dir);
      expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8').startsWith(`${process.pid} `)).toBe(true);
      lock.release();
    }
  });

  it('cannot check a lock from another host: treated as held', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${deadPid()} 1 some-other-host\n`);
    expect(() => LogDirLock.acquire(dir)).toThrow(/on host some-other-host/);
  });

  it('an abandoned lock (a simulated process death) is taken over by the next taker', () => {
    const dir = tempDir();
    LogDirLock.acquire(dir).abandon();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true);
    LogDirLock.acquire(dir).release();
  });
});

describe('LogManager locks every log dir before touching anything', () => {
  it('a second manager on a held dir fails naming it, before recovery, with the first manager unaffected', () => {
    const [d1, d2] = [tempDir(), tempDir()];
    const first = new LogManager({ logDirs: [d1, d2], defaultConfig: config(), logger: collectingLogger() });
    first.loadAll();
    const log = first.createLog('t', 0, config({ indexIntervalBytes: 1 }));
    for (let i = 0; i < 5; i++) log.appendAsLeader(batch(3), 0, Date.now());
    const index = path.join(log.dir, '00000000000000000000.index');
    const before = { bytes: fs.readFileSync(index), mtimeMs: fs.statSync(index).mtimeMs };

    const logger = collectingLogger();
    const second = new LogManager({ logDirs: [tempDir(), d2], defaultConfig: config(), logger });
    expect(() => second.loadAll()).toThrow(LogDirLockedError);
    expect(() => second.loadAll()).toThrow(fs.realpathSync(d2));
    expect(logger.infos.concat(logger.warnings)).toEqual([]);
    // The embedded broker stops what failed to start: that writes nothing either (no checkpoint, no marker).
    first.checkpoint();
    const checkpoint = path.join(d2, 'replication-offset-checkpoint');
    const cpBefore = fs.statSync(checkpoint).mtimeMs;
    second.shutdown();
    expect(fs.statSync(checkpoint).mtimeMs).toBe(cpBefore);
    expect(fs.existsSync(path.join(d2, '.kafka_cleanshutdown'))).toBe(false);
    expect(fs.readFileSync(index).equals(before.bytes)).toBe(true);
    expect(fs.statSync(index).mtimeMs).toBe(before.mtimeMs);
    first.shutdown();
    // Released at shutdown: both dirs open again.
    const third = new LogManager({ logDirs: [d1, d2], defaultConfig: config(), logger: collectingLogger() });
    expect(third.loadAll().map((l) => `${l.topic}-${l.partition}`)).toEqual(['t-0']);
    third.shutdown();
  });

  it('the memory engine refuses a second manager on the same dir too', () => {
    const engine = new MemoryEngine();
    const first = new LogManager({ logDirs: ['/a'], defaultConfig: config(), engine });
    first.loadAll();
    const second = new LogManager({ logDirs: ['/a'], defaultConfig: config(), engine });
    expect(() => second.loadAll()).toThrow(LogDirLockedError);
    first.shutdown();
    second.loadAll();
    second.shutdown();
  });
});
