import { describe, it, expect } from 'vitest';
import { LogManager } from '../../../../broker/log/log-manager.js';
import type { PartitionLog } from '../../../../broker/log/partition-log.js';
import { LogError } from '../../../../broker/log/log-results.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { decodeRecordBatches } from '../../../../protocol/record-codec.js';
import { ENGINES, engineOf, tempDir, config, batch, collectingLogger, type EngineKind } from './helpers.js';
import type { StorageEngine } from '../../../../broker/log/partition-store.js';

function dirsFor(kind: EngineKind): string[] {
  return kind === 'file' ? [tempDir(), tempDir()] : [`/mem-a-${Math.random()}`, `/mem-b-${Math.random()}`];
}

function manager(engine: StorageEngine, dirs: string[]) {
  const logger = collectingLogger();
  const lm = new LogManager({ logDirs: dirs, defaultConfig: config(), logger, engine });
  lm.loadAll();
  return { lm, logger, paths: lm.describeLogDirs().map((d) => d.path) };
}

/** Copies what `from` has beyond `to`'s end, as the log dir mover does. */
async function copy(from: PartitionLog, to: PartitionLog): Promise<void> {
  while (to.logEndOffset < from.logEndOffset) {
    const r = await from.read(to.logEndOffset, 1 << 20, from.logEndOffset, true);
    expect(to.appendAsFollower(r.records).errorCode).toBe(ErrorCode.NONE);
  }
  to.setHighWatermark(from.highWatermark);
}

function codeOf(fn: () => unknown): number | string {
  try {
    fn();
    return 'no error';
  } catch (err) {
    return err instanceof LogError ? err.errorCode : (err as Error).message;
  }
}

async function values(log: PartitionLog): Promise<string[]> {
  const r = await log.read(log.logStartOffset, 1 << 20, log.logEndOffset, true);
  const out: string[] = [];
  for (const b of decodeRecordBatches(r.records)) for (const rec of b.records) out.push(String(rec.value));
  return out;
}

describe.each(ENGINES)('FutureLogs (%s engine)', (kind) => {
  it('moves a partition to another log dir while it takes writes: copy, swap, the old dir removed', async () => {
    const engine = engineOf(kind);
    const dirs = dirsFor(kind);
    const { lm, paths } = manager(engine, dirs);
    const cur = lm.createLog('t', 0, config());
    expect(lm.logDirOf('t', 0)).toBe(paths[0]);
    cur.appendAsLeader(batch(3, { prefix: 'a' }), 0, Date.now());
    cur.setHighWatermark(3);

    const fut = lm.createFutureLog('t', 0, paths[1]);
    expect(lm.createFutureLog('t', 0, paths[1])).toBe(fut);
    expect(lm.futureLogDirOf('t', 0)).toBe(paths[1]);
    expect(fut.dir).toMatch(/\/t-0\.[0-9a-f]{32}-future$/);
    expect(lm.describeLogDirs()[1].futureLogs).toEqual([fut]);
    await copy(cur, fut);
    // Writes go on to the current log meanwhile.
    cur.appendAsLeader(batch(2, { prefix: 'b' }), 1, Date.now());
    cur.setHighWatermark(5);
    expect(fut.logEndOffset).toBe(3);
    await copy(cur, fut);
    expect(fut.logEndOffset).toBe(5);

    const moved = lm.replaceCurrentWithFuture('t', 0);
    expect(lm.getLog('t', 0)).toBe(moved);
    expect(lm.getFutureLog('t', 0)).toBeUndefined();
    expect(lm.logDirOf('t', 0)).toBe(paths[1]);
    expect(moved.dir.endsWith('/t-0')).toBe(true);
    expect(moved.highWatermark).toBe(5);
    expect(moved.latestEpoch()).toBe(1);
    expect(await values(moved)).toEqual(['a-0', 'a-1', 'a-2', 'b-0', 'b-1']);
    await lm.deletionsSettled();
    const [a, b] = lm.describeLogDirs();
    expect(a.logs).toEqual([]);
    expect(b.logs).toEqual([moved]);
    expect(engine.logDir(dirs[0]).listPartitions()).toEqual([]);
    expect(engine.logDir(dirs[1]).listPartitions()).toEqual(['t-0']);
    // It takes writes in its new dir.
    expect(moved.appendAsLeader(batch(1, { prefix: 'c' }), 1, Date.now()).errorCode).toBe(ErrorCode.NONE);
    lm.shutdown();
    const again = manager(engine, dirs);
    expect(again.lm.logDirOf('t', 0)).toBe(paths[1]);
    expect(again.lm.getLog('t', 0)!.logEndOffset).toBe(6);
    again.lm.shutdown();
  });

  it("answers Kafka's errors: an unknown dir, no current replica; refuses the current dir and a second destination", () => {
    const engine = engineOf(kind);
    const { lm, paths } = manager(engine, dirsFor(kind));
    expect(codeOf(() => lm.createFutureLog('t', 0, paths[1]))).toBe(ErrorCode.REPLICA_NOT_AVAILABLE);
    lm.createLog('t', 0, config());
    expect(codeOf(() => lm.createFutureLog('t', 0, '/no/such/dir'))).toBe(ErrorCode.LOG_DIR_NOT_FOUND);
    expect(codeOf(() => lm.createFutureLog('t', 0, paths[0]))).toMatch(/already in/);
    lm.createFutureLog('t', 0, paths[1]);
    expect(lm.deleteFutureLog('t', 0)).toBe(true);
    expect(lm.deleteFutureLog('t', 0)).toBe(false);
    lm.shutdown();
  });

  it('keeps a move across a restart; deleting the partition deletes its future log', async () => {
    const engine = engineOf(kind);
    const dirs = dirsFor(kind);
    const first = manager(engine, dirs);
    const cur = first.lm.createLog('t', 0, config());
    cur.appendAsLeader(batch(4), 0, Date.now());
    const fut = first.lm.createFutureLog('t', 0, first.paths[1]);
    await copy(cur, fut);
    cur.appendAsLeader(batch(1), 0, Date.now());
    first.lm.shutdown();

    const second = manager(engine, dirs);
    expect(second.lm.logDirOf('t', 0)).toBe(first.paths[0]);
    expect(second.lm.futureLogDirOf('t', 0)).toBe(first.paths[1]);
    expect(second.lm.getFutureLog('t', 0)!.logEndOffset).toBe(4);
    expect(second.logger.infos.some((m) => /move to .* was under way/.test(m))).toBe(true);
    second.lm.deleteLog('t', 0);
    await second.lm.deletionsSettled();
    expect(engine.logDir(dirs[0]).listPartitions()).toEqual([]);
    expect(engine.logDir(dirs[1]).listPartitions()).toEqual([]);
    second.lm.shutdown();
  });

  it('a crash between the two renames of the swap leaves the future dir alone: the next load makes it the log', async () => {
    const engine = engineOf(kind);
    const dirs = dirsFor(kind);
    const first = manager(engine, dirs);
    const cur = first.lm.createLog('t', 0, config());
    cur.appendAsLeader(batch(4), 0, Date.now());
    const fut = first.lm.createFutureLog('t', 0, first.paths[1]);
    await copy(cur, fut);
    fut.flush();
    first.lm.crash();
    // The first rename of the swap, then the process died.
    engine.logDir(dirs[0]).renamePartition('t-0', `t-0.${'0'.repeat(32)}-delete`);

    const second = manager(engine, dirs);
    await second.lm.deletionsSettled();
    expect(second.lm.logDirOf('t', 0)).toBe(first.paths[1]);
    expect(second.lm.getFutureLog('t', 0)).toBeUndefined();
    expect(second.lm.getLog('t', 0)!.logEndOffset).toBe(4);
    expect(second.logger.warnings.some((m) => /found only its future log/.test(m))).toBe(true);
    expect(engine.logDir(dirs[0]).listPartitions()).toEqual([]);
    expect(engine.logDir(dirs[1]).listPartitions()).toEqual(['t-0']);
    second.lm.shutdown();
  });

  it('a failed destination dir ends the move; a preferred dir places a partition created later', () => {
    const engine = engineOf(kind);
    const { lm, paths } = manager(engine, dirsFor(kind));
    lm.createLog('t', 0, config());
    lm.createFutureLog('t', 0, paths[1]);
    lm.markLogDirOffline(paths[1], 'disk gone');
    expect(lm.getFutureLog('t', 0)).toBeUndefined();
    expect(lm.getLog('t', 0)).toBeDefined();
    expect(codeOf(() => lm.createFutureLog('t', 0, paths[1]))).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
    expect(codeOf(() => lm.setPreferredLogDir('u', 0, paths[1]))).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
    lm.shutdown();

    const other = manager(engineOf(kind), dirsFor(kind));
    // Without a preference u-0 would go to the emptier second dir.
    other.lm.createLog('t', 0, config());
    other.lm.setPreferredLogDir('u', 0, other.paths[0]);
    other.lm.createLog('u', 0, config());
    expect(other.lm.logDirOf('u', 0)).toBe(other.paths[0]);
    other.lm.createLog('u', 1, config());
    expect(other.lm.logDirOf('u', 1)).toBe(other.paths[1]);
    other.lm.shutdown();
  });
});
