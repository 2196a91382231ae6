/**
 * The broker's HTTP server (fastify): /metrics for Prometheus, the JSON API
 * under /api, and the web console at /. Started by Broker.start() on
 * `http.listener` (loopback by default, none = off); `buildHttpApp` alone
 * gives the fastify instance for `inject` tests.
 *
 * Routes (README, "HTTP API and web console", documents each):
 *   GET /metrics                   Prometheus text format
 *   GET /api/cluster               cluster overview
 *   GET /api/topics                topics (?internal=true adds internal topics)
 *   GET /api/topics/:name          partitions, offsets, sizes, configs
 *   GET /api/topics/:name/tail     live records, server-sent events
 *   GET /api/stats                 per-topic rates and group lag over the last minutes
 *   GET /api/groups                consumer groups
 *   GET /api/groups/:id            members, assignment, lag per partition, rebalance history
 *   GET /, /app.js, ...            the console
 */
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from '../logger.js';
import { installErrorHandlers } from '../../http-common/errors.js';
import { enumParam, intParam, nameParam } from '../../http-common/params.js';
import { assetDir, loadStaticFiles, serveStatic, type StaticFile } from '../../http-common/static-files.js';
import { TooManyTails, PartitionNotLocal } from './errors.js';
import { positionParam } from './params.js';
import { clusterView, groupLag, groupView, groupsView, requirePartition, requireTopic, topicView, topicsView, totalLag } from './views.js';
import { GroupHistory } from './group-history.js';
import { MAX_SESSIONS, TailSession } from './tail.js';
import type { HttpSource } from './source.js';
import type { Partition } from '../replica/partition.js';

/** The parts of a built app the server keeps. */
export interface HttpApp {
  app: FastifyInstance;
  history: GroupHistory;
  tails: Set<TailSession>;
}

/** The console's files: broker/http/public on top of the shared UI files. */
export function consoleFiles(): Map<string, StaticFile> {
  return loadStaticFiles(assetDir(import.meta.url, 'public', 'broker/http/public'));
}

/** Builds the fastify app over a broker (not listening). */
export function buildHttpApp(src: HttpSource, logger: Logger, files: Map<string, StaticFile> = consoleFiles()): HttpApp {
  const app = Fastify({ logger: false, forceCloseConnections: true, return503OnClosing: true });
  const history = new GroupHistory();
  const tails = new Set<TailSession>();
  installErrorHandlers(app, logger);

  // ISR changes, group lag and rebalance history are sampled with the topic rates.
  src.sampler.onSample(() => src.metrics.observeIsr());
  src.sampler.addGauges('lag', () => {
    const out = new Map<string, number>();
    const groups = src.groups();
    if (!groups) return out;
    const list = groups.list();
    history.observe(list);
    for (const g of list) out.set(g.groupId, totalLag(groupLag(src, g)));
    return out;
  });

  app.get('/metrics', async (_req, reply) => {
    const text = await src.metrics.render();
    return reply.type(src.metrics.registry.contentType).send(text);
  });
  app.get('/api/health', async () => ({ status: 'ok', brokerId: src.services.brokerId }));
  app.get('/api/cluster', async () => clusterView(src));
  app.get<{ Querystring: Record<string, string> }>('/api/topics', async (req) => {
    const internal = enumParam(req.query, 'internal', ['true', 'false'], 'false') === 'true';
    return topicsView(src, internal);
  });
  app.get<{ Params: { name: string } }>('/api/topics/:name', async (req) => topicView(src, nameParam(req.params.name, 'name')));
  app.get<{ Querystring: Record<string, string> }>('/api/stats', async (req) => {
    const seconds = intParam(req.query, 'seconds', 1, 3600);
    return src.sampler.window(seconds);
  });
  app.get('/api/groups', async () => groupsView(src));
  app.get<{ Params: { id: string } }>('/api/groups/:id', async (req) => {
    const id = nameParam(req.params.id, 'id');
    return { ...groupView(src, id), history: history.of(id) };
  });

  app.get<{ Params: { name: string }; Querystring: Record<string, string> }>('/api/topics/:name/tail', (req, reply) => {
    const t = requireTopic(src, nameParam(req.params.name, 'name'));
    const which = intParam(req.query, 'partition', 0, Math.max(0, t.partitions.length - 1));
    const from = positionParam(req.query, 'from', { kind: 'last', count: 10 });
    const rate = intParam(req.query, 'rate', 1, 10_000, 200);
    const maxBytes = intParam(req.query, 'maxBytes', 16, 1024 * 1024, 1024);
    const chosen = which === undefined ? t.partitions : [requirePartition(t, which)];
    const parts: Partition[] = [];
    for (const pm of chosen) {
      const p = src.services.replicas.get(t.name, pm.partition);
      if (!p) throw new PartitionNotLocal(t.name, pm.partition, pm.leader);
      parts.push(p);
    }
    if (tails.size >= MAX_SESSIONS) throw new TooManyTails(MAX_SESSIONS);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.flushHeaders();
    const session = new TailSession(
      res,
      {
        topic: t.name,
        partitions: parts,
        from,
        rate,
        maxBytes,
        stillHosted: (p) => src.services.replicas.get(p.topic, p.index) === p,
      },
      (s) => tails.delete(s),
    );
    tails.add(session);
  });

  serveStatic(app, files);
  return { app, history, tails };
}

/** The HTTP server of a running broker. */
export class HttpServer {
  private readonly built: HttpApp;
  private address: { host: string; port: number } | null = null;

  /** Builds the app (call listen() to serve). */
  constructor(
    private readonly src: HttpSource,
    private readonly logger: Logger,
  ) {
    this.built = buildHttpApp(src, logger);
  }

  /** The fastify instance (for inject). */
  get app(): FastifyInstance {
    return this.built.app;
  }

  /** Listens on host:port (port 0 picks one); resolves with the bound address. */
  async listen(host: string, port: number): Promise<{ host: string; port: number }> {
    await this.built.app.listen({ host: host || '0.0.0.0', port });
    const a = this.built.app.server.address() as AddressInfo;
    this.address = { host: host || '0.0.0.0', port: a.port };
    this.src.sampler.start();
    this.logger.info(
      `HTTP API, /metrics and web console on http://${this.address.host.includes(':') ? `[${this.address.host}]` : this.address.host}:${a.port}/`,
    );
    return this.address;
  }

  /** Takes a stats sample now (besides the timer's). */
  sample(): void {
    this.src.sampler.sample();
  }

  /** Ends live tails and closes the server. */
  async close(): Promise<void> {
    this.src.sampler.stop();
    for (const t of [...this.built.tails]) t.close('broker stopping');
    await this.built.app.close();
  }
}
