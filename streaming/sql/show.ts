/**
 * The text of DataFrame.show(), in Spark's layout:
 *
 *   +-----+-----+
 *   | word|total|
 *   +-----+-----+
 *   |hello|    2|
 *   +-----+-----+
 *   only showing top 1 row
 *
 * Columns are at least 3 wide; with truncation (the default, 20 characters)
 * longer cells become their first 17 characters and "..." and cells align
 * right, without it they align left. The last line appears only when rows
 * were left out. Vertical mode prints one "-RECORD i" block per row
 * ("(0 rows)" when there are none). show() prints this and an empty line,
 * as Spark's println does.
 */
import { cellText, displayWidth } from './cells.js';
import type { Column } from './schema.js';

function truncateCell(s: string, truncate: number): string {
  if (truncate <= 0 || s.length <= truncate) return s;
  return truncate < 4 ? s.slice(0, truncate) : s.slice(0, truncate - 3) + '...';
}

const padLeft = (s: string, w: number): string => ' '.repeat(Math.max(0, w - displayWidth(s))) + s;
const padRight = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - displayWidth(s)));

/**
 * The table of `rows` (at most numRows are shown; `hasMore` says whether
 * rows were left out). `truncate`: false/0 for none, true for 20, or a width.
 */
export function showString(
  columns: Column[],
  rows: unknown[][],
  numRows: number,
  hasMore: boolean,
  truncate: boolean | number = true,
  vertical = false,
): string {
  const width = truncate === true ? 20 : truncate === false ? 0 : truncate;
  const header = columns.map((c) => truncateCell(c.name, width));
  const cells = rows.slice(0, numRows).map((r) => r.map((v, i) => truncateCell(cellText(v, columns[i].type), width)));
  let out = '';
  if (!vertical) {
    const w = header.map((h, i) => Math.max(3, displayWidth(h), ...cells.map((r) => displayWidth(r[i]))));
    const sep = '+' + w.map((x) => '-'.repeat(x)).join('+') + '+\n';
    const line = (r: string[]): string => '|' + r.map((c, i) => (width > 0 ? padLeft(c, w[i]) : padRight(c, w[i]))).join('|') + '|\n';
    out = sep + line(header) + sep;
    for (const r of cells) out += line(r);
    out += sep;
  } else {
    const nameW = Math.max(3, ...header.map(displayWidth));
    const dataW = Math.max(3, ...cells.flatMap((r) => r.map(displayWidth)));
    cells.forEach((r, i) => {
      out += `-RECORD ${i}`.padEnd(nameW + dataW + 5, '-') + '\n';
      for (let j = 0; j < r.length; j++) out += ` ${padRight(header[j], nameW)} | ${padRight(r[j], dataW)} \n`;
    });
    if (cells.length === 0) out += '(0 rows)\n';
  }
  if (hasMore) out += `only showing top ${numRows} ${numRows === 1 ? 'row' : 'rows'}\n`;
  return out;
}
