/**
 * StreamingUi: a streaming job's own web UI, like Spark's on port 4040: a
 * small fastify server that listens to the StreamingContext's batch events
 * (BatchTracker) and shows the batch timeline — input rate, scheduling
 * delay, processing time, total delay, records per batch — and the batch
 * table, with charts from uPlot served locally.
 *
 *   const ui = await StreamingUi.start(ssc);   // http://127.0.0.1:4040/
 *
 * Port: `port` option, else conf `spark.ui.port` (default 4040); when taken,
 * the next ones are tried up to `spark.port.maxRetries` (default 16) times,
 * as Spark does; port 0 picks a free one. Host: `host` option or conf
 * `tributary.ui.host` (default 127.0.0.1, loopback only). Retained batches:
 * conf `spark.streaming.ui.retainedBatches` (default 1000). The UI stops
 * with the context unless `stopWithContext: false`.
 *
 * API (JSON, errors in the shape of http-common/errors.ts):
 *   GET /api/streaming/statistics        job totals and averages
 *   GET /api/streaming/batches           ?status=all|active|completed, ?limit=N (newest N)
 *   GET /api/streaming/batches/:time     one batch by batch time
 *   GET /api/views, GET /api/views/:name, POST /api/sql
 *                                        the job's SQL views, read-only (sql-routes.ts;
 *                                        option `sql: false` turns them off)
 */
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import type { StreamingContext } from '../context.js';
import { installErrorHandlers } from '../../http-common/errors.js';
import { enumParam, intParam } from '../../http-common/params.js';
import { assetDir, loadStaticFiles, serveStatic } from '../../http-common/static-files.js';
import { BatchNotFound } from './errors.js';
import { BatchTracker } from './batch-tracker.js';
import { registerSqlRoutes } from './sql-routes.js';

/** Options of a streaming UI. */
export interface StreamingUiOptions {
  host?: string;
  /** Default: conf spark.ui.port or 4040; 0 = any free port. */
  port?: number;
  /** Ports tried after `port` when it is taken (default conf spark.port.maxRetries or 16). */
  maxRetries?: number;
  /** Completed batches kept (default conf spark.streaming.ui.retainedBatches or 1000). */
  retainedBatches?: number;
  /** Stop the UI when the context terminates (default true). */
  stopWithContext?: boolean;
  /** Serve the SQL API over the job's views (sql-routes.ts; default true). */
  sql?: boolean;
  /** Milliseconds a SQL API query may run (default 10,000). */
  sqlTimeoutMs?: number;
}

/** The files of the UI: its own page on top of the shared UI files (styles, DOM and chart helpers, uPlot). */
function uiFiles(): ReturnType<typeof loadStaticFiles> {
  return loadStaticFiles(assetDir(import.meta.url, 'public', 'streaming/ui/public'));
}

/** Builds the UI's fastify app over a tracker (not listening). */
export function buildStreamingUiApp(ssc: StreamingContext, tracker: BatchTracker, options: StreamingUiOptions = {}): FastifyInstance {
  const app = Fastify({ logger: false, forceCloseConnections: true });
  installErrorHandlers(app, { error: (m) => console.error(m) });
  app.get('/api/streaming/statistics', async () => {
    const avg = tracker.averages();
    return {
      appName: ssc.appName,
      state: ssc.getState(),
      batchDuration: ssc.batchDuration,
      startTime: tracker.startTime,
      uptimeMs: tracker.startTime === null ? 0 : Date.now() - tracker.startTime,
      numInputStreams: ssc.graph.inputStreams.length,
      numCompletedBatches: tracker.totalCompleted,
      numFailedBatches: tracker.totalFailed,
      numActiveBatches: tracker.activeBatches().length,
      numRetainedCompletedBatches: tracker.completedBatches().length,
      numTotalProcessedRecords: tracker.totalRecords,
      avgInputRate: avg.inputRate,
      avgSchedulingDelay: avg.schedulingDelay,
      avgProcessingTime: avg.processingTime,
      avgTotalDelay: avg.totalDelay,
    };
  });
  app.get<{ Querystring: Record<string, string> }>('/api/streaming/batches', async (req) => {
    const status = enumParam(req.query, 'status', ['all', 'active', 'completed'], 'all');
    const limit = intParam(req.query, 'limit', 1, 100_000, 100_000);
    const completed = status === 'active' ? [] : tracker.completedBatches();
    const active = status === 'completed' ? [] : tracker.activeBatches();
    const all = [...completed, ...active];
    return { batches: all.slice(Math.max(0, all.length - limit)) };
  });
  app.get<{ Params: { time: string } }>('/api/streaming/batches/:time', async (req) => {
    const time = intParam({ time: req.params.time }, 'time', 0, Number.MAX_SAFE_INTEGER)!;
    const b = [...tracker.completedBatches(), ...tracker.activeBatches()].find((x) => x.batchTime === time);
    if (!b) throw new BatchNotFound(time);
    return b;
  });
  if (options.sql ?? true) registerSqlRoutes(app, { timeoutMs: options.sqlTimeoutMs });
  serveStatic(app, uiFiles());
  return app;
}

/** A running streaming UI. */
export class StreamingUi {
  private stopped: Promise<void> | null = null;

  private constructor(
    readonly app: FastifyInstance,
    readonly tracker: BatchTracker,
    private readonly ssc: StreamingContext,
    /** Bound host. */
    readonly host: string,
    /** Bound port. */
    readonly port: number,
  ) {}

  /** "http://host:port/" */
  get url(): string {
    return `http://${this.host.includes(':') ? `[${this.host}]` : this.host}:${this.port}/`;
  }

  /** Starts the UI of `ssc` (before or after ssc.start(); batches are seen from then on). */
  static async start(ssc: StreamingContext, options: StreamingUiOptions = {}): Promise<StreamingUi> {
    const host = options.host ?? ssc.conf.get('tributary.ui.host') ?? '127.0.0.1';
    const first = options.port ?? ssc.confNumber('spark.ui.port', 4040);
    const retries = first === 0 ? 0 : (options.maxRetries ?? ssc.confNumber('spark.port.maxRetries', 16));
    const tracker = new BatchTracker(
      ssc.batchDuration,
      options.retainedBatches ?? ssc.confNumber('spark.streaming.ui.retainedBatches', 1000),
    );
    let lastError: unknown = null;
    for (let i = 0; i <= retries; i++) {
      const app = buildStreamingUiApp(ssc, tracker, options);
      try {
        await app.listen({ host, port: first === 0 ? 0 : first + i });
      } catch (err) {
        lastError = err;
        await app.close().catch(() => undefined);
        if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') continue;
        throw err;
      }
      ssc.addStreamingListener(tracker);
      const ui = new StreamingUi(app, tracker, ssc, host, (app.server.address() as AddressInfo).port);
      if (options.stopWithContext ?? true)
        void ssc.awaitTermination().then(
          () => ui.stop(),
          () => ui.stop(),
        );
      return ui;
    }
    throw new Error(
      `streaming UI: ports ${first}..${first + retries} on ${host} are all in use (set spark.ui.port or spark.port.maxRetries)`,
      { cause: lastError },
    );
  }

  /** Stops listening and unregisters from the context. Idempotent. */
  stop(): Promise<void> {
    if (!this.stopped) {
      this.ssc.removeStreamingListener(this.tracker);
      this.stopped = this.app.close();
    }
    return this.stopped;
  }
}
