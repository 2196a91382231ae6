/**
 * Spooling directory source (`spooldir`, org.apache.flume.source.SpoolDirectorySource):
 * reads the files dropped into `spoolDir`, line by line, and when a file is
 * done renames it to `<name>.COMPLETED` (fileSuffix) or deletes it
 * (deletePolicy=immediate). Files must be complete and unchanging once they
 * are in the directory (write elsewhere, then move them in).
 *
 * Properties (Flume's): spoolDir (required), fileSuffix, deletePolicy
 * (never|immediate), fileHeader/fileHeaderKey (absolute path in header
 * `file`), basenameHeader/basenameHeaderKey (`basename`), includePattern
 * (`^.*$`), ignorePattern (`^$`), trackerDir (`.flumespool`, inside spoolDir
 * unless absolute), consumeOrder (oldest|youngest|random, by modification
 * time), pollDelay (500 ms), recursiveDirectorySearch (false), batchSize
 * (100), deserializer (LINE only) with deserializer.maxLineLength (2048 bytes:
 * a longer line is cut, the rest becomes the next event, as Flume does).
 * Hidden files (starting with `.`) are never read.
 *
 * Position: after each committed batch the file being read and the byte
 * offset reached are written to `<trackerDir>/.flumespool-main.meta` (JSON
 * `{"file": path, "offset": n, "ino": inode}`) and committed as a channel mark with the
 * batch, so a restart resumes inside the file: with a durable channel without
 * loss or duplicates, otherwise from the tracker file (at least once).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ComponentContext } from '../config/context.js';
import { describeError } from '../errors.js';
import type { FlumeEvent } from '../event.js';
import { BaseSource, type SourceDeps } from './source.js';

const CHUNK = 64 * 1024;

/** Where reading stopped: a file (and its inode, so a reused name is not mistaken for it) and a byte offset. */
interface Position {
  file: string;
  offset: number;
  ino: number;
}

/** Flume's spooling directory source. */
export class SpoolDirSource extends BaseSource {
  readonly batchSize: number;
  private readonly dir: string;
  private readonly suffix: string;
  private readonly deleteImmediately: boolean;
  private readonly fileHeaderKey: string | null;
  private readonly basenameHeaderKey: string | null;
  private readonly include: RegExp;
  private readonly ignore: RegExp;
  private readonly trackerDir: string;
  private readonly order: 'oldest' | 'youngest' | 'random';
  private readonly pollDelayMs: number;
  private readonly recursive: boolean;
  private readonly maxLineLength: number;
  private readonly markKey: string;
  /** Files that could not be finished (renamed away); not retried until restart. */
  private readonly failed = new Set<string>();
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  /** Reads the properties listed in the header. */
  constructor(ctx: ComponentContext, deps: SourceDeps) {
    super(deps, 'SpoolDirectorySource');
    this.dir = path.resolve(ctx.required('spoolDir', 'the directory to read files from'));
    this.suffix = ctx.string('fileSuffix', '.COMPLETED');
    this.deleteImmediately = ctx.choice('deletePolicy', ['never', 'immediate'], 'never') === 'immediate';
    this.fileHeaderKey = ctx.bool('fileHeader', false) ? ctx.string('fileHeaderKey', 'file') : (ctx.accept('fileHeaderKey'), null);
    this.basenameHeaderKey = ctx.bool('basenameHeader', false)
      ? ctx.string('basenameHeaderKey', 'basename')
      : (ctx.accept('basenameHeaderKey'), null);
    const re = (key: string, def: string): RegExp => {
      const src = ctx.string(key, def);
      try {
        return new RegExp(src);
      } catch (err) {
        throw ctx.error(key, `'${src}' is not a valid regular expression: ${(err as Error).message}`);
      }
    };
    this.include = re('includePattern', '^.*$');
    this.ignore = re('ignorePattern', '^$');
    this.trackerDir = path.resolve(this.dir, ctx.string('trackerDir', '.flumespool'));
    this.order = ctx.choice('consumeOrder', ['oldest', 'youngest', 'random'], 'oldest');
    this.pollDelayMs = ctx.int('pollDelay', 500, { min: 1 });
    this.recursive = ctx.bool('recursiveDirectorySearch', false);
    this.batchSize = ctx.int('batchSize', this.fitBatch(100), { min: 1 });
    const deser = ctx.string('deserializer', 'LINE');
    if (deser.toUpperCase() !== 'LINE' && deser !== 'org.apache.flume.serialization.LineDeserializer$Builder')
      throw ctx.error('deserializer', `'${deser}' is not supported (known: LINE)`);
    this.maxLineLength = ctx.int('deserializer.maxLineLength', 2048, { min: 1 });
    ctx.accept('inputCharset', 'decodeErrorPolicy', 'deserializer.outputCharset', 'maxBackoff');
    this.markKey = `spooldir:${deps.agentName}:${deps.name}`;
  }

  private get metaFile(): string {
    return path.join(this.trackerDir, '.flumespool-main.meta');
  }

  protected async doStart(): Promise<void> {
    if (!fs.statSync(this.dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`spoolDir ${this.dir} is not a directory`);
    fs.mkdirSync(this.trackerDir, { recursive: true });
    this.loop = this.run();
  }

  protected async doStop(): Promise<void> {
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  /** Where reading resumes: the channel's mark when there is one, else the tracker file. */
  private resumePosition(): Position | null {
    for (const ch of this.processor.channels) {
      const m = ch.mark(this.markKey);
      if (m) return JSON.parse(m) as Position;
    }
    try {
      return JSON.parse(fs.readFileSync(this.metaFile, 'utf8')) as Position;
    } catch {
      return null;
    }
  }

  private candidates(dir: string, out: { file: string; mtime: number }[]): void {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.name.startsWith('.') || full === this.trackerDir) continue;
      if (e.isDirectory()) {
        if (this.recursive) this.candidates(full, out);
        continue;
      }
      if (!e.isFile() || e.name.endsWith(this.suffix) || this.failed.has(full)) continue;
      if (!this.include.test(e.name) || this.ignore.test(e.name)) continue;
      out.push({ file: full, mtime: fs.statSync(full).mtimeMs });
    }
  }

  private nextFile(): string | null {
    const list: { file: string; mtime: number }[] = [];
    this.candidates(this.dir, list);
    if (list.length === 0) return null;
    if (this.order === 'random') return list[Math.floor(Math.random() * list.length)].file;
    list.sort((a, b) => (a.mtime - b.mtime || (a.file < b.file ? -1 : 1)) * (this.order === 'oldest' ? 1 : -1));
    return list[0].file;
  }

  private async run(): Promise<void> {
    const resume = this.resumePosition();
    let resumeAt = resume && fs.statSync(resume.file, { throwIfNoEntry: false })?.ino === resume.ino ? resume : null;
    while (!this.stopped) {
      let file: string | null = null;
      try {
        file = resumeAt?.file ?? this.nextFile();
        if (file) {
          const done = await this.readFile(file, resumeAt?.offset ?? 0);
          resumeAt = null;
          if (done) this.finish(file);
          continue;
        }
      } catch (err) {
        this.logger.error(`spooling ${file ?? this.dir} failed: ${describeError(err)}`);
        if (file) this.failed.add(file);
        resumeAt = null;
      }
      await new Promise<void>((r) => {
        this.wake = r;
        setTimeout(r, this.pollDelayMs);
      });
    }
  }

  /** Reads `file` from `offset`; resolves true when it was read to the end and every line committed. */
  private async readFile(file: string, offset: number): Promise<boolean> {
    const fh = await fs.promises.open(file, 'r');
    try {
      const st = await fh.stat();
      const chunk = Buffer.alloc(CHUNK);
      const max = this.maxLineLength;
      /** Unconsumed bytes and the file offset of their first byte. */
      let data = Buffer.alloc(0);
      let dataStart = offset;
      let readPos = offset;
      let batch: FlumeEvent[] = [];
      let batchEnd = offset;
      const commit = async (): Promise<boolean> => {
        const pos: Position = { file, offset: batchEnd, ino: st.ino };
        if (!(await this.deliver(batch, new Map([[this.markKey, JSON.stringify(pos)]])))) return false;
        fs.writeFileSync(this.metaFile, JSON.stringify(pos));
        batch = [];
        return true;
      };
      let eof = false;
      while (!eof && !this.stopped) {
        const { bytesRead } = await fh.read(chunk, 0, CHUNK, readPos);
        eof = bytesRead === 0;
        readPos += bytesRead;
        data = data.length > 0 ? Buffer.concat([data, chunk.subarray(0, bytesRead)]) : Buffer.from(chunk.subarray(0, bytesRead));
        let start = 0;
        for (;;) {
          const nl = data.indexOf(10, start);
          let end: number;
          let next: number;
          if (nl >= 0 && nl - start <= max) [end, next] = [nl, nl + 1];
          else if (nl >= 0 || data.length - start >= max) [end, next] = [start + max, start + max];
          else if (eof && data.length > start) [end, next] = [data.length, data.length];
          else break;
          // A line longer than maxLineLength is cut; the rest follows as its own event (Flume's LINE deserializer).
          const headers: Record<string, string> = {};
          if (this.fileHeaderKey) headers[this.fileHeaderKey] = file;
          if (this.basenameHeaderKey) headers[this.basenameHeaderKey] = path.basename(file);
          batch.push({ headers, body: Buffer.from(data.subarray(start, end)) });
          start = next;
          batchEnd = dataStart + start;
          if (batch.length >= this.batchSize && !(await commit())) return false;
        }
        data = data.subarray(start);
        dataStart += start;
      }
      if (batch.length > 0 && !(await commit())) return false;
      if (this.stopped) return false;
      const after = (await fh.stat()).size;
      if (after !== st.size)
        throw new Error(
          `file ${file} changed size while being read (${st.size} → ${after} bytes): move only complete files into the spool directory`,
        );
      return true;
    } finally {
      await fh.close();
    }
  }

  private finish(file: string): void {
    if (this.deleteImmediately) fs.rmSync(file, { force: true });
    else {
      const done = file + this.suffix;
      if (fs.existsSync(done)) {
        this.failed.add(file);
        throw new Error(`cannot rename ${file}: ${done} already exists (a file name was reused)`);
      }
      fs.renameSync(file, done);
    }
    fs.rmSync(this.metaFile, { force: true });
    this.logger.info(`Preparing to move file ${file} to ${this.deleteImmediately ? '(deleted)' : file + this.suffix}`);
  }
}
