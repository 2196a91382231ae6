/**
 * SaslAuthenticate (key 36): reaches this handler only outside a SASL
 * exchange (on a PLAINTEXT or SSL listener, or after authentication
 * completed) and is answered ILLEGAL_SASL_STATE, as Kafka's KafkaApis does.
 * During an exchange the network layer's authenticator
 * (security/sasl-authenticator.ts) answers it.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { SaslAuthenticateApi } from '../../protocol/generated/sasl-authenticate-api.js';
import { defineApi } from './types.js';

export default defineApi(SaslAuthenticateApi, {
  minVersion: 0,
  maxVersion: 2,
  handle() {
    return {
      errorCode: ErrorCode.ILLEGAL_SASL_STATE,
      errorMessage: 'SaslAuthenticate request received after successful authentication',
      authBytes: Buffer.alloc(0),
      sessionLifetimeMs: 0,
    };
  },
});
