/**
 * Turns input lines into records the way Kafka's console producer
 * (LineMessageReader) does, driven by its --property keys: parse.key and
 * key.separator (default tab), parse.headers with headers.delimiter (tab),
 * headers.separator (",") and headers.key.separator (":"), null.marker, and
 * ignore.error (a line without the separator becomes a key-less record
 * instead of an error).
 */

/** A record read from one line. */
export interface LineRecord {
  key: string | null;
  value: string | null;
  headers: { key: string; value: string | null }[];
}

/** Options of the line parser, from --property. */
export interface LineReaderConfig {
  parseKey: boolean;
  keySeparator: string;
  parseHeaders: boolean;
  headersDelimiter: string;
  headersSeparator: string;
  headersKeySeparator: string;
  nullMarker: string | null;
  ignoreError: boolean;
}

/** A line that cannot be parsed (Kafka throws a KafkaException with this message). */
export class LineFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LineFormatError';
  }
}

/** Reads the parser options from the --property map. */
export function lineReaderConfig(props: Map<string, string>): LineReaderConfig {
  const bool = (k: string): boolean => (props.get(k) ?? 'false').trim().toLowerCase() === 'true';
  return {
    parseKey: bool('parse.key'),
    keySeparator: props.get('key.separator') ?? '\t',
    parseHeaders: bool('parse.headers'),
    headersDelimiter: props.get('headers.delimiter') ?? '\t',
    headersSeparator: props.get('headers.separator') ?? ',',
    headersKeySeparator: props.get('headers.key.separator') ?? ':',
    nullMarker: props.get('null.marker') ?? null,
    ignoreError: bool('ignore.error'),
  };
}

function orNull(s: string, marker: string | null): string | null {
  return marker !== null && s === marker ? null : s;
}

/** Parses line `lineNumber` (1-based) into a record; throws LineFormatError like Kafka's reader. */
export function parseLine(line: string, lineNumber: number, cfg: LineReaderConfig): LineRecord {
  let rest = line;
  const headers: LineRecord['headers'] = [];
  if (cfg.parseHeaders) {
    const at = rest.indexOf(cfg.headersDelimiter);
    if (at < 0) {
      if (!cfg.ignoreError) throw new LineFormatError(`No headers delimiter found on line number ${lineNumber}: '${line}'`);
    } else {
      const raw = rest.slice(0, at);
      rest = rest.slice(at + cfg.headersDelimiter.length);
      if (raw !== '') {
        for (const h of raw.split(cfg.headersSeparator)) {
          const k = h.indexOf(cfg.headersKeySeparator);
          if (k < 0) headers.push({ key: h, value: null });
          else headers.push({ key: h.slice(0, k), value: orNull(h.slice(k + cfg.headersKeySeparator.length), cfg.nullMarker) });
        }
      }
    }
  }
  let key: string | null = null;
  if (cfg.parseKey) {
    const at = rest.indexOf(cfg.keySeparator);
    if (at < 0) {
      if (!cfg.ignoreError) throw new LineFormatError(`No key separator found on line number ${lineNumber}: '${line}'`);
    } else {
      key = orNull(rest.slice(0, at), cfg.nullMarker);
      rest = rest.slice(at + cfg.keySeparator.length);
    }
  }
  return { key, value: orNull(rest, cfg.nullMarker), headers };
}
