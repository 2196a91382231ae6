/**
 * Pid files of brokers started by kafka-server-start, so kafka-server-stop
 * can find them: one JSON file per broker in `$TMPDIR/tributary-pids/`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Folder of the pid files. */
export const PID_DIR = path.join(os.tmpdir(), 'tributary-pids');

/** What a pid file holds. */
export interface PidFile {
  pid: number;
  config: string;
  ports: number[];
  started: string;
  /** broker.id after overrides (absent in files written by older versions). */
  nodeId?: number;
}

/** Writes this process's pid file; returns its path. */
export function writePidFile(configFile: string, ports: number[], nodeId?: number): string {
  fs.mkdirSync(PID_DIR, { recursive: true });
  const file = path.join(PID_DIR, `broker-${process.pid}.json`);
  const body: PidFile = { pid: process.pid, config: path.resolve(configFile), ports, started: new Date().toISOString(), nodeId };
  fs.writeFileSync(file, JSON.stringify(body));
  return file;
}

/** Removes a pid file (missing is fine). */
export function removePidFile(file: string): void {
  fs.rmSync(file, { force: true });
}

/** Every pid file whose process is still alive (stale ones are removed). */
export function livePidFiles(): PidFile[] {
  let names: string[] = [];
  try {
    names = fs.readdirSync(PID_DIR);
  } catch {
    return [];
  }
  const out: PidFile[] = [];
  for (const n of names) {
    const file = path.join(PID_DIR, n);
    try {
      const body = JSON.parse(fs.readFileSync(file, 'utf8')) as PidFile;
      process.kill(body.pid, 0);
      out.push(body);
    } catch {
      fs.rmSync(file, { force: true });
    }
  }
  return out;
}
