/**
 * DataFrameWriter (df.write): a DataFrame's rows into files or into a table
 * of the session, with Spark's calls:
 *
 *   await df.write.mode('append').parquet('/data/word-counts');
 *   await df.write.format('csv').option('header', true).save('/tmp/out');
 *   await df.write.mode('append').saveAsTable('history');
 *
 * Files. Formats: parquet (the default, snappy-compressed, as Spark), json
 * (one object per line, Spark's JSON Lines), csv. The path is a directory,
 * laid out as Spark's: part files "part-00000-<uuid>.<format>" (one per
 * write; more when DuckDB splits a large one) and an empty _SUCCESS file;
 * with partitionBy(cols), Hive-style subdirectories "col=value/" hold the
 * part files and the partition columns are left out of the files. A write
 * goes to <path>/_temporary/<uuid>/ first; its files are renamed into place
 * at the end, so a reader never sees half a file. Modes: "errorifexists" /
 * "error" (the default: a path that exists is an error), "append" (new part
 * files next to the old ones), "overwrite" (the directory is replaced),
 * "ignore" (nothing is written when the path exists).
 * Options: compression (parquet: snappy, zstd, gzip, none; json and csv:
 * none, gzip, zstd); csv: header (default false, as Spark), sep (or
 * delimiter, default ","), quote, escape, nullValue. An unknown option is an
 * error naming it.
 *
 * Tables: saveAsTable(name) makes (or, by mode, appends to by column name,
 * replaces, or leaves) a table of the session; insertInto(name) appends by
 * position. Session tables live in the session's in-memory database: across
 * batches, not across restarts (files are the durable output).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { DataFrame } from './data-frame.js';
import type { SqlEngine } from './engine.js';
import { AnalysisException } from './errors.js';
import { quoteIdent } from './table-loader.js';

/** Spark's save modes. */
export type SaveMode = 'errorifexists' | 'error' | 'append' | 'overwrite' | 'ignore';
/** The file formats. */
export type FileFormat = 'parquet' | 'json' | 'csv';

const MODES: SaveMode[] = ['errorifexists', 'error', 'append', 'overwrite', 'ignore'];
const FORMATS: FileFormat[] = ['parquet', 'json', 'csv'];
const OPTIONS: Record<FileFormat, string[]> = {
  parquet: ['compression'],
  json: ['compression'],
  csv: ['compression', 'header', 'sep', 'delimiter', 'quote', 'escape', 'nullvalue'],
};

/** A SQL string literal. */
export function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** An absolute path from a path or a "file:" URI. */
export function localPath(p: string): string {
  return path.resolve(p.replace(/^file:(\/\/)?/, ''));
}

/** Every file under `dir` (recursively), relative paths. */
async function filesUnder(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fsp.readdir(path.join(dir, rel), { withFileTypes: true })) {
    const r = path.join(rel, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(dir, r)));
    else out.push(r);
  }
  return out;
}

/** Writes a DataFrame (df.write). */
export class DataFrameWriter {
  private saveMode: SaveMode = 'errorifexists';
  private fileFormat: FileFormat = 'parquet';
  private readonly opts = new Map<string, string>();
  private partitionColumns: string[] = [];

  /** @internal Use df.write. */
  constructor(private readonly df: DataFrame) {}

  /** The save mode: errorifexists (default), error, append, overwrite, ignore. */
  mode(mode: SaveMode): this {
    const m = String(mode).toLowerCase() as SaveMode;
    if (!MODES.includes(m)) throw new AnalysisException(`unknown save mode '${mode}'; use one of ${MODES.join(', ')}`);
    this.saveMode = m;
    return this;
  }

  /** The file format: parquet (default), json, csv. */
  format(format: FileFormat): this {
    const f = String(format).toLowerCase() as FileFormat;
    if (!FORMATS.includes(f)) throw new AnalysisException(`unknown format '${format}'; use one of ${FORMATS.join(', ')}`);
    this.fileFormat = f;
    return this;
  }

  /** One option (see the top of the file). */
  option(key: string, value: string | number | boolean): this {
    this.opts.set(key.toLowerCase(), String(value));
    return this;
  }

  /** Several options. */
  options(options: Record<string, string | number | boolean>): this {
    for (const [k, v] of Object.entries(options)) this.option(k, v);
    return this;
  }

  /** Hive-style partition directories by these columns. */
  partitionBy(...columns: string[]): this {
    this.partitionColumns = columns.flat();
    return this;
  }

  /** Writes parquet files under `path`. */
  parquet(path: string): Promise<void> {
    return this.format('parquet').save(path);
  }

  /** Writes JSON Lines files under `path`. */
  json(path: string): Promise<void> {
    return this.format('json').save(path);
  }

  /** Writes CSV files under `path`. */
  csv(path: string): Promise<void> {
    return this.format('csv').save(path);
  }

  /** DuckDB's COPY options for the format and options. */
  private copyOptions(): string {
    const f = this.fileFormat;
    for (const k of this.opts.keys()) {
      if (!OPTIONS[f].includes(k)) throw new AnalysisException(`option '${k}' is not known for ${f}; known: ${OPTIONS[f].join(', ')}`);
    }
    const out = [`FORMAT ${f.toUpperCase()}`];
    const compression = (this.opts.get('compression') ?? (f === 'parquet' ? 'snappy' : 'none')).toLowerCase();
    const allowed = f === 'parquet' ? ['snappy', 'zstd', 'gzip', 'none', 'uncompressed'] : ['none', 'gzip', 'zstd'];
    if (!allowed.includes(compression))
      throw new AnalysisException(`compression '${compression}' is not known for ${f}; use one of ${allowed.join(', ')}`);
    out.push(`COMPRESSION ${compression === 'none' ? (f === 'parquet' ? 'uncompressed' : 'none') : compression}`);
    if (f === 'csv') {
      out.push(`HEADER ${this.opts.get('header') === 'true' ? 'true' : 'false'}`);
      const sep = this.opts.get('sep') ?? this.opts.get('delimiter');
      if (sep !== undefined) out.push(`DELIMITER ${sqlString(sep)}`);
      if (this.opts.has('quote')) out.push(`QUOTE ${sqlString(this.opts.get('quote')!)}`);
      if (this.opts.has('escape')) out.push(`ESCAPE ${sqlString(this.opts.get('escape')!)}`);
      if (this.opts.has('nullvalue')) out.push(`NULLSTR ${sqlString(this.opts.get('nullvalue')!)}`);
    }
    if (this.partitionColumns.length > 0) out.push(`PARTITION_BY (${this.partitionColumns.map(quoteIdent).join(', ')})`);
    return out.join(', ');
  }

  private extension(): string {
    const c = (this.opts.get('compression') ?? 'none').toLowerCase();
    if (this.fileFormat === 'parquet') return '.parquet';
    return `.${this.fileFormat}${c === 'gzip' ? '.gz' : c === 'zstd' ? '.zst' : ''}`;
  }

  /** Writes the rows under the directory `path` in the chosen format (see the top of the file). */
  async save(target: string): Promise<void> {
    const dir = localPath(target);
    const copyOptions = this.copyOptions();
    if (fs.existsSync(dir)) {
      if (this.saveMode === 'ignore') return;
      if (this.saveMode === 'errorifexists' || this.saveMode === 'error') throw new AnalysisException(`path file:${dir} already exists.`);
    }
    const session = this.df.sparkSession;
    await session.run(async (engine) => {
      if (this.saveMode === 'overwrite') await fsp.rm(dir, { recursive: true, force: true });
      const job = randomUUID();
      const tmp = path.join(dir, '_temporary', job);
      await fsp.mkdir(tmp, { recursive: true });
      try {
        const q = await this.df.bind(engine);
        try {
          const to = this.partitionColumns.length > 0 ? tmp : path.join(tmp, `part-00000${this.extension()}`);
          await engine.execute(`COPY (${q.sql}) TO ${sqlString(to)} (${copyOptions})`, q.params);
        } finally {
          await q.release();
        }
        let i = 0;
        for (const rel of (await filesUnder(tmp)).sort()) {
          const target = path.join(dir, path.dirname(rel), `part-${String(i++).padStart(5, '0')}-${job}${this.extension()}`);
          await fsp.mkdir(path.dirname(target), { recursive: true });
          await fsp.rename(path.join(tmp, rel), target);
        }
      } finally {
        await fsp.rm(tmp, { recursive: true, force: true });
        await fsp.rmdir(path.join(dir, '_temporary')).catch(() => undefined);
      }
      await fsp.writeFile(path.join(dir, '_SUCCESS'), '');
    });
  }

  /** Writes the rows into the session table `name` by the save mode (appends match columns by name). */
  saveAsTable(name: string): Promise<void> {
    return this.df.sparkSession.run(async (engine) => {
      const exists = await tableExists(engine, name);
      if (exists && (this.saveMode === 'errorifexists' || this.saveMode === 'error'))
        throw new AnalysisException(`Table ${name} already exists. Set mode to "append", "overwrite" or "ignore".`);
      if (exists && this.saveMode === 'ignore') return;
      const q = await this.df.bind(engine);
      try {
        if (exists && this.saveMode === 'append') await engine.execute(`INSERT INTO ${quoteIdent(name)} BY NAME ${q.sql}`, q.params);
        else await engine.execute(`CREATE OR REPLACE TABLE ${quoteIdent(name)} AS ${q.sql}`, q.params);
      } finally {
        await q.release();
      }
    });
  }

  /** Appends the rows to the existing table `name` by column position; with `overwrite`, its rows are replaced. */
  insertInto(name: string, overwrite = this.saveMode === 'overwrite'): Promise<void> {
    return this.df.sparkSession.run(async (engine) => {
      if (!(await tableExists(engine, name))) throw new AnalysisException(`Table not found: ${name}`);
      const q = await this.df.bind(engine);
      try {
        if (!overwrite) await engine.execute(`INSERT INTO ${quoteIdent(name)} ${q.sql}`, q.params);
        else {
          // One transaction: readers see the old rows or the new ones.
          await engine.execute('BEGIN TRANSACTION');
          try {
            await engine.execute(`DELETE FROM ${quoteIdent(name)}`);
            await engine.execute(`INSERT INTO ${quoteIdent(name)} ${q.sql}`, q.params);
            await engine.execute('COMMIT');
          } catch (err) {
            await engine.execute('ROLLBACK').catch(() => undefined);
            throw err;
          }
        }
      } finally {
        await q.release();
      }
    });
  }
}

async function tableExists(engine: SqlEngine, name: string): Promise<boolean> {
  return (await engine.tables('job')).some((t) => t.name.toLowerCase() === name.toLowerCase());
}
