/**
 * The streaming UI's own errors, defined in the shared catalogue of
 * http-common/errors.ts (rendered as `{"statusCode", "code", "error",
 * "message"}` like every Tributary HTTP error).
 */
import { defineError } from '../../http-common/errors.js';

/** The UI retains no batch at that time (404). */
export const BatchNotFound = defineError<'TRB_ERR_BATCH_NOT_FOUND', 404, [number]>(
  'TRB_ERR_BATCH_NOT_FOUND',
  'no retained batch at time %s',
  404,
);
