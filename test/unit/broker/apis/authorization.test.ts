/**
 * Authorization in the request handlers over real services with Kafka's ACL
 * authorizer (local metadata store): each API checks its resources as Kafka
 * does and a denied request leaves no trace. Principals are set per call
 * (what SASL or TLS would establish on a real connection).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import produce from '../../../../broker/apis/produce.js';
import fetch from '../../../../broker/apis/fetch.js';
import metadata from '../../../../broker/apis/metadata.js';
import listOffsets from '../../../../broker/apis/list-offsets.js';
import createTopics from '../../../../broker/apis/create-topics.js';
import deleteTopics from '../../../../broker/apis/delete-topics.js';
import createPartitions from '../../../../broker/apis/create-partitions.js';
import describeConfigs from '../../../../broker/apis/describe-configs.js';
import incrementalAlterConfigs from '../../../../broker/apis/incremental-alter-configs.js';
import deleteRecords from '../../../../broker/apis/delete-records.js';
import initProducerId from '../../../../broker/apis/init-producer-id.js';
import describeCluster from '../../../../broker/apis/describe-cluster.js';
import describeScram from '../../../../broker/apis/describe-user-scram-credentials.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { encodeRecordBatch } from '../../../../protocol/record-codec.js';
import { AclOperation as Op, AclPermission, PatternType, ResourceType } from '../../../../broker/security/authorizer-acls.js';
import type { Principal } from '../../../../broker/apis/types.js';
import { startServices, type TestServices } from './services.js';

const user = (name: string): { principal: Principal } => ({ principal: { type: 'User', name } });
const alice = user('alice');
const bob = user('bob');

const batch = (transactional = false): Buffer =>
  encodeRecordBatch({ records: [{ value: 'v' }], ...(transactional ? { producerId: 7, producerEpoch: 0, transactional: true } : {}) });

function produceRequest(topics: string[], transactionalId: string | null = null, records: Buffer = batch()): object {
  return {
    transactionalId,
    acks: -1,
    timeoutMs: 1000,
    topicData: topics.map((name) => ({ name, partitionData: [{ index: 0, records }] })),
  };
}

describe('authorization in the handlers', () => {
  let t: TestServices;

  async function allow(principal: string, op: Op, type: ResourceType, name: string, patternType: PatternType = PatternType.LITERAL) {
    const [err] = await t.svc.authorizer!.createAcls([
      {
        pattern: { resourceType: type, name, patternType },
        entry: { principal, host: '*', operation: op, permission: AclPermission.ALLOW },
      },
    ]);
    expect(err).toBeNull();
  }

  const endOffset = (topic: string): number => t.svc.replicas.get(topic, 0)!.log.logEndOffset;

  beforeAll(async () => {
    t = await startServices({ 'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer', 'super.users': 'User:admin' });
    for (const name of ['writable', 'secret', 'txn-topic', 'readable', 'visible', 'doomed']) await t.createTopic(name, 1);
    await allow('User:alice', Op.WRITE, ResourceType.TOPIC, 'writable');
    await allow('User:alice', Op.WRITE, ResourceType.TOPIC, 'txn-', PatternType.PREFIXED);
    await allow('User:alice', Op.WRITE, ResourceType.TRANSACTIONAL_ID, 'tx-ok');
    await allow('User:alice', Op.READ, ResourceType.TOPIC, 'readable');
    await allow('User:alice', Op.DESCRIBE, ResourceType.TOPIC, 'visible');
    await allow('User:alice', Op.DESCRIBE, ResourceType.TOPIC, 'auto-', PatternType.PREFIXED);
    await allow('User:alice', Op.CREATE, ResourceType.TOPIC, 'auto-ok');
    await allow('User:alice', Op.CREATE, ResourceType.TOPIC, 'made-', PatternType.PREFIXED);
    await allow('User:alice', Op.DELETE, ResourceType.TOPIC, 'doomed');
    await allow('User:alice', Op.ALTER_CONFIGS, ResourceType.TOPIC, 'visible');
    await allow('User:carol', Op.IDEMPOTENT_WRITE, ResourceType.CLUSTER, 'kafka-cluster');
    await allow('User:carol', Op.DESCRIBE, ResourceType.CLUSTER, 'kafka-cluster');
    await t.call(produce, 9, produceRequest(['readable', 'doomed']), user('admin'));
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('Produce', () => {
    it('appends to an allowed topic and answers TOPIC_AUTHORIZATION_FAILED for the others, existing or not, appending nothing', async () => {
      const r = await t.call(produce, 9, produceRequest(['writable', 'secret', 'no-such-topic']), alice);
      expect(r!.responses.map((x) => [x.name, x.partitionResponses[0].errorCode])).toEqual([
        ['writable', ErrorCode.NONE],
        ['secret', ErrorCode.TOPIC_AUTHORIZATION_FAILED],
        ['no-such-topic', ErrorCode.TOPIC_AUTHORIZATION_FAILED],
      ]);
      expect(endOffset('writable')).toBe(1);
      expect(endOffset('secret')).toBe(0);
      expect(t.svc.metadata.topic('no-such-topic')).toBeUndefined();
      const denied = await t.call(produce, 9, produceRequest(['writable']), bob);
      expect(denied!.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.TOPIC_AUTHORIZATION_FAILED);
      expect(endOffset('writable')).toBe(1);
    });

    it('needs WRITE on the transactional id for transactional records, else every partition fails', async () => {
      const r = await t.call(produce, 9, produceRequest(['txn-topic', 'writable'], 'tx-other', batch(true)), alice);
      expect(r!.responses.map((x) => x.partitionResponses[0].errorCode)).toEqual([
        ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
        ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED,
      ]);
      expect(endOffset('txn-topic')).toBe(0);
    });

    it('lets super users write anywhere', async () => {
      const r = await t.call(produce, 9, produceRequest(['secret']), user('admin'));
      expect(r!.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.NONE);
      expect(endOffset('secret')).toBe(1);
    });
  });
  describe('Metadata', () => {
    const names = (r: { topics: { name: string | null; errorCode: number }[] }) => r.topics.map((x) => [x.name, x.errorCode]);

    it('lists only the topics the principal may describe, and none for a stranger', async () => {
      const all = await t.call(metadata, 12, { topics: null, allowAutoTopicCreation: false }, alice);
      expect(all!.topics.map((x) => x.name).sort()).toEqual(['doomed', 'readable', 'txn-topic', 'visible', 'writable']);
      const none = await t.call(metadata, 12, { topics: null, allowAutoTopicCreation: false }, bob);
      expect(none!.topics).toEqual([]);
      const everything = await t.call(metadata, 12, { topics: null, allowAutoTopicCreation: false }, user('admin'));
      expect(everything!.topics.map((x) => x.name)).toContain('secret');
    });

    it('answers TOPIC_AUTHORIZATION_FAILED for named topics, existing or not, and auto-creates only with CREATE', async () => {
      const r = await t.call(
        metadata,
        9,
        {
          topics: [{ name: 'visible' }, { name: 'secret' }, { name: 'missing' }, { name: 'auto-ok' }, { name: 'auto-no' }],
          allowAutoTopicCreation: true,
        },
        alice,
      );
      expect(names(r!)).toEqual([
        ['visible', ErrorCode.NONE],
        ['secret', ErrorCode.TOPIC_AUTHORIZATION_FAILED],
        ['missing', ErrorCode.TOPIC_AUTHORIZATION_FAILED],
        ['auto-ok', ErrorCode.NONE],
        ['auto-no', ErrorCode.TOPIC_AUTHORIZATION_FAILED],
      ]);
      expect(t.svc.metadata.topic('auto-ok')).toBeDefined();
      expect(t.svc.metadata.topic('auto-no')).toBeUndefined();
      expect(t.svc.metadata.topic('missing')).toBeUndefined();
    });

    it('names an unauthorized topic id without its name, and answers authorized operations when asked', async () => {
      const secretId = t.svc.metadata.topic('secret')!.topicId;
      const byId = await t.call(metadata, 12, { topics: [{ topicId: secretId, name: null }], allowAutoTopicCreation: false }, alice);
      expect([byId!.topics[0].name, byId!.topics[0].errorCode]).toEqual([null, ErrorCode.TOPIC_AUTHORIZATION_FAILED]);
      const ops = await t.call(
        metadata,
        10,
        {
          topics: [{ name: 'visible' }],
          allowAutoTopicCreation: false,
          includeClusterAuthorizedOperations: true,
          includeTopicAuthorizedOperations: true,
        },
        alice,
      );
      // DESCRIBE (8), ALTER_CONFIGS (11) and the DESCRIBE_CONFIGS (10) it implies.
      expect(ops!.topics[0].topicAuthorizedOperations).toBe((1 << Op.DESCRIBE) | (1 << Op.DESCRIBE_CONFIGS) | (1 << Op.ALTER_CONFIGS));
      expect(ops!.clusterAuthorizedOperations).toBe(0);
      const carol = await t.call(
        metadata,
        10,
        { topics: [], allowAutoTopicCreation: false, includeClusterAuthorizedOperations: true },
        user('carol'),
      );
      expect(carol!.clusterAuthorizedOperations).toBe((1 << Op.IDEMPOTENT_WRITE) | (1 << Op.DESCRIBE));
    });
  });

  describe('Fetch and ListOffsets', () => {
    const fetchRequest = (topics: string[], replicaId = -1) => ({
      replicaId,
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: 1 << 20,
      isolationLevel: 0,
      topics: topics.map((topic) => ({ topic, partitions: [{ partition: 0, fetchOffset: 0, partitionMaxBytes: 1 << 20 }] })),
    });

    it('reads a topic with READ and answers TOPIC_AUTHORIZATION_FAILED without records otherwise', async () => {
      const r = await t.call(fetch, 12, fetchRequest(['readable', 'secret', 'nowhere']), alice);
      const parts = r!.responses.map((x) => x.partitions[0]);
      expect(parts.map((p) => p.errorCode)).toEqual([
        ErrorCode.NONE,
        ErrorCode.TOPIC_AUTHORIZATION_FAILED,
        ErrorCode.TOPIC_AUTHORIZATION_FAILED,
      ]);
      expect(parts[0].records!.length).toBeGreaterThan(0);
      expect([parts[1].records?.length ?? 0, parts[1].highWatermark]).toEqual([0, -1]);
    });

    it('needs CLUSTER_ACTION for a follower fetch', async () => {
      const r = await t.call(fetch, 12, fetchRequest(['readable'], 1), alice);
      expect(r!.responses[0].partitions[0].errorCode).toBe(ErrorCode.TOPIC_AUTHORIZATION_FAILED);
    });

    it('answers ListOffsets with DESCRIBE only', async () => {
      const r = await t.call(
        listOffsets,
        7,
        {
          replicaId: -1,
          isolationLevel: 0,
          topics: ['readable', 'secret'].map((name) => ({ name, partitions: [{ partitionIndex: 0, timestamp: -1 }] })),
        },
        alice,
      );
      expect(r!.topics.map((x) => [x.partitions[0].errorCode, x.partitions[0].offset])).toEqual([
        [ErrorCode.NONE, 1],
        [ErrorCode.TOPIC_AUTHORIZATION_FAILED, -1],
      ]);
    });
  });

  describe('topic administration', () => {
    const creatable = (name: string) => ({ name, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] });

    it('creates with CREATE on the topic (or cluster) only, configs only with DESCRIBE_CONFIGS', async () => {
      const r = await t.call(createTopics, 7, { topics: [creatable('made-1'), creatable('forbidden')], timeoutMs: 1000 }, alice);
      expect(r!.topics.map((x) => [x.name, x.errorCode, x.topicConfigErrorCode, x.numPartitions])).toEqual([
        ['made-1', ErrorCode.NONE, ErrorCode.TOPIC_AUTHORIZATION_FAILED, -1],
        ['forbidden', ErrorCode.TOPIC_AUTHORIZATION_FAILED, ErrorCode.NONE, -1],
      ]);
      expect(t.svc.metadata.topic('made-1')).toBeDefined();
      expect(t.svc.metadata.topic('forbidden')).toBeUndefined();
    });

    it('deletes with DELETE only; CreatePartitions needs ALTER; DeleteRecords needs DELETE', async () => {
      const d = await t.call(deleteTopics, 5, { topicNames: ['secret', 'ghost'], timeoutMs: 1000 }, alice);
      expect(d!.responses.map((x) => x.errorCode)).toEqual([ErrorCode.TOPIC_AUTHORIZATION_FAILED, ErrorCode.TOPIC_AUTHORIZATION_FAILED]);
      expect(t.svc.metadata.topic('secret')).toBeDefined();
      const p = await t.call(
        createPartitions,
        3,
        { topics: [{ name: 'visible', count: 3, assignments: null }], timeoutMs: 1000, validateOnly: false },
        alice,
      );
      expect(p!.results[0].errorCode).toBe(ErrorCode.TOPIC_AUTHORIZATION_FAILED);
      expect(t.svc.metadata.topic('visible')!.partitions.length).toBe(1);
      const dr = await t.call(
        deleteRecords,
        2,
        { topics: ['doomed', 'readable'].map((name) => ({ name, partitions: [{ partitionIndex: 0, offset: -1 }] })), timeoutMs: 1000 },
        alice,
      );
      expect(dr!.topics.map((x) => x.partitions[0].errorCode)).toEqual([ErrorCode.NONE, ErrorCode.TOPIC_AUTHORIZATION_FAILED]);
      expect(t.svc.replicas.get('readable', 0)!.log.logStartOffset).toBe(0);
      const ok = await t.call(deleteTopics, 5, { topicNames: ['doomed'], timeoutMs: 1000 }, alice);
      expect(ok!.responses[0].errorCode).toBe(ErrorCode.NONE);
    });

    it('describes and alters configs per topic (TOPIC_) and broker (CLUSTER_AUTHORIZATION_FAILED)', async () => {
      const d = await t.call(
        describeConfigs,
        4,
        {
          resources: [
            { resourceType: 2, resourceName: 'visible', configurationKeys: null },
            { resourceType: 2, resourceName: 'secret', configurationKeys: null },
            { resourceType: 4, resourceName: '0', configurationKeys: null },
          ],
          includeSynonyms: false,
          includeDocumentation: false,
        },
        alice,
      );
      expect(d!.results.map((x) => x.errorCode)).toEqual([
        ErrorCode.NONE,
        ErrorCode.TOPIC_AUTHORIZATION_FAILED,
        ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
      ]);
      const a = await t.call(
        incrementalAlterConfigs,
        1,
        {
          resources: ['visible', 'secret'].map((resourceName) => ({
            resourceType: 2,
            resourceName,
            configs: [{ name: 'retention.ms', configOperation: 0, value: '1234' }],
          })),
          validateOnly: false,
        },
        alice,
      );
      expect(a!.responses.map((x) => x.errorCode)).toEqual([ErrorCode.NONE, ErrorCode.TOPIC_AUTHORIZATION_FAILED]);
      expect(t.svc.metadata.topic('secret')!.configs['retention.ms']).toBeUndefined();
    });
  });

  describe('producer ids and the cluster', () => {
    it('gives an idempotent producer an id with WRITE on some topic or IDEMPOTENT_WRITE, else CLUSTER_AUTHORIZATION_FAILED', async () => {
      const req = { transactionalId: null, transactionTimeoutMs: 60000, producerId: -1, producerEpoch: -1 };
      expect((await t.call(initProducerId, 4, req, alice))!.errorCode).toBe(ErrorCode.NONE);
      expect((await t.call(initProducerId, 4, req, user('carol')))!.errorCode).toBe(ErrorCode.NONE);
      expect((await t.call(initProducerId, 4, req, bob))!.errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
      const tx = await t.call(initProducerId, 4, { ...req, transactionalId: 'tx-other' }, alice);
      expect(tx!.errorCode).toBe(ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED);
    });

    it('answers the cluster operations of DescribeCluster and SCRAM descriptions by cluster ACLs', async () => {
      const c = await t.call(describeCluster, 1, { includeClusterAuthorizedOperations: true, endpointType: 1 }, bob);
      expect([c!.errorCode, c!.clusterAuthorizedOperations]).toEqual([ErrorCode.NONE, 0]);
      const s = await t.call(describeScram, 0, { users: null }, bob);
      expect(s!.errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
      const ok = await t.call(describeScram, 0, { users: null }, user('carol'));
      expect(ok!.errorCode).toBe(ErrorCode.NONE);
    });
  });
});
