/**
 * The setup shared by the tests of client/ and of the streaming
 * library: an in-process broker (startBroker, a fresh temporary data
 * directory) with a connected lean KafkaClient and the topics the file
 * needs, and `until` for polling a condition.
 *
 * Typical use:
 *
 *   let broker: RunningBroker;
 *   let client: KafkaClient;
 *   beforeAll(async () => ({ broker, client } = await startBrokerWithClient([{ topic: 'six', numPartitions: 6 }])));
 *   afterAll(() => stopBrokerWithClient({ broker, client }));
 */
import { startBroker, type RunningBroker } from '../../broker/index.js';
import { KafkaClient } from '../../client/index.js';

/** A running in-process broker and a client connected to it. */
export interface BrokerWithClient {
  broker: RunningBroker;
  client: KafkaClient;
}

/** Starts a broker, connects a client to it (metadata loaded) and creates `topics`. */
export async function startBrokerWithClient(topics: { topic: string; numPartitions?: number }[] = []): Promise<BrokerWithClient> {
  const broker = await startBroker();
  const client = new KafkaClient({ brokers: broker.brokers });
  await client.connect();
  if (topics.length > 0) await client.createTopics(topics);
  return { broker, client };
}

/** Closes the client, then stops the broker (either may be missing when start failed). */
export async function stopBrokerWithClient(env: Partial<BrokerWithClient>): Promise<void> {
  env.client?.close();
  await env.broker?.stop();
}

/** Polls `cond` every 50 ms until it holds; throws "timed out" after `ms`. */
export async function until(cond: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
