/**
 * The agent's Kafka sink, source and channel against an in-process broker
 * (tests with a broker process are in test/integration/agent-kafka.test.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBroker, type RunningBroker } from '../../../broker/index.js';
import { KafkaClient, PartitionReader, produce, type ConsumedRecord } from '../../../client/index.js';
import { EVENT_TYPE } from '../../../agent/avro/flume-protocol.js';
import type { Agent } from '../../../agent/agent.js';
import type { FlumeEvent } from '../../../agent/event.js';
import { agentFrom, until, type MemoryLog } from './helpers.js';

let broker: RunningBroker;
let client: KafkaClient;
const agents: Agent[] = [];

beforeAll(async () => {
  broker = await startBroker({ config: { 'group.initial.rebalance.delay.ms': '0' } });
  client = new KafkaClient({ brokers: broker.brokers });
  await client.connect();
});
afterEach(async () => {
  for (const a of agents.splice(0)) await a.stop();
});
afterAll(async () => {
  client.close();
  await broker.stop();
});

async function readAll(topic: string, n: number): Promise<ConsumedRecord[]> {
  let parts: number[] = [];
  // The sink creates the topic when it first writes.
  await until(async () => (parts = await client.partitionsFor(topic).catch(() => [])).length > 0, `topic ${topic}`, 20_000);
  const r = new PartitionReader(client, { maxWaitMs: 100 });
  r.assign(
    parts.map((partition) => ({ topic, partition })),
    'earliest',
  );
  const out: ConsumedRecord[] = [];
  for (let i = 0; i < 100 && out.length < n; i++) out.push(...(await r.poll()));
  return out;
}

function start(text: string, name = 'a1'): { agent: Agent; log: MemoryLog } {
  const built = agentFrom(text, name);
  agents.push(built.agent);
  return built;
}

describe('kafka sink', () => {
  it("runs the course notes' configuration (brokerList, topic, requiredAcks, batchSize) and auto-creates the topic", async () => {
    const { agent, log } = start(
      `
exec-memory-kafka.sources = exec-source
exec-memory-kafka.sinks = kafka-sink
exec-memory-kafka.channels = memory-channel
exec-memory-kafka.sources.exec-source.type = exec
exec-memory-kafka.sources.exec-source.command = printf 'l1\\nl2\\nl3\\n'
exec-memory-kafka.sources.exec-source.shell = /bin/sh -c
exec-memory-kafka.sources.exec-source.batchTimeout = 100
exec-memory-kafka.channels.memory-channel.type = memory
exec-memory-kafka.sinks.kafka-sink.type = org.apache.flume.sink.kafka.KafkaSink
exec-memory-kafka.sinks.kafka-sink.brokerList = ${broker.brokers}
exec-memory-kafka.sinks.kafka-sink.topic = notes_topic
exec-memory-kafka.sinks.kafka-sink.batchSize = 5
exec-memory-kafka.sinks.kafka-sink.requiredAcks = 1
exec-memory-kafka.sources.exec-source.channels = memory-channel
exec-memory-kafka.sinks.kafka-sink.channel = memory-channel
`,
      'exec-memory-kafka',
    );
    await agent.start();
    const records = await readAll('notes_topic', 3);
    expect(records.map((r) => r.value!.toString())).toEqual(['l1', 'l2', 'l3']);
    expect(log.grep('brokerList is deprecated; use exec-memory-kafka.sinks.kafka-sink.kafka.bootstrap.servers')).toHaveLength(1);
  });

  it('uses the topic and key headers, and writes Flume events in Avro with useFlumeEventFormat', async () => {
    await client.createTopics([{ topic: 'keyed', numPartitions: 3 }]);
    const { agent } = start(`
a1.sources = r1
a1.channels = c1
a1.sinks = k1
a1.sources.r1.type = http
a1.sources.r1.bind = 127.0.0.1
a1.sources.r1.port = 0
a1.sources.r1.channels = c1
a1.channels.c1.type = memory
a1.sinks.k1.type = kafka
a1.sinks.k1.kafka.bootstrap.servers = ${broker.brokers}
a1.sinks.k1.kafka.topic = plain
a1.sinks.k1.flumeBatchSize = 10
a1.sinks.k1.kafka.producer.acks = all
a1.sinks.k1.useFlumeEventFormat = true
a1.sinks.k1.channel = c1
`);
    await agent.start();
    const port = (agent.sources.get('r1') as unknown as { boundPort: number }).boundPort;
    const res = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      body: JSON.stringify([
        { headers: { topic: 'keyed', key: 'user-7', h: 'v' }, body: 'to keyed' },
        { headers: {}, body: 'to plain' },
      ]),
    });
    expect(res.status).toBe(200);
    const keyed = await readAll('keyed', 1);
    expect(keyed[0].key!.toString()).toBe('user-7');
    const decoded = EVENT_TYPE.fromBuffer(keyed[0].value!) as FlumeEvent;
    expect(decoded.body.toString()).toBe('to keyed');
    expect(decoded.headers).toMatchObject({ h: 'v', key: 'user-7' });
    const plain = await readAll('plain', 1);
    expect((EVENT_TYPE.fromBuffer(plain[0].value!) as FlumeEvent).body.toString()).toBe('to plain');
  });
});

describe('kafka source', () => {
  it('consumes a topic in a group, with topic/partition/offset/key headers, and commits after the channel', async () => {
    await client.createTopics([{ topic: 'in', numPartitions: 1 }]);
    await produce(client, 'in', 0, [{ key: 'k', value: 'first' }, { value: 'second' }]);
    const { agent, log } = start(`
a1.sources = r1
a1.channels = c1
a1.sinks = k1
a1.sources.r1.type = org.apache.flume.source.kafka.KafkaSource
a1.sources.r1.kafka.bootstrap.servers = ${broker.brokers}
a1.sources.r1.kafka.topics = in
a1.sources.r1.kafka.consumer.group.id = agent-group
a1.sources.r1.batchDurationMillis = 100
a1.sources.r1.channels = c1
a1.channels.c1.type = memory
a1.sinks.k1.type = logger
a1.sinks.k1.channel = c1
`);
    await agent.start();
    await until(() => log.grep('Event: ').length === 2, 'two events', 20_000);
    const first = log.grep('Event: ')[0];
    expect(first).toMatch(/headers:\{timestamp=\d+, topic=in, partition=0, offset=0, key=k\}/);
    expect(first).toContain('first');
    const committed = async (): Promise<number | undefined> => {
      const { GroupApi } = await import('../../../client/group-api.js');
      return (await new GroupApi(client, 'agent-group').offsetFetch([{ topic: 'in', partition: 0 }])).get('in-0');
    };
    await until(async () => (await committed()) === 2, 'offsets committed', 20_000);
  }, 30_000);
});

describe('kafka channel', () => {
  it('keeps events with their headers in a topic, between a source and a sink', async () => {
    const { agent, log } = start(`
a1.sources = r1
a1.channels = c1
a1.sinks = k1
a1.sources.r1.type = seq
a1.sources.r1.totalEvents = 20
a1.sources.r1.batchSize = 5
a1.sources.r1.channels = c1
a1.sources.r1.interceptors = i1
a1.sources.r1.interceptors.i1.type = static
a1.sources.r1.interceptors.i1.key = origin
a1.sources.r1.interceptors.i1.value = seq
a1.channels.c1.type = org.apache.flume.channel.kafka.KafkaChannel
a1.channels.c1.kafka.bootstrap.servers = ${broker.brokers}
a1.channels.c1.kafka.topic = channel-topic
a1.channels.c1.kafka.consumer.group.id = channel-group
a1.channels.c1.pollTimeout = 100
a1.sinks.k1.type = logger
a1.sinks.k1.channel = c1
`);
    await agent.start();
    await until(() => log.grep('Event: ').length === 20, '20 events through the Kafka channel', 20_000);
    expect(log.grep('headers:{origin=seq}')).toHaveLength(20);
    const bodies = log.grep('Event: ').map((l) => Number(/(\S+) }\n$/.exec(l)![1]));
    expect(bodies).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect((await readAll('channel-topic', 20)).length).toBe(20);
  }, 30_000);
});
