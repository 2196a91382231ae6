/** ApiVersions (key 18): the versions of every API this broker serves. */
import { decodeApiVersionsRequest, type ApiVersionsRequest } from '../protocol/generated/api-versions-request.js';
import { encodeApiVersionsResponse, type ApiVersionsResponse } from '../protocol/generated/api-versions-response.js';
import { ErrorCode } from '../protocol/generated/errors.js';
import { defineApi } from './types.js';
import { advertisedVersions } from './registry.js';

export default defineApi<ApiVersionsRequest, ApiVersionsResponse>({
  apiKey: 18,
  name: 'ApiVersions',
  minVersion: 0,
  maxVersion: 4,
  decode: decodeApiVersionsRequest,
  encode: encodeApiVersionsResponse,
  handle(ctx, req) {
    // KIP-511: v3+ clients name themselves; the name must be a valid identifier.
    if (ctx.apiVersion >= 3 && !/^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/.test(req.clientSoftwareName || 'x')) {
      return { errorCode: ErrorCode.INVALID_REQUEST, apiKeys: advertisedVersions() };
    }
    return { errorCode: ErrorCode.NONE, apiKeys: advertisedVersions(), throttleTimeMs: 0 };
  },
});
