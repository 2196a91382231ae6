/**
 * The agent command shared by `tributary agent` and `flume-ng agent`: parses
 * Flume's command line, builds the agent from its configuration file, starts
 * the monitoring server if asked, runs until SIGINT or SIGTERM, then stops
 * the agent cleanly (sources first, channels last) and exits 0.
 *
 * Flume's flags: -n/--name, -f/--conf-file, -c/--conf (accepted; Tributary
 * reads nothing from it), -Dkey=value (flume.root.logger, flume.log.dir,
 * flume.log.file, flume.monitoring.type/port/host), -d/--dryrun (here: check
 * the configuration and exit), -h/--help; -C/--classpath, --plugins-path,
 * -X<jvm option> and --no-reload-conf are accepted and ignored. Departure:
 * the configuration file is read once (Flume re-reads it when it changes).
 */
import fs from 'node:fs';
import { Agent } from '../agent/agent.js';
import { AgentLog } from '../agent/log.js';
import { MonitorServer } from '../agent/metrics/monitor-server.js';
import { exitAfterFlush, errorMessage } from './common/tool.js';

/** The parsed command line of the agent command. */
export interface AgentArgs {
  name?: string;
  confFile?: string;
  confDir?: string;
  /** -D properties. */
  props: Map<string, string>;
  help: boolean;
  dryrun: boolean;
}

/** Wrong arguments; the message says which. */
export class AgentUsageError extends Error {}

const VALUE_OPTIONS: Record<string, keyof AgentArgs | null> = {
  '-n': 'name',
  '--name': 'name',
  '-f': 'confFile',
  '--conf-file': 'confFile',
  '-c': 'confDir',
  '--conf': 'confDir',
  '-C': null,
  '--classpath': null,
  '--plugins-path': null,
};

/** Parses the arguments after `agent`. */
export function parseAgentArgs(argv: readonly string[]): AgentArgs {
  const out: AgentArgs = { props: new Map(), help: false, dryrun: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if (flag in VALUE_OPTIONS) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new AgentUsageError(`option ${flag} needs a value`);
      const field = VALUE_OPTIONS[flag];
      if (field) (out as unknown as Record<string, string>)[field] = v;
    } else if (a === '-h' || a === '--help') out.help = true;
    else if (a === '-d' || a === '--dryrun') out.dryrun = true;
    else if (a === '--no-reload-conf' || a.startsWith('-X')) continue;
    else if (a.startsWith('-D')) {
      const kv = a.length > 2 ? a.slice(2) : argv[++i];
      const k = kv?.indexOf('=') ?? -1;
      if (!kv || k <= 0) throw new AgentUsageError(`-D needs key=value, not '${kv ?? ''}'`);
      out.props.set(kv.slice(0, k), kv.slice(k + 1));
    } else if (['-z', '--zkConnect', '-p', '--zkBasePath'].includes(flag))
      throw new AgentUsageError(`${flag}: reading the configuration from ZooKeeper is not supported; use --conf-file`);
    else throw new AgentUsageError(`unknown option '${a}'`);
  }
  return out;
}

/** The usage text of the agent command, `prog` being how it was called. */
export function agentUsage(prog: string): string {
  return [
    `Usage: ${prog} --conf-file FILE --name NAME [options]`,
    '',
    "Runs a log collection agent described in Flume's configuration format.",
    '',
    "Options (Flume's):",
    '  -n, --name NAME          the agent to run (the first part of the keys: a1.sources = ...)',
    '  -f, --conf-file FILE     the agent configuration (Java properties)',
    "  -c, --conf DIR           Flume's configuration directory (accepted, not read)",
    '  -Dkey=value              flume.root.logger=INFO,console (level, then console or LOGFILE),',
    '                           flume.log.dir, flume.log.file (for LOGFILE),',
    '                           flume.monitoring.type=http (JSON on /metrics, Prometheus on /metrics/prometheus)',
    '                           or prometheus, flume.monitoring.port (default 41414), flume.monitoring.host',
    '  -d, --dryrun             check the configuration and exit',
    '  -h, --help               this text',
    '  -C, --classpath, --plugins-path, -X<jvm option>, --no-reload-conf: accepted and ignored',
    '',
    `Example: ${prog} --conf-file examples/agent/example.conf --name a1 -Dflume.root.logger=INFO,console`,
  ].join('\n');
}

/** Runs the agent command; resolves with the exit code once the agent stopped (or failed to start). */
export async function runAgentCommand(argv: readonly string[], prog: string): Promise<number> {
  let args: AgentArgs;
  try {
    args = parseAgentArgs(argv);
  } catch (err) {
    process.stderr.write(`${prog}: ${errorMessage(err)}\n${agentUsage(prog)}\n`);
    return 1;
  }
  if (args.help) {
    process.stdout.write(`${agentUsage(prog)}\n`);
    return 0;
  }
  if (!args.confFile || !args.name) {
    process.stderr.write(`${prog}: ${!args.confFile ? '--conf-file' : '--name'} is required\n${agentUsage(prog)}\n`);
    return 1;
  }
  if (!fs.existsSync(args.confFile)) {
    process.stderr.write(`${prog}: the configuration file does not exist: ${args.confFile}\n`);
    return 1;
  }
  let agent: Agent;
  let monitor: MonitorServer | null = null;
  try {
    const log = AgentLog.fromProperties(args.props);
    agent = Agent.fromFile(args.confFile, args.name, { log });
    if (args.dryrun) {
      process.stdout.write(
        `configuration of agent ${args.name} is valid: ${agent.sources.size} sources, ${agent.channels.size} channels, ${agent.sinks.size} sinks\n`,
      );
      return 0;
    }
    await agent.start();
    const monType = args.props.get('flume.monitoring.type');
    if (monType) {
      if (monType !== 'http' && monType !== 'prometheus')
        throw new Error(`flume.monitoring.type: '${monType}' is not supported (known: http, prometheus)`);
      const port = Number(args.props.get('flume.monitoring.port') ?? 41414);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`flume.monitoring.port: '${args.props.get('flume.monitoring.port')}' is not a port`);
      const a = agent;
      monitor = await MonitorServer.start(
        args.name,
        () => a.metrics(),
        port,
        args.props.get('flume.monitoring.host'),
        monType === 'prometheus',
      );
      log
        .for(args.name, 'MonitorServer')
        .info(`monitoring on http://${args.props.get('flume.monitoring.host') ?? '127.0.0.1'}:${monitor.port}/metrics`);
    }
  } catch (err) {
    process.stderr.write(`${prog}: ${errorMessage(err)}\n`);
    if (process.env.TRIBUTARY_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
    return 1;
  }
  await new Promise<void>((resolve) => {
    const onSignal = (): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      // A second signal while stopping ends the process at once.
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      resolve();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  await monitor?.stop();
  await agent.stop();
  return 0;
}

/** Runs the agent command as this process's main program. */
export function agentMain(argv: readonly string[], prog: string): void {
  runAgentCommand(argv, prog).then(
    (code) => exitAfterFlush(code),
    async (err: unknown) => {
      process.stderr.write(`${prog}: ${errorMessage(err)}\n`);
      return exitAfterFlush(1);
    },
  );
}
