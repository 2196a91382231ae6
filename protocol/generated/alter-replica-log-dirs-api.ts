// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeAlterReplicaLogDirsRequest, encodeAlterReplicaLogDirsRequest, type AlterReplicaLogDirsRequest } from './alter-replica-log-dirs-request.js';
import { decodeAlterReplicaLogDirsResponse, encodeAlterReplicaLogDirsResponse, type AlterReplicaLogDirsResponse } from './alter-replica-log-dirs-response.js';

/** AlterReplicaLogDirs (API key 34): versions 0-2 (inclusive) and codecs. */
export const AlterReplicaLogDirsApi: ApiMeta<AlterReplicaLogDirsRequest, AlterReplicaLogDirsResponse> = {
  apiKey: 34,
  name: 'AlterReplicaLogDirs',
  minVersion: 0,
  maxVersion: 2,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeAlterReplicaLogDirsRequest,
  encodeRequest: encodeAlterReplicaLogDirsRequest,
  decodeResponse: decodeAlterReplicaLogDirsResponse,
  encodeResponse: encodeAlterReplicaLogDirsResponse,
};
