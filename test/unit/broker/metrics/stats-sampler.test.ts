import { describe, expect, it } from 'vitest';
import { TopicMeters } from '../../../../broker/metrics/topic-meters.js';
import { StatsSampler } from '../../../../broker/metrics/stats-sampler.js';

describe('StatsSampler', () => {
  it('turns cumulative counters into per-second rates between samples', () => {
    const meters = new TopicMeters();
    const s = new StatsSampler(meters, 1000, 10);
    const m = meters.meter('t');
    s.sample(10_000);
    m.messagesIn += 100;
    m.bytesIn += 4000;
    s.sample(12_000);
    m.messagesOut += 30;
    s.sample(13_000);
    const w = s.window();
    expect(w.times).toEqual([12_000, 13_000]);
    expect(w.topics.t.messagesInPerSec).toEqual([50, 0]);
    expect(w.topics.t.bytesInPerSec).toEqual([2000, 0]);
    expect(w.topics.t.messagesOutPerSec).toEqual([0, 30]);
    expect(w.topics.t.messagesIn).toBe(100);
  });

  it('keeps at most capacity samples and cuts the window by seconds', () => {
    const meters = new TopicMeters();
    const s = new StatsSampler(meters, 1000, 5);
    for (let i = 0; i < 20; i++) s.sample(i * 1000);
    expect(s.window().times.length).toBe(4);
    expect(s.window(2).times).toEqual([17_000, 18_000, 19_000]);
  });

  it('samples extra gauges under a prefix', () => {
    const s = new StatsSampler(new TopicMeters(), 1000, 5);
    let lag = 7;
    s.addGauges('lag', () => new Map([['g1', lag]]));
    s.sample(0);
    lag = 3;
    s.sample(1000);
    expect(s.window().series['lag:g1']).toEqual([3]);
  });
});
