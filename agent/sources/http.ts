/**
 * HTTP source (`http`, org.apache.flume.source.http.HTTPSource): accepts
 * events by HTTP POST on `bind`:`port` (any path) and answers once they are
 * committed. The default handler (org.apache.flume.source.http.JSONHandler)
 * takes a JSON array of events,
 *
 *   [{"headers": {"a": "b"}, "body": "text of the event"}, {"body": "another"}]
 *
 * each body a string encoded with the request's charset (UTF-8 by default),
 * headers string to string (both optional). The whole request is one
 * transaction. Answers (Flume's): 200 when committed, 400 for a body that is
 * not such an array (nothing committed), 503 when the channels refuse the
 * batch (full: retry later), 405 for other methods. HTTPS (enableSSL) is not
 * supported.
 */
import http from 'node:http';
import type net from 'node:net';
import type { ComponentContext } from '../config/context.js';
import { describeError } from '../errors.js';
import type { FlumeEvent } from '../event.js';
import { BaseSource, type SourceDeps } from './source.js';
import { listenHost } from './line-splitter.js';

const JSON_HANDLERS = ['org.apache.flume.source.http.JSONHandler', 'JSONHandler', 'json'];

/** Parses a JSONHandler request body; throws an Error saying what is wrong. */
export function parseJsonEvents(text: string, charset: BufferEncoding = 'utf8'): FlumeEvent[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(`request body is not JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new Error('request body must be a JSON array of events');
  const out: FlumeEvent[] = [];
  for (let i = 0; i < parsed.length; i++) {
    const e = parsed[i] as { headers?: unknown; body?: unknown } | null;
    if (e === null || typeof e !== 'object' || Array.isArray(e)) throw new Error(`event ${i} is not an object`);
    const headers: Record<string, string> = {};
    if (e.headers !== undefined && e.headers !== null) {
      if (typeof e.headers !== 'object' || Array.isArray(e.headers)) throw new Error(`event ${i}: headers must be an object`);
      for (const [k, v] of Object.entries(e.headers as Record<string, unknown>)) {
        if (typeof v !== 'string') throw new Error(`event ${i}: header '${k}' must be a string`);
        headers[k] = v;
      }
    }
    if (e.body !== undefined && e.body !== null && typeof e.body !== 'string') throw new Error(`event ${i}: body must be a string`);
    out.push({ headers, body: Buffer.from((e.body as string | undefined) ?? '', charset) });
  }
  return out;
}

/** Flume's HTTP source with the JSON handler. */
export class HttpSource extends BaseSource {
  readonly batchSize = 0;
  private readonly bind: string;
  private readonly port: number;
  private server: http.Server | null = null;

  /** Reads bind, port and handler. */
  constructor(ctx: ComponentContext, deps: SourceDeps) {
    super(deps, 'HTTPSource');
    this.bind = ctx.string('bind', '0.0.0.0');
    this.port = ctx.int('port', -1, { min: 0, max: 65535 });
    if (this.port < 0) throw ctx.error('port', 'is required (the port to listen on)');
    const handler = ctx.string('handler', JSON_HANDLERS[0]);
    if (!JSON_HANDLERS.includes(handler)) throw ctx.error('handler', `'${handler}' is not supported (known: ${JSON_HANDLERS[0]})`);
    if (ctx.bool(['enableSSL', 'ssl'], false)) throw ctx.error('enableSSL', 'HTTPS is not supported by this source');
    ctx.entries('handler.');
  }

  /** The port listened on (useful with port 0). */
  get boundPort(): number {
    return (this.server?.address() as net.AddressInfo | null)?.port ?? this.port;
  }

  protected async doStart(): Promise<void> {
    const server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, listenHost(this.bind), () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.logger.info(`HTTP source listening on ${this.bind}:${this.boundPort}`);
  }

  protected async doStop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const reply = (status: number, message: string): void => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(message ? `${message}\n` : '');
    };
    if (req.method !== 'POST') return reply(405, `method ${req.method} not allowed: POST a JSON array of events`);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const charset =
      /charset=([^;]+)/i
        .exec(req.headers['content-type'] ?? '')?.[1]
        ?.trim()
        .toLowerCase() ?? 'utf-8';
    const encoding: BufferEncoding =
      charset === 'utf-8' || charset === 'utf8'
        ? 'utf8'
        : charset === 'iso-8859-1' || charset === 'latin1'
          ? 'latin1'
          : charset === 'utf-16le'
            ? 'utf16le'
            : 'utf8';
    let events: FlumeEvent[];
    try {
      events = parseJsonEvents(Buffer.concat(chunks).toString(encoding), encoding);
    } catch (err) {
      this.counters.eventReadFail++;
      return reply(400, `Bad request from client. ${describeError(err)}`);
    }
    this.counters.appendBatchReceivedCount++;
    try {
      await this.deliverOnce(events);
    } catch (err) {
      return reply(
        503,
        `Error appending event to channel. Channel might be full. Consider increasing the channel capacity or make sure the sinks perform faster. ${describeError(err)}`,
      );
    }
    this.counters.appendBatchAcceptedCount++;
    reply(200, '');
  }
}
