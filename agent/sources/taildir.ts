/**
 * Taildir source (`taildir`, org.apache.flume.source.taildir.TaildirSource):
 * follows files matching the patterns of its file groups and sends each new
 * line as an event, remembering how far it got so that a restart resumes
 * where it stopped.
 *
 *   a1.sources.r1.filegroups = f1 f2
 *   a1.sources.r1.filegroups.f1 = /var/log/app/access.log
 *   a1.sources.r1.filegroups.f2 = /var/log/app/.*\.log        (the file name part is a regular expression)
 *   a1.sources.r1.headers.f1.kind = access                    (headers added to f1's events)
 *   a1.sources.r1.positionFile = /var/lib/flume/taildir_position.json
 *
 * Other properties (Flume's): batchSize (100), maxBatchCount (batches read
 * from one file before the others get a turn), skipToEnd (false: a new file is
 * read from its start), idleTimeout (120000 ms: close files with no new data),
 * writePosInterval (3000 ms), fileHeader/fileHeaderKey (path in header
 * `file`), byteOffsetHeader (offset of the line in header `byteoffset`).
 *
 * Only complete lines are sent (a last line without `\n` waits for it); the
 * body is the line without `\n` or `\r\n`. Files are tracked by inode, so a
 * rotated (renamed) file is read to its end while the new file at the old
 * name starts at 0; a file that shrank (truncated) is read again from 0.
 *
 * No loss, no duplicate across kill -9: each batch is committed together with
 * a channel mark `taildir:<agent>:<source>:<inode>` = the position after it.
 * A durable channel (file) keeps marks in the same commit as the events, so
 * on start the source resumes from max(position file, channel mark) and
 * neither re-sends nor skips a line. With a memory channel the events die
 * with the process anyway, and the position file (written every
 * writePosInterval and on stop) decides, as in Flume.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ComponentContext } from '../config/context.js';
import { describeError } from '../errors.js';
import type { EventHeaders, FlumeEvent } from '../event.js';
import { BaseSource, type SourceDeps } from './source.js';
import { readPositions, writePositions, type TailPosition } from './taildir-position-file.js';

const CHUNK = 64 * 1024;
/** Wait between scans when no file had new data, ms. */
const IDLE_POLL_MS = 250;

interface FileGroup {
  name: string;
  dir: string;
  pattern: RegExp;
  headers: EventHeaders;
}

interface Tracked {
  inode: number;
  file: string;
  /** Offset just past the last committed line (exclusive). */
  pos: number;
  headers: EventHeaders;
  fh: fs.promises.FileHandle | null;
  /** Last time new bytes were read (ms). */
  lastRead: number;
  /** Seen in the latest scan. */
  present: boolean;
}

/** Flume's taildir source. */
export class TaildirSource extends BaseSource {
  readonly batchSize: number;
  private readonly groups: FileGroup[];
  private readonly positionFile: string;
  private readonly maxBatchCount: number;
  private readonly skipToEnd: boolean;
  private readonly idleTimeoutMs: number;
  private readonly writePosIntervalMs: number;
  private readonly fileHeaderKey: string | null;
  private readonly byteOffsetHeader: boolean;
  private readonly markPrefix: string;
  private readonly tracked = new Map<number, Tracked>();
  /** Positions known at start (position file and channel marks), by inode. */
  private readonly known = new Map<number, number>();
  private loop: Promise<void> | null = null;
  private posTimer: NodeJS.Timeout | null = null;
  private wake: (() => void) | null = null;
  private readonly chunk = Buffer.alloc(CHUNK);

  /** Reads the properties listed in the header. */
  constructor(ctx: ComponentContext, deps: SourceDeps) {
    super(deps, 'TaildirSource');
    const names = ctx.list('filegroups');
    if (names.length === 0) throw ctx.error('filegroups', 'is required: name the file groups (filegroups = f1 f2)');
    this.groups = names.map((g) => {
      const spec = ctx.required(`filegroups.${g}`, 'a path whose file name part is a regular expression');
      const dir = path.dirname(path.resolve(spec));
      const base = path.basename(spec);
      let pattern: RegExp;
      try {
        pattern = new RegExp(`^${base}$`);
      } catch (err) {
        throw ctx.error(`filegroups.${g}`, `'${base}' is not a valid regular expression: ${(err as Error).message}`);
      }
      const headers: EventHeaders = {};
      for (const [k, v] of ctx.entries(`headers.${g}.`)) headers[k] = v;
      return { name: g, dir, pattern, headers };
    });
    for (const key of ctx.entries('headers.').keys()) {
      const g = key.slice(0, key.indexOf('.'));
      if (!names.includes(g)) throw ctx.error(`headers.${key}`, `file group '${g}' is not listed in ${ctx.key('filegroups')}`);
    }
    this.positionFile = path.resolve(ctx.string('positionFile', path.join(os.homedir(), '.flume', 'taildir_position.json')));
    this.batchSize = ctx.int('batchSize', this.fitBatch(100), { min: 1 });
    this.maxBatchCount = ctx.int('maxBatchCount', Number.MAX_SAFE_INTEGER, { min: 1 });
    this.skipToEnd = ctx.bool('skipToEnd', false);
    this.idleTimeoutMs = ctx.int('idleTimeout', 120_000, { min: 1 });
    this.writePosIntervalMs = ctx.int('writePosInterval', 3000, { min: 1 });
    this.fileHeaderKey = ctx.bool('fileHeader', false) ? ctx.string('fileHeaderKey', 'file') : (ctx.accept('fileHeaderKey'), null);
    this.byteOffsetHeader = ctx.bool('byteOffsetHeader', false);
    ctx.accept('cachePatternMatching');
    this.markPrefix = `taildir:${deps.agentName}:${deps.name}:`;
  }

  protected async doStart(): Promise<void> {
    for (const p of readPositions(this.positionFile)) this.known.set(p.inode, p.pos);
    this.loop = this.run();
    this.posTimer = setInterval(() => this.savePositions(), this.writePosIntervalMs);
  }

  protected async doStop(): Promise<void> {
    if (this.posTimer) clearInterval(this.posTimer);
    this.wake?.();
    await this.loop;
    this.loop = null;
    for (const t of this.tracked.values()) await t.fh?.close().catch(() => undefined);
    this.savePositions();
  }

  /** The start position of a newly seen file: what the position file or a channel mark says, else 0 (or its end with skipToEnd). */
  private startPosition(inode: number, size: number): number {
    let pos = this.known.get(inode) ?? -1;
    for (const ch of this.processor.channels) {
      const m = ch.mark(this.markPrefix + inode);
      if (m !== undefined) pos = Math.max(pos, Number(m));
    }
    if (pos >= 0) return pos;
    return this.skipToEnd ? size : 0;
  }

  private scan(): void {
    for (const t of this.tracked.values()) t.present = false;
    for (const g of this.groups) {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(g.dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        if (!e.isFile() || !g.pattern.test(e.name)) continue;
        const file = path.join(g.dir, e.name);
        const st = fs.statSync(file, { throwIfNoEntry: false });
        if (!st) continue;
        const t = this.tracked.get(st.ino);
        if (t) {
          if (t.file !== file) this.logger.info(`file ${t.file} (inode ${st.ino}) is now ${file}`);
          t.file = file;
          t.present = true;
          continue;
        }
        const pos = this.startPosition(st.ino, st.size);
        const headers: EventHeaders = { ...g.headers };
        this.tracked.set(st.ino, { inode: st.ino, file, pos, headers, fh: null, lastRead: Date.now(), present: true });
        this.logger.info(`tailing ${file} (inode ${st.ino}) from byte ${pos}`);
      }
    }
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let progressed = false;
      try {
        this.scan();
        for (const t of this.tracked.values()) {
          if (this.stopped) break;
          if (await this.tail(t)) progressed = true;
        }
        await this.closeIdle();
      } catch (err) {
        this.logger.error(`tailing failed: ${describeError(err)}`);
      }
      if (!progressed && !this.stopped)
        await new Promise<void>((r) => {
          this.wake = r;
          setTimeout(r, IDLE_POLL_MS);
        });
    }
  }

  private async closeIdle(): Promise<void> {
    const now = Date.now();
    for (const [ino, t] of this.tracked) {
      if (t.fh && now - t.lastRead > this.idleTimeoutMs) {
        await t.fh.close().catch(() => undefined);
        t.fh = null;
      }
      // A file gone from every pattern (deleted or moved away) and fully read is forgotten.
      if (!t.present && !t.fh) this.tracked.delete(ino);
    }
  }

  /** Reads and commits up to maxBatchCount batches of complete lines from `t`; true when anything was sent. */
  private async tail(t: Tracked): Promise<boolean> {
    if (!t.fh) {
      try {
        t.fh = await fs.promises.open(t.file, 'r');
      } catch {
        return false;
      }
      if ((await t.fh.stat()).ino !== t.inode) {
        // The name now points at another file; the old one is gone.
        await t.fh.close();
        t.fh = null;
        return false;
      }
    }
    const size = (await t.fh.stat()).size;
    if (size < t.pos) {
      this.logger.warn(`${t.file} shrank from ${t.pos} to ${size} bytes (truncated): reading it again from the start`);
      t.pos = 0;
    }
    if (size === t.pos) return false;
    t.lastRead = Date.now();
    let sent = false;
    let data = Buffer.alloc(0);
    let dataStart = t.pos;
    let readPos = t.pos;
    for (let batches = 0; batches < this.maxBatchCount && !this.stopped; batches++) {
      const batch: FlumeEvent[] = [];
      let end = t.pos;
      let start = end - dataStart;
      while (batch.length < this.batchSize) {
        const nl = data.indexOf(10, start);
        if (nl < 0) {
          if (readPos >= size) break;
          const { bytesRead } = await t.fh.read(this.chunk, 0, CHUNK, readPos);
          if (bytesRead === 0) break;
          readPos += bytesRead;
          data = Buffer.concat([data.subarray(start), this.chunk.subarray(0, bytesRead)]);
          dataStart += start;
          start = 0;
          continue;
        }
        const lineEnd = nl > start && data[nl - 1] === 13 ? nl - 1 : nl;
        const headers: EventHeaders = {};
        for (const k in t.headers) headers[k] = t.headers[k];
        if (this.fileHeaderKey) headers[this.fileHeaderKey] = t.file;
        if (this.byteOffsetHeader) headers.byteoffset = String(dataStart + start);
        batch.push({ headers, body: Buffer.from(data.subarray(start, lineEnd)) });
        start = nl + 1;
        end = dataStart + start;
      }
      if (batch.length === 0) break;
      if (!(await this.deliver(batch, new Map([[this.markPrefix + t.inode, String(end)]])))) break;
      t.pos = end;
      sent = true;
    }
    return sent;
  }

  private savePositions(): void {
    const list: TailPosition[] = [...this.tracked.values()].map((t) => ({ inode: t.inode, pos: t.pos, file: t.file }));
    try {
      writePositions(this.positionFile, list);
    } catch (err) {
      this.logger.error(`could not write position file ${this.positionFile}: ${describeError(err)}`);
    }
  }
}
