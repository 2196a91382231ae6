/**
 * The HTTP API of a real broker process with traffic: what /api and
 * /metrics report must match what the Kafka protocol reports (kafkajs
 * admin: topic offsets, committed group offsets), and errors follow the
 * catalogue. Also the SSE live tail, read over real HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { BrokerProcess, freePort } from './harness.js';

const TOPIC = 'orders';
const PARTITIONS = 3;
const PER_PARTITION = [120, 80, 50];

describe('HTTP API against a broker process', () => {
  let broker: BrokerProcess;
  let kafka: Kafka;
  let base: string;
  let live: Consumer;

  async function get(path: string): Promise<{ status: number; body: any; type: string | null }> {
    const res = await fetch(base + path);
    const type = res.headers.get('content-type');
    const text = await res.text();
    return { status: res.status, body: type?.includes('json') ? JSON.parse(text) : text, type };
  }

  beforeAll(async () => {
    const httpPort = await freePort();
    broker = await new BrokerProcess({
      config: { 'http.listener': `http://127.0.0.1:${httpPort}`, 'group.initial.rebalance.delay.ms': '0' },
    }).start();
    base = `http://127.0.0.1:${httpPort}`;
    kafka = new Kafka({ clientId: 'http-api-test', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic: TOPIC, numPartitions: PARTITIONS, configEntries: [{ name: 'retention.ms', value: '3600000' }] }],
    });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    for (let p = 0; p < PARTITIONS; p++) {
      // Several requests per partition, several records per batch.
      for (let i = 0; i < PER_PARTITION[p]; i += 10) {
        const n = Math.min(10, PER_PARTITION[p] - i);
        await producer.send({
          topic: TOPIC,
          messages: Array.from({ length: n }, (_, k) => ({ partition: p, key: `k${i + k}`, value: `p${p}-v${i + k}` })),
        });
      }
    }
    await producer.send({ topic: 'binary', messages: [{ value: Buffer.from([0, 1, 2, 0xfe, 0xff]) }, { value: 'é'.repeat(3000) }] });
    await producer.disconnect();

    // A lagging group: committed offsets behind the end, no members.
    const lagAdmin = kafka.admin();
    await lagAdmin.connect();
    await lagAdmin.setOffsets({
      groupId: 'slow',
      topic: TOPIC,
      partitions: [
        { partition: 0, offset: '100' },
        { partition: 1, offset: '5' },
        { partition: 2, offset: '50' },
      ],
    });
    await lagAdmin.disconnect();

    // A live group that reads everything and stays a member.
    live = kafka.consumer({ groupId: 'live', sessionTimeout: 30_000, heartbeatInterval: 1000 });
    await live.connect();
    await live.subscribe({ topic: TOPIC, fromBeginning: true });
    let seen = 0;
    const total = PER_PARTITION.reduce((a, b) => a + b, 0);
    await new Promise<void>((resolve) => {
      void live.run({
        autoCommitInterval: 100,
        eachMessage: async () => {
          if (++seen === total) resolve();
        },
      });
    });
    await live.commitOffsets([]).catch(() => undefined);
  });

  afterAll(async () => {
    await live?.disconnect().catch(() => undefined);
    await broker?.destroy();
  });

  it('reports the cluster', async () => {
    const { status, body } = await get('/api/cluster');
    expect(status).toBe(200);
    expect(body.brokerId).toBe(0);
    expect(body.isController).toBe(true);
    expect(body.brokers).toEqual([
      {
        nodeId: 0,
        host: '127.0.0.1',
        port: broker.port,
        rack: null,
        registered: true,
        status: 'up',
        reason: null,
        self: true,
        leaderPartitions: body.partitions,
        replicaPartitions: body.partitions,
      },
    ]);
    expect(body.brokersDown).toBe(0);
    expect(body.underReplicatedPartitions).toBe(0);
    expect(body.topics).toBeGreaterThanOrEqual(2);
    expect(body.connections).toBeGreaterThanOrEqual(1);
    expect(body.offlinePartitions).toBe(0);
  });

  it('lists topics and their offsets as ListOffsets reports them', async () => {
    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(TOPIC);
    await admin.disconnect();
    const list = await get('/api/topics');
    const t = list.body.topics.find((x: { name: string }) => x.name === TOPIC);
    expect(t).toMatchObject({ partitions: 3, replicationFactor: 1, messages: 250, messagesIn: 250, internal: false });
    expect(list.body.topics.some((x: { name: string }) => x.name === '__consumer_offsets')).toBe(false);
    const withInternal = await get('/api/topics?internal=true');
    expect(withInternal.body.topics.some((x: { name: string }) => x.name === '__consumer_offsets')).toBe(true);

    const detail = await get(`/api/topics/${TOPIC}`);
    expect(detail.status).toBe(200);
    for (const o of offsets) {
      const p = detail.body.partitionDetails[o.partition];
      expect(p).toMatchObject({
        partition: o.partition,
        leader: 0,
        replicas: [0],
        isr: [0],
        logStartOffset: Number(o.low),
        logEndOffset: Number(o.high),
        highWatermark: Number(o.high),
        underReplicated: false,
        offline: false,
        downReplicas: [],
        local: true,
      });
      expect(p.size).toBeGreaterThan(0);
    }
    expect(detail.body.configs['retention.ms']).toEqual({ value: '3600000', source: 'topic' });
    expect(detail.body.configs['cleanup.policy'].source).toBe('default');
  });

  it('reports lag per partition = log end offset - committed offset, as the protocol does', async () => {
    const admin = kafka.admin();
    await admin.connect();
    const committed = await admin.fetchOffsets({ groupId: 'slow', topics: [TOPIC] });
    const ends = await admin.fetchTopicOffsets(TOPIC);
    await admin.disconnect();
    const { status, body } = await get('/api/groups/slow');
    expect(status).toBe(200);
    expect(body.state).toBe('Empty');
    expect(body.members).toEqual([]);
    const expected = committed[0].partitions.map((c) => {
      const end = Number(ends.find((e) => e.partition === c.partition)!.high);
      return { topic: TOPIC, partition: c.partition, committedOffset: Number(c.offset), logEndOffset: end, lag: end - Number(c.offset) };
    });
    expect(
      body.lag.map((r: Record<string, unknown>) => ({
        topic: r.topic,
        partition: r.partition,
        committedOffset: r.committedOffset,
        logEndOffset: r.logEndOffset,
        lag: r.lag,
      })),
    ).toEqual(expected.sort((a, b) => a.partition - b.partition));
    expect(body.lag.map((r: { lag: number }) => r.lag)).toEqual([20, 75, 0]);
    expect(body.totalLag).toBe(95);
  });

  it('shows a live group with its member, assignment and no lag', async () => {
    const admin = kafka.admin();
    await admin.connect();
    const described = await admin.describeGroups(['live']);
    await admin.disconnect();
    const { body } = await get('/api/groups/live');
    expect(body.state).toBe(described.groups[0].state);
    expect(body.state).toBe('Stable');
    expect(body.protocol).toBe(described.groups[0].protocol);
    expect(body.members).toHaveLength(1);
    expect(body.members[0].memberId).toBe(described.groups[0].members[0].memberId);
    expect(body.members[0].assignment).toEqual([{ topic: TOPIC, partitions: [0, 1, 2] }]);
    expect(body.lag.every((r: { lag: number; memberId: string }) => r.lag === 0 && r.memberId === body.members[0].memberId)).toBe(true);
    const list = await get('/api/groups');
    const ids = list.body.groups.map((g: { groupId: string }) => g.groupId);
    expect(ids).toEqual(expect.arrayContaining(['live', 'slow']));
    expect(list.body.groups.every((g: { coordinator: number }) => g.coordinator === 0)).toBe(true);
    expect(list.body.unavailableBrokers).toEqual([]);
    expect(list.body.groups.find((g: { groupId: string }) => g.groupId === 'slow').totalLag).toBe(95);
  });

  it('serves Prometheus metrics that match the traffic', async () => {
    const { status, body, type } = await get('/metrics');
    expect(status).toBe(200);
    expect(type).toContain('text/plain');
    const value = (line: string): number => {
      const m = new RegExp(`^${line.replace(/[{}"=,.+]/g, (c) => `\\${c}`)} (\\S+)$`, 'm').exec(body);
      if (!m) throw new Error(`no metric line ${line}`);
      return Number(m[1]);
    };
    expect(value(`tributary_topic_messages_in_total{topic="${TOPIC}"}`)).toBe(250);
    expect(value(`tributary_topic_messages_out_total{topic="${TOPIC}"}`)).toBeGreaterThanOrEqual(250);
    expect(value(`tributary_topic_bytes_in_total{topic="${TOPIC}"}`)).toBeGreaterThan(0);
    expect(value('tributary_controller_active')).toBe(1);
    expect(value('tributary_under_replicated_partitions')).toBe(0);
    expect(value('tributary_offline_partitions')).toBe(0);
    expect(value('tributary_isr_shrinks_total')).toBe(0);
    expect(value('tributary_groups{state="Stable"}')).toBeGreaterThanOrEqual(1);
    expect(value('tributary_groups{state="Empty"}')).toBeGreaterThanOrEqual(1);
    expect(value('tributary_connections')).toBeGreaterThanOrEqual(1);
    // 25 produce requests for orders + 1 for binary (kafkajs sends one request per send()).
    expect(value('tributary_requests_total{api="Produce"}')).toBeGreaterThanOrEqual(26);
    expect(value('tributary_request_duration_seconds_count{api="Produce"}')).toBe(value('tributary_requests_total{api="Produce"}'));
    expect(value('tributary_request_duration_seconds_bucket{api="Fetch",le="+Inf"}')).toBeGreaterThan(0);
    expect(body).toMatch(/^nodejs_eventloop_lag_p99_seconds /m);
    // The broker's own event-loop delay histogram (a 10 ms timer since start) and GC pauses.
    expect(value('tributary_event_loop_delay_seconds_count')).toBeGreaterThan(0);
    expect(value('tributary_event_loop_delay_seconds_bucket{le="+Inf"}')).toBe(value('tributary_event_loop_delay_seconds_count'));
    expect(value('tributary_event_loop_delay_recent_seconds{quantile="0.99"}')).toBeGreaterThanOrEqual(0);
    expect(value('tributary_event_loop_delay_max_seconds')).toBeGreaterThanOrEqual(
      value('tributary_event_loop_delay_recent_seconds{quantile="0.99"}'),
    );
    expect(body).toMatch(/^# TYPE tributary_gc_pause_seconds histogram$/m);
    const runtime = await get('/api/runtime?seconds=60');
    expect(runtime.status).toBe(200);
    expect(runtime.body.windowMs).toBe(5000);
    expect(runtime.body.lastMinute.max).toBeGreaterThanOrEqual(runtime.body.lastMinute.p50);
    const detail = await get(`/api/topics/${TOPIC}`);
    for (const p of detail.body.partitionDetails) {
      expect(value(`tributary_log_size_bytes{topic="${TOPIC}",partition="${p.partition}"}`)).toBe(p.size);
      expect(value(`tributary_log_end_offset{topic="${TOPIC}",partition="${p.partition}"}`)).toBe(p.logEndOffset);
    }
  });

  it('answers errors from the catalogue', async () => {
    const cases: [string, number, string, string?][] = [
      ['/api/topics/nope', 404, 'TRB_ERR_TOPIC_NOT_FOUND'],
      ['/api/groups/nobody', 404, 'TRB_ERR_GROUP_NOT_FOUND'],
      [`/api/topics/${TOPIC}/tail?partition=7`, 400, 'TRB_ERR_BAD_PARAMETER', 'partition'],
      [`/api/topics/${TOPIC}/tail?from=soon`, 400, 'TRB_ERR_BAD_PARAMETER', 'from'],
      ['/api/stats?seconds=0', 400, 'TRB_ERR_BAD_PARAMETER', 'seconds'],
      ['/api/topics?internal=maybe', 400, 'TRB_ERR_BAD_PARAMETER', 'internal'],
      ['/api/nothing', 404, 'TRB_ERR_NOT_FOUND'],
    ];
    for (const [path, status, code, parameter] of cases) {
      const r = await get(path);
      expect(r.status, path).toBe(status);
      expect(r.body.code, path).toBe(code);
      expect(r.body.statusCode).toBe(status);
      expect(typeof r.body.message).toBe('string');
      if (parameter) expect(r.body.parameter).toBe(parameter);
    }
  });

  it('answers a missing topic, group or page with a real 404 page that says what is missing and links back', async () => {
    const html = async (path: string): Promise<{ status: number; type: string | null; text: string }> => {
      const res = await fetch(base + path, { headers: { accept: 'text/html,application/xhtml+xml' } });
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
    };
    const topic = await html('/topics/no-such-topic');
    expect(topic.status).toBe(404);
    expect(topic.type).toContain('text/html');
    expect(topic.text).toContain('Topic not found');
    expect(topic.text).toContain('<code data-testid="not-found-name">no-such-topic</code>');
    expect(topic.text).toContain('href="/topics"');
    const group = await html(`/groups/${encodeURIComponent('<b>ghost</b>')}`);
    expect(group.status).toBe(404);
    expect(group.text).toContain('Consumer group not found');
    expect(group.text).toContain('&lt;b&gt;ghost&lt;/b&gt;');
    expect(group.text).not.toContain('<b>ghost</b>');
    expect(group.text).toContain('href="/groups"');
    const page = await html('/no/such/page');
    expect(page.status).toBe(404);
    expect(page.text).toContain('Page not found');
    // Existing ones are the console's page; an API client still gets JSON for an unknown path.
    for (const path of ['/', '/topics', `/topics/${TOPIC}`, '/groups', '/groups/slow']) {
      const ok = await html(path);
      expect(ok.status, path).toBe(200);
      expect(ok.text, path).toContain('/js/app.js');
    }
    const api = await fetch(`${base}/no/such/page`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ code: 'TRB_ERR_NOT_FOUND' });
  });

  it('streams records as server-sent events', async () => {
    const events = await readEvents(
      `${base}/api/topics/${TOPIC}/tail?partition=1&from=beginning&rate=1000`,
      (evs) => evs.filter((e) => e.event === 'record').length >= 80,
    );
    expect(events[0]).toMatchObject({ event: 'hello', data: { topic: TOPIC, partitions: [{ partition: 1, from: 0 }] } });
    const records = events.filter((e) => e.event === 'record').map((e) => e.data);
    expect(records.map((r) => r.offset)).toEqual(Array.from({ length: 80 }, (_, i) => i));
    expect(records[7]).toMatchObject({
      partition: 1,
      key: { data: 'k7', encoding: 'utf8' },
      value: { data: 'p1-v7', encoding: 'utf8', truncated: false },
    });

    const bin = (
      await readEvents(
        `${base}/api/topics/binary/tail?from=beginning&maxBytes=100`,
        (evs) => evs.filter((e) => e.event === 'record').length >= 2,
      )
    )
      .filter((e) => e.event === 'record')
      .map((e) => e.data);
    expect(bin[0].value).toEqual({
      data: Buffer.from([0, 1, 2, 0xfe, 0xff]).toString('base64'),
      encoding: 'base64',
      size: 5,
      truncated: false,
    });
    expect(bin[1].value).toEqual({ data: 'é'.repeat(50), encoding: 'utf8', size: 6000, truncated: true });
  });

  it('tails new records live', async () => {
    const done = readEvents(`${base}/api/topics/${TOPIC}/tail?partition=2&from=end`, (evs) => evs.some((e) => e.event === 'record'));
    // Produce only after the stream is open.
    await new Promise((r) => setTimeout(r, 300));
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: TOPIC, messages: [{ partition: 2, value: 'fresh' }] });
    await producer.disconnect();
    const records = (await done).filter((e) => e.event === 'record');
    expect(records[0].data).toMatchObject({ partition: 2, offset: 50, value: { data: 'fresh' } });
  });
});

interface Sse {
  event: string;
  id?: string;
  data: any;
}

/** Reads an SSE stream until `enough` says so, then closes it. */
async function readEvents(url: string, enough: (events: Sse[]) => boolean): Promise<Sse[]> {
  const ctl = new AbortController();
  const res = await fetch(url, { signal: ctl.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = res.body!.getReader();
  const dec = new TextDecoder();
  let buf = '';
  const events: Sse[] = [];
  try {
    while (!enough(events)) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += dec.decode(value, { stream: true });
      let i: number;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const chunk = buf.slice(0, i);
        buf = buf.slice(i + 2);
        if (chunk.startsWith(':')) continue;
        const ev: Sse = { event: 'message', data: null };
        for (const line of chunk.split('\n')) {
          const c = line.indexOf(':');
          const k = line.slice(0, c);
          const v = line.slice(c + 2);
          if (k === 'event') ev.event = v;
          else if (k === 'id') ev.id = v;
          else if (k === 'data') ev.data = JSON.parse(v);
        }
        events.push(ev);
      }
    }
  } finally {
    ctl.abort();
  }
  return events;
}
