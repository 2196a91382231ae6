/**
 * print(num): Spark's output format, for each batch:
 *
 *   -------------------------------------------
 *   Time: 1357008430000 ms
 *   -------------------------------------------
 *   (word,3)
 *   ...
 *   <empty line>
 *
 * Pairs print as (a,b) like Scala tuples, strings as they are, other values as
 * JSON. When the batch has more than num records, "..." follows the first num.
 */
import type { RDD } from '../rdd/rdd.js';
import type { Time } from './dstream.js';

/** Formats a record the way Spark prints Scala values. */
export function formatRecord(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return `(${v.map(formatRecord).join(',')})`;
  if (v === undefined) return 'None';
  if (v === null) return 'null';
  if (Buffer.isBuffer(v)) return v.toString();
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** The text print(num) writes for one batch. */
export async function formatBatch<T>(rdd: RDD<T>, time: Time, num: number): Promise<string> {
  const first = await rdd.take(num + 1);
  const lines = ['-------------------------------------------', `Time: ${time} ms`, '-------------------------------------------'];
  for (let i = 0; i < Math.min(num, first.length); i++) lines.push(formatRecord(first[i]));
  if (first.length > num) lines.push('...');
  lines.push('');
  return lines.join('\n') + '\n';
}
