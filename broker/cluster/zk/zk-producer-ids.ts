/**
 * ZkProducerIdManager: producer ids unique across the cluster, reserved in
 * blocks through /latest_producer_id_block (Kafka's ZK-mode
 * ProducerIdManager): a broker reads the last block, writes the next one with
 * a version check (retrying on a conflict) and hands ids out of it.
 *
 * nextId() is synchronous (InitProducerId answers at once), so the next
 * block is reserved in the background when half of the current one is used;
 * only a burst of more than half a block before ZooKeeper answers finds no id
 * (it throws, and the client retries).
 */
import type { ZkClient } from './zk-client.js';
import { ZkCode, isZkCode } from './zk-client.js';
import { ZkPaths } from './zk-metadata-store.js';

const BLOCK = 1000;

interface Block {
  start: number;
  end: number;
}

/** Cluster-wide producer ids. */
export class ZkProducerIdManager {
  private current: Block | null = null;
  private next: Block | null = null;
  private cursor = 0;
  private reserving: Promise<void> | null = null;

  /** Creates the manager; `zk` gives the current session. */
  constructor(
    private readonly brokerId: number,
    private readonly zk: () => ZkClient,
  ) {}

  /** Reserves the first block. */
  async start(): Promise<void> {
    await this.reserve();
    this.current = this.next;
    this.next = null;
    this.cursor = this.current!.start;
  }

  private async reserveBlock(): Promise<Block> {
    const zk = this.zk();
    for (;;) {
      const got = await zk.getData(ZkPaths.producerIdBlock);
      const last = got?.data && got.data.length > 0 ? (JSON.parse(got.data.toString('utf8')) as { block_end: string }) : null;
      const start = last ? Number(last.block_end) + 1 : 0;
      const block = { start, end: start + BLOCK - 1 };
      const data = Buffer.from(
        JSON.stringify({ version: 1, broker: this.brokerId, block_start: String(block.start), block_end: String(block.end) }),
      );
      try {
        if (got) await zk.setData(ZkPaths.producerIdBlock, data, got.stat.version);
        else await zk.create(ZkPaths.producerIdBlock, data);
        return block;
      } catch (err) {
        if (!isZkCode(err, ZkCode.BAD_VERSION) && !isZkCode(err, ZkCode.NODE_EXISTS)) throw err;
      }
    }
  }

  private reserve(): Promise<void> {
    this.reserving ??= this.reserveBlock()
      .then((b) => void (this.next = b))
      .finally(() => (this.reserving = null));
    return this.reserving;
  }

  /** The next producer id. */
  nextId(): number {
    if (!this.current || this.cursor > this.current.end) {
      if (!this.next) {
        void this.reserve().catch(() => undefined);
        throw new Error('no producer id block reserved yet; retry');
      }
      this.current = this.next;
      this.next = null;
      this.cursor = this.current.start;
    }
    const id = this.cursor++;
    if (!this.next && this.cursor - this.current.start >= BLOCK / 2) void this.reserve().catch(() => undefined);
    return id;
  }
}
