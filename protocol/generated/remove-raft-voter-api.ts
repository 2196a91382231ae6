// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeRemoveRaftVoterRequest, encodeRemoveRaftVoterRequest, type RemoveRaftVoterRequest } from './remove-raft-voter-request.js';
import { decodeRemoveRaftVoterResponse, encodeRemoveRaftVoterResponse, type RemoveRaftVoterResponse } from './remove-raft-voter-response.js';

/** RemoveRaftVoter (API key 81): versions 0-0 (inclusive) and codecs. */
export const RemoveRaftVoterApi: ApiMeta<RemoveRaftVoterRequest, RemoveRaftVoterResponse> = {
  apiKey: 81,
  name: 'RemoveRaftVoter',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeRemoveRaftVoterRequest,
  encodeRequest: encodeRemoveRaftVoterRequest,
  decodeResponse: decodeRemoveRaftVoterResponse,
  encodeResponse: encodeRemoveRaftVoterResponse,
};
