/**
 * DataFrameReader (spark.read): files into a DataFrame, as Spark reads them.
 *
 *   spark.read.parquet('/data/word-counts')
 *   spark.read.format('csv').option('header', true).load('/tmp/out')
 *
 * A path is a file or a directory; a directory means every file under it,
 * recursively, except names starting with "_" or "." (_SUCCESS, _temporary,
 * checksums), with Hive-style "col=value" directories read as columns (what
 * partitionBy wrote). The file list is taken when the DataFrame is made.
 * Formats: parquet (the default), json (JSON Lines or a JSON array), csv
 * (options header, default false; sep / delimiter; quote; escape; nullValue;
 * inferSchema, default false: every column a string, as in Spark; column
 * names without a header are DuckDB's column0, column1, ...). Compressed
 * files (.gz, .zst) are read as such.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DataFrame } from './data-frame.js';
import { AnalysisException } from './errors.js';
import type { SparkSession } from './session.js';
import { localPath, sqlString, type FileFormat } from './writer.js';

const FORMATS: FileFormat[] = ['parquet', 'json', 'csv'];
const CSV_OPTIONS = ['header', 'sep', 'delimiter', 'quote', 'escape', 'nullvalue', 'inferschema'];

/** The data files under `p` (see the top of the file), sorted. */
function dataFiles(p: string): string[] {
  if (!fs.existsSync(p)) throw new AnalysisException(`Path does not exist: file:${p}`);
  if (!fs.statSync(p).isDirectory()) return [p];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('_') || e.name.startsWith('.')) continue;
      if (e.isDirectory()) walk(path.join(d, e.name));
      else out.push(path.join(d, e.name));
    }
  };
  walk(p);
  if (out.length === 0) throw new AnalysisException(`Unable to infer schema: no data files under file:${p}`);
  return out.sort();
}

/** Reads files into DataFrames (spark.read). */
export class DataFrameReader {
  private fileFormat: FileFormat = 'parquet';
  private readonly opts = new Map<string, string>();

  /** @internal Use spark.read. */
  constructor(private readonly session: SparkSession) {}

  /** The file format: parquet (default), json, csv. */
  format(format: FileFormat): this {
    const f = String(format).toLowerCase() as FileFormat;
    if (!FORMATS.includes(f)) throw new AnalysisException(`unknown format '${format}'; use one of ${FORMATS.join(', ')}`);
    this.fileFormat = f;
    return this;
  }

  /** One option (csv; see the top of the file). */
  option(key: string, value: string | number | boolean): this {
    this.opts.set(key.toLowerCase(), String(value));
    return this;
  }

  /** Several options. */
  options(options: Record<string, string | number | boolean>): this {
    for (const [k, v] of Object.entries(options)) this.option(k, v);
    return this;
  }

  /** A DataFrame over the files at `target`. */
  load(target: string): DataFrame {
    const files = dataFiles(localPath(target));
    const list = `[${files.map(sqlString).join(', ')}]`;
    const f = this.fileFormat;
    const known = f === 'csv' ? CSV_OPTIONS : [];
    for (const k of this.opts.keys()) if (!known.includes(k)) throw new AnalysisException(`option '${k}' is not known for reading ${f}`);
    let query: string;
    if (f === 'parquet') query = `SELECT * FROM read_parquet(${list}, hive_partitioning = true)`;
    else if (f === 'json') query = `SELECT * FROM read_json_auto(${list}, hive_partitioning = true)`;
    else {
      const args = [
        `header = ${this.opts.get('header') === 'true'}`,
        `all_varchar = ${this.opts.get('inferschema') !== 'true'}`,
        'hive_partitioning = true',
      ];
      const sep = this.opts.get('sep') ?? this.opts.get('delimiter');
      if (sep !== undefined) args.push(`delim = ${sqlString(sep)}`);
      if (this.opts.has('quote')) args.push(`quote = ${sqlString(this.opts.get('quote')!)}`);
      if (this.opts.has('escape')) args.push(`escape = ${sqlString(this.opts.get('escape')!)}`);
      if (this.opts.has('nullvalue')) args.push(`nullstr = ${sqlString(this.opts.get('nullvalue')!)}`);
      query = `SELECT * FROM read_csv(${list}, ${args.join(', ')})`;
    }
    return new DataFrame(this.session, { kind: 'query', query });
  }

  /** Parquet files at `target`. */
  parquet(target: string): DataFrame {
    return this.format('parquet').load(target);
  }

  /** JSON files at `target`. */
  json(target: string): DataFrame {
    return this.format('json').load(target);
  }

  /** CSV files at `target`. */
  csv(target: string): DataFrame {
    return this.format('csv').load(target);
  }

  /** The session's view or table `name`. */
  table(name: string): DataFrame {
    return this.session.table(name);
  }
}
