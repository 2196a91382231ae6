/**
 * LogDirCheckpoints over both engines: the three files per online dir in
 * Kafka's format, a dir whose write fails reported to the owner while the
 * other dirs still get theirs, and a failure the owner does not take as a
 * dir failure thrown (now) or logged (background).
 */
import { describe, expect, it } from 'vitest';
import { LogDirCheckpoints, checkpointTexts, type CheckpointedLog } from '../../../../broker/log/log-dir-checkpoints.js';
import type { LogDirStore } from '../../../../broker/log/partition-store.js';
import { ENGINES, collectingLogger, engineOf, tempDir } from './helpers.js';

const LOG: CheckpointedLog = { topic: 't', partition: 3, recoveryPoint: 10, highWatermark: 8, logStartOffset: 2 };

describe('checkpointTexts', () => {
  it("writes Kafka's three files, one line per log", () => {
    expect(checkpointTexts([LOG])).toEqual([
      ['recovery-point-offset-checkpoint', '0\n1\nt 3 10\n'],
      ['replication-offset-checkpoint', '0\n1\nt 3 8\n'],
      ['log-start-offset-checkpoint', '0\n1\nt 3 2\n'],
    ]);
  });
});

for (const kind of ENGINES) {
  describe(`LogDirCheckpoints over the ${kind} engine`, () => {
    function setup(takeOffline: boolean) {
      const engine = engineOf(kind);
      const dirs = [0, 1].map(() => engine.logDir(kind === 'file' ? tempDir() : `/mem-${Math.random().toString(36).slice(2)}`));
      const failed: string[] = [];
      const logger = collectingLogger();
      const writer = new LogDirCheckpoints({
        online: () => dirs,
        logsOf: (d: LogDirStore) => (d === dirs[0] ? [LOG] : [{ ...LOG, partition: 4 }]),
        dirFailed: (d, err) => {
          failed.push(`${d === dirs[0] ? 'first' : 'second'}: ${err.message}`);
          return takeOffline;
        },
        logger,
      });
      return { dirs, failed, logger, writer };
    }

    it('writes every online dir; a failing dir is reported and the next still written', async () => {
      const { dirs, failed, writer } = setup(true);
      dirs[0].faults.failNext('write', { file: /^replication-offset-checkpoint/ });
      writer.writeNow();
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatch(/^first: injected write failure/);
      expect(dirs[1].readFile('replication-offset-checkpoint')?.toString()).toBe('0\n1\nt 4 8\n');
      dirs[1].faults.failNext('write', { file: /^log-start-offset-checkpoint/ });
      await writer.writeInBackground();
      expect(failed[1]).toMatch(/^second: injected write failure/);
      expect(dirs[0].readFile('log-start-offset-checkpoint')?.toString()).toBe('0\n1\nt 3 2\n');
    });

    it('a failure not taken as a dir failure is thrown now and logged in the background', async () => {
      const { dirs, logger, writer } = setup(false);
      dirs[1].faults.failNext('write');
      expect(() => writer.writeNow()).toThrow(/injected write failure/);
      dirs[1].faults.failNext('write');
      await expect(writer.writeInBackground()).resolves.toBeUndefined();
      expect(logger.warnings.some((w) => /checkpoint failed: injected write failure/.test(w))).toBe(true);
      await writer.settled();
    });
  });
}
