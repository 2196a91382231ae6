/**
 * Test helpers for replication without sockets: a LeaderEndPoint that calls
 * the leader broker's ReplicaManager in this process (the same fetch path a
 * follower's Fetch request takes, replica id included), and brokers made of
 * a LogManager in a temporary directory and a ReplicaManager.
 */
import fs from 'node:fs';
import { LogManager } from '../../../../broker/log/log-manager.js';
import type { LogConfig } from '../../../../broker/log/log-config.js';
import { ReplicaManager, type ReplicationHooks } from '../../../../broker/replica/replica-manager.js';
import { epochEndOffset } from '../../../../broker/replica/leader-lookup.js';
import type {
  EpochEndOffset,
  EpochRequest,
  LeaderEndPoint,
  ReplicaFetchData,
  ReplicaFetchPartition,
} from '../../../../broker/replica/leader-endpoint.js';
import { silentLogger } from '../../../../broker/logger.js';
import { config, tempDir } from '../log/helpers.js';

/** The leader's ReplicaManager, asked directly; `before` runs before each answer is returned (to race it). */
export class InProcessLeaderEndPoint implements LeaderEndPoint {
  /** Fetches answered so far. */
  fetches = 0;
  /** Fetches the leader holds right now (a parked long poll counts). */
  inFlight = 0;
  closed = 0;
  /** Runs after the leader answered a fetch and before the follower sees the answer. */
  beforeAnswer: (() => void) | null = null;
  /** When set, the next request fails with it (the leader unreachable). */
  failNext: Error | null = null;

  constructor(
    private readonly leader: () => ReplicaManager,
    private readonly replicaId: number,
    private readonly maxWaitMs = 20,
  ) {}

  private checkFailure(): void {
    const err = this.failNext;
    if (err) {
      this.failNext = null;
      throw err;
    }
  }

  async fetchEpochEndOffsets(partitions: readonly EpochRequest[]): Promise<EpochEndOffset[]> {
    await Promise.resolve();
    this.checkFailure();
    return partitions.map((q) => ({
      topic: q.topic,
      partition: q.partition,
      ...epochEndOffset(this.leader(), q.topic, q.partition, q.currentLeaderEpoch, q.leaderEpoch),
    }));
  }

  async fetch(partitions: readonly ReplicaFetchPartition[]): Promise<ReplicaFetchData[]> {
    await Promise.resolve();
    this.checkFailure();
    this.inFlight++;
    let results;
    try {
      results = await this.leader().fetch(
        partitions.map((q) => ({
          topic: q.topic,
          partition: q.partition,
          fetchOffset: q.fetchOffset,
          partitionMaxBytes: q.partitionMaxBytes,
          currentLeaderEpoch: q.currentLeaderEpoch,
        })),
        { maxWaitMs: this.maxWaitMs, minBytes: 1, maxBytes: 1 << 20, replicaId: this.replicaId },
      );
    } finally {
      this.inFlight--;
    }
    this.fetches++;
    this.beforeAnswer?.();
    return results.map((r, i) => ({
      topic: partitions[i].topic,
      partition: partitions[i].partition,
      errorCode: r.errorCode,
      highWatermark: r.highWatermark,
      logStartOffset: r.logStartOffset,
      records: r.records,
    }));
  }

  close(): void {
    this.closed++;
  }
}

/** A broker's storage and partitions, in a temporary directory. */
export interface TestBroker {
  id: number;
  logs: LogManager;
  replicas: ReplicaManager;
  dir: string;
  close(): void;
}

/** A broker with a fresh log dir; `hooks` hear its follower fetches. */
export function testBroker(id: number, hooks: ReplicationHooks | null = null): TestBroker {
  const dir = tempDir('tributary-replica-');
  const logs = new LogManager({ logDirs: [dir], defaultConfig: config() });
  logs.loadAll();
  const replicas = new ReplicaManager(id, logs, hooks);
  return {
    id,
    logs,
    replicas,
    dir,
    close() {
      logs.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The topic config used by these tests. */
export function topicConfig(): LogConfig {
  return config();
}

/** Polls `done` until it holds (generous deadline for a loaded machine). */
export async function waitFor(done: () => boolean, what: string, ms = 25_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export { silentLogger };
