// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeUpdateRaftVoterRequest, encodeUpdateRaftVoterRequest, type UpdateRaftVoterRequest } from './update-raft-voter-request.js';
import { decodeUpdateRaftVoterResponse, encodeUpdateRaftVoterResponse, type UpdateRaftVoterResponse } from './update-raft-voter-response.js';

/** UpdateRaftVoter (API key 82): versions 0-0 (inclusive) and codecs. */
export const UpdateRaftVoterApi: ApiMeta<UpdateRaftVoterRequest, UpdateRaftVoterResponse> = {
  apiKey: 82,
  name: 'UpdateRaftVoter',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeUpdateRaftVoterRequest,
  encodeRequest: encodeUpdateRaftVoterRequest,
  decodeResponse: decodeUpdateRaftVoterResponse,
  encodeResponse: encodeUpdateRaftVoterResponse,
};
