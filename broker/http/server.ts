/**
 * The broker's HTTP server (fastify): /metrics for Prometheus, the JSON API
 * under /api, and the web console at /. Started by Broker.start() on
 * `http.listener` (loopback by default, none = off); `buildHttpApp` alone
 * gives the fastify instance for `inject` tests.
 *
 * Any broker's API and console show the whole cluster (ClusterView: what
 * this broker knows, plus what the other brokers answer over the Kafka
 * protocol).
 *
 * Access: loopback by default; with http.auth.token / http.auth.basic.users
 * every route needs credentials, and record contents are never shown to an
 * unauthenticated caller of a broker that checks ACLs (auth.ts).
 *
 * Routes (README, "HTTP API and web console", documents each):
 *   GET /metrics                   Prometheus text format
 *   GET /api/cluster               cluster overview, brokers up or down
 *   GET /api/topics                topics (?internal=true adds internal topics)
 *   GET /api/topics/:name          partitions, leaders, ISR, offsets, sizes, configs
 *   GET /api/topics/:name/tail     live records of the replicas here, server-sent events
 *   GET /api/stats                 per-topic rates and group lag over the last minutes
 *   GET /api/runtime               event-loop delay and GC pauses per 5 s window
 *   GET /api/groups                consumer groups of every broker
 *   GET /api/groups/:id            members, assignment, lag per partition, rebalance history
 *   GET /api/transactions          transactional ids of every broker: state, producer, partitions, age
 *   GET /, /topics[/:name], /groups[/:id], /transactions
 *                                  the console (one page routed in the browser; 404 page
 *                                  for a missing topic or group, or an unknown path)
 *   GET /app.css, /js/..., /vendor/...  its files
 */
import { interBrokerSecurity } from '../network/inter-broker-security.js';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from '../logger.js';
import { RouteNotFound, handleError } from '../../http-common/errors.js';
import { enumParam, intParam, nameParam } from '../../http-common/params.js';
import { assetDir, loadStaticFiles, serveStatic, type StaticFile } from '../../http-common/static-files.js';
import { TooManyTails, PartitionNotLocal } from './errors.js';
import { RecordsNeedAuth, requireCredentials } from './auth.js';
import { positionParam } from './params.js';
import { clusterView, groupLag, groupView, groupsView, requirePartition, requireTopic, topicView, topicsView, totalLag } from './views.js';
import { ClusterView } from './cluster-view.js';
import { transactionsView } from './transactions-view.js';
import { PeerClient } from './peer-client.js';
import { notFoundPage, type NotFound } from './not-found-page.js';
import { GroupHistory } from './group-history.js';
import { MAX_SESSIONS, TailSession } from './tail.js';
import type { HttpSource } from './source.js';
import type { Partition } from '../replica/partition.js';

/** The parts of a built app the server keeps. */
export interface HttpApp {
  app: FastifyInstance;
  history: GroupHistory;
  tails: Set<TailSession>;
  view: ClusterView;
  peers: PeerClient;
}

/** How long after the last API call the stats sampler keeps refreshing the cluster view (lag of other brokers' groups). */
const ACTIVE_MS = 60_000;
/** How old the cluster snapshot may be for its groups' lag to be sampled. */
const LAG_SAMPLE_MAX_AGE_MS = 5_000;

/** The console's files: broker/http/public on top of the shared UI files. */
export function consoleFiles(): Map<string, StaticFile> {
  return loadStaticFiles(assetDir(import.meta.url, 'public', 'broker/http/public'));
}

/** Builds the fastify app over a broker (not listening). */
export function buildHttpApp(src: HttpSource, logger: Logger, files: Map<string, StaticFile> = consoleFiles()): HttpApp {
  const app = Fastify({ logger: false, forceCloseConnections: true, return503OnClosing: true });
  const history = new GroupHistory();
  const tails = new Set<TailSession>();
  const self = src.services.brokerId;
  const peers = new PeerClient({ clientId: `tributary-console-${self}`, security: interBrokerSecurity(src.services.config) });
  const view = new ClusterView(
    { brokerId: self, metadata: src.services.metadata, replicas: src.services.replicas, groups: () => src.groups() },
    peers,
  );
  app.setErrorHandler(handleError(logger));
  // With http.auth.* set, every route (console files and /metrics included) needs the credentials.
  const auth = src.services.config.httpAuth;
  if (auth !== null) requireCredentials(app, auth);
  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split('?')[0];
    if (url.startsWith('/api/') || !wantsHtml(req.headers.accept)) throw new RouteNotFound(req.method, url);
    return sendNotFound(reply, { kind: 'Page', name: url, detail: 'The console has no page at this address.', back: OVERVIEW });
  });

  // The console is in use while its pages call the API: keep the cluster view fresh for the lag series.
  let lastApiCall = 0;
  app.addHook('onRequest', async (req) => {
    if (req.url.startsWith('/api/')) lastApiCall = Date.now();
  });
  // ISR changes, group lag and rebalance history are sampled with the topic rates.
  src.sampler.onSample(() => src.metrics.observeIsr());
  src.sampler.onSample(() => {
    if (Date.now() - lastApiCall < ACTIVE_MS) void view.snapshot();
  });
  src.sampler.addGauges('lag', () => {
    const out = new Map<string, number>();
    const local = src.groups()?.list() ?? [];
    history.observe(local);
    const snap = view.latest();
    const fresh = snap && Date.now() - snap.takenAt < LAG_SAMPLE_MAX_AGE_MS ? snap : null;
    for (const g of local) out.set(g.groupId, totalLag(groupLag(view, fresh, g)));
    if (fresh) {
      const remote = fresh.groups.filter((g) => g.coordinator !== self);
      history.observe(remote);
      for (const g of remote) if (!out.has(g.groupId)) out.set(g.groupId, totalLag(groupLag(view, fresh, g)));
    }
    return out;
  });

  app.get('/metrics', async (_req, reply) => {
    const text = await src.metrics.render();
    return reply.type(src.metrics.registry.contentType).send(text);
  });
  app.get('/api/health', async () => ({ status: 'ok', brokerId: self }));
  app.get('/api/cluster', async () => clusterView(src, await view.snapshot()));
  app.get<{ Querystring: Record<string, string> }>('/api/topics', async (req) => {
    const internal = enumParam(req.query, 'internal', ['true', 'false'], 'false') === 'true';
    return topicsView(src, view, await view.snapshot(), internal);
  });
  app.get<{ Params: { name: string } }>('/api/topics/:name', async (req) => {
    const name = requireTopic(src, nameParam(req.params.name, 'name')).name;
    return topicView(src, view, await view.snapshot(), name);
  });
  app.get<{ Querystring: Record<string, string> }>('/api/stats', async (req) => {
    const seconds = intParam(req.query, 'seconds', 1, 3600);
    return src.sampler.window(seconds);
  });
  app.get<{ Querystring: Record<string, string> }>('/api/runtime', async (req) => {
    const seconds = intParam(req.query, 'seconds', 1, 3600);
    return src.metrics.runtime.series(seconds);
  });
  app.get('/api/groups', async () => groupsView(src, view, await view.snapshot()));
  app.get<{ Params: { id: string } }>('/api/groups/:id', async (req) => {
    const id = nameParam(req.params.id, 'id');
    return { ...groupView(src, view, await view.snapshot(), id), history: history.of(id) };
  });

  app.get('/api/transactions', async () => transactionsView(src, peers, await view.snapshot()));

  app.get<{ Params: { name: string }; Querystring: Record<string, string> }>('/api/topics/:name/tail', (req, reply) => {
    // Record contents: never to an unauthenticated caller of a broker that checks ACLs.
    if (auth === null && src.services.authorizer !== null) throw new RecordsNeedAuth();
    const t = requireTopic(src, nameParam(req.params.name, 'name'));
    const which = intParam(req.query, 'partition', 0, Math.max(0, t.partitions.length - 1));
    const from = positionParam(req.query, 'from', { kind: 'last', count: 10 });
    const rate = intParam(req.query, 'rate', 1, 10_000, 200);
    const maxBytes = intParam(req.query, 'maxBytes', 16, 1024 * 1024, 1024);
    const chosen = which === undefined ? t.partitions : [requirePartition(t, which)];
    // A tail reads this broker's logs: all partitions means those with a replica here.
    const parts: Partition[] = [];
    for (const pm of chosen) {
      const p = src.services.replicas.get(t.name, pm.partition);
      if (p) parts.push(p);
    }
    if (parts.length === 0) throw new PartitionNotLocal(t.name, chosen[0].partition, chosen[0].leader);
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

  // The console's pages: one HTML document, routed in the browser; a missing topic or group is a real 404.
  const index = files.get('/index.html');
  if (!index) throw new Error('the console has no index.html');
  const sendIndex = (req: FastifyRequest, reply: FastifyReply): FastifyReply => {
    if (req.headers['if-none-match'] === index.etag) return reply.code(304).send();
    return reply.header('etag', index.etag).header('cache-control', 'no-cache').type(index.contentType).send(index.body);
  };
  app.get('/topics', sendIndex);
  app.get('/groups', sendIndex);
  app.get('/transactions', sendIndex);
  app.get<{ Params: { name: string } }>('/topics/:name', async (req, reply) => {
    const name = req.params.name;
    if (src.services.metadata.topic(name)) return sendIndex(req, reply);
    return sendNotFound(reply, {
      kind: 'Topic',
      name,
      detail: `There is no topic named "${name}" in cluster ${src.services.clusterId}.`,
      back: { href: '/topics', label: 'All topics' },
    });
  });
  app.get<{ Params: { id: string } }>('/groups/:id', async (req, reply) => {
    const id = req.params.id;
    const snap = await view.snapshot();
    if (snap.groups.some((g) => g.groupId === id)) return sendIndex(req, reply);
    return sendNotFound(reply, {
      kind: 'Consumer group',
      name: id,
      detail:
        `No broker of cluster ${src.services.clusterId} coordinates a consumer group "${id}".` +
        (snap.unavailable.length > 0
          ? ` Broker${snap.unavailable.length > 1 ? 's' : ''} ${snap.unavailable.map((u) => u.nodeId).join(', ')} did not answer: a group ${snap.unavailable.length > 1 ? 'they coordinate' : 'it coordinates'} cannot be shown.`
          : ''),
      back: { href: '/groups', label: 'All consumer groups' },
    });
  });
  serveStatic(app, files);
  return { app, history, tails, view, peers };
}

const OVERVIEW = { href: '/', label: 'Cluster overview' };

/** True when the client prefers an HTML page (a browser), false for API clients. */
function wantsHtml(accept: string | undefined): boolean {
  return accept !== undefined && accept.includes('text/html');
}

function sendNotFound(reply: FastifyReply, nf: NotFound): FastifyReply {
  return reply.code(404).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(notFoundPage(nf));
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
    this.src.metrics.runtime.start();
    this.logger.info(
      `HTTP API, /metrics and web console on http://${this.address.host.includes(':') ? `[${this.address.host}]` : this.address.host}:${a.port}/`,
    );
    return this.address;
  }

  /** Takes a stats sample now (besides the timer's). */
  sample(): void {
    this.src.sampler.sample();
  }

  /** Ends live tails, closes the server and the connections to the other brokers. */
  async close(): Promise<void> {
    this.src.sampler.stop();
    this.src.metrics.runtime.stop();
    for (const t of [...this.built.tails]) t.close('broker stopping');
    await this.built.app.close();
    this.built.peers.close();
  }
}
