/**
 * kafka-consumer-groups (and the console consumer's --group) as subprocesses
 * against a real broker: --list, --describe with Kafka's columns for an
 * active and an empty group, --members, --state, every --reset-offsets
 * scenario with --dry-run and --execute, --delete-offsets and --delete.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrokerProcess } from './harness.js';
import { runCli, startCli } from './cli-helpers.js';

const HEADER = /^GROUP\s+TOPIC\s+PARTITION\s+CURRENT-OFFSET\s+LOG-END-OFFSET\s+LAG\s+CONSUMER-ID\s+HOST\s+CLIENT-ID$/;

/** The data rows of a --describe table as arrays of columns. */
function rows(stdout: string): string[][] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '' && !/^GROUP\s/.test(l))
    .map((l) => l.trim().split(/\s+/));
}

describe('kafka-consumer-groups', () => {
  let broker: BrokerProcess;
  let server: string;
  const cg = (...args: string[]) => runCli('kafka-consumer-groups', ['--bootstrap-server', server, ...args]);

  beforeAll(async () => {
    broker = await new BrokerProcess().start();
    server = `localhost:${broker.port}`;
    expect((await runCli('kafka-topics', ['--bootstrap-server', server, '--create', '--topic', 'orders', '--partitions', '2'])).code).toBe(
      0,
    );
    const lines = Array.from({ length: 10 }, (_, i) => `${i % 2}:order-${i}`).join('\n');
    const p = await runCli(
      'kafka-console-producer',
      ['--bootstrap-server', server, '--topic', 'orders', '--property', 'parse.key=true', '--property', 'key.separator=:'],
      { input: `${lines}\n` },
    );
    expect(p.code).toBe(0);
  });

  afterAll(async () => {
    await broker?.destroy();
  });

  it('commits what the console consumer printed in --group and describes the empty group', async () => {
    const c = await runCli('kafka-console-consumer', [
      '--bootstrap-server',
      server,
      '--topic',
      'orders',
      '--group',
      'billing',
      '--from-beginning',
      '--max-messages',
      '10',
    ]);
    expect(c.code).toBe(0);
    expect(c.stdout.trimEnd().split('\n')).toHaveLength(10);
    const list = await cg('--list');
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')).toContain('billing');
    const d = await cg('--describe', '--group', 'billing');
    expect(d.code).toBe(0);
    expect(d.stderr).toContain("Consumer group 'billing' has no active members.");
    const lines = d.stdout.split('\n').filter((l) => l !== '');
    expect(lines[0]).toMatch(HEADER);
    const r = rows(d.stdout);
    expect(r.map((x) => x.slice(0, 6))).toEqual([
      ['billing', 'orders', '0', '5', '5', '0'],
      ['billing', 'orders', '1', '5', '5', '0'],
    ]);
    expect(r.every((x) => x.slice(6).join(' ') === '- - -')).toBe(true);
  });

  it('shows the member of an active group with --describe, --members and --state', async () => {
    const live = startCli('kafka-console-consumer', [
      '--bootstrap-server',
      server,
      '--topic',
      'orders',
      '--group',
      'live-group',
      '--consumer-property',
      'client.id=live-client',
    ]);
    try {
      let d = await cg('--describe', '--group', 'live-group');
      for (let i = 0; i < 60 && !/live-client/.test(d.stdout); i++) {
        await new Promise((r) => setTimeout(r, 500));
        d = await cg('--describe', '--group', 'live-group');
      }
      expect(d.code).toBe(0);
      const r = rows(d.stdout);
      expect(r).toHaveLength(2);
      for (const x of r) {
        expect(x[0]).toBe('live-group');
        expect(x[6]).toMatch(/^live-client-/);
        expect(x[7]).toMatch(/127\.0\.0\.1/);
        expect(x[8]).toBe('live-client');
      }
      const m = await cg('--describe', '--group', 'live-group', '--members');
      expect(m.stdout).toMatch(/GROUP\s+CONSUMER-ID\s+HOST\s+CLIENT-ID\s+#PARTITIONS/);
      expect(m.stdout).toMatch(/live-group\s+live-client-\S+\s+\S*127\.0\.0\.1\s+live-client\s+2/);
      const s = await cg('--describe', '--group', 'live-group', '--state');
      expect(s.stdout).toMatch(/GROUP\s+COORDINATOR \(ID\)\s+ASSIGNMENT-STRATEGY\s+STATE\s+#MEMBERS/);
      expect(s.stdout).toMatch(new RegExp(`live-group\\s+127\\.0\\.0\\.1:${broker.port}  \\(0\\)\\s+\\S+\\s+Stable\\s+1`));
      const reset = await cg('--reset-offsets', '--group', 'live-group', '--topic', 'orders', '--to-earliest', '--execute');
      expect(reset.code).toBe(1);
      expect(reset.stderr).toContain(
        "Assignments can only be reset if the group 'live-group' is inactive, but the current state is Stable.",
      );
    } finally {
      const res = await live.stop('SIGINT');
      expect(res.stderr).toContain('Processed a total of');
    }
  });

  it('plans and executes every --reset-offsets scenario', async () => {
    const plan = async (...scenario: string[]): Promise<string[][]> => {
      const r = await cg('--reset-offsets', '--group', 'billing', ...scenario);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/GROUP\s+TOPIC\s+PARTITION\s+NEW-OFFSET/);
      return rows(r.stdout);
    };
    expect(await plan('--topic', 'orders', '--to-earliest', '--dry-run')).toEqual([
      ['billing', 'orders', '0', '0'],
      ['billing', 'orders', '1', '0'],
    ]);
    // A dry run changes nothing.
    expect(rows((await cg('--describe', '--group', 'billing')).stdout).map((x) => x[3])).toEqual(['5', '5']);
    expect(await plan('--topic', 'orders:1', '--to-offset', '2', '--execute')).toEqual([['billing', 'orders', '1', '2']]);
    expect(rows((await cg('--describe', '--group', 'billing')).stdout).map((x) => x.slice(2, 6))).toEqual([
      ['0', '5', '5', '0'],
      ['1', '2', '5', '3'],
    ]);
    expect(await plan('--all-topics', '--shift-by', '-1', '--execute')).toEqual([
      ['billing', 'orders', '0', '4'],
      ['billing', 'orders', '1', '1'],
    ]);
    expect(await plan('--topic', 'orders', '--shift-by', '100', '--dry-run')).toEqual([
      ['billing', 'orders', '0', '5'],
      ['billing', 'orders', '1', '5'],
    ]);
    expect(await plan('--topic', 'orders', '--to-current', '--dry-run')).toEqual([
      ['billing', 'orders', '0', '4'],
      ['billing', 'orders', '1', '1'],
    ]);
    expect(await plan('--topic', 'orders', '--to-datetime', '2000-01-01T00:00:00.000', '--dry-run')).toEqual([
      ['billing', 'orders', '0', '0'],
      ['billing', 'orders', '1', '0'],
    ]);
    expect(await plan('--topic', 'orders', '--by-duration', 'PT0S', '--dry-run')).toEqual([
      ['billing', 'orders', '0', '5'],
      ['billing', 'orders', '1', '5'],
    ]);
    expect(await plan('--topic', 'orders', '--to-latest', '--execute')).toEqual([
      ['billing', 'orders', '0', '5'],
      ['billing', 'orders', '1', '5'],
    ]);
    const noScenario = await cg('--reset-offsets', '--group', 'billing', '--topic', 'orders');
    expect(noScenario.code).toBe(1);
    expect(noScenario.stderr).toContain('requires one of the following scenarios');
    const warn = await cg('--reset-offsets', '--group', 'billing', '--topic', 'orders', '--to-earliest');
    expect(warn.stderr).toContain('No action will be performed as the --execute option is missing');
  });

  it('deletes offsets and groups, and reports missing groups', async () => {
    const c = await runCli('kafka-console-consumer', [
      '--bootstrap-server',
      server,
      '--topic',
      'orders',
      '--group',
      'doomed',
      '--from-beginning',
      '--max-messages',
      '10',
    ]);
    expect(c.code).toBe(0);
    const delOffsets = await cg('--delete-offsets', '--group', 'doomed', '--topic', 'orders:0');
    expect(delOffsets.code).toBe(0);
    expect(delOffsets.stdout).toContain('Request succeeded for deleting offsets from group doomed.');
    expect(delOffsets.stdout).toMatch(/TOPIC\s+PARTITION\s+STATUS\s*\norders\s+0\s+Successful/);
    expect(rows((await cg('--describe', '--group', 'doomed')).stdout).map((x) => x[2])).toEqual(['1']);
    const del = await cg('--delete', '--group', 'doomed');
    expect(del).toMatchObject({ code: 0, stdout: "Deletion of requested consumer groups ('doomed') was successful.\n" });
    expect((await cg('--list')).stdout.split('\n')).not.toContain('doomed');
    const missing = await cg('--describe', '--group', 'doomed');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Error: Consumer group 'doomed' does not exist.");
  });
});
