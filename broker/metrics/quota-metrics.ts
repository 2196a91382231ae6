/**
 * Client quota metrics (Kafka's `kafka.server:type=Produce|Fetch|Request,
 * user=...,client-id=...` sensors), read from the quota managers at scrape
 * time, one series per quota entity in use (the rate's tags: user and
 * client-id, either empty when the rate is not per that part):
 *
 * - tributary_client_quota_rate{quota,user,client_id}: the measured rate
 *   (bytes/s for produce and fetch, percentage of a thread for request),
 *   Kafka's byte-rate / request-time;
 * - tributary_client_quota_bound{...}: the quota in force (absent: none);
 * - tributary_client_quota_throttle_time_ms_total{...} and
 *   tributary_client_quota_throttled_total{...}: throttle time given out and
 *   how many responses were throttled (Kafka's throttle-time avg/max are
 *   their ratio and tributary_client_quota_throttle_time_ms_max).
 *
 * Nothing is counted here on the request path; with no quota configured
 * these have no series.
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import type { ClientQuotas } from '../security/quota/client-quotas.js';
import type { QuotaSensor } from '../security/quota/client-quota-manager.js';

const LABELS = ['quota', 'user', 'client_id'] as const;

/** Registers the client quota metrics; `quotas()` gives the broker's quotas (null before they exist). */
export function registerQuotaMetrics(reg: Registry, quotas: () => ClientQuotas | null): void {
  const each = (f: (kind: string, s: QuotaSensor, labels: { quota: string; user: string; client_id: string }) => void): void => {
    const q = quotas();
    if (!q) return;
    for (const m of [q.produce, q.fetch, q.request]) {
      for (const s of m.activeSensors()) f(m.kind, s, { quota: m.kind, user: decodeURIComponent(s.user), client_id: s.clientId });
    }
  };
  new Gauge({
    name: 'tributary_client_quota_rate',
    help: 'Measured rate per client quota entity: bytes/s (produce, fetch) or percentage of a thread (request)',
    labelNames: LABELS,
    registers: [reg],
    collect() {
      this.reset();
      const now = Date.now();
      each((_k, s, l) => this.set(l, s.rate.measure(now)));
    },
  });
  new Gauge({
    name: 'tributary_client_quota_bound',
    help: 'Quota in force per client quota entity (bytes/s, or percentage of a thread)',
    labelNames: LABELS,
    registers: [reg],
    collect() {
      this.reset();
      each((_k, s, l) => {
        if (s.bound !== null) this.set(l, s.bound);
      });
    },
  });
  new Counter({
    name: 'tributary_client_quota_throttle_time_ms_total',
    help: 'Throttle time given to responses, per client quota entity (ms)',
    labelNames: LABELS,
    registers: [reg],
    collect() {
      this.reset();
      each((_k, s, l) => this.inc(l, s.throttleMsTotal));
    },
  });
  new Counter({
    name: 'tributary_client_quota_throttled_total',
    help: 'Responses throttled, per client quota entity',
    labelNames: LABELS,
    registers: [reg],
    collect() {
      this.reset();
      each((_k, s, l) => this.inc(l, s.throttleCount));
    },
  });
  new Gauge({
    name: 'tributary_client_quota_throttle_time_ms_max',
    help: 'Longest throttle time given, per client quota entity (ms)',
    labelNames: LABELS,
    registers: [reg],
    collect() {
      this.reset();
      each((_k, s, l) => this.set(l, s.throttleMsMax));
    },
  });
}
