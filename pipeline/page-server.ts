/**
 * The course-statistics page: a small fastify server, run by the job that
 * owns the store, with the page (public/: live charts drawn with ECharts,
 * served from node_modules, no CDN) and its API.
 *
 *   GET /api/stats?day=yyyyMMdd   {day: DayStats, days: [[day, visits]], totals,
 *                                  lastBatch, offsets: {"topic-partition": next offset}}
 *                                 (day defaults to the latest day with visits)
 *   GET /api/events               Server-Sent Events: `batch` {time, records, writtenAt}
 *                                 after each batch written to the store
 *
 * Everything the API answers is read from the store (what is committed).
 * Errors have the shape of http-common/errors.ts (a bad day is
 * TRB_ERR_BAD_PARAMETER naming `day`).
 */
import type { AddressInfo } from 'node:net';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import crypto from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { badParameter, installErrorHandlers } from '../http-common/errors.js';
import { singleParam } from '../http-common/params.js';
import { assetDir, loadStaticFiles, serveStatic } from '../http-common/static-files.js';
import type { LastBatch, StatsStore } from './stats-store.js';

const DAY = /^\d{8}$/;
/** Comment lines keep idle event streams open through proxies. */
const HEARTBEAT_MS = 15_000;

/** The page's files, the shared UI files and ECharts. */
function pageFiles(): ReturnType<typeof loadStaticFiles> {
  const files = loadStaticFiles(assetDir(import.meta.url, 'public', 'pipeline/public'));
  const echarts = createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js');
  const body = fs.readFileSync(echarts);
  files.set('/vendor/echarts.min.js', {
    body,
    contentType: 'text/javascript; charset=utf-8',
    etag: `"${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`,
  });
  return files;
}

/** The page server of a job. */
export class PageServer {
  private readonly app: FastifyInstance;
  private readonly streams = new Set<ServerResponse>();
  private heartbeat: NodeJS.Timeout | null = null;

  /** Builds the server over `store` (not listening yet). */
  constructor(store: StatsStore) {
    this.app = Fastify({ logger: false, forceCloseConnections: true });
    installErrorHandlers(this.app, { error: (m) => console.error(m) });
    this.app.get('/api/stats', async (req) => {
      const asked = singleParam(req.query as Record<string, string>, 'day');
      if (asked !== undefined && !DAY.test(asked)) throw badParameter('day', 'must be a day as yyyyMMdd');
      const days = await store.days();
      const day = asked ?? days.at(-1)?.[0];
      return {
        day: day === undefined ? null : await store.day(day),
        days,
        totals: await store.totals(),
        lastBatch: (await store.lastBatch()) ?? null,
        offsets: Object.fromEntries(await store.offsets()),
      };
    });
    this.app.get('/api/events', (req, reply) => {
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      // Reconnect quickly when the job comes back after a restart.
      res.write('retry: 1000\n\n');
      this.streams.add(res);
      req.raw.once('close', () => this.streams.delete(res));
    });
    serveStatic(this.app, pageFiles());
  }

  /** Listens on host:port (0: any free port); resolves with the page's URL. */
  async listen(host: string, port: number): Promise<string> {
    await this.app.listen({ host, port });
    const addr = this.app.server.address() as AddressInfo;
    this.heartbeat = setInterval(() => this.send(': keep-alive\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
    return `http://${host.includes(':') ? `[${host}]` : host}:${addr.port}/`;
  }

  /** Tells every open page that a batch was written. */
  batchWritten(batch: LastBatch): void {
    this.send(`event: batch\ndata: ${JSON.stringify(batch)}\n\n`);
  }

  private send(text: string): void {
    for (const res of this.streams) res.write(text);
  }

  /** Closes the event streams and the server. */
  async close(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const res of this.streams) res.end();
    this.streams.clear();
    await this.app.close();
  }
}
