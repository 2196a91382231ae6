import { describe, expect, it } from 'vitest';
import { RecurringTimer, nextAlignedTime } from '../../../../streaming/scheduler/job-generator.js';

describe('RecurringTimer', () => {
  it('ticks at consecutive aligned times and never before the tick time', async () => {
    const ticks: [number, number][] = [];
    const period = 5;
    const timer = new RecurringTimer(period, (t) => ticks.push([t, Date.now()]));
    const start = nextAlignedTime(Date.now(), period);
    timer.start(start);
    await new Promise((r) => setTimeout(r, 60 * period));
    timer.stop();
    expect(ticks.length).toBeGreaterThan(20);
    ticks.forEach(([t, firedAt], i) => {
      expect(t).toBe(start + i * period);
      expect(firedAt).toBeGreaterThanOrEqual(t);
    });
  });
});
