/**
 * Output formatting the way Kafka's tools print: Java's String.format
 * conventions for the few patterns they use (`%-15s` columns, `%.2f`, `%f`
 * with six decimals) and the date format of the perf tools.
 */

/** Left-aligned column of at least `width` characters (Java's `%-Ns`). */
export function col(value: string | number, width: number): string {
  return String(value).padEnd(width);
}

/** Fixed decimals (Java's `%.Nf`); `%f` is fixed(x, 6). */
export function fixed(x: number, decimals: number): string {
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : x < 0 ? '-Infinity' : 'NaN';
  return x.toFixed(decimals);
}

/** "yyyy-MM-dd HH:mm:ss:SSS" in local time, as the consumer perf test prints times. */
export function perfDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}:${p(d.getMilliseconds(), 3)}`;
}

/**
 * A Java-style regular expression that must match the whole name, as
 * Kafka's topic include lists do (`--topic 'test.*'`, `--include 'a|b'`).
 * Kafka also accepts a comma-separated list and surrounding quotes.
 */
export function fullMatchRegex(pattern: string): RegExp {
  const p = pattern
    .trim()
    .replace(/^["']|["']$/g, '')
    .replace(/,/g, '|');
  try {
    return new RegExp(`^(?:${p})$`);
  } catch (err) {
    throw new Error(`invalid regular expression '${pattern}': ${(err as Error).message}`);
  }
}

/** Whether a topic is one of Kafka's internal topics. */
export function isInternalTopic(name: string): boolean {
  return name === '__consumer_offsets' || name === '__transaction_state';
}
