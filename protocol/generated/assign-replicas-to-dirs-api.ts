// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeAssignReplicasToDirsRequest, encodeAssignReplicasToDirsRequest, type AssignReplicasToDirsRequest } from './assign-replicas-to-dirs-request.js';
import { decodeAssignReplicasToDirsResponse, encodeAssignReplicasToDirsResponse, type AssignReplicasToDirsResponse } from './assign-replicas-to-dirs-response.js';

/** AssignReplicasToDirs (API key 73): versions 0-0 (inclusive) and codecs. */
export const AssignReplicasToDirsApi: ApiMeta<AssignReplicasToDirsRequest, AssignReplicasToDirsResponse> = {
  apiKey: 73,
  name: 'AssignReplicasToDirs',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeAssignReplicasToDirsRequest,
  encodeRequest: encodeAssignReplicasToDirsRequest,
  decodeResponse: decodeAssignReplicasToDirsResponse,
  encodeResponse: encodeAssignReplicasToDirsResponse,
};
