/**
 * kafka-configs as a subprocess against a real broker: topics (describe the
 * overrides with their synonyms, --all, --alter --add-config with bracketed
 * lists, --delete-config, deleting what is not set) and brokers (describe
 * with --all, the dynamic levels), with Kafka's lines, errors and exit codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrokerProcess } from './harness.js';
import { runCli } from './cli-helpers.js';

describe('kafka-configs', () => {
  let broker: BrokerProcess;
  let server: string;

  beforeAll(async () => {
    broker = await new BrokerProcess({ config: { 'log.retention.hours': '48' } }).start();
    server = `127.0.0.1:${broker.port}`;
    const c = await runCli('kafka-topics', [
      '--bootstrap-server',
      server,
      '--create',
      '--topic',
      'conf',
      '--config',
      'cleanup.policy=compact',
    ]);
    expect(c.code, c.stderr).toBe(0);
  });

  afterAll(async () => {
    await broker?.destroy();
  });

  it("describes a topic's overrides with their synonyms", async () => {
    const r = await runCli('kafka-configs', [
      '--bootstrap-server',
      server,
      '--describe',
      '--entity-type',
      'topics',
      '--entity-name',
      'conf',
    ]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      'Dynamic configs for topic conf are:\n' +
        '  cleanup.policy=compact sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:cleanup.policy=compact, DEFAULT_CONFIG:log.cleanup.policy=delete}\n',
    );
  });

  it('alters a topic: a bracketed list, a value, then a deletion', async () => {
    const a = await runCli('kafka-configs', [
      '--bootstrap-server',
      server,
      '--alter',
      '--topic',
      'conf',
      '--add-config',
      'cleanup.policy=[compact,delete],retention.ms=1000',
    ]);
    expect(a).toMatchObject({ code: 0, stdout: 'Completed updating config for topic conf.\n', stderr: '' });
    const d = await runCli('kafka-configs', ['--bootstrap-server', server, '--describe', '--topic', 'conf']);
    expect(d.stdout).toContain('  cleanup.policy=compact,delete sensitive=false');
    // The topic's own value first, then the broker's layers (static, then Kafka's default), as Kafka lists them.
    expect(d.stdout).toContain(
      '  retention.ms=1000 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:retention.ms=1000, STATIC_BROKER_CONFIG:log.retention.hours=48, DEFAULT_CONFIG:log.retention.hours=168}\n',
    );
    const del = await runCli('kafka-configs', [
      '--bootstrap-server',
      server,
      '--alter',
      '--topic',
      'conf',
      '--delete-config',
      'retention.ms',
    ]);
    expect(del.code, del.stderr).toBe(0);
    const after = await runCli('kafka-configs', ['--bootstrap-server', server, '--describe', '--topic', 'conf']);
    expect(after.stdout).not.toContain('retention.ms');
    const all = await runCli('kafka-configs', ['--bootstrap-server', server, '--describe', '--topic', 'conf', '--all']);
    expect(all.stdout.split('\n')[0]).toBe('All configs for topic conf are:');
    expect(all.stdout).toContain(
      `  retention.ms=${48 * 3600 * 1000} sensitive=false synonyms={STATIC_BROKER_CONFIG:log.retention.hours=48, DEFAULT_CONFIG:log.retention.hours=168}\n`,
    );
  });

  it("refuses to delete what is not set, and a bad value with the broker's message", async () => {
    const del = await runCli('kafka-configs', [
      '--bootstrap-server',
      server,
      '--alter',
      '--topic',
      'conf',
      '--delete-config',
      'segment.ms',
    ]);
    expect(del).toMatchObject({ code: 1, stdout: '', stderr: 'Invalid config(s): segment.ms\n' });
    const bad = await runCli('kafka-configs', [
      '--bootstrap-server',
      server,
      '--alter',
      '--topic',
      'conf',
      '--add-config',
      'retention.ms=soon',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Error while executing config command with args '--bootstrap-server");
    expect(bad.stderr).toContain("org.apache.kafka.common.errors.InvalidConfigurationException: topic config: invalid value 'soon'");
  });

  it('checks its arguments as Kafka does', async () => {
    const none = await runCli('kafka-configs', ['--bootstrap-server', server, '--describe']);
    expect(none).toMatchObject({ code: 1, stderr: 'At least one entity type must be specified\n' });
    const noop = await runCli('kafka-configs', ['--bootstrap-server', server, '--alter', '--topic', 'conf']);
    expect(noop.stderr).toBe('At least one of --add-config, --add-config-file, or --delete-config must be specified with --alter\n');
    const badBroker = await runCli('kafka-configs', [
      '--bootstrap-server',
      server,
      '--describe',
      '--entity-type',
      'brokers',
      '--entity-name',
      'x',
    ]);
    expect(badBroker.stderr).toBe('The entity name for brokers must be a valid integer broker id, but it is: x\n');
    const noEntity = await runCli('kafka-configs', [
      '--bootstrap-server',
      server,
      '--alter',
      '--entity-type',
      'brokers',
      '--add-config',
      'a=b',
    ]);
    expect(noEntity.stderr).toBe(
      'an entity-name or default entity must be specified with --alter of users, clients, brokers or broker-loggers\n',
    );
    const twoActions = await runCli('kafka-configs', ['--bootstrap-server', server, '--alter', '--describe', '--topic', 'conf']);
    expect(twoActions.code).toBe(1);
    expect(twoActions.stderr).toContain('Command must include exactly one action: --describe, --alter');
  });

  it("describes a broker's configs with --all", async () => {
    const r = await runCli('kafka-configs', ['--bootstrap-server', server, '--describe', '--broker', '0', '--all']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('All configs for broker 0 are:');
    expect(lines).toContain(
      '  log.retention.hours=48 sensitive=false synonyms={STATIC_BROKER_CONFIG:log.retention.hours=48, DEFAULT_CONFIG:log.retention.hours=168}',
    );
  });
});
