// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeAlterUserScramCredentialsRequest, encodeAlterUserScramCredentialsRequest, type AlterUserScramCredentialsRequest } from './alter-user-scram-credentials-request.js';
import { decodeAlterUserScramCredentialsResponse, encodeAlterUserScramCredentialsResponse, type AlterUserScramCredentialsResponse } from './alter-user-scram-credentials-response.js';

/** AlterUserScramCredentials (API key 51): versions 0-0 (inclusive) and codecs. */
export const AlterUserScramCredentialsApi: ApiMeta<AlterUserScramCredentialsRequest, AlterUserScramCredentialsResponse> = {
  apiKey: 51,
  name: 'AlterUserScramCredentials',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeAlterUserScramCredentialsRequest,
  encodeRequest: encodeAlterUserScramCredentialsRequest,
  decodeResponse: decodeAlterUserScramCredentialsResponse,
  encodeResponse: encodeAlterUserScramCredentialsResponse,
};
