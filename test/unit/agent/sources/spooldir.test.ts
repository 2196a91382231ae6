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

function setup(extra = ''): { dir: string; out: string; conf: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-spool-'));
  dirs.push(dir);
  const out = path.join(dir, 'out');
  fs.mkdirSync(path.join(dir, 'spool'));
  const conf = `
a1.sources = r1
a1.channels = c1
a1.sinks = k1
a1.sources.r1.type = spooldir
a1.sources.r1.spoolDir = ${path.join(dir, 'spool')}
a1.sources.r1.pollDelay = 50
a1.sources.r1.channels = c1
${extra}
a1.channels.c1.type = memory
a1.sinks.k1.type = file_roll
a1.sinks.k1.sink.directory = ${out}
a1.sinks.k1.sink.rollInterval = 0
a1.sinks.k1.sink.serializer = HEADER_AND_TEXT
a1.sinks.k1.channel = c1
`;
  return { dir, out, conf };
}

const written = (out: string): string =>
  fs.existsSync(out)
    ? fs
        .readdirSync(out)
        .sort()
        .map((f) => fs.readFileSync(path.join(out, f), 'utf8'))
        .join('')
    : '';

describe('spooldir source', () => {
  it('reads each file, oldest first, then renames it to .COMPLETED', async () => {
    const { dir, out, conf } = setup('a1.sources.r1.basenameHeader = true');
    const spool = path.join(dir, 'spool');
    fs.writeFileSync(path.join(spool, 'a.log'), 'a1\na2\n');
    fs.utimesSync(path.join(spool, 'a.log'), new Date(1000), new Date(1000));
    fs.writeFileSync(path.join(spool, 'b.log'), 'b1\nb2 without newline');
    fs.writeFileSync(path.join(spool, '.hidden'), 'never\n');
    const built = agentFrom(conf);
    agent = built.agent;
    await agent.start();
    await until(() => fs.existsSync(path.join(spool, 'b.log.COMPLETED')), 'b.log completed');
    await until(() => written(out).split('\n').length === 5, 'four lines written');
    expect(written(out)).toBe('{basename=a.log} a1\n{basename=a.log} a2\n{basename=b.log} b1\n{basename=b.log} b2 without newline\n');
    expect(fs.readdirSync(spool).sort()).toEqual(['.flumespool', '.hidden', 'a.log.COMPLETED', 'b.log.COMPLETED']);
  });

  it('deletes files with deletePolicy=immediate and honours ignorePattern', async () => {
    const { dir, out, conf } = setup('a1.sources.r1.deletePolicy = immediate\na1.sources.r1.ignorePattern = ^skip.*');
    const spool = path.join(dir, 'spool');
    fs.writeFileSync(path.join(spool, 'x.log'), 'x\n');
    fs.writeFileSync(path.join(spool, 'skip.log'), 'no\n');
    agent = agentFrom(conf).agent;
    await agent.start();
    await until(() => !fs.existsSync(path.join(spool, 'x.log')), 'x.log deleted');
    await until(() => written(out) === '{} x\n', 'x written');
    expect(fs.existsSync(path.join(spool, 'skip.log'))).toBe(true);
  });

  it('cuts lines longer than deserializer.maxLineLength into several events', async () => {
    const { dir, out, conf } = setup('a1.sources.r1.deserializer.maxLineLength = 4');
    fs.writeFileSync(path.join(dir, 'spool', 'long.txt'), 'abcdefghij\nxy\n');
    agent = agentFrom(conf).agent;
    await agent.start();
    await until(() => written(out).split('\n').length === 5, 'four pieces');
    expect(written(out)).toBe('{} abcd\n{} efgh\n{} ij\n{} xy\n');
  });

  it('resumes inside a file from the tracker after a restart', async () => {
    const { dir, out, conf } = setup('a1.sources.r1.batchSize = 2');
    const spool = path.join(dir, 'spool');
    const file = path.join(spool, 'c.log');
    fs.writeFileSync(file, '1\n2\n3\n4\n');
    // As if an earlier run committed the first two lines and died.
    fs.mkdirSync(path.join(spool, '.flumespool'));
    fs.writeFileSync(
      path.join(spool, '.flumespool', '.flumespool-main.meta'),
      JSON.stringify({ file, offset: 4, ino: fs.statSync(file).ino }),
    );
    agent = agentFrom(conf).agent;
    await agent.start();
    await until(() => fs.existsSync(`${file}.COMPLETED`), 'completed');
    await until(() => written(out) === '{} 3\n{} 4\n', 'the last two lines');
  });
});
