/**
 * One SASL login on a connection: SaslHandshake v1 naming the mechanism,
 * then SaslAuthenticate until the exchange (sasl-client.ts: PLAIN, or
 * SCRAM with the server's proof checked) completes. The first login and
 * every re-authentication (KIP-368) run the same steps; the answer is the
 * session lifetime the broker reported (0: the session does not end).
 */
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { decodeSaslHandshakeResponse } from '../../protocol/generated/sasl-handshake-response.js';
import { encodeSaslHandshakeRequest } from '../../protocol/generated/sasl-handshake-request.js';
import { decodeSaslAuthenticateResponse } from '../../protocol/generated/sasl-authenticate-response.js';
import { encodeSaslAuthenticateRequest } from '../../protocol/generated/sasl-authenticate-request.js';
import { KafkaClientError } from '../errors.js';
import type { BodyDecoder, BodyEncoder } from '../connection.js';
import { plainExchange, scramExchange } from './sasl-client.js';

/** Sends one request of the exchange on the connection being authenticated. */
export type SaslSend = <T>(apiKey: number, encode: BodyEncoder, decode: BodyDecoder<T>) => Promise<T>;

/** Runs the login as `sasl` over `send`; `where` (host:port) prefixes errors. Resolves with the session lifetime in ms (0: none). */
export async function saslLogin(
  sasl: { readonly mechanism: string; readonly username: string; readonly password: string },
  where: string,
  send: SaslSend,
): Promise<number> {
  const { mechanism, username, password } = sasl;
  const hs = await send(ApiKey.SaslHandshake, (w, v) => encodeSaslHandshakeRequest(w, v, { mechanism }), decodeSaslHandshakeResponse);
  if (hs.errorCode !== ErrorCode.NONE) {
    throw new KafkaClientError(
      hs.errorCode,
      `${where}: SASL mechanism ${mechanism} is not enabled (the broker offers ${hs.mechanisms.join(', ') || 'none'})`,
      false,
    );
  }
  const exchange = mechanism === 'PLAIN' ? plainExchange(username, password) : scramExchange(mechanism, username, password);
  let token: Buffer | null = exchange.start();
  let lifetimeMs = 0;
  while (token !== null) {
    const authBytes: Buffer = token;
    const res = await send(
      ApiKey.SaslAuthenticate,
      (w, v) => encodeSaslAuthenticateRequest(w, v, { authBytes }),
      decodeSaslAuthenticateResponse,
    );
    if (res.errorCode !== ErrorCode.NONE) {
      throw new KafkaClientError(res.errorCode, `${where}: ${res.errorMessage ?? 'SASL authentication failed'}`, false);
    }
    lifetimeMs = res.sessionLifetimeMs;
    token = await exchange.next(res.authBytes);
  }
  return lifetimeMs;
}
