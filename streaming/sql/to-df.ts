/**
 * rdd.toDF(): Spark's implicit conversion of an RDD into a DataFrame of the
 * active session (started on first use), with optional column names:
 * toDF('word'), toDF('word', 'count'), toDF(['word', 'count']), or a DDL
 * schema with types, toDF('word STRING, count BIGINT'). See schema.ts for
 * how records become columns.
 */
import { RDD } from '../rdd/rdd.js';
import type { DataFrame } from './data-frame.js';
import { SparkSession } from './session.js';
import type { SchemaSpec } from './schema.js';

declare module '../rdd/rdd.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration repeats RDD's type parameter
  interface RDD<T> {
    /** This RDD's records as a DataFrame of the active SparkSession (columns: see sql/schema.ts). */
    toDF(...columns: string[]): DataFrame;
    /** This RDD's records as a DataFrame with these column names. */
    toDF(columns: string[]): DataFrame;
  }
}

RDD.prototype.toDF = function (this: RDD<unknown>, ...args: (string | string[])[]): DataFrame {
  let schema: SchemaSpec | undefined;
  if (args.length === 1 && Array.isArray(args[0])) schema = args[0];
  else if (args.length === 1 && /\s/.test(args[0] as string)) schema = args[0] as string;
  else if (args.length > 0) schema = args as string[];
  const session = SparkSession.getActiveSession() ?? SparkSession.builder.getOrCreate();
  return session.createDataFrame(this, schema);
};
