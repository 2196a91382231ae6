/**
 * The agent's monitoring endpoint (`-Dflume.monitoring.type=http
 * -Dflume.monitoring.port=34545`): an HTTP server answering
 *
 *   GET /metrics             Flume's JSON: {"SOURCE.r1": {"EventReceivedCount": "4", ...}, "CHANNEL.c1": ..., "SINK.k1": ...}
 *   GET /metrics/prometheus  the same counters in Prometheus' text format
 *
 * With `flume.monitoring.type=prometheus`, GET /metrics answers Prometheus
 * text instead. Prometheus names: `flume_<counter in snake case>` with labels
 * agent, type (source, channel, sink) and name; counters ending in `Count`
 * become `..._total` counters (EventReceivedCount is
 * `flume_event_received_total`), the rest are gauges (ChannelSize is
 * `flume_channel_size`, times are `..._ms`).
 *
 * Departure from Flume: the server binds 127.0.0.1 unless
 * `flume.monitoring.host` says otherwise (Flume binds every interface).
 */
import http from 'node:http';
import type net from 'node:net';

/** Counters by component, as Agent.metrics() gives them. */
export type MetricsSource = () => Record<string, Record<string, string>>;

/** `EventReceivedCount` → `event_received_total`, `ChannelSize` → `channel_size`, `StartTime` → `start_time_ms`. */
export function prometheusName(counter: string): { name: string; kind: 'counter' | 'gauge' } {
  const snake = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  if (counter.endsWith('Count')) return { name: `${snake(counter.slice(0, -5))}_total`, kind: 'counter' };
  if (counter.endsWith('Time')) return { name: `${snake(counter)}_ms`, kind: 'gauge' };
  if (/Fail$/.test(counter)) return { name: `${snake(counter)}_total`, kind: 'counter' };
  return { name: snake(counter), kind: 'gauge' };
}

/** Prometheus text (format 0.0.4) of `metrics` for agent `agent`. */
export function prometheusText(agent: string, metrics: Record<string, Record<string, string>>): string {
  const families = new Map<string, { kind: string; lines: string[] }>();
  const esc = (v: string): string => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
  for (const [component, counters] of Object.entries(metrics)) {
    const dot = component.indexOf('.');
    const type = component.slice(0, dot).toLowerCase();
    const name = component.slice(dot + 1);
    for (const [counter, value] of Object.entries(counters)) {
      if (counter === 'Type') continue;
      const p = prometheusName(counter);
      const full = `flume_${p.name}`;
      let f = families.get(full);
      if (!f) families.set(full, (f = { kind: p.kind, lines: [] }));
      f.lines.push(`${full}{agent="${esc(agent)}",type="${type}",name="${esc(name)}"} ${Number(value)}`);
    }
  }
  let out = '';
  for (const [full, f] of families) out += `# TYPE ${full} ${f.kind}\n${f.lines.join('\n')}\n`;
  return out;
}

/** A running monitoring server. */
export class MonitorServer {
  private constructor(private readonly server: http.Server) {}

  /** The port it listens on. */
  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  /** Starts serving on host:port (port 0: any free port). */
  static async start(
    agent: string,
    metrics: MetricsSource,
    port: number,
    host = '127.0.0.1',
    prometheusOnMetrics = false,
  ): Promise<MonitorServer> {
    const server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const send = (status: number, type: string, body: string): void => {
        res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
        res.end(body);
      };
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed\n');
      if (url.pathname === '/metrics/prometheus' || (url.pathname === '/metrics' && prometheusOnMetrics))
        return send(200, 'text/plain; version=0.0.4; charset=utf-8', prometheusText(agent, metrics()));
      if (url.pathname === '/metrics') return send(200, 'application/json', JSON.stringify(metrics()));
      send(404, 'text/plain', 'not found: try /metrics or /metrics/prometheus\n');
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    return new MonitorServer(server);
  }

  /** Stops serving. */
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
