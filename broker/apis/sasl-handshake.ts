/**
 * SaslHandshake (key 17): reaches this handler only where no SASL exchange
 * can start — a PLAINTEXT or SSL listener — and is answered
 * ILLEGAL_SASL_STATE, as Kafka's KafkaApis does. On SASL listeners the
 * network layer's authenticator (security/sasl-authenticator.ts) takes the
 * handshake before any handler: the first one, and re-authentications
 * (KIP-368).
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { SaslHandshakeApi } from '../../protocol/generated/sasl-handshake-api.js';
import { defineApi } from './types.js';

export default defineApi(SaslHandshakeApi, {
  minVersion: 0,
  maxVersion: 1,
  handle() {
    return { errorCode: ErrorCode.ILLEGAL_SASL_STATE, mechanisms: [] };
  },
});
