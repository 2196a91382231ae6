/**
 * `tributary pipeline job`: the course-statistics streaming job of the log
 * analytics pipeline on its own (pipeline/course-stats-job.ts), as
 * `tributary pipeline` runs it in a child process:
 *
 *   tributary pipeline job --bootstrap-server 127.0.0.1:9092 --topic access-log \
 *     --store ./store [--http-port 8090] [--batch-ms 2000]
 *
 * Prints the page's URL; started with an IPC channel (by `tributary
 * pipeline`) it also sends {type: 'ready', url}. SIGINT, SIGTERM or the
 * parent going away (the IPC channel closing) stop it gracefully: the batches
 * due are processed and written, then it exits 0. A failing job (the broker
 * unreachable for longer than the retries, the store unusable) prints one
 * line and exits 1.
 */
import { startCourseStatsJob } from '../pipeline/course-stats-job.js';
import { errorMessage, runTool, ToolError } from './common/tool.js';
import { UsageError, type ParsedArgs } from './common/args.js';
import { connectionOption } from './common/connection-options.js';

function port(args: ParsedArgs, name: string, fallback: number): number {
  const p = args.int(name) ?? fallback;
  if (p < 0 || p > 65535) throw new UsageError(`--${name} must be between 0 and 65535`);
  return p;
}

runTool({
  name: 'tributary pipeline job',
  summary:
    'Run the course-statistics streaming job: access-log lines from a Kafka topic, counted per day, written with their offsets to LevelDB, served as a page with live charts.',
  options: [
    connectionOption('bootstrap-server', { desc: 'The Kafka broker(s) to read from (required).', metavar: 'host:port' }),
    { name: 'topic', arg: 'required', metavar: 'TOPIC', desc: 'The topic of the access-log lines.', default: 'access-log' },
    { name: 'store', arg: 'required', metavar: 'DIR', desc: 'The LevelDB directory of the counts and offsets (required).' },
    {
      name: 'group',
      arg: 'required',
      metavar: 'GROUP',
      desc: 'Consumer group the progress is committed to (for monitoring).',
      default: 'course-stats',
    },
    { name: 'batch-ms', arg: 'required', metavar: 'MS', desc: 'Batch interval.', default: '2000' },
    { name: 'http-host', arg: 'required', metavar: 'HOST', desc: 'Address of the page.', default: '127.0.0.1' },
    { name: 'http-port', arg: 'required', metavar: 'PORT', desc: 'Port of the page (0: any free port).', default: '8090' },
  ],
  run: async (args) => {
    const brokers = args.value('bootstrap-server');
    const storeDir = args.value('store');
    if (!brokers) throw new UsageError('Missing required argument "[bootstrap-server]"');
    if (!storeDir) throw new UsageError('Missing required argument "[store]"');
    const batchMs = args.int('batch-ms') ?? 2000;
    if (batchMs < 1) throw new UsageError('--batch-ms must be at least 1');
    let job;
    try {
      job = await startCourseStatsJob({
        brokers,
        topic: args.value('topic') ?? 'access-log',
        storeDir,
        groupId: args.value('group') ?? 'course-stats',
        batchMs,
        httpHost: args.value('http-host') ?? '127.0.0.1',
        httpPort: port(args, 'http-port', 8090),
      });
    } catch (err) {
      throw new ToolError(`course-stats job: ${errorMessage(err)}`);
    }
    process.stdout.write(`course statistics page: ${job.url}\n`);
    process.send?.({ type: 'ready', url: job.url, pid: process.pid });
    const stopRequested = new Promise<string>((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
      if (process.send) process.once('disconnect', () => resolve('the parent process went away'));
    });
    const outcome = await Promise.race([job.terminated.then(() => null), stopRequested]).catch((err: unknown) => {
      throw new ToolError(`course-stats job failed: ${errorMessage(err)}`);
    });
    if (outcome === null) return 0;
    process.stdout.write(`${outcome}: stopping after the batches due\n`);
    await job.stop();
    process.disconnect?.();
    return 0;
  },
});
