import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../../../agent/agent.js';
import { agentFrom, until } from '../helpers.js';

let agent: Agent | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await agent?.stop();
  agent = null;
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('file_roll sink', () => {
  it('writes bodies as lines into Flume-named files and rolls every rollInterval', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-roll-'));
    dirs.push(dir);
    agent = agentFrom(`
a1.sources = r1
a1.channels = c1
a1.sinks = k1
a1.sources.r1.type = seq
a1.sources.r1.totalEvents = 3
a1.sources.r1.channels = c1
a1.channels.c1.type = memory
a1.sinks.k1.type = org.apache.flume.sink.RollingFileSink
a1.sinks.k1.sink.directory = ${dir}
a1.sinks.k1.sink.rollInterval = 1
a1.sinks.k1.sink.pathManager.prefix = events-
a1.sinks.k1.sink.pathManager.extension = txt
a1.sinks.k1.channel = c1
`).agent;
    await agent.start();
    const content = (): string =>
      fs
        .readdirSync(dir)
        .sort()
        .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
        .join('');
    await until(() => content() === '0\n1\n2\n', 'three lines');
    const files = fs.readdirSync(dir);
    expect(files.every((f) => /^events-\d{13}-\d+\.txt$/.test(f))).toBe(true);
    expect(files.some((f) => f.endsWith('-1.txt'))).toBe(true);
  });

  it('requires sink.directory and knows its serializers', () => {
    const base = `a1.sources = r1\na1.channels = c1\na1.sinks = k1\na1.sources.r1.type = seq\na1.sources.r1.channels = c1\na1.channels.c1.type = memory\na1.sinks.k1.type = file_roll\na1.sinks.k1.channel = c1\n`;
    expect(() => agentFrom(base)).toThrow('a1.sinks.k1.sink.directory: is required');
    expect(() => agentFrom(`${base}a1.sinks.k1.sink.directory = /tmp/x\na1.sinks.k1.sink.serializer = avro_event\n`)).toThrow(
      "'avro_event' is not supported",
    );
  });
});
