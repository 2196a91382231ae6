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
