/**
 * The agent command as users run it: bad configurations stop it with one
 * line naming the key (exit 1), --help and --dryrun, both spellings
 * (`tributary agent`, `flume-ng agent`), and flume-ng avro-client sending a
 * file to an agent's avro source.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './harness.js';
import { AgentProcess, tempDir, waitFor, writeConf } from './agent-helpers.js';

const cleanup: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

function dir(): string {
  const d = tempDir('agent-cli-');
  cleanup.push(() => fs.rmSync(d, { recursive: true, force: true }));
  return d;
}

const GOOD = `
a1.sources = r1
a1.sinks = k1
a1.channels = c1
a1.sources.r1.type = netcat
a1.sources.r1.bind = localhost
a1.sources.r1.port = 44444
a1.sinks.k1.type = logger
a1.channels.c1.type = memory
a1.sources.r1.channels = c1
a1.sinks.k1.channel = c1
`;

/** Runs the command to its end. */
async function runToEnd(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const p = new AgentProcess(args);
  cleanup.push(() => p.kill('SIGKILL'));
  const code = await p.exited;
  return { code, stdout: p.stdout, stderr: p.stderr };
}

describe('agent command', () => {
  it.each([
    [
      'an unknown type, listing the known ones',
      GOOD.replace('type = logger', 'type = loger'),
      "a1.sinks.k1.type: unknown sink type 'loger' (known: logger",
    ],
    [
      'a sink without a channel',
      GOOD.replace('a1.sinks.k1.channel = c1', ''),
      "a1.sinks.k1.channel: is missing: sink 'k1' needs a channel",
    ],
    [
      'a component that is not listed',
      `${GOOD}a1.sources.r2.type = exec\n`,
      "a1.sources.r2.type: source 'r2' is not listed in a1.sources (listed: r1)",
    ],
    ['a bad number', GOOD.replace('port = 44444', 'port = 44x'), "a1.sources.r1.port: '44x' is not an integer"],
    ['a missing required property', GOOD.replace('a1.sources.r1.bind = localhost', ''), 'a1.sources.r1.bind: is required'],
  ])('stops on %s with one line naming the key', async (_what, text, message) => {
    const file = writeConf(dir(), 'bad.conf', text);
    const r = await runToEnd(['agent', '--conf-file', file, '--name', 'a1']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`tributary agent: ${file}: ${message}`)).toBe(true);
  });

  it('names an agent the file does not configure, and a file that does not exist', async () => {
    const file = writeConf(dir(), 'good.conf', GOOD);
    const r = await runToEnd(['flume-ng', 'agent', '-n', 'agent7', '-f', file, '-c', 'conf']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("agent7.sources: no configuration for agent 'agent7' (this file configures: a1)");
    const missing = await runToEnd(['agent', '--conf-file', '/nonexistent/x.conf', '--name', 'a1']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('the configuration file does not exist: /nonexistent/x.conf');
    const noName = await runToEnd(['agent', '--conf-file', file]);
    expect(noName.code).toBe(1);
    expect(noName.stderr).toContain('--name is required');
  });

  it('prints its usage with --help, checks a configuration with --dryrun, and is listed by tributary --help', async () => {
    const help = await runToEnd(['agent', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: tributary agent --conf-file FILE --name NAME');
    const ngHelp = await runToEnd(['flume-ng', 'help']);
    expect(ngHelp.stdout).toContain('avro-client');
    const file = writeConf(dir(), 'good.conf', GOOD);
    const dry = await runToEnd(['flume-ng', 'agent', '-n', 'a1', '-f', file, '--dryrun']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('configuration of agent a1 is valid: 1 sources, 1 channels, 1 sinks');
    const top = await runToEnd(['--help']);
    expect(top.stdout).toMatch(/agent +Run a log collection agent/);
  });

  it('flume-ng avro-client sends a file to an avro source, with headers from -R', async () => {
    const d = dir();
    const port = await freePort();
    const conf = writeConf(
      d,
      'collector.conf',
      `
a1.sources = r1
a1.channels = c1
a1.sinks = k1
a1.sources.r1.type = avro
a1.sources.r1.bind = 127.0.0.1
a1.sources.r1.port = ${port}
a1.sources.r1.channels = c1
a1.channels.c1.type = memory
a1.sinks.k1.type = logger
a1.sinks.k1.channel = c1
`,
    );
    const agent = AgentProcess.agent(conf, 'a1');
    cleanup.push(() => agent.kill('SIGKILL'));
    await agent.waitForOutput(`started on 127.0.0.1:${port}`);
    fs.writeFileSync(path.join(d, 'lines.txt'), Array.from({ length: 250 }, (_, i) => `l${i}`).join('\n') + '\n');
    fs.writeFileSync(path.join(d, 'headers.properties'), 'host=web1\n');
    const r = await runToEnd([
      'flume-ng',
      'avro-client',
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
      '-F',
      path.join(d, 'lines.txt'),
      '-R',
      path.join(d, 'headers.properties'),
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`sent 250 events to 127.0.0.1:${port}`);
    await waitFor(
      () => agent.events().length === 250,
      '250 events',
      30_000,
      () => agent.output,
    );
    expect(agent.events().slice(0, 3)).toEqual(['l0', 'l1', 'l2']);
    expect(agent.output).toContain('Event: { headers:{host=web1} body: 6C 30');
  });
});
