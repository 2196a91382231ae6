/**
 * File roll sink (`file_roll`, org.apache.flume.sink.RollingFileSink): writes
 * events to files in `sink.directory`, starting a new file every
 * `sink.rollInterval` seconds (default 30; 0 never rolls). File names are
 * Flume's: `<sink.pathManager.prefix><time the sink started, epoch ms>-<n>[.<sink.pathManager.extension>]`,
 * n counting files from 1.
 *
 * `sink.serializer`: TEXT (the default: each body followed by `\n`) or
 * HEADER_AND_TEXT (`{k=v, ...} body\n`). Each transaction's events are
 * written with one write and handed to the OS before the take commits (as
 * Flume flushes per transaction); `sink.fsync = true` also syncs them to disk.
 * Departure: a new file is opened when the first events after a roll arrive,
 * so idle periods leave no empty files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ComponentContext } from '../config/context.js';
import type { FlumeEvent } from '../event.js';
import { formatHeaders } from './logger.js';
import { BaseSink, type SinkDeps } from './sink.js';

/** Flume's rolling file sink. */
export class FileRollSink extends BaseSink {
  readonly batchSize: number;
  private readonly dir: string;
  private readonly rollMs: number;
  private readonly headerAndText: boolean;
  private readonly prefix: string;
  private readonly extension: string;
  private readonly fsync: boolean;
  private readonly series = Date.now();
  private index = 0;
  private fh: fs.promises.FileHandle | null = null;
  private timer: NodeJS.Timeout | null = null;
  private roll = false;
  /** The file being written (null before the first events). */
  currentFile: string | null = null;

  /** Reads the sink.* properties. */
  constructor(ctx: ComponentContext, deps: SinkDeps) {
    super(deps, 'RollingFileSink');
    this.dir = path.resolve(ctx.required('sink.directory', 'the directory to write files to'));
    this.rollMs = ctx.int('sink.rollInterval', 30, { min: 0 }) * 1000;
    const ser = ctx.string('sink.serializer', 'TEXT');
    if (!['TEXT', 'HEADER_AND_TEXT'].includes(ser.toUpperCase()))
      throw ctx.error('sink.serializer', `'${ser}' is not supported (known: TEXT, HEADER_AND_TEXT)`);
    this.headerAndText = ser.toUpperCase() === 'HEADER_AND_TEXT';
    ctx.choice('sink.pathManager', ['DEFAULT'], 'DEFAULT');
    this.prefix = ctx.string('sink.pathManager.prefix', '');
    const ext = ctx.string('sink.pathManager.extension', '');
    this.extension = ext ? `.${ext}` : '';
    this.batchSize = ctx.int(['sink.batchSize', 'batchSize'], this.fitBatch(100), { min: 1 });
    this.fsync = ctx.bool('sink.fsync', false);
    ctx.entries('sink.serializer.');
  }

  protected override async doStart(): Promise<void> {
    fs.mkdirSync(this.dir, { recursive: true });
    if (this.rollMs > 0) this.timer = setInterval(() => (this.roll = true), this.rollMs);
  }

  protected override async doStop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.close();
  }

  private async close(): Promise<void> {
    const fh = this.fh;
    this.fh = null;
    if (fh) {
      await fh.sync().catch(() => undefined);
      await fh.close();
      this.counters.connectionClosedCount++;
    }
  }

  protected async deliver(events: FlumeEvent[]): Promise<void> {
    if (this.roll) {
      this.roll = false;
      await this.close();
    }
    if (!this.fh) {
      this.currentFile = path.join(this.dir, `${this.prefix}${this.series}-${++this.index}${this.extension}`);
      this.fh = await fs.promises.open(this.currentFile, 'a');
      this.counters.connectionCreatedCount++;
    }
    const parts: Buffer[] = [];
    const nl = Buffer.from('\n');
    for (let i = 0; i < events.length; i++) {
      if (this.headerAndText) parts.push(Buffer.from(`${formatHeaders(events[i].headers)} `));
      parts.push(events[i].body, nl);
    }
    await this.fh.write(Buffer.concat(parts));
    if (this.fsync) await this.fh.datasync();
  }
}
