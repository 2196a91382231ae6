/**
 * The RuntimeMonitor's Prometheus metrics:
 *
 *   tributary_event_loop_delay_seconds                                  histogram since start (samples of
 *     the 10 ms timer, delay beyond its interval), for histogram_quantile over any range
 *   tributary_event_loop_delay_recent_seconds{quantile="0.5"|"0.99"|"0.999"}  quantiles of the last minute
 *   tributary_event_loop_delay_max_seconds                              the longest delay of the last minute
 *   tributary_gc_pause_seconds{kind}                                    histogram of GC pauses since start
 *   tributary_gc_pause_max_seconds                                      the longest GC pause of the last minute
 *
 * The histograms are cumulative, as Prometheus expects. Quantiles and maxima cover a sliding minute (RuntimeMonitor's windows),
 * not "since the last scrape": two scrapers (Prometheus and the console)
 * do not reset each other's view. Values are read at scrape time.
 */
import { Gauge, Summary, type MetricType, type MetricValueWithName, type Registry } from 'prom-client';
import { GC_BUCKETS_SECONDS, LOOP_BUCKETS_SECONDS, type RuntimeMonitor } from './runtime-monitor.js';

/** The event-loop delay histogram, its values read from the monitor at scrape time. */
class LoopDelayHistogram extends Summary<'le'> {
  constructor(private readonly monitor: RuntimeMonitor) {
    super({
      name: 'tributary_event_loop_delay_seconds',
      help: 'Event-loop delay (how late a 10 ms timer ran) since start',
      registers: [],
    });
  }

  override async get(): ReturnType<Summary<'le'>['get']> {
    const name = 'tributary_event_loop_delay_seconds';
    const m = this.monitor;
    const values: MetricValueWithName<'le'>[] = [];
    let acc = 0;
    for (let i = 0; i < LOOP_BUCKETS_SECONDS.length; i++) {
      acc += m.loopBuckets[i];
      values.push({ metricName: `${name}_bucket`, labels: { le: LOOP_BUCKETS_SECONDS[i] }, value: acc });
    }
    values.push({ metricName: `${name}_bucket`, labels: { le: '+Inf' }, value: m.loopCount });
    values.push({ metricName: `${name}_sum`, labels: {}, value: m.loopSumSeconds });
    values.push({ metricName: `${name}_count`, labels: {}, value: m.loopCount });
    return {
      name,
      help: (this as unknown as { help: string }).help,
      // prom-client's typings say enum, its runtime (and the text format) uses the string.
      type: 'histogram' as unknown as MetricType,
      values,
      aggregator: 'sum',
      collect: () => undefined,
    };
  }

  getForPromString(): ReturnType<LoopDelayHistogram['get']> {
    return this.get();
  }
}

/** The GC pause histogram, its values read from the monitor at scrape time. */
class GcPauseHistogram extends Summary<'kind' | 'le'> {
  constructor(private readonly monitor: RuntimeMonitor) {
    super({ name: 'tributary_gc_pause_seconds', help: 'Garbage collector pauses since start, per kind', registers: [] });
  }

  override async get(): ReturnType<Summary<'kind' | 'le'>['get']> {
    const name = 'tributary_gc_pause_seconds';
    const values: MetricValueWithName<'kind' | 'le'>[] = [];
    for (const [kind, k] of this.monitor.gcByKind) {
      let acc = 0;
      for (let i = 0; i < GC_BUCKETS_SECONDS.length; i++) {
        acc += k.buckets[i]!;
        values.push({ metricName: `${name}_bucket`, labels: { kind, le: GC_BUCKETS_SECONDS[i]! }, value: acc });
      }
      values.push({ metricName: `${name}_bucket`, labels: { kind, le: '+Inf' }, value: k.count });
      values.push({ metricName: `${name}_sum`, labels: { kind }, value: k.sumSeconds });
      values.push({ metricName: `${name}_count`, labels: { kind }, value: k.count });
    }
    return {
      name,
      help: (this as unknown as { help: string }).help,
      type: 'histogram' as unknown as MetricType,
      values,
      aggregator: 'sum',
      collect: () => undefined,
    };
  }

  getForPromString(): ReturnType<GcPauseHistogram['get']> {
    return this.get();
  }
}

/** Registers the runtime metrics of `monitor` in `reg`. */
export function registerRuntimeMetrics(reg: Registry, monitor: RuntimeMonitor): void {
  reg.registerMetric(new LoopDelayHistogram(monitor));
  reg.registerMetric(new GcPauseHistogram(monitor));
  new Gauge({
    name: 'tributary_event_loop_delay_recent_seconds',
    help: 'Event-loop delay quantiles over the last minute',
    labelNames: ['quantile'],
    registers: [reg],
    collect() {
      const d = monitor.lastMinute();
      this.set({ quantile: '0.5' }, d.p50 / 1000);
      this.set({ quantile: '0.99' }, d.p99 / 1000);
      this.set({ quantile: '0.999' }, d.p999 / 1000);
    },
  });
  new Gauge({
    name: 'tributary_event_loop_delay_max_seconds',
    help: 'The longest event-loop delay of the last minute',
    registers: [reg],
    collect() {
      this.set(monitor.lastMinute().max / 1000);
    },
  });
  new Gauge({
    name: 'tributary_gc_pause_max_seconds',
    help: 'The longest garbage collector pause of the last minute',
    registers: [reg],
    collect() {
      this.set(monitor.series(60).lastMinute.gcMaxMs / 1000);
    },
  });
}
