// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeAddRaftVoterRequest, encodeAddRaftVoterRequest, type AddRaftVoterRequest } from './add-raft-voter-request.js';
import { decodeAddRaftVoterResponse, encodeAddRaftVoterResponse, type AddRaftVoterResponse } from './add-raft-voter-response.js';

/** AddRaftVoter (API key 80): versions 0-0 (inclusive) and codecs. */
export const AddRaftVoterApi: ApiMeta<AddRaftVoterRequest, AddRaftVoterResponse> = {
  apiKey: 80,
  name: 'AddRaftVoter',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeAddRaftVoterRequest,
  encodeRequest: encodeAddRaftVoterRequest,
  decodeResponse: decodeAddRaftVoterResponse,
  encodeResponse: encodeAddRaftVoterResponse,
};
