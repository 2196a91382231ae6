#!/usr/bin/env node
/**
 * kafka-server-stop: stops the brokers that kafka-server-start started on
 * this machine, found through their pid files. Sends SIGTERM (a clean
 * shutdown: checkpoints written) and waits until each process has exited.
 * Like Kafka's script it prints "No kafka server to stop" and exits 1 when
 * there is none. `--node-id N` stops only broker N (its broker.id);
 * `--process-role broker` is accepted for Kafka compatibility (every
 * Tributary process is a broker).
 */
import { livePidFiles, type PidFile } from './pid-files.js';
import { runTool, ToolError } from './common/tool.js';
import { readPropertiesFile } from '../config/properties.js';
import type { ParsedArgs } from './common/args.js';

const OPTIONS = [
  { name: 'node-id', arg: 'required', metavar: 'Integer: node id', desc: 'Stop only the broker with this broker.id (node.id).' },
  {
    name: 'process-role',
    arg: 'required',
    metavar: 'String: role',
    desc: 'Stop only processes with this role; Tributary processes are all brokers.',
  },
  {
    name: 'timeout-ms',
    arg: 'required',
    metavar: 'Integer: ms',
    desc: 'How long to wait for each broker to exit before giving up.',
    default: '60000',
  },
] as const;

function brokerId(p: PidFile): number | null {
  if (p.nodeId !== undefined) return p.nodeId;
  try {
    const props = readPropertiesFile(p.config);
    const id = props.get('broker.id') ?? props.get('node.id');
    return id === undefined ? 0 : Number(id);
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function run(args: ParsedArgs): Promise<number> {
  const role = args.value('process-role');
  const nodeId = args.int('node-id');
  const timeoutMs = args.int('timeout-ms') ?? 60_000;
  let targets = livePidFiles();
  if (role !== undefined && role !== 'broker') targets = [];
  if (nodeId !== undefined) targets = targets.filter((p) => brokerId(p) === nodeId);
  if (targets.length === 0) {
    process.stderr.write('No kafka server to stop\n');
    return 1;
  }
  for (const p of targets) {
    try {
      process.kill(p.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  const deadline = Date.now() + timeoutMs;
  while (targets.some((p) => alive(p.pid))) {
    if (Date.now() > deadline) {
      const left = targets.filter((p) => alive(p.pid)).map((p) => p.pid);
      throw new ToolError(`Error: broker process(es) ${left.join(', ')} did not exit within ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return 0;
}

runTool({
  name: 'kafka-server-stop',
  summary: 'Stops the Tributary brokers started by kafka-server-start on this machine (SIGTERM, then waits).',
  options: OPTIONS,
  run,
});
