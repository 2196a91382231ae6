/**
 * Kafka's prettyPrintTable as kafka-transactions prints it: each cell
 * left-aligned to its column's widest value (header included), then a tab.
 */

/** The table as lines joined by newlines (no trailing newline). */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => `${c.padEnd(widths[i]!)}\t`).join('');
  return [line(headers), ...rows.map(line)].join('\n');
}
