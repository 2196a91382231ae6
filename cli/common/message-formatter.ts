/**
 * Kafka's DefaultMessageFormatter: how the console consumer prints a record,
 * driven by --property print.timestamp, print.partition, print.offset,
 * print.headers, print.key, print.value (default true), key.separator (tab),
 * line.separator (newline), headers.separator (","), null.literal ("null").
 * Fields come in Kafka's order: timestamp, partition, offset, headers, key,
 * value, each followed by key.separator when more follow.
 */
import type { ConsumedRecord } from '../../client/index.js';

/** The formatter settings. */
export interface FormatterConfig {
  printTimestamp: boolean;
  printPartition: boolean;
  printOffset: boolean;
  printHeaders: boolean;
  printKey: boolean;
  printValue: boolean;
  keySeparator: Buffer;
  lineSeparator: Buffer;
  headersSeparator: Buffer;
  nullLiteral: Buffer;
}

/** Reads the settings from the --property map (booleans: "true", case-insensitive). */
export function formatterConfig(props: Map<string, string>): FormatterConfig {
  const bool = (k: string, dflt: boolean): boolean => (props.has(k) ? props.get(k)!.trim().toLowerCase() === 'true' : dflt);
  const bytes = (k: string, dflt: string): Buffer => Buffer.from(props.get(k) ?? dflt, 'utf8');
  return {
    printTimestamp: bool('print.timestamp', false),
    printPartition: bool('print.partition', false),
    printOffset: bool('print.offset', false),
    printHeaders: bool('print.headers', false),
    printKey: bool('print.key', false),
    printValue: bool('print.value', true),
    keySeparator: bytes('key.separator', '\t'),
    lineSeparator: bytes('line.separator', '\n'),
    headersSeparator: bytes('headers.separator', ','),
    nullLiteral: bytes('null.literal', 'null'),
  };
}

/** The bytes printed for `r`. */
export function formatRecord(r: ConsumedRecord, c: FormatterConfig): Buffer {
  const parts: Buffer[] = [];
  const sep = (more: boolean): void => {
    parts.push(more ? c.keySeparator : c.lineSeparator);
  };
  if (c.printTimestamp) {
    parts.push(Buffer.from(`${r.timestampType === 1 ? 'LogAppendTime' : 'CreateTime'}:${r.timestamp}`));
    sep(c.printPartition || c.printOffset || c.printHeaders || c.printKey || c.printValue);
  }
  if (c.printPartition) {
    parts.push(Buffer.from(`Partition:${r.partition}`));
    sep(c.printOffset || c.printHeaders || c.printKey || c.printValue);
  }
  if (c.printOffset) {
    parts.push(Buffer.from(`Offset:${r.offset}`));
    sep(c.printHeaders || c.printKey || c.printValue);
  }
  if (c.printHeaders) {
    if (r.headers.length === 0) parts.push(Buffer.from('NO_HEADERS'));
    r.headers.forEach((h, i) => {
      parts.push(Buffer.from(`${h.key}:`), h.value ?? c.nullLiteral);
      if (i < r.headers.length - 1) parts.push(c.headersSeparator);
    });
    sep(c.printKey || c.printValue);
  }
  if (c.printKey) {
    parts.push(r.key ?? c.nullLiteral);
    sep(c.printValue);
  }
  if (c.printValue) {
    parts.push(r.value ?? c.nullLiteral, c.lineSeparator);
  }
  return Buffer.concat(parts);
}
