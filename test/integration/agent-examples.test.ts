/**
 * The course notes' Flume configurations (examples/agent/), run as agent
 * processes with only paths, ports and the program name changed: netcat →
 * memory → logger; exec tail -F → memory → logger; exec → memory → avro →
 * (a second agent) avro → memory → logger; exec → memory → kafka with the
 * notes' brokerList / topic / requiredAcks / batchSize keys, into a broker
 * process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KafkaClient, PartitionReader, type ConsumedRecord } from '../../client/index.js';
import { BrokerProcess, freePort } from './harness.js';
import { AgentProcess, exampleConf, netcatSend, tempDir, waitFor } from './agent-helpers.js';

const cleanup: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

function dir(): string {
  const d = tempDir();
  cleanup.push(() => fs.rmSync(d, { recursive: true, force: true }));
  return d;
}

function run(p: AgentProcess): AgentProcess {
  cleanup.push(() => p.kill('SIGKILL'));
  return p;
}

describe('course notes configurations', () => {
  it('example.conf: netcat → memory → logger (flume-ng spelling), OK per line', async () => {
    const d = dir();
    const port = await freePort();
    const conf = exampleConf('example.conf', d, { '44444': String(port) });
    const agent = run(AgentProcess.flumeNg(conf, 'a1'));
    await agent.waitForOutput(`Created serverSocket: localhost:${port}`);
    expect(await netcatSend(port, 'hello\nworld\n', 2)).toBe('OK\nOK\n');
    await waitFor(
      () => agent.events().length === 2,
      'two logged events',
      30_000,
      () => agent.output,
    );
    expect(agent.events()).toEqual(['hello', 'world']);
    expect(agent.output).toMatch(/\(k1\) \[INFO - LoggerSink\] Event: \{ headers:\{\} body: 68 65 6C 6C 6F {34}hello \}/);
    expect(await agent.kill('SIGTERM')).toBe(0);
    expect(agent.output).toContain('Stopping Channel c1');
  });

  it('exec-memory-logger.conf: tail -F → memory → logger', async () => {
    const d = dir();
    const conf = exampleConf('exec-memory-logger.conf', d);
    fs.writeFileSync(path.join(d, 'data.log'), '');
    const agent = run(AgentProcess.flumeNg(conf, 'exec-memory-logger'));
    await agent.waitForOutput('Component type: SOURCE, name: exec-source started');
    // tail -F may start after our first write: keep appending until lines arrive.
    let n = 0;
    await waitFor(
      () => {
        fs.appendFileSync(path.join(d, 'data.log'), `line${n++}\n`);
        return agent.events().length > 0;
      },
      'a tailed line',
      30_000,
      () => agent.output,
    );
    fs.appendFileSync(path.join(d, 'data.log'), 'last\n');
    await waitFor(
      () => agent.events().includes('last'),
      'the last line',
      30_000,
      () => agent.output,
    );
  });

  it('exec-memory-avro.conf → avro-memory-logger.conf: two agents in tiers', async () => {
    const d = dir();
    const port = await freePort();
    const collectorConf = exampleConf('avro-memory-logger.conf', d, { '44444': String(port) });
    const senderConf = exampleConf('exec-memory-avro.conf', d, { '44444': String(port) });
    fs.writeFileSync(path.join(d, 'data.log'), '');
    const collector = run(AgentProcess.flumeNg(collectorConf, 'avro-memory-logger'));
    await collector.waitForOutput(`started on localhost:${port}`);
    const sender = run(AgentProcess.flumeNg(senderConf, 'exec-memory-avro'));
    await sender.waitForOutput('Component type: SOURCE, name: exec-source started');
    let n = 0;
    await waitFor(
      () => {
        fs.appendFileSync(path.join(d, 'data.log'), `tier${n++}\n`);
        return collector.events().length > 0;
      },
      'an event at the collector',
      30_000,
      () => sender.output + collector.output,
    );
    for (let i = 0; i < 20; i++) fs.appendFileSync(path.join(d, 'data.log'), `batch${i}\n`);
    await waitFor(
      () => collector.events().includes('batch19'),
      'the 20 lines at the collector',
      30_000,
      () => collector.output,
    );
    const got = collector.events().filter((e) => e.startsWith('batch'));
    expect(got).toEqual(Array.from({ length: 20 }, (_, i) => `batch${i}`));
    expect(sender.output).toContain(`Avro sink avro-sink: connected to localhost:${port}`);
  });

  it('exec-memory-kafka.conf: tail -F → memory → kafka (brokerList, topic, requiredAcks, batchSize) into a broker process', async () => {
    const d = dir();
    const broker = new BrokerProcess({ config: { 'group.initial.rebalance.delay.ms': '0' } });
    cleanup.push(() => broker.destroy());
    await broker.start();
    const conf = exampleConf('exec-memory-kafka.conf', d, { 'localhost:9092': broker.bootstrap });
    const log = path.join(d, 'access.log');
    fs.writeFileSync(log, '');
    const agent = run(AgentProcess.flumeNg(conf, 'exec-memory-kafka'));
    await agent.waitForOutput('Component type: SOURCE, name: exec-source started');
    const client = new KafkaClient({ brokers: broker.bootstrap });
    cleanup.push(() => client.close());
    await client.connect();
    // tail -F starts at the end; lines appended after it started are sent.
    let topicExists = false;
    let n = 0;
    await waitFor(
      async () => {
        fs.appendFileSync(log, `warmup${n++}\n`);
        topicExists = (await client.partitionsFor('streamingtopic').catch(() => [])).length > 0;
        return topicExists;
      },
      'streamingtopic created by the sink',
      60_000,
      () => agent.output,
    );
    const lines = Array.from({ length: 50 }, (_, i) => `10.0.0.${i} GET /class/${i}.html`);
    fs.appendFileSync(log, lines.map((l) => `${l}\n`).join(''));
    const reader = new PartitionReader(client, { maxWaitMs: 200 });
    reader.assign([{ topic: 'streamingtopic', partition: 0 }], 'earliest');
    const got: ConsumedRecord[] = [];
    await waitFor(
      async () => {
        got.push(...(await reader.poll()));
        return got.some((r) => r.value?.toString() === lines[49]);
      },
      'the 50 lines in Kafka',
      60_000,
      () => agent.output,
    );
    const values = got.map((r) => r.value!.toString()).filter((v) => !v.startsWith('warmup'));
    expect(values).toEqual(lines);
    expect(agent.output).toContain('requiredAcks is deprecated');
  });
});
