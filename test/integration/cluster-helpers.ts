/**
 * Helpers of the multi-broker integration tests: a real ZooKeeper plus N real
 * broker processes (test/integration/harness.ts), and metadata look-ups that
 * ask one particular broker (so a test sees what that broker says).
 */
import { Kafka, logLevel } from 'kafkajs';
import { Connection } from '../../client/connection.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { encodeMetadataRequest } from '../../protocol/generated/metadata-request.js';
import { decodeMetadataResponse } from '../../protocol/generated/metadata-response.js';

/** A topic's partitions as one broker describes them. */
export interface TopicView {
  name: string;
  partitions: { partitionId: number; leader: number; replicas: number[]; isr: number[]; partitionErrorCode: number }[];
}
import { BrokerProcess } from './harness.js';
import { ZooKeeperProcess } from './zookeeper.js';

/** Broker keys every cluster test uses: short timeouts so failover fits in a test. */
export const FAST_CLUSTER_CONFIG: Record<string, string> = {
  'zookeeper.session.timeout.ms': '6000',
  'replica.lag.time.max.ms': '4000',
  'replica.fetch.wait.max.ms': '200',
  'replica.fetch.backoff.ms': '200',
  'offsets.topic.replication.factor': '3',
  'offsets.topic.num.partitions': '3',
  'group.initial.rebalance.delay.ms': '0',
  'controlled.shutdown.max.retries': '2',
};

/** A ZooKeeper server and brokers 0..n-1. */
export class TestCluster {
  readonly brokers: BrokerProcess[];

  private constructor(
    readonly zk: ZooKeeperProcess,
    n: number,
    extra: Record<string, string>,
    perBroker: (id: number) => Record<string, string>,
    ports: readonly (number | undefined)[] = [],
    script?: string,
  ) {
    this.brokers = Array.from(
      { length: n },
      (_, id) =>
        new BrokerProcess({
          port: ports[id],
          script,
          config: { 'broker.id': String(id), 'zookeeper.connect': zk.connect, ...FAST_CLUSTER_CONFIG, ...extra, ...perBroker(id) },
        }),
    );
  }

  /**
   * Starts ZooKeeper and `n` brokers; `perBroker` adds keys of one broker (its
   * broker.rack, ...); `opts.ports` fixes brokers' PLAINTEXT ports (when
   * perBroker writes their listeners); `opts.beforeBrokers` runs once ZooKeeper
   * serves (e.g. to store the inter-broker user's credentials); `opts.script`
   * runs another build's broker (benchmarks compare builds).
   */
  static async start(
    n: number,
    extra: Record<string, string> = {},
    perBroker: (id: number) => Record<string, string> = () => ({}),
    opts: { ports?: readonly number[]; beforeBrokers?: (zk: ZooKeeperProcess) => Promise<void>; script?: string } = {},
  ): Promise<TestCluster> {
    const zk = await new ZooKeeperProcess().start();
    try {
      await opts.beforeBrokers?.(zk);
    } catch (err) {
      await zk.destroy().catch(() => undefined);
      throw err;
    }
    const c = new TestCluster(zk, n, extra, perBroker, opts.ports, opts.script);
    try {
      await Promise.all(c.brokers.map((b) => b.start()));
      await c.ready();
    } catch (err) {
      // Leave nothing running when the cluster did not come up.
      await c.destroy().catch(() => undefined);
      throw err;
    }
    return c;
  }

  /**
   * Waits until every running broker has registered and knows the others and
   * the controller (a broker listens before it has registered in ZooKeeper).
   */
  async ready(timeoutMs = 120_000): Promise<void> {
    const expected = this.brokers.filter((b) => b.child !== null).length;
    // One deadline for all brokers (they come up together), so a caller can bound the whole start.
    const deadline = Date.now() + timeoutMs;
    for (const b of this.brokers) {
      if (b.child === null) continue;
      await waitFor(
        `broker on ${b.bootstrap} to see ${expected} brokers and a controller`,
        Math.max(deadline - Date.now(), 0),
        async () => {
          const conn = await Connection.connect({ host: '127.0.0.1', port: b.port, connectTimeoutMs: 3000, requestTimeoutMs: 3000 });
          try {
            const md = await conn.send(ApiKey.Metadata, (w, v) => encodeMetadataRequest(w, v, { topics: [] }), decodeMetadataResponse, {
              maxVersion: 12,
            });
            return md.brokers.length === expected && md.controllerId >= 0;
          } finally {
            conn.close();
          }
        },
      );
    }
  }

  /** Bootstrap addresses of the brokers whose process runs. */
  bootstrap(): string[] {
    return this.brokers.filter((b) => b.child !== null).map((b) => b.bootstrap);
  }

  /** A kafkajs client over the running brokers. */
  kafka(clientId = 'cluster-test'): Kafka {
    return new Kafka({
      clientId,
      brokers: this.bootstrap(),
      logLevel: logLevel.NOTHING,
      requestTimeout: 10_000,
      retry: { retries: 30, initialRetryTime: 100, maxRetryTime: 1000 },
    });
  }

  /** Everything every process wrote (for failure messages). */
  output(): string {
    return this.brokers.map((b, i) => `---- broker ${i}\n${b.output.split('\n').slice(-40).join('\n')}`).join('\n');
  }

  /** Kills everything and removes all data. */
  async destroy(): Promise<void> {
    await Promise.all(this.brokers.map((b) => b.destroy()));
    await this.zk.destroy();
  }
}

/** Topic metadata as one broker answers it (asked over one connection to exactly that broker). */
export async function metadataFrom(bootstrap: string, topic: string): Promise<TopicView> {
  const [host, port] = bootstrap.split(':');
  const conn = await Connection.connect({ host, port: Number(port), connectTimeoutMs: 3000, requestTimeoutMs: 3000 });
  try {
    const res = await conn.send(
      ApiKey.Metadata,
      (w, v) => encodeMetadataRequest(w, v, { topics: [{ name: topic }], allowAutoTopicCreation: false }),
      decodeMetadataResponse,
      { maxVersion: 12 },
    );
    const t = res.topics[0];
    if (!t || t.errorCode !== 0) throw new Error(`metadata of ${topic} from ${bootstrap}: error ${t?.errorCode}`);
    return {
      name: topic,
      partitions: t.partitions
        .map((p) => ({
          partitionId: p.partitionIndex,
          leader: p.leaderId,
          replicas: p.replicaNodes,
          isr: p.isrNodes,
          partitionErrorCode: p.errorCode,
        }))
        .sort((a, b) => a.partitionId - b.partitionId),
    };
  } finally {
    conn.close();
  }
}

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  timeoutMs: number,
  check: () => Promise<T | undefined | false> | T | undefined | false,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Reads every record of a topic (values by partition) through a kafkajs consumer. */
export async function readAll(kafka: Kafka, topic: string, expected: number, timeoutMs = 30_000): Promise<Map<number, string[]>> {
  const consumer = kafka.consumer({ groupId: `reader-${Date.now()}-${Math.random()}`, maxWaitTimeInMs: 100 });
  const out = new Map<number, string[]>();
  let count = 0;
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        if (!out.has(partition)) out.set(partition, []);
        out.get(partition)!.push(message.value!.toString());
        count++;
      },
    });
    await waitFor(`${expected} records of ${topic}`, timeoutMs, () => count >= expected).catch((err: Error) => {
      throw new Error(`${err.message} (have ${count})`);
    });
    await new Promise((r) => setTimeout(r, 500)); // a duplicate would show up now
  } finally {
    await consumer.disconnect();
  }
  return out;
}
