import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../../../agent/agent.js';
import { agentFrom, until, type MemoryLog } from '../helpers.js';

const agents: Agent[] = [];
afterEach(async () => {
  for (const a of agents.splice(0).reverse()) await a.stop();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function collector(port: number, extra = ''): { agent: Agent; log: MemoryLog } {
  const c = agentFrom(
    `
collector.sources = avro-source
collector.channels = memory-channel
collector.sinks = logger-sink
collector.sources.avro-source.type = avro
collector.sources.avro-source.bind = 127.0.0.1
collector.sources.avro-source.port = ${port}
collector.sources.avro-source.channels = memory-channel
collector.channels.memory-channel.type = memory
collector.sinks.logger-sink.type = logger
collector.sinks.logger-sink.channel = memory-channel
${extra}`,
    'collector',
  );
  agents.push(c.agent);
  return c;
}

function forwarder(port: number, total: number, extra = ''): Agent {
  const f = agentFrom(`
a1.sources = r1
a1.channels = c1
a1.sinks = k1
a1.sources.r1.type = seq
a1.sources.r1.totalEvents = ${total}
a1.sources.r1.batchSize = 10
a1.sources.r1.channels = c1
a1.channels.c1.type = memory
a1.channels.c1.capacity = 10000
a1.sinks.k1.type = avro
a1.sinks.k1.hostname = 127.0.0.1
a1.sinks.k1.port = ${port}
a1.sinks.k1.batch-size = 25
a1.sinks.k1.channel = c1
${extra}`).agent;
  agents.push(f);
  return f;
}

const bodies = (log: MemoryLog): string[] => log.grep('Event: ').map((l) => /(\S+) }\n$/.exec(l)![1]);

describe('avro sink → avro source (tiered agents)', () => {
  it('forwards every event, in order, in batch-size calls', async () => {
    const port = await freePort();
    const c = collector(port);
    await c.agent.start();
    const f = forwarder(port, 100);
    await f.start();
    await until(() => bodies(c.log).length === 100, '100 forwarded events');
    expect(bodies(c.log)).toEqual(Array.from({ length: 100 }, (_, i) => String(i)));
    await until(() => f.metrics()['SINK.k1'].EventDrainSuccessCount === '100', 'drain counted');
    expect(Number(c.agent.metrics()['SOURCE.avro-source'].AppendBatchAcceptedCount)).toBeGreaterThanOrEqual(4);
  });

  it('keeps events in the channel while the next hop is down, and delivers them once it is up', async () => {
    const port = await freePort();
    const f = forwarder(port, 50, 'a1.sinks.k1.connect-timeout = 1000');
    await f.start();
    await until(() => Number(f.metrics()['SINK.k1'].ConnectionFailedCount) > 0, 'a failed connection');
    await until(() => f.channels.get('c1')!.size() === 50, 'all 50 events waiting in the channel');
    const c = collector(port);
    await c.agent.start();
    await until(() => bodies(c.log).length === 50, 'delivery after the hop came up', 20_000);
    expect(new Set(bodies(c.log)).size).toBe(50);
  }, 30_000);

  it('rolls back when the next hop answers FAILED (its channel is full)', async () => {
    const port = await freePort();
    const c = collector(
      port,
      'collector.channels.memory-channel.capacity = 10\ncollector.channels.memory-channel.transactionCapacity = 10\ncollector.channels.memory-channel.keep-alive = 0\ncollector.sinks.logger-sink.type = null',
    );
    // The collector's sink does not run, so its channel fills up after 10 events.
    await c.agent.channels.get('memory-channel')!.start();
    await c.agent.sources.get('avro-source')!.start();
    const f = forwarder(port, 30, 'a1.sinks.k1.batch-size = 10');
    await f.start();
    await until(() => Number(f.metrics()['SINK.k1'].EventWriteFail) > 0, 'a refused batch');
    expect(c.agent.channels.get('memory-channel')!.size()).toBe(10);
    expect(f.channels.get('c1')!.size()).toBe(20);
    await c.agent.sources.get('avro-source')!.stop();
    agents.splice(agents.indexOf(c.agent), 1);
  });
});
