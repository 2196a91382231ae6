import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../../../agent/agent.js';
import { readPositions, writePositions } from '../../../../agent/sources/taildir-position-file.js';
import { agentFrom, until } from '../helpers.js';

let agent: Agent | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await agent?.stop();
  agent = null;
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function setup(): { dir: string; logs: string; out: string; pos: string; conf: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-taildir-'));
  dirs.push(dir);
  const logs = path.join(dir, 'logs');
  fs.mkdirSync(logs);
  const out = path.join(dir, 'out');
  const pos = path.join(dir, 'taildir_position.json');
  const conf = `
a1.sources = r1
a1.channels = c1
a1.sinks = k1
a1.sources.r1.type = TAILDIR
a1.sources.r1.filegroups = f1 f2
a1.sources.r1.filegroups.f1 = ${logs}/app.log
a1.sources.r1.filegroups.f2 = ${logs}/web-.*\\.log
a1.sources.r1.headers.f1.kind = app
a1.sources.r1.headers.f2.kind = web
a1.sources.r1.positionFile = ${pos}
a1.sources.r1.writePosInterval = 100
a1.sources.r1.channels = c1
a1.channels.c1.type = memory
a1.sinks.k1.type = file_roll
a1.sinks.k1.sink.directory = ${out}
a1.sinks.k1.sink.rollInterval = 0
a1.sinks.k1.sink.serializer = HEADER_AND_TEXT
a1.sinks.k1.channel = c1
`;
  return { dir, logs, out, pos, conf };
}

const lines = (out: string): string[] =>
  fs.existsSync(out)
    ? fs
        .readdirSync(out)
        .sort()
        .flatMap((f) => fs.readFileSync(path.join(out, f), 'utf8').split('\n'))
        .filter(Boolean)
    : [];

describe('taildir position file', () => {
  it("reads and writes Flume's JSON format", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-pos-'));
    dirs.push(dir);
    const f = path.join(dir, 'p.json');
    expect(readPositions(f)).toEqual([]);
    writePositions(f, [{ inode: 7, pos: 12, file: '/var/log/x.log' }]);
    expect(fs.readFileSync(f, 'utf8')).toBe('[{"inode":7,"pos":12,"file":"/var/log/x.log"}]');
    expect(readPositions(f)).toEqual([{ inode: 7, pos: 12, file: '/var/log/x.log' }]);
    fs.writeFileSync(f, '{');
    expect(() => readPositions(f)).toThrow('not valid JSON');
  });
});

describe('taildir source', () => {
  it('tails matching files with their group headers, only complete lines, and records positions', async () => {
    const { logs, out, pos, conf } = setup();
    fs.writeFileSync(path.join(logs, 'app.log'), 'a1\r\na2\npartial');
    fs.writeFileSync(path.join(logs, 'web-1.log'), 'w1\n');
    fs.writeFileSync(path.join(logs, 'other.txt'), 'ignored\n');
    agent = agentFrom(conf).agent;
    await agent.start();
    await until(() => lines(out).length === 3, 'three lines');
    expect(lines(out).sort()).toEqual(['{kind=app} a1', '{kind=app} a2', '{kind=web} w1']);
    fs.appendFileSync(path.join(logs, 'app.log'), ' done\n');
    await until(() => lines(out).length === 4, 'the completed line');
    expect(lines(out)).toContain('{kind=app} partial done');
    await until(() => readPositions(pos).some((p) => p.file.endsWith('app.log') && p.pos === 20), 'position written');
  });

  it('resumes from the position file after a restart, without re-sending', async () => {
    const { logs, out, conf } = setup();
    const app = path.join(logs, 'app.log');
    fs.writeFileSync(app, 'one\ntwo\n');
    agent = agentFrom(conf).agent;
    await agent.start();
    await until(() => lines(out).length === 2, 'two lines');
    await agent.stop();
    fs.appendFileSync(app, 'three\n');
    agent = agentFrom(conf).agent;
    await agent.start();
    await until(() => lines(out).length === 3, 'the third line');
    await new Promise((r) => setTimeout(r, 400));
    expect(lines(out)).toEqual(['{kind=app} one', '{kind=app} two', '{kind=app} three']);
  });

  it('follows a rotated file to its end and starts the new one from 0', async () => {
    const { logs, out, conf } = setup();
    const app = path.join(logs, 'app.log');
    fs.writeFileSync(app, 'before\n');
    agent = agentFrom(conf.replace(`${logs}/app.log`, `${logs}/app\\.log.*`)).agent;
    await agent.start();
    await until(() => lines(out).length === 1, 'first line');
    fs.renameSync(app, `${app}.1`);
    fs.appendFileSync(`${app}.1`, 'late\n');
    fs.writeFileSync(app, 'fresh\n');
    await until(() => lines(out).length === 3, 'three lines');
    expect(lines(out).sort()).toEqual(['{kind=app} before', '{kind=app} fresh', '{kind=app} late']);
  });

  it('requires filegroups and rejects headers for an unlisted group', () => {
    const { conf } = setup();
    expect(() => agentFrom(conf.replace(/a1.sources.r1.filegroups = .*/, ''))).toThrow('a1.sources.r1.filegroups: is required');
    expect(() => agentFrom(`${conf}\na1.sources.r1.headers.f9.x = y\n`)).toThrow("file group 'f9' is not listed");
  });
});
