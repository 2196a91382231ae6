/**
 * Authorization in the request handlers over real services with Kafka's ACL
 * authorizer (local metadata store): each API checks its resources as Kafka
 * does and a denied request leaves no trace. Principals are set per call
 * (what SASL or TLS would establish on a real connection).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import produce from '../../../../broker/apis/produce.js';
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
    for (const name of ['writable', 'secret', 'txn-topic']) await t.createTopic(name, 1);
    await allow('User:alice', Op.WRITE, ResourceType.TOPIC, 'writable');
    await allow('User:alice', Op.WRITE, ResourceType.TOPIC, 'txn-', PatternType.PREFIXED);
    await allow('User:alice', Op.WRITE, ResourceType.TRANSACTIONAL_ID, 'tx-ok');
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
});
