import { describe, expect, it } from 'vitest';
import { MonitorServer, prometheusName, prometheusText } from '../../../../agent/metrics/monitor-server.js';

const METRICS = {
  'SOURCE.r1': { EventReceivedCount: '4', StartTime: '17', Type: 'SOURCE' },
  'CHANNEL.c1': { ChannelSize: '2', ChannelFillPercentage: '0.5', Type: 'CHANNEL' },
  'SINK.k-1': { EventDrainSuccessCount: '2', ChannelReadFail: '0', Type: 'SINK' },
};

describe('monitoring', () => {
  it("names Flume's counters for Prometheus", () => {
    expect(prometheusName('EventReceivedCount')).toEqual({ name: 'event_received_total', kind: 'counter' });
    expect(prometheusName('ChannelSize')).toEqual({ name: 'channel_size', kind: 'gauge' });
    expect(prometheusName('StartTime')).toEqual({ name: 'start_time_ms', kind: 'gauge' });
    expect(prometheusName('ChannelReadFail')).toEqual({ name: 'channel_read_fail_total', kind: 'counter' });
  });

  it('writes one family per counter with agent, type and name labels', () => {
    const text = prometheusText('a1', METRICS);
    expect(text).toContain('# TYPE flume_event_received_total counter\nflume_event_received_total{agent="a1",type="source",name="r1"} 4\n');
    expect(text).toContain('flume_channel_fill_percentage{agent="a1",type="channel",name="c1"} 0.5');
    expect(text).toContain('flume_event_drain_success_total{agent="a1",type="sink",name="k-1"} 2');
    expect(text).not.toContain('Type');
  });

  it('serves JSON on /metrics and Prometheus text on /metrics/prometheus', async () => {
    const server = await MonitorServer.start('a1', () => METRICS, 0);
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect(await (await fetch(`${base}/metrics`)).json()).toEqual(METRICS);
      const prom = await fetch(`${base}/metrics/prometheus`);
      expect(prom.headers.get('content-type')).toContain('text/plain; version=0.0.4');
      expect(await prom.text()).toContain('flume_channel_size');
      expect((await fetch(`${base}/other`)).status).toBe(404);
    } finally {
      await server.stop();
    }
    const prometheusFirst = await MonitorServer.start('a1', () => METRICS, 0, '127.0.0.1', true);
    try {
      expect(await (await fetch(`http://127.0.0.1:${prometheusFirst.port}/metrics`)).text()).toContain('# TYPE');
    } finally {
      await prometheusFirst.stop();
    }
  });
});
