/**
 * Per-API request counts and latency histograms.
 *
 * The socket server calls `observe(apiKey, name, ms)` after every request.
 * Each API gets one RequestMeter, created the first time the API is seen:
 * a count, a sum and a Float64Array of per-bucket counts, so recording is a
 * few number stores and a short loop over the bucket bounds, with no
 * allocation (prom-client's own Histogram.observe builds a label hash
 * string per call). The histogram is exported through prom-client by
 * {@link RequestLatencyHistogram}, which reads these arrays at scrape time.
 */
import { Histogram, type MetricType, type MetricValueWithName } from 'prom-client';

/** Upper bounds of the latency buckets, in seconds (Prometheus convention). */
export const LATENCY_BUCKETS_SECONDS: readonly number[] = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30,
];

/** Counts and latency distribution of one API. */
export class RequestMeter {
  /** Requests answered (or dropped, for acks=0) since start. */
  count = 0;
  /** Sum of latencies in seconds. */
  sumSeconds = 0;
  /** Non-cumulative counts per bucket; index = bucket, last = above every bound. */
  readonly buckets = new Float64Array(LATENCY_BUCKETS_SECONDS.length + 1);

  /** A meter for the API `name`. */
  constructor(
    readonly apiKey: number,
    readonly name: string,
  ) {}
}

/** The request meters of every API, indexed by API key. */
export class RequestMeters {
  private readonly byKey: (RequestMeter | undefined)[] = [];

  /** Records one request of `ms` milliseconds. */
  observe(apiKey: number, name: string, ms: number): void {
    let m = this.byKey[apiKey];
    if (m === undefined) {
      m = new RequestMeter(apiKey, name);
      this.byKey[apiKey] = m;
    }
    const s = ms / 1000;
    m.count++;
    m.sumSeconds += s;
    const bounds = LATENCY_BUCKETS_SECONDS;
    let i = 0;
    while (i < bounds.length && s > bounds[i]) i++;
    m.buckets[i]++;
  }

  /** Every API seen so far, by key. */
  all(): RequestMeter[] {
    const out: RequestMeter[] = [];
    for (const m of this.byKey) if (m !== undefined) out.push(m);
    return out;
  }
}

/**
 * `tributary_request_duration_seconds{api}`: a prom-client Histogram whose
 * values come from RequestMeters instead of its own observe(). Both of
 * prom-client's read paths (get, and getForPromString used by
 * Registry.metrics) are answered from the meters.
 */
export class RequestLatencyHistogram extends Histogram<'api' | 'le'> {
  /** Exposes `meters` under `name`. */
  constructor(
    private readonly meters: RequestMeters,
    name = 'tributary_request_duration_seconds',
  ) {
    super({
      name,
      help: 'Time from a request being decoded to its response being queued, per Kafka API',
      labelNames: ['api'],
      buckets: [...LATENCY_BUCKETS_SECONDS],
      registers: [],
    });
  }

  private snapshot(): MetricValueWithName<'api' | 'le'>[] {
    const values: MetricValueWithName<'api' | 'le'>[] = [];
    const bounds = LATENCY_BUCKETS_SECONDS;
    for (const m of this.meters.all()) {
      let acc = 0;
      for (let i = 0; i < bounds.length; i++) {
        acc += m.buckets[i];
        values.push({ metricName: `${this.nameOf()}_bucket`, labels: { api: m.name, le: bounds[i] }, value: acc });
      }
      values.push({ metricName: `${this.nameOf()}_bucket`, labels: { api: m.name, le: '+Inf' }, value: m.count });
      values.push({ metricName: `${this.nameOf()}_sum`, labels: { api: m.name }, value: m.sumSeconds });
      values.push({ metricName: `${this.nameOf()}_count`, labels: { api: m.name }, value: m.count });
    }
    return values;
  }

  private nameOf(): string {
    return (this as unknown as { name: string }).name;
  }

  /** prom-client's read path for JSON. */
  override async get(): ReturnType<Histogram<'api' | 'le'>['get']> {
    return {
      name: this.nameOf(),
      help: (this as unknown as { help: string }).help,
      // prom-client's typings say enum, its runtime (and the text format) uses the string.
      type: 'histogram' as unknown as MetricType,
      values: this.snapshot(),
      aggregator: 'sum',
      collect: () => undefined,
    };
  }

  /** prom-client's read path for the text format (same values). */
  getForPromString(): ReturnType<RequestLatencyHistogram['get']> {
    return this.get();
  }
}
