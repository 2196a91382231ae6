/** The error of a SQL statement that cannot run (Spark's AnalysisException; parse errors included). */
export class AnalysisException extends Error {
  /** Creates the error; `query` is the statement, when there is one. */
  constructor(
    message: string,
    readonly query?: string,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'AnalysisException';
  }
}

/** A query from outside the job that ran longer than allowed and was interrupted. */
export class QueryTimeoutError extends AnalysisException {
  /** Creates the error for a query interrupted after `timeoutMs`. */
  constructor(
    readonly timeoutMs: number,
    query: string,
    cause?: unknown,
  ) {
    super(`query interrupted after ${timeoutMs} ms`, query, cause);
    this.name = 'QueryTimeoutError';
  }
}
