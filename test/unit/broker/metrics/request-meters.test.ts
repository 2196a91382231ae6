import { describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import { LATENCY_BUCKETS_SECONDS, RequestLatencyHistogram, RequestMeters } from '../../../../broker/metrics/request-meters.js';

describe('RequestMeters', () => {
  it('counts requests per API and puts each latency in its bucket', () => {
    const m = new RequestMeters();
    m.observe(0, 'Produce', 0.2); // 0.0002 s → first bucket
    m.observe(0, 'Produce', 3); // 0.003 s → le=0.005
    m.observe(1, 'Fetch', 120_000); // above every bound
    const [produce, fetch] = m.all();
    expect(produce.count).toBe(2);
    expect(produce.buckets[0]).toBe(1);
    expect(produce.buckets[LATENCY_BUCKETS_SECONDS.indexOf(0.005)]).toBe(1);
    expect(produce.sumSeconds).toBeCloseTo(0.0032, 6);
    expect(fetch.buckets[LATENCY_BUCKETS_SECONDS.length]).toBe(1);
  });

  it('is exported by prom-client as a cumulative histogram', async () => {
    const m = new RequestMeters();
    for (let i = 0; i < 3; i++) m.observe(3, 'Metadata', 0.7);
    m.observe(3, 'Metadata', 40);
    const reg = new Registry();
    reg.registerMetric(new RequestLatencyHistogram(m));
    const text = await reg.metrics();
    expect(text).toContain('# TYPE tributary_request_duration_seconds histogram');
    expect(text).toContain('tributary_request_duration_seconds_bucket{api="Metadata",le="0.001"} 3');
    expect(text).toContain('tributary_request_duration_seconds_bucket{api="Metadata",le="0.05"} 4');
    expect(text).toContain('tributary_request_duration_seconds_bucket{api="Metadata",le="+Inf"} 4');
    expect(text).toContain('tributary_request_duration_seconds_count{api="Metadata"} 4');
    const json = await reg.getMetricsAsJSON();
    expect(json[0].values.length).toBe(LATENCY_BUCKETS_SECONDS.length + 3);
  });
});
