/** ApiVersions (key 18): the versions of every API this broker serves. */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { ApiVersionsApi } from '../../protocol/generated/api-versions-api.js';
import { defineApi } from './types.js';
import { advertisedVersions } from './api-table.js';

/** Kafka's pattern for client software names and versions. */
const SOFTWARE_ID = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/;

export default defineApi(ApiVersionsApi, {
  minVersion: 0,
  maxVersion: 4,
  handle(ctx, req) {
    // KIP-511: v3+ clients name themselves; name and version must both be valid identifiers.
    if (ctx.apiVersion >= 3 && !(SOFTWARE_ID.test(req.clientSoftwareName) && SOFTWARE_ID.test(req.clientSoftwareVersion))) {
      return { errorCode: ErrorCode.INVALID_REQUEST, apiKeys: advertisedVersions() };
    }
    return { errorCode: ErrorCode.NONE, apiKeys: advertisedVersions(), throttleTimeMs: 0 };
  },
});
