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
/** The job has no SQL session (or has run no SQL yet), so there is nothing to query (404). */
export const NoSqlSession = defineError<'TRB_ERR_NO_SQL_SESSION', 404, []>(
  'TRB_ERR_NO_SQL_SESSION',
  'this job has run no SQL yet (no SparkSession with views or tables)',
  404,
);
/** No view or table of that name in the job's SQL session (404). */
export const ViewNotFound = defineError<'TRB_ERR_VIEW_NOT_FOUND', 404, [string, string]>(
  'TRB_ERR_VIEW_NOT_FOUND',
  "no view or table '%s' (the job has: %s)",
  404,
);
/** A query that is not one SELECT over the job's views and tables (400); the message says why. */
export const SqlNotReadOnly = defineError<'TRB_ERR_SQL_NOT_READ_ONLY', 400, [string]>('TRB_ERR_SQL_NOT_READ_ONLY', '%s', 400);
/** The query failed in the SQL engine (400): DuckDB's message (parse error, unknown column, ...). */
export const SqlFailed = defineError<'TRB_ERR_SQL_FAILED', 400, [string]>('TRB_ERR_SQL_FAILED', '%s', 400);
/** The query ran longer than the UI allows and was interrupted (503). */
export const SqlTimeout = defineError<'TRB_ERR_SQL_TIMEOUT', 503, [number]>('TRB_ERR_SQL_TIMEOUT', 'query interrupted after %s ms', 503);
