/**
 * SASL/SCRAM-SHA-256 and -512 on the broker (RFC 5802, as Kafka's
 * ScramSaslServer), against the credentials of ScramCredentialService:
 * ```
 * client-first  n,[a=authzid],n=<user>,r=<client nonce>[,<extensions>]
 * server-first  r=<client nonce><server nonce>,s=<salt>,i=<iterations>
 * client-final  c=<base64 of the gs2 header>,r=<nonce>,p=<proof>
 * server-final  v=<server signature>
 * ```
 * Channel binding is refused (gs2 flag `p`), as in Kafka. Departure from
 * Kafka 4.0: the nonce of old librdkafka versions (see clientFinal) is accepted. The proof is
 * checked by recovering ClientKey and comparing H(ClientKey) with the stored
 * key. Unknown users and wrong passwords fail with the same message.
 */
import crypto from 'node:crypto';
import { decodeSaslName, digest, hmac, newNonce, parseAttributes, xor, type ScramMechanism } from '../../client/sasl/scram-crypto.js';
import type { ScramCredential } from './scram-credential.js';
import { SaslAuthenticationError, type SaslServer } from './sasl-server.js';

/** Looks a credential up (ScramCredentialService.credential). */
export type CredentialLookup = (user: string, mechanism: string) => ScramCredential | undefined;

type State = 'client-first' | 'client-final' | 'complete' | 'failed';

/** One SCRAM exchange. */
export class ScramSaslServer implements SaslServer {
  complete = false;
  authorizationId: string | null = null;
  claimedUser: string | null = null;
  private state: State = 'client-first';
  private gs2Header = '';
  private clientFirstBare = '';
  private serverFirst = '';
  private nonce = '';
  private clientNonce = '';
  private credential: ScramCredential | null = null;

  /** Creates the exchange for a mechanism. */
  constructor(
    private readonly m: ScramMechanism,
    private readonly lookup: CredentialLookup,
  ) {}

  get mechanism(): string {
    return this.m.name;
  }

  evaluate(token: Buffer): Buffer {
    try {
      switch (this.state) {
        case 'client-first':
          return this.clientFirst(token.toString('utf8'));
        case 'client-final':
          return this.clientFinal(token.toString('utf8'));
        default:
          throw new SaslAuthenticationError(`${this.m.name}: unexpected token after the exchange ended`);
      }
    } catch (err) {
      this.state = 'failed';
      if (err instanceof SaslAuthenticationError) throw err;
      throw new SaslAuthenticationError(`Authentication failed: ${(err as Error).message}`);
    }
  }

  private clientFirst(msg: string): Buffer {
    // gs2-header = flag "," [authzid] ","
    const first = msg.indexOf(',');
    const second = first < 0 ? -1 : msg.indexOf(',', first + 1);
    if (second < 0) throw new SaslAuthenticationError('Invalid SCRAM client first message: no gs2 header');
    const flag = msg.slice(0, first);
    if (flag.startsWith('p=')) throw new SaslAuthenticationError('Invalid SCRAM client first message: channel binding is not supported');
    if (flag !== 'n' && flag !== 'y') throw new SaslAuthenticationError(`Invalid SCRAM client first message: unknown gs2 flag '${flag}'`);
    const authzPart = msg.slice(first + 1, second);
    this.gs2Header = msg.slice(0, second + 1);
    this.clientFirstBare = msg.slice(second + 1);
    const attrs = parseAttributes(this.clientFirstBare, true);
    if (attrs.length < 2 || attrs[0][0] !== 'n' || attrs[1][0] !== 'r') {
      throw new SaslAuthenticationError('Invalid SCRAM client first message: expected n=<user>,r=<nonce>');
    }
    const user = decodeSaslName(attrs[0][1]);
    this.claimedUser = user;
    if (authzPart !== '') {
      if (!authzPart.startsWith('a=') || decodeSaslName(authzPart.slice(2)) !== user) {
        throw new SaslAuthenticationError('Authentication failed: Client requested an authorization id that is different from username');
      }
    }
    const clientNonce = attrs[1][1];
    if (clientNonce === '') throw new SaslAuthenticationError('Invalid SCRAM client first message: empty nonce');
    const credential = this.lookup(user, this.m.name);
    if (credential === undefined) throw new SaslAuthenticationError('Authentication failed: Invalid user credentials');
    this.credential = credential;
    this.clientNonce = clientNonce;
    this.nonce = clientNonce + newNonce();
    this.serverFirst = `r=${this.nonce},s=${credential.salt.toString('base64')},i=${credential.iterations}`;
    this.state = 'client-final';
    return Buffer.from(this.serverFirst, 'utf8');
  }

  private clientFinal(msg: string): Buffer {
    const proofAt = msg.lastIndexOf(',p=');
    if (proofAt < 0) throw new SaslAuthenticationError('Invalid SCRAM client final message: no proof');
    const withoutProof = msg.slice(0, proofAt);
    const attrs = parseAttributes(withoutProof, true);
    const channel = attrs.find(([k]) => k === 'c')?.[1];
    const nonce = attrs.find(([k]) => k === 'r')?.[1];
    if (channel !== Buffer.from(this.gs2Header, 'utf8').toString('base64')) {
      throw new SaslAuthenticationError('Invalid SCRAM client final message: channel binding does not match the gs2 header');
    }
    // librdkafka before 2.6.1 (Debian's kcat and confluent-kafka) sends its own nonce once more in front
    // (librdkafka#4895); Kafka 3.8.1-3.9 accepted that, Kafka 4.0 refuses it. Tributary accepts exactly
    // that form too, so those clients work unchanged.
    if (nonce !== this.nonce && nonce !== this.clientNonce + this.nonce) {
      throw new SaslAuthenticationError('Invalid SCRAM client final message: nonce mismatch');
    }
    const proof = Buffer.from(msg.slice(proofAt + 3), 'base64');
    const cred = this.credential!;
    const authMessage = `${this.clientFirstBare},${this.serverFirst},${withoutProof}`;
    const signature = hmac(this.m, cred.storedKey, authMessage);
    const invalid = `Authentication failed during authentication due to invalid credentials with SASL mechanism ${this.m.name}`;
    if (proof.length !== signature.length) throw new SaslAuthenticationError(invalid);
    const computed = digest(this.m, xor(proof, signature));
    if (!crypto.timingSafeEqual(computed, cred.storedKey)) throw new SaslAuthenticationError(invalid);
    this.authorizationId = this.claimedUser;
    this.complete = true;
    this.state = 'complete';
    return Buffer.from(`v=${hmac(this.m, cred.serverKey, authMessage).toString('base64')}`, 'utf8');
  }
}
