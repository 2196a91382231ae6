/**
 * SQL over a streaming job's data: SparkSession, DataFrame and rdd.toDF()
 * (see session.ts). Importing this loads no SQL engine; DuckDB loads on the
 * first SQL action.
 */
import './to-df.js';

export { SparkSession, Builder, Catalog, RuntimeConfig, type CatalogTable } from './session.js';
export { DataFrame, type Row } from './data-frame.js';
export { DataFrameWriter, type SaveMode, type FileFormat } from './writer.js';
export { DataFrameReader } from './reader.js';
export { AnalysisException } from './errors.js';
export type { Column, SchemaSpec } from './schema.js';
