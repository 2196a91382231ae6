/**
 * The agent's Kafka components against a broker process: a Kafka sink whose
 * broker dies and comes back (the sink fails, rolls back, backs off, and
 * delivers everything once the broker is up again; its counters say so over
 * the monitoring endpoint), and a Kafka source that resumes from its group's
 * committed offsets after a restart.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { KafkaClient, PartitionReader, produce } from '../../client/index.js';
import { BrokerProcess, freePort } from './harness.js';
import { AgentProcess, tempDir, waitFor, writeConf } from './agent-helpers.js';

const cleanup: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

function dir(): string {
  const d = tempDir('agent-kafka-');
  cleanup.push(() => fs.rmSync(d, { recursive: true, force: true }));
  return d;
}

function run(p: AgentProcess): AgentProcess {
  cleanup.push(() => p.kill('SIGKILL'));
  return p;
}

async function startBroker(): Promise<BrokerProcess> {
  const b = new BrokerProcess({ config: { 'group.initial.rebalance.delay.ms': '0' } });
  cleanup.push(() => b.destroy());
  await b.start();
  return b;
}

describe('agent with a Kafka broker process', () => {
  it('kafka sink: the broker dies and comes back; every event arrives (rolled back and retried meanwhile)', async () => {
    const d = dir();
    const broker = await startBroker();
    const monitor = await freePort();
    const total = 3000;
    const conf = writeConf(
      d,
      'kafka.conf',
      `
a1.sources = r1
a1.channels = c1
a1.sinks = k1
a1.sources.r1.type = exec
a1.sources.r1.shell = /bin/sh -c
a1.sources.r1.command = i=0; while [ $i -lt ${total} ]; do echo ev-$i; i=$((i+1)); if [ $((i % 100)) -eq 0 ]; then sleep 0.2; fi; done
a1.sources.r1.batchSize = 100
a1.sources.r1.batchTimeout = 100
a1.sources.r1.channels = c1
a1.channels.c1.type = memory
a1.channels.c1.capacity = 100000
a1.channels.c1.transactionCapacity = 1000
a1.sinks.k1.type = org.apache.flume.sink.kafka.KafkaSink
a1.sinks.k1.kafka.bootstrap.servers = ${broker.bootstrap}
a1.sinks.k1.kafka.topic = recover
a1.sinks.k1.kafka.producer.acks = all
a1.sinks.k1.kafka.producer.request.timeout.ms = 2000
a1.sinks.k1.flumeBatchSize = 200
a1.sinks.k1.channel = c1
`,
    );
    const agent = run(AgentProcess.agent(conf, 'a1', ['-Dflume.monitoring.type=http', `-Dflume.monitoring.port=${monitor}`]));
    const client = new KafkaClient({ brokers: broker.bootstrap, retries: 20 });
    cleanup.push(() => client.close());
    await client.connect();
    await waitFor(
      async () => (await client.partitionsFor('recover').catch(() => [])).length > 0,
      'the topic',
      60_000,
      () => agent.output,
    );
    await broker.kill('SIGKILL');
    const metrics = async (): Promise<Record<string, Record<string, string>>> =>
      (await (await fetch(`http://127.0.0.1:${monitor}/metrics`)).json()) as Record<string, Record<string, string>>;
    await waitFor(
      async () => Number((await metrics())['SINK.k1'].EventWriteFail) > 0,
      'a failed delivery',
      60_000,
      () => agent.output,
    );
    await broker.start();
    const reader = new PartitionReader(client, { maxWaitMs: 200 });
    reader.assign([{ topic: 'recover', partition: 0 }], 'earliest');
    const seen = new Set<string>();
    let records = 0;
    await waitFor(
      async () => {
        for (const r of await reader.poll().catch(() => [])) {
          seen.add(r.value!.toString());
          records++;
        }
        return seen.size === total;
      },
      `${total} distinct events in Kafka`,
      90_000,
      () => `${seen.size} seen\n${agent.output.slice(-3000)}`,
    );
    expect(records).toBeGreaterThanOrEqual(total);
    for (let i = 0; i < total; i++) expect(seen.has(`ev-${i}`)).toBe(true);
    expect(agent.output).toContain('Unable to deliver event');
    const m = await metrics();
    expect(m['SINK.k1'].Type).toBe('SINK');
    await waitFor(async () => Number((await metrics())['SINK.k1'].EventDrainSuccessCount) >= total, 'drain counter', 30_000);
    expect(Number(m['SOURCE.r1'].EventAcceptedCount)).toBeGreaterThan(0);
    const prom = await (await fetch(`http://127.0.0.1:${monitor}/metrics/prometheus`)).text();
    expect(prom).toMatch(/flume_event_drain_success_total\{agent="a1",type="sink",name="k1"\} \d+/);
    expect(prom).toContain('# TYPE flume_channel_size gauge');
    expect(await agent.kill('SIGTERM')).toBe(0);
  }, 240_000);

  it('kafka source: consumes into a logger and resumes from the committed offsets after a restart', async () => {
    const d = dir();
    const broker = await startBroker();
    const client = new KafkaClient({ brokers: broker.bootstrap });
    cleanup.push(() => client.close());
    await client.connect();
    await client.createTopics([{ topic: 'clicks', numPartitions: 1 }]);
    await produce(client, 'clicks', 0, [{ value: 'c1' }, { value: 'c2' }]);
    const conf = writeConf(
      d,
      'source.conf',
      `
a1.sources = r1
a1.channels = c1
a1.sinks = k1
a1.sources.r1.type = org.apache.flume.source.kafka.KafkaSource
a1.sources.r1.kafka.bootstrap.servers = ${broker.bootstrap}
a1.sources.r1.kafka.topics = clicks
a1.sources.r1.kafka.consumer.group.id = clicks-agent
a1.sources.r1.batchDurationMillis = 200
a1.sources.r1.channels = c1
a1.channels.c1.type = memory
a1.sinks.k1.type = logger
a1.sinks.k1.channel = c1
`,
    );
    const first = run(AgentProcess.agent(conf, 'a1'));
    await waitFor(
      () => first.events().length === 2,
      'two events',
      60_000,
      () => first.output,
    );
    expect(first.events()).toEqual(['c1', 'c2']);
    expect(await first.kill('SIGTERM')).toBe(0);
    await produce(client, 'clicks', 0, [{ value: 'c3' }]);
    const second = run(AgentProcess.agent(conf, 'a1'));
    await waitFor(
      () => second.events().length === 1,
      'the new event',
      60_000,
      () => second.output,
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(second.events()).toEqual(['c3']);
  }, 180_000);
});
