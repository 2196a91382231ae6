/**
 * `flume-ng avro-client`: sends the lines of a file (or of standard input) as
 * events to an avro source, as Flume's command does:
 *
 *   flume-ng avro-client -H localhost -p 41414 -F /var/log/app.log [-R headers.properties]
 *
 * -H/--host, -p/--port (required), -F/--filename (default: standard input),
 * --dirname DIR (every file of a directory), -R/--headerFile (key=value lines
 * added as headers to every event), -c/--conf (accepted). Lines go in
 * appendBatch calls of 100; each batch must be answered OK, else the command
 * fails with exit code 1 (nothing after that batch is sent).
 */
import fs from 'node:fs';
import path from 'node:path';
import { AvroRpcClient } from '../agent/avro/rpc-client.js';
import type { FlumeEvent } from '../agent/event.js';
import { LineSplitter } from '../agent/sources/line-splitter.js';
import { parseProperties } from '../config/properties.js';
import { errorMessage, exitAfterFlush } from './common/tool.js';

const BATCH = 100;

const USAGE = `Usage: flume-ng avro-client --host HOST --port PORT [--filename FILE | --dirname DIR] [--headerFile FILE]

Sends every line of FILE (or of standard input) to the avro source at HOST:PORT.
  -H, --host HOST        the avro source's host
  -p, --port PORT        its port
  -F, --filename FILE    the file to send (default: standard input)
      --dirname DIR      send every file in DIR
  -R, --headerFile FILE  key=value lines: headers for every event
  -c, --conf DIR         accepted, not read
  -h, --help             this text`;

async function run(argv: readonly string[]): Promise<number> {
  const opts = new Map<string, string>();
  const names: Record<string, string> = {
    '-H': 'host',
    '--host': 'host',
    '-p': 'port',
    '--port': 'port',
    '-F': 'filename',
    '--filename': 'filename',
    '--dirname': 'dirname',
    '-R': 'headerFile',
    '--headerFile': 'headerFile',
    '-c': 'conf',
    '--conf': 'conf',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const name = names[a];
    if (!name || argv[i + 1] === undefined) {
      process.stderr.write(`flume-ng avro-client: ${name ? `${a} needs a value` : `unknown option '${a}'`}\n${USAGE}\n`);
      return 1;
    }
    opts.set(name, argv[++i]);
  }
  const host = opts.get('host');
  const port = Number(opts.get('port'));
  if (!host || !Number.isInteger(port) || port <= 0) {
    process.stderr.write(`flume-ng avro-client: --host and --port are required\n${USAGE}\n`);
    return 1;
  }
  const headers: Record<string, string> = {};
  if (opts.has('headerFile')) for (const [k, v] of parseProperties(fs.readFileSync(opts.get('headerFile')!, 'utf8'))) headers[k] = v;
  const dir = opts.get('dirname');
  const inputs: NodeJS.ReadableStream[] = dir
    ? fs
        .readdirSync(dir)
        .sort()
        .map((f) => path.join(dir, f))
        .filter((f) => fs.statSync(f).isFile())
        .map((f) => fs.createReadStream(f))
    : [opts.has('filename') ? fs.createReadStream(opts.get('filename')!) : process.stdin];
  const client = await AvroRpcClient.connect({ host, port });
  let batch: FlumeEvent[] = [];
  let sent = 0;
  /** Sends what is buffered in batches of 100 (all of it with `all`, else whole batches only). */
  const flush = async (all: boolean): Promise<void> => {
    while (batch.length >= BATCH || (all && batch.length > 0)) {
      const part = batch.slice(0, BATCH);
      const status = await client.appendBatch(part);
      if (status !== 'OK') throw new Error(`${host}:${port} answered ${status} after ${sent} events`);
      sent += part.length;
      batch = batch.slice(part.length);
    }
  };
  try {
    for (const input of inputs) {
      const splitter = new LineSplitter({ line: (body) => batch.push({ headers: { ...headers }, body }) }, true);
      for await (const chunk of input) {
        splitter.push(chunk as Buffer);
        await flush(false);
      }
      splitter.end();
      await flush(true);
    }
  } finally {
    client.close();
  }
  process.stderr.write(`sent ${sent} events to ${host}:${port}\n`);
  return 0;
}

/** Runs `flume-ng avro-client` with `argv` (after the command name) and exits. */
export function avroClientMain(argv: readonly string[]): void {
  run(argv).then(
    (code) => exitAfterFlush(code),
    async (err: unknown) => {
      process.stderr.write(`flume-ng avro-client: ${errorMessage(err)}\n`);
      return exitAfterFlush(1);
    },
  );
}
