import { beforeEach, describe, expect, it } from 'vitest';
import { Partition } from '../../../../broker/replica/partition.js';
import { awaitIsr } from '../../../../broker/replica/delayed-produce.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { ENGINES, batch, freshLogDir, openLog, type EngineKind } from '../log/helpers.js';

let kind: EngineKind = 'file';
function leader(isr: number[], minIsr = 1): Partition {
  const log = openLog(freshLogDir(kind).logDir, { minInsyncReplicas: minIsr });
  return new Partition('t', 0, log, 0, { leader: 0, leaderEpoch: 0, replicas: [0, 1, 2], isr });
}

describe.each(ENGINES)('over the %s engine', (k) => {
  beforeEach(() => {
    kind = k;
  });

  describe('high watermark over the ISR', () => {
    it('is the minimum follower end, and waits for ISR members whose end is unknown', () => {
      const p = leader([0, 1, 2]);
      p.log.appendAsLeader(batch(10), 0, Date.now());
      expect(p.updateHighWatermark()).toBe(false);
      p.followerEnds.set(1, 10);
      expect(p.updateHighWatermark()).toBe(false);
      p.followerEnds.set(2, 4);
      expect(p.updateHighWatermark()).toBe(true);
      expect(p.log.highWatermark).toBe(4);
      p.isr = [0, 1];
      p.updateHighWatermark();
      expect(p.log.highWatermark).toBe(10);
    });
  });

  describe('DelayedProduce (acks=all)', () => {
    it('answers once the high watermark covers the append', async () => {
      const p = leader([0, 1]);
      p.log.appendAsLeader(batch(5), 0, Date.now());
      const w = awaitIsr(p, p.log.logEndOffset, 5000);
      expect(w).toBeInstanceOf(Promise);
      p.followerEnds.set(1, 5);
      p.updateHighWatermark();
      p.notifyWatchers();
      expect(await w).toBe(ErrorCode.NONE);
    });

    it('REQUEST_TIMED_OUT when the ISR does not catch up in time', async () => {
      const p = leader([0, 1]);
      p.log.appendAsLeader(batch(5), 0, Date.now());
      expect(await awaitIsr(p, p.log.logEndOffset, 50)).toBe(ErrorCode.REQUEST_TIMED_OUT);
    });

    it('NOT_ENOUGH_REPLICAS_AFTER_APPEND when the ISR shrank below min.insync.replicas meanwhile', async () => {
      const p = leader([0, 1], 2);
      p.log.appendAsLeader(batch(5), 0, Date.now());
      const w = awaitIsr(p, p.log.logEndOffset, 5000);
      p.isr = [0];
      p.updateHighWatermark();
      p.notifyWatchers();
      expect(await w).toBe(ErrorCode.NOT_ENOUGH_REPLICAS_AFTER_APPEND);
    });

    it('NOT_LEADER_OR_FOLLOWER when leadership moves away', async () => {
      const p = leader([0, 1]);
      p.log.appendAsLeader(batch(5), 0, Date.now());
      const w = awaitIsr(p, p.log.logEndOffset, 5000);
      p.leaderId = 1;
      p.notifyWatchers();
      expect(await w).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    });
  });
});
