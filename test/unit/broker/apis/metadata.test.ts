/**
 * Metadata handler over real services (no sockets): the broker list with its
 * advertised address, all topics (v0: an empty list; v1+: null) or none,
 * auto-creation as the client and auto.create.topics.enable allow it,
 * invalid names and unknown topic ids as per-topic errors, at every version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import metadata from '../../../../broker/apis/metadata.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { ADVERTISED, startServices, type TestServices } from './services.js';

describe('Metadata handler', () => {
  let t: TestServices;
  let strict: TestServices;

  beforeAll(async () => {
    t = await startServices({ 'num.partitions': '2' });
    strict = await startServices({ 'auto.create.topics.enable': 'false' });
    await t.createTopic('known', 3);
  });

  afterAll(async () => {
    await t?.close();
    await strict?.close();
  });

  it('lists this broker, the controller and every topic at every version', async () => {
    for (let v = metadata.minVersion; v <= metadata.maxVersion; v++) {
      const r = await t.call(metadata, v, { topics: v === 0 ? [] : null });
      expect(
        r!.brokers.map((b) => [b.nodeId, b.host, b.port]),
        `v${v}`,
      ).toEqual([[0, ADVERTISED.host, ADVERTISED.port]]);
      if (v >= 1) expect(r!.controllerId).toBe(0);
      if (v >= 2) expect(r!.clusterId).toBe(t.svc.clusterId);
      const known = r!.topics.find((x) => x.name === 'known')!;
      expect(known.partitions.map((p) => [p.partitionIndex, p.leaderId, p.errorCode])).toEqual([
        [0, 0, 0],
        [1, 0, 0],
        [2, 0, 0],
      ]);
      if (v >= 10) expect(known.topicId).toBe(t.svc.metadata.topic('known')!.topicId);
    }
    // v1+: an empty list asks for no topic.
    expect((await t.call(metadata, 12, { topics: [] }))!.topics).toEqual([]);
  });

  it('creates an unknown topic when the client and the broker allow it', async () => {
    const r = await t.call(metadata, 12, { topics: [{ name: 'made-on-demand' }], allowAutoTopicCreation: true });
    expect(r!.topics[0].errorCode).toBe(ErrorCode.NONE);
    expect(r!.topics[0].partitions).toHaveLength(2); // num.partitions
    const refused = await t.call(metadata, 12, { topics: [{ name: 'not-asked' }], allowAutoTopicCreation: false });
    expect(refused!.topics[0].errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    expect(t.svc.metadata.topic('not-asked')).toBeUndefined();
    // v0-v3 always allow it; the broker's auto.create.topics.enable=false still wins.
    const old = await strict.call(metadata, 3, { topics: [{ name: 'nope' }] });
    expect(old!.topics[0].errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    expect(strict.svc.metadata.topic('nope')).toBeUndefined();
  });

  it('answers per topic: invalid names and unknown ids next to a known topic', async () => {
    const r = await t.call(metadata, 12, {
      topics: [{ name: 'known' }, { name: 'bad/name' }, { name: null, topicId: '01234567-89ab-cdef-0123-456789abcdef' }],
      allowAutoTopicCreation: true,
    });
    expect(r!.topics.map((x) => x.errorCode)).toEqual([ErrorCode.NONE, ErrorCode.INVALID_TOPIC_EXCEPTION, ErrorCode.UNKNOWN_TOPIC_ID]);
    expect(t.svc.metadata.topic('bad/name')).toBeUndefined();
  });
});
