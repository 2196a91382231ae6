/**
 * `tributary pipeline generate`: writes realistic access-log lines to a file
 * at a rate (pipeline/log-writer.ts), as a web server would:
 *
 *   tributary pipeline generate --out access.log [--rate 10] [--count 0] [--seed N]
 *                               [--start-time "2024-05-01 23:59:00" --step-ms 50]
 *
 * The same seed (and times) give the same lines; without --seed a random one
 * is picked and printed. Stops after --count lines (0: on Ctrl-C).
 */
import path from 'node:path';
import { LogWriter } from '../pipeline/log-writer.js';
import { runTool } from './common/tool.js';
import { UsageError } from './common/args.js';
import { generatorOptions, GENERATOR_OPTIONS } from './pipeline-options.js';

runTool({
  name: 'tributary pipeline generate',
  summary: 'Append generated access-log lines (ip, time, request, status, referer, user agent; tab-separated) to a file at a rate.',
  options: [{ name: 'out', arg: 'required', metavar: 'FILE', desc: 'The access log to append to (required).' }, ...GENERATOR_OPTIONS],
  run: async (args) => {
    const out = args.value('out');
    if (!out) throw new UsageError('Missing required argument "[out]"');
    const g = generatorOptions(args);
    const writer = new LogWriter({ ...g, file: path.resolve(out) });
    await writer.start();
    process.stdout.write(`writing ${g.rate} lines/s${g.count ? `, ${g.count} in all` : ''} to ${path.resolve(out)} (seed ${g.seed})\n`);
    const stop = (): void => void writer.stop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await writer.done;
    process.stdout.write(`wrote ${writer.written} lines\n`);
    return 0;
  },
});
