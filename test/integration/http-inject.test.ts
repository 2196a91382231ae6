/**
 * The HTTP app of an embedded broker through fastify's inject (no socket),
 * and the embedded defaults: http.listener=none starts no server and keeps
 * no metrics; port 0 binds a free port and exposes it on the Broker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { startBroker, type RunningBroker } from '../../broker/index.js';

describe('HTTP app of an embedded broker (inject)', () => {
  let b: RunningBroker;

  beforeAll(async () => {
    b = await startBroker({ config: { 'http.listener': 'http://127.0.0.1:0', 'num.partitions': '2' } });
    const kafka = new Kafka({ brokers: [b.brokers], logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'events', messages: Array.from({ length: 40 }, (_, i) => ({ partition: i % 2, value: `e${i}` })) });
    await producer.disconnect();
  });

  afterAll(async () => {
    await b?.stop();
  });

  it('binds port 0 to a free port and serves the same app over HTTP', async () => {
    const addr = b.broker.httpAddress!;
    expect(addr.host).toBe('127.0.0.1');
    expect(addr.port).toBeGreaterThan(0);
    const res = await fetch(`http://127.0.0.1:${addr.port}/api/health`);
    expect(await res.json()).toEqual({ status: 'ok', brokerId: 0 });
  });

  it('answers topics and metrics through inject', async () => {
    const app = b.broker.httpServer!.app;
    const t = await app.inject({ method: 'GET', url: '/api/topics/events' });
    expect(t.statusCode).toBe(200);
    const body = t.json();
    expect(body.messagesIn).toBe(40);
    expect(body.partitionDetails.map((p: { logEndOffset: number }) => p.logEndOffset)).toEqual([20, 20]);
    const m = await app.inject({ method: 'GET', url: '/metrics' });
    expect(m.body).toContain('tributary_topic_messages_in_total{topic="events"} 40');
    expect(m.body).toContain('tributary_log_end_offset{topic="events",partition="1"} 20');
  });

  it('reports per-second rates in /api/stats', async () => {
    const app = b.broker.httpServer!.app;
    // The sampler's first sample is taken at listen; take one more by hand.
    b.broker.httpServer!.sample();
    const s = (await app.inject({ method: 'GET', url: '/api/stats?seconds=60' })).json();
    expect(s.intervalMs).toBe(1000);
    expect(s.topics.events.messagesIn).toBe(40);
    expect(s.times.length).toBe(s.topics.events.messagesInPerSec.length);
  });

  it('serves the console and its chart library locally, with ETags', async () => {
    const app = b.broker.httpServer!.app;
    const index = await app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toContain('text/html');
    expect(index.body).toContain('/vendor/uPlot.iife.min.js');
    expect(index.body).not.toMatch(/https?:\/\//);
    const uplot = await app.inject({ method: 'GET', url: '/vendor/uPlot.iife.min.js' });
    expect(uplot.statusCode).toBe(200);
    expect(uplot.body).toContain('uPlot');
    const again = await app.inject({
      method: 'GET',
      url: '/js/app.js',
      headers: { 'if-none-match': String((await app.inject({ url: '/js/app.js' })).headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('answers 503 for groups only when there is no coordinator, else the list', async () => {
    const r = await b.broker.httpServer!.app.inject({ method: 'GET', url: '/api/groups' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ groups: [], unavailableBrokers: [] });
  });
});

describe('embedded broker with http.listener=none', () => {
  it('starts no HTTP server and keeps no metrics', async () => {
    const b = await startBroker();
    try {
      expect(b.broker.httpAddress).toBeNull();
      expect(b.broker.httpServer).toBeNull();
      expect(b.broker.metrics).toBeNull();
    } finally {
      await b.stop();
    }
  });
});
