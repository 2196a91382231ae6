/**
 * CreateTopics and DeleteTopics handlers over real services (no sockets):
 * one result per topic at every version, each failure its own (duplicate in
 * the request, existing topic, invalid config, null config value), dry runs
 * that create nothing, the configs a v5+ answer carries, and deletion by name
 * (v1-v5) and by name or topic id (v6).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import createTopics from '../../../../broker/apis/create-topics.js';
import deleteTopics from '../../../../broker/apis/delete-topics.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { startServices, type TestServices } from './services.js';

const topic = (name: string, numPartitions = 1, configs: { name: string; value: string | null }[] = []): object => ({
  name,
  numPartitions,
  replicationFactor: 1,
  assignments: [],
  configs,
});

describe('CreateTopics and DeleteTopics handlers', () => {
  let t: TestServices;

  beforeAll(async () => {
    t = await startServices();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('creates topics at every version; v5+ answers partitions, replication and configs', async () => {
    for (let v = createTopics.minVersion; v <= createTopics.maxVersion; v++) {
      const name = `made-v${v}`;
      const r = await t.call(createTopics, v, { topics: [topic(name, 2, [{ name: 'retention.ms', value: '60000' }])], timeoutMs: 1000 });
      const x = r!.topics[0];
      expect([x.name, x.errorCode], `v${v}`).toEqual([name, ErrorCode.NONE]);
      expect(t.svc.metadata.topic(name)!.partitions).toHaveLength(2);
      if (v >= 5) {
        expect([x.numPartitions, x.replicationFactor]).toEqual([2, 1]);
        expect(x.configs!.find((c) => c.name === 'retention.ms')!.value).toBe('60000');
      }
      if (v >= 7) expect(x.topicId).toBe(t.svc.metadata.topic(name)!.topicId);
    }
  });

  it('answers every topic on its own', async () => {
    await t.createTopic('taken');
    const r = await t.call(createTopics, 7, {
      topics: [
        topic('twice'),
        topic('twice'),
        topic('taken'),
        topic('bad-config', 1, [{ name: 'cleanup.policy', value: 'sometimes' }]),
        topic('null-config', 1, [{ name: 'retention.ms', value: null }]),
        topic('fine'),
      ],
      timeoutMs: 1000,
    });
    expect(r!.topics.map((x) => [x.name, x.errorCode])).toEqual([
      ['twice', ErrorCode.INVALID_REQUEST],
      ['twice', ErrorCode.INVALID_REQUEST],
      ['taken', ErrorCode.TOPIC_ALREADY_EXISTS],
      ['bad-config', ErrorCode.INVALID_CONFIG],
      ['null-config', ErrorCode.INVALID_CONFIG],
      ['fine', ErrorCode.NONE],
    ]);
    expect(r!.topics[4].errorMessage).toBe('Null value not supported for topic configs: retention.ms');
    for (const n of ['twice', 'bad-config', 'null-config']) expect(t.svc.metadata.topic(n), n).toBeUndefined();
  });

  it('validates without creating (validateOnly)', async () => {
    const r = await t.call(createTopics, 7, { topics: [topic('dry-run', 4)], timeoutMs: 1000, validateOnly: true });
    expect([r!.topics[0].errorCode, r!.topics[0].numPartitions]).toEqual([ErrorCode.NONE, 4]);
    expect(t.svc.metadata.topic('dry-run')).toBeUndefined();
  });

  it('deletes by name at v1-v5 and by id at v6; unknown ones get their own error', async () => {
    for (let v = deleteTopics.minVersion; v <= 5; v++) {
      await t.createTopic(`gone-v${v}`);
      const r = await t.call(deleteTopics, v, { topicNames: [`gone-v${v}`, 'never-was'], timeoutMs: 1000 });
      expect(
        r!.responses.map((x) => [x.name, x.errorCode]),
        `v${v}`,
      ).toEqual([
        [`gone-v${v}`, ErrorCode.NONE],
        ['never-was', ErrorCode.UNKNOWN_TOPIC_OR_PARTITION],
      ]);
      expect(t.svc.metadata.topic(`gone-v${v}`)).toBeUndefined();
    }
    await t.createTopic('by-id');
    const id = t.svc.metadata.topic('by-id')!.topicId;
    const r = await t.call(deleteTopics, 6, {
      topics: [
        { name: null, topicId: id },
        { name: null, topicId: '01234567-89ab-cdef-0123-456789abcdef' },
      ],
      timeoutMs: 1000,
    });
    expect(r!.responses.map((x) => [x.name, x.errorCode])).toEqual([
      ['by-id', ErrorCode.NONE],
      [null, ErrorCode.UNKNOWN_TOPIC_ID],
    ]);
  });
});
