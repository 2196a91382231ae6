/**
 * Topic auto-creation the way producers ask for it: a Metadata request with
 * allowAutoTopicCreation = true (v4+; older versions always allow it), which
 * makes a broker with auto.create.topics.enable create the topic with its
 * defaults (num.partitions, default.replication.factor). Then the client's
 * metadata is refreshed until every partition has a leader.
 */
import { ApiKey } from '../protocol/generated/api-keys.js';
import { ErrorCode, errorName } from '../protocol/generated/errors.js';
import { encodeMetadataRequest } from '../protocol/generated/metadata-request.js';
import { decodeMetadataResponse } from '../protocol/generated/metadata-response.js';
import { ZERO_UUID } from '../protocol/reader.js';
import { KafkaClientError } from './errors.js';
import { sleep, type KafkaClient } from './kafka-client.js';

const CREATING = new Set<number>([ErrorCode.LEADER_NOT_AVAILABLE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);

/**
 * Makes sure `topic` exists and has leaders, asking the broker to create it
 * when it does not (rejects with UNKNOWN_TOPIC_OR_PARTITION when the broker's
 * auto.create.topics.enable is off, after `timeoutMs`).
 */
export async function ensureTopic(client: KafkaClient, topic: string, timeoutMs = 10_000): Promise<void> {
  const known = client.topics.get(topic);
  if (known && [...known.leaders.values()].every((l) => l >= 0)) return;
  const deadline = Date.now() + timeoutMs;
  let lastCode: number = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
  for (;;) {
    const res = await client.retry('Metadata', async () => {
      const c = await client.anyConnection();
      return c.send(
        ApiKey.Metadata,
        (w, v) =>
          encodeMetadataRequest(w, v, {
            topics: [{ name: topic, topicId: ZERO_UUID }],
            allowAutoTopicCreation: v >= 4 ? true : undefined,
          }),
        decodeMetadataResponse,
      );
    });
    const t = res.topics.find((x) => x.name === topic);
    lastCode = t?.errorCode ?? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    if (t && lastCode === 0 && t.partitions.length > 0 && t.partitions.every((p) => p.leaderId >= 0)) {
      await client.refreshMetadata([topic]);
      return;
    }
    if (lastCode !== 0 && !CREATING.has(lastCode)) throw new KafkaClientError(lastCode, `topic ${topic}: ${errorName(lastCode)}`);
    if (Date.now() > deadline)
      throw new KafkaClientError(
        lastCode === 0 ? ErrorCode.LEADER_NOT_AVAILABLE : lastCode,
        `topic ${topic} does not exist and was not created (is auto.create.topics.enable off?): ${errorName(lastCode === 0 ? ErrorCode.LEADER_NOT_AVAILABLE : lastCode)}`,
        false,
      );
    await sleep(100);
  }
}
