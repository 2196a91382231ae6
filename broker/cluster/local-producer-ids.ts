/**
 * LocalProducerIdManager: hands out producer ids for InitProducerId on a
 * broker without ZooKeeper (zk/zk-producer-ids.ts is the cluster's engine).
 *
 * Ids come from a block reserved in the metadata store's directory: the file
 * `producer-id-block` in the first log dir holds the next unreserved id, and
 * is advanced (written, then renamed over) a block at a time before any id of
 * the block is handed out. So ids never repeat across restarts, even after a
 * kill -9 (at worst part of a block is skipped).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ProducerIds } from './cluster-mode.js';

const BLOCK = 1000;

/** Allocates unique producer ids from a file-reserved block. */
export class LocalProducerIdManager implements ProducerIds {
  private next = 0;
  private blockEnd = 0;
  private readonly file: string;

  /** Creates the manager storing its block in `dir`. */
  constructor(dir: string) {
    this.file = path.join(dir, 'producer-id-block');
    try {
      const n = Number(fs.readFileSync(this.file, 'utf8').trim());
      if (Number.isSafeInteger(n) && n >= 0) this.next = this.blockEnd = n;
    } catch {
      // first start: ids begin at 0
    }
  }

  /** The next producer id. */
  nextId(): number {
    if (this.next >= this.blockEnd) {
      const end = this.next + BLOCK;
      const tmp = `${this.file}.tmp`;
      fs.writeFileSync(tmp, `${end}\n`);
      fs.renameSync(tmp, this.file);
      this.blockEnd = end;
    }
    return this.next++;
  }
}
