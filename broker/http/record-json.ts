/**
 * A decoded record as the live tail sends it: key, value and header values
 * as UTF-8 text when they are printable UTF-8, else base64; each cut to a
 * byte limit (the cut falls on a character boundary for text) with
 * `truncated` set and the original size kept.
 */
import type { DecodedRecord } from '../../protocol/record-codec.js';

/** One byte field of a record. */
export interface BytesJson {
  /** The (possibly cut) content, text or base64 per `encoding`. */
  data: string;
  encoding: 'utf8' | 'base64';
  /** Size of the whole field in bytes. */
  size: number;
  truncated: boolean;
}

/** A record in a tail event. */
export interface RecordJson {
  partition: number;
  offset: number;
  timestamp: number;
  key: BytesJson | null;
  value: BytesJson | null;
  headers: { key: string; value: BytesJson | null }[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether `s` has control characters other than tab, newline and carriage return. */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}

/** The longest prefix of `buf` of at most `limit` bytes that does not split a UTF-8 sequence. */
function utf8Cut(buf: Buffer, limit: number): number {
  if (buf.length <= limit) return buf.length;
  let end = limit;
  // Back off over continuation bytes (10xxxxxx) to the start of the cut character.
  while (end > 0 && end > limit - 4 && (buf[end] & 0xc0) === 0x80) end--;
  return end;
}

/** Encodes a byte field for JSON, cut to `limit` bytes. */
export function bytesJson(buf: Buffer | null, limit: number): BytesJson | null {
  if (buf === null) return null;
  const cut = utf8Cut(buf, limit);
  const part = cut === buf.length ? buf : buf.subarray(0, cut);
  let text: string | null = null;
  try {
    text = utf8.decode(part);
    if (hasControl(text)) text = null;
  } catch {
    text = null;
  }
  if (text !== null) return { data: text, encoding: 'utf8', size: buf.length, truncated: cut < buf.length };
  const raw = buf.length <= limit ? buf : buf.subarray(0, limit);
  return { data: raw.toString('base64'), encoding: 'base64', size: buf.length, truncated: raw.length < buf.length };
}

/** A decoded record as JSON. */
export function recordJson(partition: number, r: DecodedRecord, limit: number): RecordJson {
  const headers: RecordJson['headers'] = [];
  for (const h of r.headers) headers.push({ key: h.key, value: bytesJson(h.value, limit) });
  return { partition, offset: r.offset, timestamp: r.timestamp, key: bytesJson(r.key, limit), value: bytesJson(r.value, limit), headers };
}
