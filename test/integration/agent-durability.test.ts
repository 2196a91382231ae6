/**
 * Durability across kill -9, with agent processes: a taildir source into a
 * file channel is killed again and again while the file grows; afterwards a
 * sink drains the channel and every line is there exactly once, in order (the
 * channel keeps what was committed; taildir resumes from the position
 * committed with the events). And every line a netcat source answered OK for
 * is still in the file channel after kill -9.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './harness.js';
import { AgentProcess, netcatSend, tempDir, waitFor, writeConf } from './agent-helpers.js';

const cleanup: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

function dir(): string {
  const d = tempDir('agent-durable-');
  cleanup.push(() => fs.rmSync(d, { recursive: true, force: true }));
  return d;
}

function run(p: AgentProcess): AgentProcess {
  cleanup.push(() => p.kill('SIGKILL'));
  return p;
}

const channel = (d: string): string => `
a1.channels = c1
a1.channels.c1.type = file
a1.channels.c1.checkpointDir = ${d}/checkpoint
a1.channels.c1.dataDirs = ${d}/data
a1.channels.c1.checkpointInterval = 700
a1.channels.c1.minimumRequiredSpace = 0
`;

const drain = (d: string): string => `
a1.sinks = k1
a1.sinks.k1.type = file_roll
a1.sinks.k1.sink.directory = ${d}/out
a1.sinks.k1.sink.rollInterval = 0
a1.sinks.k1.channel = c1
`;

function outputLines(d: string): string[] {
  const out = path.join(d, 'out');
  if (!fs.existsSync(out)) return [];
  return fs
    .readdirSync(out)
    .sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]))
    .flatMap((f) => fs.readFileSync(path.join(out, f), 'utf8').split('\n'))
    .filter(Boolean);
}

describe('agent durability across kill -9', () => {
  it('taildir → file channel: killed 4 times while the file grows, then drained: every line exactly once, in order', async () => {
    const d = dir();
    const log = path.join(d, 'app.log');
    fs.writeFileSync(log, '');
    const source = `
a1.sources = r1
a1.sources.r1.type = taildir
a1.sources.r1.filegroups = f1
a1.sources.r1.filegroups.f1 = ${log}
a1.sources.r1.positionFile = ${d}/taildir_position.json
a1.sources.r1.batchSize = 50
a1.sources.r1.channels = c1
`;
    const collect = writeConf(d, 'collect.conf', source + channel(d));
    const total = 6000;
    let written = 0;
    const writer = setInterval(() => {
      const n = Math.min(15, total - written);
      let text = '';
      for (let i = 0; i < n; i++) text += `line-${String(written + i).padStart(6, '0')}\n`;
      fs.appendFileSync(log, text);
      written += n;
      if (written >= total) clearInterval(writer);
    }, 10);
    cleanup.push(() => clearInterval(writer));
    for (let round = 0; round < 4; round++) {
      const agent = run(AgentProcess.agent(collect, 'a1'));
      await agent.waitForOutput('Component type: SOURCE, name: r1 started');
      await agent.waitForOutput('tailing');
      await new Promise((r) => setTimeout(r, 300 + Math.floor(Math.random() * 600)));
      await agent.kill('SIGKILL');
    }
    await waitFor(() => written >= total, 'the writer to finish', 60_000);
    const drainConf = writeConf(d, 'drain.conf', source + channel(d) + drain(d));
    const agent = run(AgentProcess.agent(drainConf, 'a1'));
    await waitFor(
      () => outputLines(d).length >= total,
      `${total} lines drained`,
      90_000,
      () => `${outputLines(d).length} lines\n${agent.output}`,
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(await agent.kill('SIGTERM')).toBe(0);
    const lines = outputLines(d);
    expect(lines.length).toBe(total);
    expect(lines).toEqual(Array.from({ length: total }, (_, i) => `line-${String(i).padStart(6, '0')}`));
  }, 240_000);

  it('netcat → file channel: every line answered OK survives kill -9', async () => {
    const d = dir();
    const port = await freePort();
    const source = `
a1.sources = r1
a1.sources.r1.type = netcat
a1.sources.r1.bind = 127.0.0.1
a1.sources.r1.port = ${port}
a1.sources.r1.channels = c1
`;
    const agent = run(AgentProcess.agent(writeConf(d, 'collect.conf', source + channel(d)), 'a1'));
    await agent.waitForOutput('Component type: SOURCE, name: r1 started');
    const n = 300;
    let text = '';
    for (let i = 0; i < n; i++) text += `ack-${i}\n`;
    const answer = await netcatSend(port, text, n);
    expect(answer).toBe('OK\n'.repeat(n));
    await agent.kill('SIGKILL');
    const drainer = run(AgentProcess.agent(writeConf(d, 'drain.conf', channel(d) + drain(d)), 'a1'));
    await waitFor(
      () => outputLines(d).length >= n,
      `${n} lines drained`,
      60_000,
      () => drainer.output,
    );
    expect(outputLines(d)).toEqual(Array.from({ length: n }, (_, i) => `ack-${i}`));
  }, 120_000);
});
