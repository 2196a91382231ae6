/**
 * One client connection on the broker side (Kafka's KafkaChannel; the client
 * side is client/connection.ts): frames in, requests handled one at a time in
 * arrival order, responses out, the connection's principal, and on SASL
 * listeners its SaslAuthenticator. broker/network/socket-server.ts describes
 * the rules (ordering, pipelined Produce, backpressure, what closes a
 * connection).
 *
 * Client quotas (KIP-219): a request over a quota gets its throttle time in
 * the response's throttle_time_ms, the response goes out at once, and then
 * the connection is muted: nothing more is read from it (the socket is
 * paused, frames already received wait) until the throttle time has passed.
 */
import type net from 'node:net';
import { FrameDecoder } from './frame-decoder.js';
import { Reader } from '../../protocol/reader.js';
import { Writer } from '../../protocol/writer.js';
import { releaseReadBuffer } from '../log/read-buffers.js';
import { ApiKey, APIS } from '../../protocol/generated/api-keys.js';
import { ANONYMOUS, CloseConnection, type ApiHandler, type Principal, type RequestContext } from '../apis/types.js';
import { isLazy } from '../apis/api-table.js';
import type { SaslAuthenticator, SaslStep } from '../security/sasl-authenticator.js';
import type { SocketServer } from './socket-server.js';
import { ReadGate } from './read-gate.js';
import { recordResponseTime, requestThrottleMs } from '../security/quota/request-throttle.js';

const requestFlexibleMin = new Map<number, number>();
const responseFlexibleMin = new Map<number, number>();
for (const a of APIS) {
  requestFlexibleMin.set(a.apiKey, a.requestFlexibleMin);
  responseFlexibleMin.set(a.apiKey, a.responseFlexibleMin);
}

/** Whether version `v` of an API uses flexible (v2 request / v1 response) headers. */
function isFlexible(table: Map<number, number>, apiKey: number, v: number): boolean {
  const min = table.get(apiKey) ?? -1;
  return min >= 0 && v >= min;
}

let connectionCounter = 0;

/** Most answers of pipelined requests a connection owes before it waits for them (clients send at most 5 by default). */
const MAX_OWED = 16;

/** One client connection on the broker side. */
export class Channel {
  private readonly decoder: FrameDecoder;
  private readonly queue: Buffer[] = [];
  private busy = false;
  private closed = false;
  /** Whether the socket may be read (backpressure, client quota throttles). */
  private readonly gate: ReadGate;
  readonly id: string;
  readonly clientHost: string;
  /** clientHost with an IPv4-mapped IPv6 address written as IPv4. */
  readonly clientAddress: string;
  /** Who this connection is (RequestContext.principal); set by authentication. */
  principal: Principal = ANONYMOUS;
  /** The SASL exchange (SASL listeners), null once... never: it also watches the session's end. */
  private readonly auth: SaslAuthenticator | null;
  /** Settles once every answer owed to pipelined requests is written (null: none owed). */
  private owed: Promise<void> | null = null;
  private owedCount = 0;

  constructor(
    private readonly socket: net.Socket,
    private readonly server: SocketServer,
  ) {
    this.decoder = new FrameDecoder(server.options.maxFrameBytes);
    this.gate = new ReadGate(socket, () => this.closed);
    this.clientHost = socket.remoteAddress ?? 'unknown';
    this.clientAddress = this.clientHost.startsWith('::ffff:') ? this.clientHost.slice(7) : this.clientHost;
    this.id = `${socket.localAddress}:${socket.localPort}-${this.clientHost}:${socket.remotePort}-${++connectionCounter}`;
    this.auth = server.options.sasl?.(this.id) ?? null;
    if (this.auth) this.decoder.setLimit(server.options.saslMaxReceiveSize ?? 524288, 'sasl.server.max.receive.size');
    socket.setNoDelay(true);
    if (server.options.idleTimeoutMs > 0) socket.setTimeout(server.options.idleTimeoutMs, () => this.close('idle'));
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => this.close(null));
    socket.on('close', () => {
      this.closed = true;
      server.connections.delete(this);
    });
  }

  private onData(chunk: Buffer): void {
    this.decoder.push(chunk);
    try {
      for (let f = this.decoder.next(); f !== null; f = this.decoder.next()) this.queue.push(f);
    } catch (err) {
      this.close(`closing connection ${this.id}: ${(err as Error).message}`);
      return;
    }
    if (!this.busy) void this.drain();
  }

  private async drain(): Promise<void> {
    this.busy = true;
    try {
      // Requests that arrive while the broker is still loading wait here (Kafka
      // starts processing requests only once the broker is ready).
      if (this.server.ready) await this.server.ready;
      while (this.queue.length > 0 && !this.closed) {
        if (this.gate.muted !== null) await this.gate.muted;
        if (this.closed) break;
        const frame = this.queue.shift()!;
        // Its answer must follow the ones still owed, and it may depend on them (EndTxn after Produce).
        if (this.owed !== null && !this.pipelined(frame)) await this.owed;
        const pending = this.process(frame);
        if (pending) await pending;
        // A Produce request's bytes are on disk now and referenced by nothing:
        // its frame buffer, if pooled, can take the next large request.
        if (frame.length >= 2 && frame.readInt16BE(0) === ApiKey.Produce) releaseReadBuffer(frame);
        if (this.socket.writableNeedDrain) await this.gate.drainWrites();
      }
    } finally {
      this.busy = false;
    }
  }

  /** Whether a frame is a request of a pipelined API (a raw SASL token is not). */
  private pipelined(frame: Buffer): boolean {
    if (frame.length < 2 || this.auth?.expectsRawToken) return false;
    const entry = this.server.handlers.get(frame.readInt16BE(0));
    // A lazily loaded API is not pipelined (Produce is loaded eagerly).
    return entry !== undefined && !isLazy(entry) && entry.pipelined === true;
  }

  /** Handles one frame; returns a promise only when the next request must wait for it. */
  private process(frame: Buffer): Promise<void> | null {
    if (this.auth?.expectsRawToken) return this.rawToken(this.auth, frame);
    const r = new Reader(frame);
    let apiKey = -1;
    let apiVersion = -1;
    let correlationId = -1;
    let clientId: string | null = null;
    try {
      apiKey = r.int16();
      apiVersion = r.int16();
      correlationId = r.int32();
      clientId = r.nullableString(false);
    } catch (err) {
      this.close(`closing connection ${this.id}: undecodable request header (${(err as Error).message})`);
      return null;
    }
    const entry = this.server.handlers.get(apiKey);
    if (!entry) {
      this.close(`closing connection ${this.id}: unknown or unsupported API key ${apiKey} (client ${clientId})`);
      return null;
    }
    if (apiVersion < entry.minVersion || apiVersion > entry.maxVersion) {
      if (apiKey === ApiKey.ApiVersions) {
        // KIP-511: answer a v0 body so the client can pick a version we support.
        this.send(correlationId, false, (w) => this.server.handlers.encodeUnsupportedApiVersions(w));
        return null;
      }
      this.close(
        `closing connection ${this.id}: ${entry.name} v${apiVersion} is not supported (supported ${entry.minVersion}-${entry.maxVersion}; client ${clientId})`,
      );
      return null;
    }
    if (isLazy(entry)) {
      // The handler file of a rarely used API is imported on its first request (api-table.ts); the frame waits.
      return entry.load().then(
        (handler) => this.decodeAndDispatch(handler, r, apiKey, apiVersion, correlationId, clientId) ?? undefined,
        (err) => {
          this.server.logger.error(`${entry.name} handler failed to load on ${this.id}: ${(err as Error)?.stack ?? err}`);
          this.close(null);
        },
      );
    }
    return this.decodeAndDispatch(entry, r, apiKey, apiVersion, correlationId, clientId);
  }

  /** Decodes the body of a request whose header was read and version checked, then handles it. */
  private decodeAndDispatch(
    handler: ApiHandler,
    r: Reader,
    apiKey: number,
    apiVersion: number,
    correlationId: number,
    clientId: string | null,
  ): Promise<void> | null {
    let request: unknown;
    try {
      if (isFlexible(requestFlexibleMin, apiKey, apiVersion)) {
        let tags = r.uvarint();
        while (tags-- > 0) {
          r.uvarint();
          r.skip(r.uvarint());
        }
      }
      request = handler.decode(r, apiVersion);
    } catch (err) {
      this.close(`closing connection ${this.id}: undecodable ${handler.name} v${apiVersion} request (${(err as Error).message})`);
      return null;
    }
    if (this.auth) {
      const step = this.auth.onRequest(apiKey, apiVersion, request);
      if (step instanceof Promise) {
        return step.then(
          (st) => this.afterSaslStep(st, handler, apiKey, apiVersion, correlationId, clientId, request, r.buf.length + 4) ?? undefined,
          (err) => this.fail(handler, apiVersion, err),
        );
      }
      return this.afterSaslStep(step, handler, apiKey, apiVersion, correlationId, clientId, request, r.buf.length + 4);
    }
    return this.dispatch(handler, apiKey, apiVersion, correlationId, clientId, request, r.buf.length + 4);
  }

  /** Carries out the authenticator's decision about a request. */
  private afterSaslStep(
    step: SaslStep,
    handler: ApiHandler,
    apiKey: number,
    apiVersion: number,
    correlationId: number,
    clientId: string | null,
    request: unknown,
    requestBytes: number,
  ): Promise<void> | null {
    const flexible = apiKey !== ApiKey.ApiVersions && isFlexible(responseFlexibleMin, apiKey, apiVersion);
    const encode = (resp: unknown) => (w: Writer) => handler.encode(w, apiVersion, resp);
    switch (step.kind) {
      case 'pass':
        return this.dispatch(handler, apiKey, apiVersion, correlationId, clientId, request, requestBytes);
      case 'respond':
        this.send(correlationId, flexible, encode(step.response));
        this.onAuthenticated();
        return null;
      case 'close':
        this.close(step.log);
        return null;
      case 'respond-close':
        return this.later(step.delayMs, () => {
          this.send(correlationId, flexible, encode(step.response));
          this.end(step.log);
        });
    }
  }

  /** A raw SASL token (after SaslHandshake v0): answered as a size-prefixed raw token. */
  private async rawToken(auth: SaslAuthenticator, token: Buffer): Promise<void> {
    const step = await auth.onRawToken(token);
    if (step.kind === 'close') {
      await this.later(step.delayMs, () => this.close(step.log));
      return;
    }
    if (this.closed) return;
    const size = Buffer.allocUnsafe(4);
    size.writeInt32BE(step.bytes.length, 0);
    this.socket.write(Buffer.concat([size, step.bytes]));
    this.onAuthenticated();
  }

  /** Takes the authenticator's principal once it has one; frames may then be as large as socket.request.max.bytes. */
  private onAuthenticated(): void {
    if (this.auth?.principal && this.principal !== this.auth.principal) {
      this.principal = this.auth.principal;
      this.decoder.setLimit(this.server.options.maxFrameBytes, 'socket.request.max.bytes');
    }
  }

  /** Runs `f` after `ms` (0: now); no further request of this connection is handled meanwhile. */
  private later(ms: number, f: () => void): Promise<void> | null {
    if (ms <= 0) {
      f();
      return null;
    }
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        if (!this.closed) f();
        resolve();
      }, ms),
    );
  }

  /** Handles a request through its API handler (`requestBytes`: the frame's size with its length prefix). */
  private dispatch(
    handler: ApiHandler,
    apiKey: number,
    apiVersion: number,
    correlationId: number,
    clientId: string | null,
    request: unknown,
    requestBytes: number,
  ): Promise<void> | null {
    const ctx: RequestContext = {
      apiKey,
      apiVersion,
      correlationId,
      clientId,
      clientHost: this.clientHost,
      clientAddress: this.clientAddress,
      principal: this.principal,
      listenerName: this.server.options.listenerName,
      securityProtocol: this.server.options.securityProtocol,
      connectionId: this.id,
      broker: this.server.services,
    };
    const started = performance.now();
    let result: ReturnType<ApiHandler['handle']>;
    try {
      result = handler.handle(ctx, request);
    } catch (err) {
      this.fail(handler, apiVersion, err);
      return null;
    }
    // The handler's synchronous run: what counts against request quotas.
    const handlerMs = performance.now() - started;
    if (handler.pipelined === true) return this.answerInOrder(handler, ctx, result, started, requestBytes, handlerMs);
    if (result instanceof Promise) {
      return result.then(
        (resp) => this.respond(handler, ctx, resp, started, requestBytes, handlerMs),
        (err) => this.fail(handler, apiVersion, err),
      );
    }
    this.respond(handler, ctx, result, started, requestBytes, handlerMs);
    return null;
  }

  /**
   * The answer of a pipelined request (its changes are made): written after
   * the answers still owed, without holding up the next request. Returns a
   * promise (to wait for) only once MAX_OWED answers are owed.
   */
  private answerInOrder(
    handler: ApiHandler,
    ctx: RequestContext,
    result: unknown,
    started: number,
    requestBytes: number,
    handlerMs: number,
  ): Promise<void> | null {
    const before = this.owed;
    if (before === null && !(result instanceof Promise)) {
      this.respond(handler, ctx, result, started, requestBytes, handlerMs);
      return null;
    }
    // Settled at once into a write to do, so a failure is never an unhandled rejection while earlier answers are owed.
    const outcome = Promise.resolve(result).then(
      (resp) => () => this.respond(handler, ctx, resp, started, requestBytes, handlerMs),
      (err) => () => this.fail(handler, ctx.apiVersion, err),
    );
    const written = (before === null ? outcome : before.then(() => outcome)).then((write) => write());
    this.owed = written;
    this.owedCount++;
    void written.then(() => {
      this.owedCount--;
      if (this.owed === written) this.owed = null;
    });
    return this.owedCount >= MAX_OWED ? written : null;
  }

  private fail(handler: ApiHandler, v: number, err: unknown): void {
    if (err instanceof CloseConnection) {
      this.close(`closing connection ${this.id}: ${err.message}`);
      return;
    }
    this.server.logger.error(`${handler.name} v${v} failed on ${this.id}: ${(err as Error)?.stack ?? err}`);
    this.close(null);
  }

  /** Writes a handler's answer (none for null) with its throttle time, then mutes the connection for it (`requestBytes` and `handlerMs` count against client quotas). */
  private respond(handler: ApiHandler, ctx: RequestContext, resp: unknown, started: number, requestBytes: number, handlerMs: number): void {
    this.server.observe?.(handler, ctx, performance.now() - started);
    const quotas = ctx.broker.clientQuotas;
    const throttle = requestThrottleMs(quotas, ctx, requestBytes, handlerMs, resp !== null);
    // Fetch decides its own throttle (an empty answer); it comes back in the response.
    const answered = resp === null ? 0 : ((resp as { throttleTimeMs?: number }).throttleTimeMs ?? 0);
    // A copy, not a write: a handler may answer with a shared object. Only throttled answers pay for it.
    if (resp !== null && throttle > answered) resp = { ...(resp as object), throttleTimeMs: throttle };
    if (resp === null || this.closed) {
      if (throttle > 0 && !this.closed) this.gate.muteFor(throttle);
      return;
    }
    const flexibleHeader = ctx.apiKey !== ApiKey.ApiVersions && isFlexible(responseFlexibleMin, ctx.apiKey, ctx.apiVersion);
    const encoding = quotas.request.enabled ? performance.now() : 0;
    try {
      this.send(ctx.correlationId, flexibleHeader, (w) => handler.encode(w, ctx.apiVersion, resp));
    } catch (err) {
      // A response that cannot be encoded is a bug: it costs this connection, not the broker.
      this.fail(handler, ctx.apiVersion, err);
      return;
    }
    if (encoding > 0) recordResponseTime(quotas, ctx, performance.now() - encoding);
    const mute = Math.max(throttle, answered);
    if (mute > 0) this.gate.muteFor(mute);
  }

  /** Frames and writes a response: size, correlation id, [tagged fields], body. */
  private send(correlationId: number, flexibleHeader: boolean, body: (w: Writer) => void): void {
    const w = Writer.acquire();
    try {
      w.int32(0);
      w.int32(correlationId);
      if (flexibleHeader) w.uvarint(0);
      body(w);
      const size = w.length - 4;
      const chunks = w.finish();
      chunks[0].writeInt32BE(size, 0);
      if (this.closed) return;
      if (chunks.length === 1) this.socket.write(chunks[0]);
      else {
        // chunks[1..] are referenced byte fields (records read from the log):
        // once the last write is done their pooled read buffers can be reused.
        this.socket.cork();
        const last = chunks.length - 1;
        for (let i = 0; i < last; i++) this.socket.write(chunks[i]);
        this.socket.write(chunks[last], (err) => {
          if (!err) for (let i = 1; i <= last; i++) releaseReadBuffer(chunks[i]);
        });
        this.socket.uncork();
      }
    } finally {
      Writer.release(w);
    }
  }

  close(reason: string | null): void {
    if (reason) this.server.logger.warn(reason);
    this.closed = true;
    this.queue.length = 0;
    this.socket.destroy();
  }

  /** Closes after what was written is sent (an answer the client must read before the close). */
  private end(reason: string): void {
    this.server.logger.warn(reason);
    this.closed = true;
    this.queue.length = 0;
    this.socket.end();
    // A client that never reads must not keep the socket open.
    setTimeout(() => this.socket.destroy(), 5000).unref();
  }
}
