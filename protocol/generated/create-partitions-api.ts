// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeCreatePartitionsRequest, encodeCreatePartitionsRequest, type CreatePartitionsRequest } from './create-partitions-request.js';
import { decodeCreatePartitionsResponse, encodeCreatePartitionsResponse, type CreatePartitionsResponse } from './create-partitions-response.js';

/** CreatePartitions (API key 37): versions 0-3 (inclusive) and codecs. */
export const CreatePartitionsApi: ApiMeta<CreatePartitionsRequest, CreatePartitionsResponse> = {
  apiKey: 37,
  name: 'CreatePartitions',
  minVersion: 0,
  maxVersion: 3,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeCreatePartitionsRequest,
  encodeRequest: encodeCreatePartitionsRequest,
  decodeResponse: decodeCreatePartitionsResponse,
  encodeResponse: encodeCreatePartitionsResponse,
};
