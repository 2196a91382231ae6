import { describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import { constants } from 'node:perf_hooks';
import { registerRuntimeMetrics } from '../../../../broker/metrics/runtime-metrics.js';
import { LOOP_BUCKETS_SECONDS, RuntimeMonitor } from '../../../../broker/metrics/runtime-monitor.js';

describe('runtime metrics', () => {
  it('exports the event-loop delay and GC pauses as Prometheus histograms, plus last-minute quantiles and maxima', async () => {
    const m = new RuntimeMonitor();
    for (let i = 0; i < 98; i++) m.onDelay(0.5);
    m.onDelay(15);
    m.onDelay(250);
    m.onGc(constants.NODE_PERFORMANCE_GC_MINOR, 0.7);
    m.onGc(constants.NODE_PERFORMANCE_GC_MAJOR, 12);
    const reg = new Registry();
    registerRuntimeMetrics(reg, m);
    const text = await reg.metrics();
    expect(text).toContain('# TYPE tributary_event_loop_delay_seconds histogram');
    expect(text).toContain('tributary_event_loop_delay_seconds_bucket{le="0.001"} 98');
    expect(text).toContain('tributary_event_loop_delay_seconds_bucket{le="0.02"} 99');
    expect(text).toContain('tributary_event_loop_delay_seconds_bucket{le="0.5"} 100');
    expect(text).toContain('tributary_event_loop_delay_seconds_bucket{le="+Inf"} 100');
    expect(text).toContain('tributary_event_loop_delay_seconds_count 100');
    expect(text).toMatch(/tributary_event_loop_delay_recent_seconds\{quantile="0.5"\} 0\.000[45]/);
    expect(text).toMatch(/tributary_event_loop_delay_max_seconds 0\.2[45]/);
    expect(text).toContain('# TYPE tributary_gc_pause_seconds histogram');
    expect(text).toContain('tributary_gc_pause_seconds_bucket{kind="minor",le="0.001"} 1');
    expect(text).toContain('tributary_gc_pause_seconds_bucket{kind="major",le="0.01"} 0');
    expect(text).toContain('tributary_gc_pause_seconds_bucket{kind="major",le="0.02"} 1');
    expect(text).toContain('tributary_gc_pause_seconds_count{kind="major"} 1');
    expect(text).toContain('tributary_gc_pause_max_seconds 0.012');
    const json = await reg.getMetricsAsJSON();
    const loop = json.find((x) => x.name === 'tributary_event_loop_delay_seconds')!;
    expect(loop.values.length).toBe(LOOP_BUCKETS_SECONDS.length + 3);
  });
});
