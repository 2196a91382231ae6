/**
 * Values of DataFrame cells: how the engine's values become JavaScript
 * values (collect, toRDD) and how a cell prints (show), following Spark's
 * text forms:
 *
 *   JavaScript values   BIGINT / HUGEINT / UBIGINT: a number when it is a safe
 *                       integer, else a bigint; DECIMAL: a number; DATE and
 *                       TIMESTAMP: a Date (UTC); BLOB: a Buffer; lists:
 *                       arrays; structs: objects; NULL: null
 *   show()              null as "null"; doubles as Java prints them (1.0,
 *                       1.5E10); DECIMAL(p,s) with s digits; dates as
 *                       2024-01-02, timestamps as 2024-01-02 03:04:05[.123]
 *                       (UTC); binary as [61 62]; lists as [1, 2]; structs as
 *                       {1, x}; maps as {k -> v}; control characters escaped
 *                       (\n, \t, ...)
 */

/** A cell value from the engine, normalized (see the top of the file). */
export function fromEngine(v: unknown): unknown {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v;
  if (Array.isArray(v)) return v.map(fromEngine);
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && !(v instanceof Uint8Array)) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = fromEngine(x);
    return o;
  }
  return v;
}

/** A double as Java's Double.toString writes it (Spark's show). */
export function javaDouble(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (!Number.isFinite(d)) return d > 0 ? 'Infinity' : '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const a = Math.abs(d);
  if (a >= 1e-3 && a < 1e7) {
    const s = String(d);
    return s.includes('.') ? s : s + '.0';
  }
  const [mantissa, exp] = d.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : mantissa + '.0'}E${Number(exp)}`;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function dateText(d: Date): string {
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function timestampText(d: Date): string {
  const ms = d.getUTCMilliseconds();
  const frac = ms === 0 ? '' : '.' + String(ms).padStart(3, '0').replace(/0+$/, '');
  return `${dateText(d)} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}${frac}`;
}

const CONTROL_ESCAPES: Record<string, string> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\f': '\\f',
  '\x08': '\\b',
  '\v': '\\v',
  '\x07': '\\a',
};

/** Control characters as Spark's show writes them. */
function escapeControl(s: string): string {
  let out: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const e = CONTROL_ESCAPES[s[i]];
    if (e !== undefined && out === null) out = s.slice(0, i);
    if (out !== null) out += e ?? s[i];
  }
  return out ?? s;
}

/** The element type of a list type ("INTEGER[]" → "INTEGER"), or "" when unknown. */
function elementType(type: string): string {
  const m = /^(.*)\[\d*\]$/.exec(type);
  return m ? m[1] : '';
}

/** How a cell of SQL type `type` prints in show(). */
export function cellText(v: unknown, type: string): string {
  if (v === null || v === undefined) return 'null';
  const t = type.toUpperCase();
  if (typeof v === 'number') {
    if (t === 'DOUBLE' || t === 'FLOAT' || t === 'REAL') return javaDouble(v);
    const dec = /^DECIMAL\(\d+,\s*(\d+)\)$/.exec(t);
    if (dec) return v.toFixed(Number(dec[1]));
    return String(v);
  }
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return escapeControl(v);
  if (v instanceof Date) return t === 'DATE' ? dateText(v) : timestampText(v);
  if (v instanceof Uint8Array) return '[' + [...v].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ') + ']';
  if (Array.isArray(v)) {
    const et = elementType(t);
    if (t.startsWith('MAP(')) {
      return '{' + v.map((e: { key: unknown; value: unknown }) => `${cellText(e.key, '')} -> ${cellText(e.value, '')}`).join(', ') + '}';
    }
    return '[' + v.map((x) => cellText(x, et)).join(', ') + ']';
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (t.startsWith('MAP(') && Array.isArray(o.entries)) return cellText(o.entries, t);
    return (
      '{' +
      Object.values(o)
        .map((x) => cellText(x, ''))
        .join(', ') +
      '}'
    );
  }
  return String(v);
}

/** Display width: East Asian wide and fullwidth characters count 2, as in Spark's show. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe10 && c <= 0xfe19) ||
      (c >= 0xfe30 && c <= 0xfe6f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
        ? 2
        : 1;
  }
  return w;
}

/** Spark's type name for a SQL type (printSchema). */
export function sparkTypeName(type: string): string {
  const t = type.toUpperCase();
  const names: Record<string, string> = {
    VARCHAR: 'string',
    BOOLEAN: 'boolean',
    TINYINT: 'byte',
    SMALLINT: 'short',
    INTEGER: 'integer',
    BIGINT: 'long',
    HUGEINT: 'decimal(38,0)',
    FLOAT: 'float',
    DOUBLE: 'double',
    DATE: 'date',
    TIMESTAMP: 'timestamp',
    'TIMESTAMP WITH TIME ZONE': 'timestamp',
    BLOB: 'binary',
  };
  if (names[t]) return names[t];
  const dec = /^DECIMAL\((\d+),\s*(\d+)\)$/.exec(t);
  if (dec) return `decimal(${dec[1]},${dec[2]})`;
  if (elementType(t)) return 'array';
  if (t.startsWith('STRUCT')) return 'struct';
  if (t.startsWith('MAP')) return 'map';
  return t.toLowerCase();
}

/** printSchema's text for columns. */
export function schemaTree(columns: { name: string; type: string }[]): string {
  let out = 'root\n';
  for (const c of columns) {
    out += ` |-- ${c.name}: ${sparkTypeName(c.type)} (nullable = true)\n`;
    let et = elementType(c.type.toUpperCase());
    let depth = 1;
    while (et) {
      out += ` ${'|    '.repeat(depth)}|-- element: ${sparkTypeName(et)} (containsNull = true)\n`;
      et = elementType(et);
      depth++;
    }
  }
  return out;
}
