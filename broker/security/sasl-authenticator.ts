/**
 * The SASL state of one connection on a SASL_PLAINTEXT or SASL_SSL listener
 * (Kafka's SaslServerAuthenticator), driven by the network layer before any
 * API handler sees a request:
 *
 * ```
 * HANDSHAKE ──ApiVersions──▶ HANDSHAKE (answered by the normal handler)
 * HANDSHAKE ──SaslHandshake v1──▶ AUTHENTICATE ──SaslAuthenticate*──▶ AUTHENTICATED
 * HANDSHAKE ──SaslHandshake v0──▶ RAW_TOKEN ──raw tokens*──▶ AUTHENTICATED
 * AUTHENTICATED ──SaslHandshake (re-authentication, KIP-368)──▶ AUTHENTICATE ──▶ AUTHENTICATED
 * ```
 * Anything else before authentication closes the connection. A mechanism
 * that is not enabled is answered UNSUPPORTED_SASL_MECHANISM (with the
 * enabled list) and the connection closed; a failed exchange is answered
 * SASL_AUTHENTICATION_FAILED after `connection.failed.authentication.delay.ms`
 * and closed, with one log line naming the claimed user, the mechanism and
 * the address. With `connections.max.reauth.ms`, SaslAuthenticate v1+
 * reports the session lifetime, and a request arriving after the session
 * ended (without re-authentication) closes the connection. A
 * re-authentication must keep the mechanism and the principal.
 *
 * The authenticator decides; the channel (broker/network/socket-server.ts)
 * reads, writes and closes.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { scramMechanism } from '../../client/sasl/scram-crypto.js';
import type { ListenerSasl } from '../../config/listener-security.js';
import type { Principal } from '../apis/types.js';
import { userPrincipal } from './kafka-principal.js';
import { plainUsersOf, PlainSaslServer } from './sasl-plain-server.js';
import { ScramSaslServer, type CredentialLookup } from './sasl-scram-server.js';
import { SaslAuthenticationError, type SaslServer } from './sasl-server.js';

type State = 'handshake' | 'authenticate' | 'raw-token' | 'authenticated' | 'failed';

/** What the channel does with a request during authentication. */
export type SaslStep =
  /** Not part of the exchange: handle normally. */
  | { readonly kind: 'pass' }
  /** Answer with this response body (encoded by the request's handler), then go on. */
  | { readonly kind: 'respond'; readonly response: unknown }
  /** Answer, then (after delayMs) close the connection with one log line. */
  | { readonly kind: 'respond-close'; readonly response: unknown; readonly delayMs: number; readonly log: string }
  /** Close the connection at once with one log line. */
  | { readonly kind: 'close'; readonly log: string };

/** What a raw token (SaslHandshake v0) exchange step yields. */
export type RawStep =
  { readonly kind: 'reply'; readonly bytes: Buffer } | { readonly kind: 'close'; readonly log: string; readonly delayMs: number };

/** Everything an authenticator needs from its listener and broker. */
export interface SaslAuthenticatorOptions {
  readonly sasl: ListenerSasl;
  readonly scramCredentials: CredentialLookup;
  /** connection.failed.authentication.delay.ms */
  readonly failedAuthenticationDelayMs: number;
  /** The client's address and connection id, for log lines. */
  readonly peer: string;
  /** Clock (ms), for session expiry. */
  readonly now?: () => number;
}

const PASS: SaslStep = { kind: 'pass' };

/** The SASL exchange of one connection. */
export class SaslAuthenticator {
  private state: State = 'handshake';
  private server: SaslServer | null = null;
  /** The mechanism of the first authentication (re-authentication must keep it). */
  private mechanism: string | null = null;
  /** The authenticated principal, null before the first success. */
  principal: Principal | null = null;
  /** When the session ends (ms since epoch), or null when it does not. */
  private sessionExpiresAt: number | null = null;
  /** Whether the client authenticated with SaslAuthenticate v1+ (can re-authenticate). */
  private reauthCapable = false;
  private readonly plainUsers: Map<string, string>;
  private readonly now: () => number;

  /** Creates the state of a new connection. */
  constructor(private readonly o: SaslAuthenticatorOptions) {
    const plain = o.sasl.jaas.PLAIN;
    this.plainUsers = plain ? plainUsersOf(plain.options) : new Map();
    this.now = o.now ?? Date.now;
  }

  /** True until the first authentication succeeded: frames are limited to sasl.server.max.receive.size. */
  get authenticating(): boolean {
    return this.principal === null;
  }

  /** True after SaslHandshake v0: the next frames are raw SASL tokens, not requests. */
  get expectsRawToken(): boolean {
    return this.state === 'raw-token';
  }

  /** Decides about one decoded request. */
  onRequest(apiKey: number, apiVersion: number, request: unknown): SaslStep | Promise<SaslStep> {
    switch (this.state) {
      case 'authenticated':
        if (apiKey === ApiKey.SaslHandshake) {
          if (!this.reauthCapable || apiVersion < 1)
            return this.close('SaslHandshake after authentication from a client that cannot re-authenticate');
          return this.handshake(apiVersion, request as { mechanism: string }, true);
        }
        if (this.sessionExpiresAt !== null && this.now() > this.sessionExpiresAt) {
          return this.close(
            `the SASL session of ${this.describePrincipal()} expired (connections.max.reauth.ms) without re-authentication`,
          );
        }
        return PASS;
      case 'handshake':
        if (apiKey === ApiKey.ApiVersions) return PASS;
        if (apiKey === ApiKey.SaslHandshake) return this.handshake(apiVersion, request as { mechanism: string }, false);
        return this.close(`unexpected API key ${apiKey} before SASL authentication (expected SaslHandshake)`);
      case 'authenticate':
        if (apiKey === ApiKey.SaslAuthenticate) return this.authenticate(apiVersion, (request as { authBytes: Buffer }).authBytes);
        if (this.principal !== null) return PASS; // re-authentication in progress: the session goes on
        return this.close(`unexpected API key ${apiKey} during SASL authentication (expected SaslAuthenticate)`);
      default:
        return this.close('request on a connection whose authentication failed');
    }
  }

  private handshake(version: number, req: { mechanism: string }, reauth: boolean): SaslStep {
    const enabled = this.o.sasl.mechanisms;
    if (!enabled.includes(req.mechanism)) {
      this.state = 'failed';
      return {
        kind: 'respond-close',
        response: { errorCode: ErrorCode.UNSUPPORTED_SASL_MECHANISM, mechanisms: [...enabled] },
        delayMs: 0,
        log: `closing connection ${this.o.peer}: SASL mechanism '${req.mechanism}' is not enabled (enabled: ${enabled.join(', ')})`,
      };
    }
    if (reauth && req.mechanism !== this.mechanism) {
      this.state = 'failed';
      return {
        kind: 'respond-close',
        response: { errorCode: ErrorCode.ILLEGAL_SASL_STATE, mechanisms: [...enabled] },
        delayMs: 0,
        log: `closing connection ${this.o.peer}: re-authentication with ${req.mechanism} instead of ${this.mechanism}`,
      };
    }
    this.server = this.newServer(req.mechanism);
    this.mechanism = req.mechanism;
    this.state = version === 0 ? 'raw-token' : 'authenticate';
    return { kind: 'respond', response: { errorCode: ErrorCode.NONE, mechanisms: [...enabled] } };
  }

  private newServer(mechanism: string): SaslServer {
    if (mechanism === 'PLAIN') return new PlainSaslServer(this.plainUsers);
    return new ScramSaslServer(scramMechanism(mechanism)!, this.o.scramCredentials);
  }

  /** Runs one token through the mechanism; returns the answer or the failure. */
  private async evaluate(token: Buffer): Promise<{ ok: true; bytes: Buffer } | { ok: false; message: string; log: string }> {
    const server = this.server!;
    try {
      const bytes = await server.evaluate(token);
      if (server.complete) {
        const principal = userPrincipal(server.authorizationId!);
        if (this.principal !== null && this.principal.name !== principal.name) {
          const message = `Cannot change principals during re-authentication from ${this.describePrincipal()} to User:${principal.name}`;
          return { ok: false, message, log: message };
        }
        this.principal = principal;
        this.state = 'authenticated';
        this.server = null;
      }
      return { ok: true, bytes };
    } catch (err) {
      if (!(err instanceof SaslAuthenticationError)) throw err;
      const who = server.claimedUser === null ? 'an unnamed user' : `User:${server.claimedUser}`;
      return { ok: false, message: err.message, log: `${err.message} (${who}, ${server.mechanism})` };
    }
  }

  private async authenticate(version: number, token: Buffer): Promise<SaslStep> {
    const r = await this.evaluate(token);
    if (!r.ok) {
      this.state = 'failed';
      return {
        kind: 'respond-close',
        response: {
          errorCode: ErrorCode.SASL_AUTHENTICATION_FAILED,
          errorMessage: r.message,
          authBytes: Buffer.alloc(0),
          sessionLifetimeMs: 0,
        },
        delayMs: this.o.failedAuthenticationDelayMs,
        log: `Failed authentication with ${this.o.peer}: ${r.log}`,
      };
    }
    let sessionLifetimeMs = 0;
    if (this.state === 'authenticated') {
      this.reauthCapable = version >= 1;
      const reauthMs = this.o.sasl.reauthMs[this.mechanism!] ?? 0;
      this.sessionExpiresAt = reauthMs > 0 ? this.now() + reauthMs : null;
      sessionLifetimeMs = reauthMs;
    }
    return { kind: 'respond', response: { errorCode: ErrorCode.NONE, errorMessage: null, authBytes: r.bytes, sessionLifetimeMs } };
  }

  /** One raw token after SaslHandshake v0 (Kafka's pre-KIP-152 framing). */
  async onRawToken(token: Buffer): Promise<RawStep> {
    const r = await this.evaluate(token);
    if (!r.ok) {
      this.state = 'failed';
      // v0 has no error response: the connection is closed (after the delay).
      return { kind: 'close', log: `Failed authentication with ${this.o.peer}: ${r.log}`, delayMs: this.o.failedAuthenticationDelayMs };
    }
    if (this.state === 'authenticated') {
      const reauthMs = this.o.sasl.reauthMs[this.mechanism!] ?? 0;
      this.sessionExpiresAt = reauthMs > 0 ? this.now() + reauthMs : null;
    }
    return { kind: 'reply', bytes: r.bytes };
  }

  private close(why: string): SaslStep {
    this.state = 'failed';
    return { kind: 'close', log: `closing connection ${this.o.peer}: ${why}` };
  }

  private describePrincipal(): string {
    return this.principal ? `${this.principal.type}:${this.principal.name}` : 'an unauthenticated client';
  }
}
