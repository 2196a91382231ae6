/**
 * The file channel (`file`, org.apache.flume.channel.file.FileChannel): a
 * durable channel. Every commit is one block appended to a data file and
 * fsynced before the commit returns (file-channel-log.ts; format in
 * file-channel-format.ts), so `kill -9` (or a power cut) loses nothing whose
 * commit a source saw succeed. Memory holds only the queue of event
 * addresses; takes read the events back from the data files.
 *
 * At start the channel loads the newest valid checkpoint
 * (file-channel-checkpoint.ts) and replays the blocks written after it:
 * puts add to the queue, takes remove, marks update. Events that were taken
 * but whose take never committed are simply still in the queue. Every
 * checkpointInterval ms (and on a clean stop) a new checkpoint is written and
 * data files that neither of the last two checkpoints needs are deleted.
 *
 * Properties (Flume's): checkpointDir (~/.flume/file-channel/checkpoint),
 * dataDirs (~/.flume/file-channel/data; comma-separated, files spread over
 * them), capacity (1000000), transactionCapacity (10000), checkpointInterval
 * (30000 ms), maxFileSize (2146435071 bytes), minimumRequiredSpace (524288000
 * bytes free on a data disk, else puts fail), keep-alive (3 s),
 * checkpointOnClose (true). useDualCheckpoints, backupCheckpointDir and
 * use-fast-replay are accepted and ignored (the previous checkpoint is always
 * kept); encryption is not supported. Each directory is locked with
 * `in_use.lock` (the owner's pid) against a second agent.
 *
 * Source marks (ChannelTransaction.setMark) are stored in the same block as
 * the events they come with and survive restarts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Signal, type Channel, type ChannelTransaction } from '../channel.js';
import type { ComponentContext } from '../config/context.js';
import { ChannelError, ChannelFullError, describeError } from '../errors.js';
import type { FlumeEvent } from '../event.js';
import type { Logger } from '../log.js';
import { ChannelCounter } from '../metrics/counters.js';
import { encodeBlock, packAddress } from './file-channel-format.js';
import { DataLog } from './file-channel-log.js';
import { loadCheckpoints, oldestNeededFile, writeCheckpoint, type Checkpoint } from './file-channel-checkpoint.js';
import { PointerQueue } from './pointer-queue.js';

/** Settings of a file channel. */
export interface FileChannelOptions {
  checkpointDir: string;
  dataDirs: string[];
  capacity: number;
  transactionCapacity: number;
  checkpointIntervalMs: number;
  maxFileSize: number;
  minimumRequiredSpace: number;
  keepAliveMs: number;
  checkpointOnClose: boolean;
}

/** Reads a file channel's settings. */
export function fileChannelOptions(ctx: ComponentContext): FileChannelOptions {
  const home = path.join(os.homedir(), '.flume', 'file-channel');
  const capacity = ctx.int('capacity', 1_000_000, { min: 1 });
  const transactionCapacity = ctx.int('transactionCapacity', Math.min(10_000, capacity), { min: 1 });
  if (transactionCapacity > capacity)
    throw ctx.error('transactionCapacity', `${transactionCapacity} is larger than capacity ${capacity} (${ctx.key('capacity')})`);
  if (ctx.has('encryption.activeKey')) throw ctx.error('encryption.activeKey', 'encryption is not supported');
  ctx.accept('useDualCheckpoints', 'backupCheckpointDir', 'use-fast-replay', 'use-log-replay-v1', 'checkpointDirs');
  return {
    checkpointDir: path.resolve(ctx.string('checkpointDir', path.join(home, 'checkpoint'))),
    dataDirs: ctx
      .string('dataDirs', path.join(home, 'data'))
      .split(',')
      .map((d) => path.resolve(d.trim()))
      .filter(Boolean),
    capacity,
    transactionCapacity,
    checkpointIntervalMs: ctx.int('checkpointInterval', 30_000, { min: 1 }),
    maxFileSize: ctx.int('maxFileSize', 2_146_435_071, { min: 1024, max: 2 ** 32 - 1 }),
    minimumRequiredSpace: ctx.int('minimumRequiredSpace', 524_288_000, { min: 0 }),
    keepAliveMs: ctx.number('keep-alive', 3, { min: 0 }) * 1000,
    checkpointOnClose: ctx.bool('checkpointOnClose', true),
  };
}

/** Directories locked by channels of this process. */
const LOCKED = new Set<string>();

/** Takes `in_use.lock` in `dir`; throws when another live process (or channel) holds it. */
function lockDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, 'in_use.lock');
  if (LOCKED.has(dir)) throw new Error(`${dir} is already used by another file channel of this agent`);
  try {
    const pid = Number(fs.readFileSync(lock, 'utf8').trim());
    if (pid > 0 && pid !== process.pid) {
      let alive = true;
      try {
        process.kill(pid, 0);
      } catch (err) {
        alive = (err as NodeJS.ErrnoException).code === 'EPERM';
      }
      if (alive) throw new Error(`${dir} is in use by process ${pid} (${lock}); two agents cannot share a file channel directory`);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.writeFileSync(lock, `${process.pid}\n`);
  LOCKED.add(dir);
}

function unlockDir(dir: string): void {
  LOCKED.delete(dir);
  fs.rmSync(path.join(dir, 'in_use.lock'), { force: true });
}

/** Flume's file channel. */
export class FileChannel implements Channel {
  readonly counters: ChannelCounter;
  readonly transactionCapacity: number;
  private queue = new PointerQueue();
  /** Slots in use: queued, taken-but-uncommitted, and reserved by committing puts. */
  private occupied = 0;
  private readonly marks = new Map<string, string>();
  private log: DataLog | null = null;
  /** Open transactions holding taken events (they belong in a checkpoint). */
  private readonly openTakes = new Set<FileTransaction>();
  private readonly arrived = new Signal();
  private readonly freed = new Signal();
  private timer: NodeJS.Timeout | null = null;
  private checkpointing: Promise<void> | null = null;
  private lastCheckpoint: Checkpoint | null = null;
  private freeSpace = Infinity;
  private spaceCheckedAt = 0;
  private readonly logger: Logger;

  /** A file channel named `name`. */
  constructor(
    readonly name: string,
    readonly options: FileChannelOptions,
    logger: Logger,
    readonly type = 'file',
  ) {
    this.transactionCapacity = options.transactionCapacity;
    this.logger = logger;
    this.counters = new ChannelCounter(
      () => this.queue.length,
      () => options.capacity,
    );
  }

  /** Locks the directories, loads the checkpoint and replays the data files. */
  async start(): Promise<void> {
    const o = this.options;
    lockDir(o.checkpointDir);
    const locked = [o.checkpointDir];
    try {
      for (const d of o.dataDirs) {
        lockDir(d);
        locked.push(d);
      }
      const t0 = Date.now();
      const { current, previous } = loadCheckpoints(o.checkpointDir);
      const live = new Map<number, number>();
      if (current) for (let i = 0; i < current.addrs.length; i++) live.set(current.addrs[i], current.sizes[i]);
      if (current) for (const [k, v] of current.marks) this.marks.set(k, v);
      let blocks = 0;
      this.log = await DataLog.open(o.dataDirs, o.maxFileSize, current?.logFile ?? 0, current?.logOffset ?? 0, (fileId, off, block) => {
        blocks++;
        for (const p of block.puts) live.set(packAddress(fileId, off + p.offset), p.size);
        for (const a of block.takes) live.delete(a);
        for (const [k, v] of block.marks) {
          if (v === null) this.marks.delete(k);
          else this.marks.set(k, v);
        }
      });
      this.queue = new PointerQueue(Math.max(1024, live.size));
      for (const [a, s] of live) this.queue.push(a, s);
      this.occupied = this.queue.length;
      this.lastCheckpoint = previous ?? current;
      this.logger.info(
        `file channel ${this.name}: ${this.queue.length} events after ${current ? 'the checkpoint and ' : ''}replay of ${blocks} blocks in ${Date.now() - t0} ms`,
      );
    } catch (err) {
      for (const d of locked) unlockDir(d);
      throw err;
    }
    this.counters.startTime = Date.now();
    this.timer = setInterval(() => void this.checkpoint(), o.checkpointIntervalMs);
  }

  /** Writes a last checkpoint (checkpointOnClose), closes the files and releases the locks. */
  async stop(): Promise<void> {
    if (!this.log) return;
    if (this.timer) clearInterval(this.timer);
    await this.checkpointing;
    if (this.options.checkpointOnClose) await this.checkpoint();
    await this.log.close();
    this.log = null;
    for (const d of [this.options.checkpointDir, ...this.options.dataDirs]) unlockDir(d);
    this.counters.stopTime = Date.now();
    this.freed.notify();
  }

  /** Queued events. */
  size(): number {
    return this.queue.length;
  }

  /** Resolves on the next commit of puts, or after `timeoutMs`. */
  waitForEvents(timeoutMs: number): Promise<void> {
    return this.queue.length > 0 ? Promise.resolve() : this.arrived.wait(timeoutMs);
  }

  /** The last committed value of a source's mark. */
  mark(key: string): string | undefined {
    return this.marks.get(key);
  }

  /** A new transaction. */
  begin(): ChannelTransaction {
    return new FileTransaction(this);
  }

  /** Writes a checkpoint now (skipped while one is being written) and deletes data files no checkpoint needs. */
  checkpoint(): Promise<void> {
    if (this.checkpointing || !this.log) return this.checkpointing ?? Promise.resolve();
    const log = this.log;
    // The snapshot is taken synchronously: it matches the log up to endPosition() exactly.
    const pos = log.endPosition();
    const cp: Checkpoint = { logFile: pos.fileId, logOffset: pos.offset, addrs: [], sizes: [], marks: new Map(this.marks) };
    for (const tx of this.openTakes) tx.inflight(cp.addrs, cp.sizes);
    this.queue.forEach((a, s) => {
      cp.addrs.push(a);
      cp.sizes.push(s);
    });
    this.checkpointing = (async () => {
      try {
        await writeCheckpoint(this.options.checkpointDir, cp);
        this.counters.checkpointWriteCount++;
        const keepFrom = Math.min(oldestNeededFile(cp), this.lastCheckpoint ? oldestNeededFile(this.lastCheckpoint) : 0);
        this.lastCheckpoint = cp;
        const gone = await log.deleteBelow(keepFrom);
        if (gone.length > 0) this.logger.debug(`file channel ${this.name}: deleted data files ${gone.map((i) => `log-${i}`).join(', ')}`);
      } catch (err) {
        this.counters.checkpointWriteErrorCount++;
        this.logger.error(`file channel ${this.name}: checkpoint failed: ${describeError(err)}`);
      } finally {
        this.checkpointing = null;
      }
    })();
    return this.checkpointing;
  }

  private async checkSpace(): Promise<void> {
    if (this.options.minimumRequiredSpace <= 0) return;
    const now = Date.now();
    if (now - this.spaceCheckedAt > 1000) {
      this.spaceCheckedAt = now;
      let free = Infinity;
      for (const d of this.options.dataDirs) {
        const st = await fs.promises.statfs(d);
        free = Math.min(free, st.bavail * st.bsize);
      }
      this.freeSpace = free;
    }
    if (this.freeSpace < this.options.minimumRequiredSpace)
      throw new ChannelError(
        this.name,
        `usable space exhausted: only ${this.freeSpace} bytes free on a data disk, minimumRequiredSpace is ${this.options.minimumRequiredSpace}`,
      );
  }

  /** @internal moves up to `max` queued pointers into a transaction and reads their events. */
  async takeEvents(tx: FileTransaction, max: number, addrs: number[], sizes: number[]): Promise<FlumeEvent[]> {
    if (!this.log) throw new ChannelError(this.name, 'channel is stopped');
    const from = addrs.length;
    const n = this.queue.shiftInto(max, addrs, sizes);
    if (n === 0) return [];
    this.openTakes.add(tx);
    const out: FlumeEvent[] = [];
    try {
      await this.log.readEvents(addrs.slice(from), sizes.slice(from), out);
    } catch (err) {
      this.queue.unshiftAll(addrs.splice(from), sizes.splice(from));
      throw new ChannelError(this.name, `reading events failed: ${describeError(err)}`, { cause: err });
    }
    return out;
  }

  /** @internal commits a transaction: reserves room for puts, appends its block, applies it. */
  async commitTx(tx: FileTransaction, puts: FlumeEvent[], takes: number[], marks: Map<string, string | null>): Promise<void> {
    const log = this.log;
    if (!log) throw new ChannelError(this.name, 'channel is stopped');
    if (puts.length === 0 && takes.length === 0 && marks.size === 0) return;
    let reserved = 0;
    if (puts.length > 0) {
      await this.checkSpace();
      const deadline = Date.now() + this.options.keepAliveMs;
      while (this.occupied - takes.length + puts.length > this.options.capacity) {
        const left = deadline - Date.now();
        if (left <= 0 || !this.log) {
          this.counters.channelFullCount++;
          throw new ChannelFullError(
            this.name,
            `no room for ${puts.length} events (capacity ${this.options.capacity}, ${this.queue.length} queued): sinks are not keeping up`,
          );
        }
        await this.freed.wait(left);
      }
      reserved = puts.length;
      this.occupied += reserved;
    }
    const offsets: number[] = [];
    const block = encodeBlock({ puts, takes, marks }, offsets);
    try {
      await log.append(block, (fileId, base) => {
        for (let i = 0; i < puts.length; i++) this.queue.push(packAddress(fileId, base + offsets[i]), offsets[i + 1] - offsets[i]);
        this.occupied -= takes.length;
        this.openTakes.delete(tx);
        for (const [k, v] of marks) {
          if (v === null) this.marks.delete(k);
          else this.marks.set(k, v);
        }
        this.counters.eventPutSuccessCount += puts.length;
        this.counters.eventTakeSuccessCount += takes.length;
      });
    } catch (err) {
      this.occupied -= reserved;
      throw new ChannelError(this.name, `writing the commit failed: ${describeError(err)}`, { cause: err });
    }
    if (puts.length > 0) this.arrived.notify();
    if (takes.length > 0 || reserved > 0) this.freed.notify();
  }

  /** @internal returns a rolled-back transaction's taken events to the head. */
  returnTakes(tx: FileTransaction, addrs: number[], sizes: number[]): void {
    this.openTakes.delete(tx);
    this.queue.unshiftAll(addrs, sizes);
    if (addrs.length > 0) this.arrived.notify();
  }
}

/** A transaction on a file channel. */
class FileTransaction implements ChannelTransaction {
  private readonly puts: FlumeEvent[] = [];
  private readonly takeAddrs: number[] = [];
  private readonly takeSizes: number[] = [];
  private readonly marks = new Map<string, string | null>();
  private done = false;

  constructor(private readonly ch: FileChannel) {}

  /** Adds this transaction's taken pointers to a checkpoint snapshot. */
  inflight(addrs: number[], sizes: number[]): void {
    for (let i = 0; i < this.takeAddrs.length; i++) {
      addrs.push(this.takeAddrs[i]);
      sizes.push(this.takeSizes[i]);
    }
  }

  put(event: FlumeEvent): void {
    this.ch.counters.eventPutAttemptCount++;
    if (this.done) throw new ChannelError(this.ch.name, 'put on a finished transaction');
    if (this.puts.length >= this.ch.transactionCapacity)
      throw new ChannelError(
        this.ch.name,
        `a transaction may put at most ${this.ch.transactionCapacity} events (transactionCapacity): commit more often or raise it`,
      );
    this.puts.push(event);
  }

  async take(max: number): Promise<FlumeEvent[]> {
    if (this.done) throw new ChannelError(this.ch.name, 'take on a finished transaction');
    const room = this.ch.transactionCapacity - this.takeAddrs.length;
    if (room <= 0)
      throw new ChannelError(this.ch.name, `a transaction may take at most ${this.ch.transactionCapacity} events (transactionCapacity)`);
    const out = await this.ch.takeEvents(this, Math.min(max, room), this.takeAddrs, this.takeSizes);
    this.ch.counters.eventTakeAttemptCount += Math.max(1, out.length);
    return out;
  }

  setMark(key: string, value: string | null): void {
    this.marks.set(key, value);
  }

  async commit(): Promise<void> {
    if (this.done) throw new ChannelError(this.ch.name, 'commit of a finished transaction');
    await this.ch.commitTx(this, this.puts, this.takeAddrs, this.marks);
    this.done = true;
  }

  async rollback(): Promise<void> {
    if (this.done) return;
    this.done = true;
    this.ch.returnTakes(this, this.takeAddrs, this.takeSizes);
  }
}
