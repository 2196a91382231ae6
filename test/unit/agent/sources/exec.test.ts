import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../../../agent/agent.js';
import { agentFrom, until } from '../helpers.js';

const conf = (source: string): string => `
a1.sources = r1
a1.channels = c1
a1.sinks = k1
a1.sources.r1.type = exec
a1.sources.r1.channels = c1
${source}
a1.channels.c1.type = memory
a1.sinks.k1.type = logger
a1.sinks.k1.channel = c1
`;

let agent: Agent | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await agent?.stop();
  agent = null;
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('exec source', () => {
  it('sends the lines of a command through a shell, stripping \\r\\n', async () => {
    const built = agentFrom(conf("a1.sources.r1.command = printf 'one\\r\\ntwo\\nthree'\na1.sources.r1.shell = /bin/sh -c"));
    agent = built.agent;
    await agent.start();
    await until(() => built.log.grep('Event: ').length === 3, 'three events');
    expect(built.log.grep('Event: ').map((l) => /(\S+) }\n$/.exec(l)?.[1])).toEqual(['one', 'two', 'three']);
    await until(() => built.log.grep('exited with 0').length === 1, 'exit logged');
  });

  it('follows a file with tail -F, in batches that a batchTimeout flushes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-exec-'));
    dirs.push(dir);
    const file = path.join(dir, 'data.log');
    fs.writeFileSync(file, '');
    const built = agentFrom(
      conf(`a1.sources.r1.command = tail -F ${file}\na1.sources.r1.batchSize = 50\na1.sources.r1.batchTimeout = 200`),
    );
    agent = built.agent;
    await agent.start();
    await new Promise((r) => setTimeout(r, 300));
    fs.appendFileSync(file, 'alpha\nbeta\n');
    await until(() => built.log.grep('Event: ').length === 2, 'two tailed lines');
    fs.appendFileSync(file, 'gamma\n');
    await until(() => built.log.grep('gamma').length === 1, 'the third line');
  });

  it('restarts the command after restartThrottle when restart=true', async () => {
    const built = agentFrom(
      conf(
        'a1.sources.r1.command = echo tick\na1.sources.r1.restart = true\na1.sources.r1.restartThrottle = 100\na1.sources.r1.batchTimeout = 50',
      ),
    );
    agent = built.agent;
    await agent.start();
    await until(() => built.log.grep('Event: ').length >= 3, 'three runs');
    expect(built.log.grep('(run 3)').length).toBeGreaterThanOrEqual(1);
  });

  it('requires a command', () => {
    expect(() => agentFrom(conf(''))).toThrow('a1.sources.r1.command: is required');
  });
});
