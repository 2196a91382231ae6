/**
 * Logger sink (`logger`, org.apache.flume.sink.LoggerSink): logs every event
 * at INFO in Flume's event format,
 *
 *   Event: { headers:{host=web1, timestamp=1525} body: 68 65 6C 6C 6F 0D    hello. }
 *
 * headers as Java prints a map (`{k=v, k2=v2}`), then the first maxBytesToLog
 * (default 16) body bytes as a hex dump line: each byte as two upper-case hex
 * digits and a space, three spaces per missing byte up to 16, then the bytes
 * as characters with non-printable ones shown as `.`.
 */
import type { ComponentContext } from '../config/context.js';
import type { EventHeaders, FlumeEvent } from '../event.js';
import { BaseSink, type SinkDeps } from './sink.js';

const HEX = '0123456789ABCDEF';

/** Headers the way java.util.Map#toString prints them. */
export function formatHeaders(headers: EventHeaders): string {
  let out = '{';
  let first = true;
  for (const k in headers) {
    out += `${first ? '' : ', '}${k}=${headers[k]}`;
    first = false;
  }
  return `${out}}`;
}

/** The hex dump of the first `maxBytes` of `body`, one 16-byte row per line, as Flume prints bodies. */
export function dumpBody(body: Buffer, maxBytes: number): string {
  const n = Math.min(body.length, maxBytes);
  if (n === 0) return '';
  const rows: string[] = [];
  for (let row = 0; row < n; row += 16) {
    const end = Math.min(n, row + 16);
    let hex = '';
    let text = '';
    for (let i = row; i < end; i++) {
      const b = body[i];
      hex += `${HEX[b >> 4]}${HEX[b & 15]} `;
      text += b >= 32 && b < 127 ? String.fromCharCode(b) : '.';
    }
    hex += '   '.repeat(16 - (end - row));
    rows.push(`${row === 0 ? '' : row.toString(16).toUpperCase().padStart(8, '0')} ${hex}${text}`);
  }
  return rows.join('\n');
}

/** An event as the logger sink prints it (without the "Event: " prefix). */
export function formatEvent(event: FlumeEvent, maxBytes = 16): string {
  return `{ headers:${formatHeaders(event.headers)} body:${dumpBody(event.body, maxBytes)} }`;
}

/** Flume's logger sink. */
export class LoggerSink extends BaseSink {
  readonly batchSize: number;
  private readonly maxBytes: number;

  /** Reads maxBytesToLog and batchSize. */
  constructor(ctx: ComponentContext, deps: SinkDeps) {
    super(deps, 'LoggerSink');
    this.maxBytes = ctx.int('maxBytesToLog', 16, { min: 0 });
    this.batchSize = ctx.int('batchSize', this.fitBatch(100), { min: 1 });
  }

  protected async deliver(events: FlumeEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i++) this.logger.info(`Event: ${formatEvent(events[i], this.maxBytes)}`);
  }
}
