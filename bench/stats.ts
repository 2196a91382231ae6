/**
 * Value types of a benchmark run and the table printer (markdown, aligned).
 */

/** One timed run of a load generator. */
export interface Measurement {
  messages: number;
  /** Payload bytes (message values only). */
  bytes: number;
  /** Wall time of the whole run. */
  ms: number;
  /** Latency samples in ms (may be empty). */
  latencies: number[];
  /** What the latency samples are. */
  latencyNote: string;
  /** CPU the broker used during the run (ms, all threads); NaN if unknown. */
  brokerCpuMs?: number;
}

/** The p-th percentile (0..100) of `xs` (nearest rank), NaN when empty. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** The median of `xs`. */
export function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}

/** Messages per second. */
export function msgsPerSec(m: Measurement): number {
  return m.messages / (m.ms / 1000);
}

/** Payload MB (10^6 bytes) per second. */
export function mbPerSec(m: Measurement): number {
  return m.bytes / 1e6 / (m.ms / 1000);
}

/** Formats an integer with thousands separators. */
export function int(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—';
}

/** Formats with `digits` decimals, or a dash for NaN. */
export function fixed(n: number, digits: number): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '—';
}

/** Renders a markdown table with padded columns; `right` marks right-aligned columns. */
export function table(header: string[], rows: string[][], right: boolean[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    '| ' + cells.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ') + ' |';
  const sep = '|' + widths.map((w, i) => (right[i] ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|';
  return [line(header), sep, ...rows.map(line)].join('\n');
}
