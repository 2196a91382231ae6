/**
 * Java `.properties` text, read and written the way `java.util.Properties`
 * does, so that any `server.properties` written for Apache Kafka means the
 * same thing here.
 *
 * Grammar (java.util.Properties#load):
 * - Natural lines end at `\n`, `\r` or `\r\n`. A logical line continues onto
 *   the next natural line when it ends in an odd number of backslashes; the
 *   backslash and the line break are dropped, and so is the leading
 *   whitespace (space, tab, form feed) of the continuation line. An empty
 *   continuation line ends the logical line. A backslash at the very end of
 *   the text is dropped.
 * - Leading whitespace is skipped. A line whose first other character is `#`
 *   or `!` is a comment (a trailing backslash does not continue a comment).
 *   Blank lines are skipped. Comments are only recognised at the start of a
 *   logical line: a continuation line starting with `#` is content.
 * - The key runs up to the first unescaped `=`, `:` or whitespace. Then
 *   whitespace, at most one `=` or `:`, and more whitespace are skipped; the
 *   rest of the line, trailing whitespace included, is the value.
 * - Escapes in keys and values: `\t \n \r \f`, `\uXXXX` (exactly four hex
 *   digits, else an error), and `\c` = `c` for any other character (so `\\`,
 *   `\=`, `\:`, `\#`, `\ `).
 * - A key given twice keeps its last value.
 *
 * Departure from Java: `Properties.load(InputStream)` decodes ISO-8859-1;
 * {@link readPropertiesFile} decodes UTF-8, which is what editors write today
 * and what `Properties.load(Reader)` callers do. Pure ASCII files (every Kafka
 * config file) read the same either way.
 */
import { readFileSync } from 'node:fs';

/** One key/value pair as it appeared in the text. */
export interface PropertyEntry {
  /** The unescaped key. */
  readonly key: string;
  /** The unescaped value (may be empty). */
  readonly value: string;
  /** 1-based number of the natural line where the logical line starts. */
  readonly line: number;
}

/** A malformed `\uXXXX` escape; carries the 1-based line number. */
export class PropertiesSyntaxError extends Error {
  /** Stable error code. */
  readonly code = 'ERR_PROPERTIES_SYNTAX';
  /** 1-based line of the offending logical line. */
  readonly line: number;

  /** @param message what is wrong; @param line where (1-based). */
  constructor(message: string, line: number) {
    super(message);
    this.name = 'PropertiesSyntaxError';
    this.line = line;
  }
}

interface LogicalLine {
  text: string;
  line: number;
}

function isWhite(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\f';
}

/** Splits text into logical lines, dropping comments and blank lines. */
function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const n = text.length;
  let i = 0;
  let lineNo = 1;
  while (i < n) {
    // Start of a logical line: skip leading whitespace and empty lines.
    const c0 = text[i];
    if (isWhite(c0)) {
      i++;
      continue;
    }
    if (c0 === '\n' || c0 === '\r') {
      if (c0 === '\r' && text[i + 1] === '\n') i++;
      i++;
      lineNo++;
      continue;
    }
    const startLine = lineNo;
    if (c0 === '#' || c0 === '!') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
      continue;
    }
    let buf = '';
    for (;;) {
      let j = i;
      while (j < n && text[j] !== '\n' && text[j] !== '\r') j++;
      const chunk = text.slice(i, j);
      let backslashes = 0;
      for (let k = chunk.length - 1; k >= 0 && chunk[k] === '\\'; k--) backslashes++;
      const continued = backslashes % 2 === 1;
      buf += continued ? chunk.slice(0, -1) : chunk;
      i = j;
      if (!continued || i >= n) break;
      // Consume the line break, then the continuation line's leading whitespace.
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      i++;
      lineNo++;
      while (i < n && isWhite(text[i])) i++;
      if (i >= n || text[i] === '\n' || text[i] === '\r') break;
    }
    if (buf !== '') out.push({ text: buf, line: startLine });
  }
  return out;
}

/** Resolves escapes in a key or value (java.util.Properties#loadConvert). */
function unescape(s: string, line: number): string {
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    i++;
    if (i >= s.length) break;
    const e = s[i];
    if (e === 'u') {
      const hex = s.slice(i + 1, i + 5);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
        throw new PropertiesSyntaxError(`line ${line}: malformed \\uxxxx encoding`, line);
      }
      out += String.fromCharCode(parseInt(hex, 16));
      i += 4;
    } else if (e === 't') out += '\t';
    else if (e === 'n') out += '\n';
    else if (e === 'r') out += '\r';
    else if (e === 'f') out += '\f';
    else out += e;
  }
  return out;
}

/** Splits one logical line into its raw key and raw value. */
function splitKeyValue(s: string): [string, string] {
  let keyLen = 0;
  let valueStart = s.length;
  let hasSep = false;
  let escaped = false;
  while (keyLen < s.length) {
    const c = s[keyLen];
    if (!escaped && (c === '=' || c === ':')) {
      valueStart = keyLen + 1;
      hasSep = true;
      break;
    }
    if (!escaped && isWhite(c)) {
      valueStart = keyLen + 1;
      break;
    }
    escaped = c === '\\' ? !escaped : false;
    keyLen++;
  }
  while (valueStart < s.length) {
    const c = s[valueStart];
    if (!isWhite(c)) {
      if (!hasSep && (c === '=' || c === ':')) hasSep = true;
      else break;
    }
    valueStart++;
  }
  return [s.slice(0, keyLen), s.slice(valueStart)];
}

/**
 * Parses properties text into entries in file order (duplicates kept, so a
 * caller can report line numbers). Throws {@link PropertiesSyntaxError}.
 */
export function parsePropertiesEntries(text: string): PropertyEntry[] {
  const out: PropertyEntry[] = [];
  for (const l of logicalLines(text)) {
    const [k, v] = splitKeyValue(l.text);
    out.push({ key: unescape(k, l.line), value: unescape(v, l.line), line: l.line });
  }
  return out;
}

/** Parses properties text into a map, in first-seen order, last value winning. */
export function parseProperties(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of parsePropertiesEntries(text)) map.set(e.key, e.value);
  return map;
}

/** Reads and parses a properties file (UTF-8; see the file header). */
export function readPropertiesFile(path: string): Map<string, string> {
  return parseProperties(readFileSync(path, 'utf8'));
}

function escapeText(s: string, isKey: boolean): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = s.charCodeAt(i);
    if (c === '\\') out += '\\\\';
    else if (c === '\t') out += '\\t';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\f') out += '\\f';
    else if (c === '=' || c === ':' || c === '#' || c === '!') out += '\\' + c;
    else if (c === ' ' && (isKey || i === 0)) out += '\\ ';
    else if (code < 0x20 || code > 0x7e) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += c;
  }
  return out;
}

/**
 * Writes entries as properties text that {@link parseProperties} (and Java)
 * reads back to the same map: `key=value` lines, escaped like
 * java.util.Properties#store (non-ASCII as `\uXXXX`), no timestamp comment.
 */
export function formatProperties(entries: Iterable<readonly [string, string]>): string {
  let out = '';
  for (const [k, v] of entries) out += `${escapeText(k, true)}=${escapeText(v, false)}\n`;
  return out;
}
