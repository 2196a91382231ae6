/**
 * The server side of one SASL mechanism (Java's SaslServer): it evaluates the
 * client's tokens in turn, answers each with a challenge, and ends complete
 * with the authenticated user — or throws SaslAuthenticationError, whose
 * message goes back to the client in SaslAuthenticate's error message.
 */

/** A failed authentication: the message is the one the client sees (never a password or key). */
export class SaslAuthenticationError extends Error {
  /** Builds the error. */
  constructor(message: string) {
    super(message);
    this.name = 'SaslAuthenticationError';
  }
}

/** One mechanism's server, for one authentication exchange. */
export interface SaslServer {
  /** PLAIN, SCRAM-SHA-256, SCRAM-SHA-512. */
  readonly mechanism: string;
  /** Evaluates the client's next token and returns the answer (maybe empty); throws SaslAuthenticationError. */
  evaluate(token: Buffer): Buffer | Promise<Buffer>;
  /** True once the exchange succeeded. */
  readonly complete: boolean;
  /** The authenticated user name (after completion). */
  readonly authorizationId: string | null;
  /** The user name the client claimed, for the failure log line; null before the client said. */
  readonly claimedUser: string | null;
}
