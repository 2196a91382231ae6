/**
 * AlterClientQuotas and DescribeClientQuotas handlers over real services
 * (local metadata store): Kafka's entity paths and value forms, a user's
 * SCRAM keys kept beside its quotas, Kafka's validation naming the bad
 * part, filters with exact/default/any matches and strict, authorization on
 * the cluster, the quota in force at once; and a Fetch over its
 * consumer_byte_rate answered empty with the throttle time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import alterQuotas from '../../../../broker/apis/alter-client-quotas.js';
import describeQuotas from '../../../../broker/apis/describe-client-quotas.js';
import produce from '../../../../broker/apis/produce.js';
import fetch from '../../../../broker/apis/fetch.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { encodeRecordBatch } from '../../../../protocol/record-codec.js';
import type { Principal } from '../../../../broker/apis/types.js';
import { startServices, type TestServices } from './services.js';

const user = (name: string) => ({ entityType: 'user', entityName: name });
const client = (name: string | null) => ({ entityType: 'client-id', entityName: name });
const set = (key: string, value: number) => ({ key, value, remove: false });
const remove = (key: string) => ({ key, value: 0, remove: true });

describe('client quota handlers', () => {
  let t: TestServices;

  beforeAll(async () => {
    t = await startServices();
  });

  afterAll(async () => {
    await t?.close();
  });

  it("stores quotas at Kafka's entity paths in Kafka's forms, beside a user's other keys", async () => {
    await t.entityConfigs.put('users/alice', { 'SCRAM-SHA-256': 'kept' });
    const r = await t.call(alterQuotas, 1, {
      entries: [
        { entity: [user('alice')], ops: [set('producer_byte_rate', 1024), set('request_percentage', 200)] },
        { entity: [user('alice'), client('app')], ops: [set('consumer_byte_rate', 2048)] },
        { entity: [{ entityType: 'user', entityName: null }], ops: [set('producer_byte_rate', 4096)] },
        { entity: [client(null)], ops: [set('request_percentage', 12.5)] },
        { entity: [client('a b*')], ops: [set('consumer_byte_rate', 10)] },
      ],
      validateOnly: false,
    });
    expect(r!.entries.map((e) => e.errorCode)).toEqual([0, 0, 0, 0, 0]);
    expect(await t.entityConfigs.get('users/alice')).toEqual({
      'SCRAM-SHA-256': 'kept',
      producer_byte_rate: '1024',
      request_percentage: '200.0',
    });
    expect(await t.entityConfigs.get('users/alice/clients/app')).toEqual({ consumer_byte_rate: '2048' });
    expect(await t.entityConfigs.get('users/<default>')).toEqual({ producer_byte_rate: '4096' });
    expect(await t.entityConfigs.get('clients/<default>')).toEqual({ request_percentage: '12.5' });
    expect(await t.entityConfigs.get('clients/a%20b%2A')).toEqual({ consumer_byte_rate: '10' });
    // In force at once: alice's produce rate is bounded by her own quota.
    expect(t.svc.clientQuotas.produce.quotaOf({ user: 'alice' })).toBe(1024);
    expect(t.svc.clientQuotas.request.quotaOf({ clientId: null })).toBe(12.5);
  });

  it('describes with exact, default and any-name filters, strict or not', async () => {
    const describeBy = async (components: object[], strict: boolean) => {
      const d = await t.call(describeQuotas, 1, { components, strict });
      expect(d!.errorCode).toBe(ErrorCode.NONE);
      return d!.entries!.map((e) => ({
        entity: e.entity.map((x) => `${x.entityType}=${x.entityName}`).join(','),
        values: Object.fromEntries(e.values.map((v) => [v.key, v.value])),
      }));
    };
    expect(await describeBy([{ entityType: 'user', matchType: 0, match: 'alice' }], true)).toEqual([
      { entity: 'user=alice', values: { producer_byte_rate: 1024, request_percentage: 200 } },
    ]);
    expect((await describeBy([{ entityType: 'user', matchType: 0, match: 'alice' }], false)).map((e) => e.entity)).toEqual([
      'user=alice',
      'user=alice,client-id=app',
    ]);
    expect(await describeBy([{ entityType: 'user', matchType: 1, match: null }], true)).toEqual([
      { entity: 'user=null', values: { producer_byte_rate: 4096 } },
    ]);
    expect((await describeBy([{ entityType: 'client-id', matchType: 2, match: null }], true)).map((e) => e.entity).sort()).toEqual([
      'client-id=a b*',
      'client-id=null',
    ]);
    expect((await describeBy([], false)).length).toBe(5);
    expect(await describeBy([{ entityType: 'user', matchType: 0, match: 'nobody' }], false)).toEqual([]);
  });

  it('refuses invalid entries naming the problem, and applies none of their changes', async () => {
    const r = await t.call(alterQuotas, 0, {
      entries: [
        { entity: [user('bob')], ops: [set('producer_byte_rate', 10.5)] },
        { entity: [user('bob')], ops: [set('no_such_quota', 1)] },
        { entity: [user('bob')], ops: [set('controller_mutation_rate', 1)] },
        { entity: [user('')], ops: [set('producer_byte_rate', 1)] },
        { entity: [{ entityType: 'ip', entityName: '10.0.0.1' }], ops: [set('connection_creation_rate', 1)] },
        { entity: [{ entityType: 'group', entityName: 'g' }], ops: [set('producer_byte_rate', 1)] },
        { entity: [user('bob'), user('carol')], ops: [set('producer_byte_rate', 1)] },
        { entity: [], ops: [set('producer_byte_rate', 1)] },
        { entity: [user('bob')], ops: [set('consumer_byte_rate', 0)] },
        { entity: [user('bob')], ops: [set('consumer_byte_rate', 5), set('producer_byte_rate', -1)] },
      ],
      validateOnly: false,
    });
    expect(r!.entries.map((e) => [e.errorCode, e.errorMessage])).toEqual([
      [ErrorCode.INVALID_REQUEST, 'Configuration producer_byte_rate must be a LONG value'],
      [ErrorCode.INVALID_REQUEST, 'Invalid configuration key no_such_quota'],
      [
        ErrorCode.INVALID_REQUEST,
        'Invalid configuration key controller_mutation_rate (controller mutation quotas, KIP-599, are not supported)',
      ],
      [ErrorCode.INVALID_REQUEST, 'Empty user not supported'],
      [ErrorCode.INVALID_REQUEST, 'IP quota entities (connection_creation_rate) are not supported'],
      [ErrorCode.INVALID_REQUEST, 'Unhandled client quota entity type: group'],
      [ErrorCode.INVALID_REQUEST, 'Duplicate user in the client quota entity'],
      [ErrorCode.INVALID_REQUEST, 'Invalid empty client quota entity'],
      [ErrorCode.INVALID_REQUEST, 'Configuration consumer_byte_rate must be a positive number, not 0'],
      [ErrorCode.INVALID_REQUEST, 'Configuration producer_byte_rate must be a positive number, not -1'],
    ]);
    expect(await t.entityConfigs.get('users/bob')).toEqual({});
    expect(r!.entries[6].entity).toEqual([user('bob'), user('carol')]);
  });

  it('validate_only checks without writing; removing keys keeps the rest', async () => {
    let r = await t.call(alterQuotas, 1, {
      entries: [{ entity: [user('carol')], ops: [set('producer_byte_rate', 5)] }],
      validateOnly: true,
    });
    expect(r!.entries[0].errorCode).toBe(ErrorCode.NONE);
    expect(await t.entityConfigs.get('users/carol')).toEqual({});
    r = await t.call(alterQuotas, 1, { entries: [{ entity: [user('alice')], ops: [remove('producer_byte_rate')] }], validateOnly: false });
    expect(r!.entries[0].errorCode).toBe(ErrorCode.NONE);
    expect(await t.entityConfigs.get('users/alice')).toEqual({ 'SCRAM-SHA-256': 'kept', request_percentage: '200.0' });
    expect(t.svc.clientQuotas.produce.quotaOf({ user: 'alice' })).toBeUndefined();
  });

  it("keeps a user's SCRAM credential and quota when both are written at once", async () => {
    const salt = Buffer.alloc(16, 1);
    const [scram, quota] = await Promise.all([
      t.svc.scramCredentials.alter([], [{ name: 'dave', mechanism: 1, iterations: 4096, salt, saltedPassword: Buffer.alloc(32, 2) }]),
      t.call(alterQuotas, 1, { entries: [{ entity: [user('dave')], ops: [set('producer_byte_rate', 9)] }], validateOnly: false }),
    ]);
    expect(scram[0].errorCode).toBe(ErrorCode.NONE);
    expect(quota!.entries[0].errorCode).toBe(ErrorCode.NONE);
    const stored = await t.entityConfigs.get('users/dave');
    expect(Object.keys(stored).sort()).toEqual(['SCRAM-SHA-256', 'producer_byte_rate']);
  });

  it('rejects bad filters naming them', async () => {
    const d = await t.call(describeQuotas, 1, {
      components: [
        { entityType: 'user', matchType: 2, match: null },
        { entityType: 'user', matchType: 0, match: 'x' },
      ],
      strict: false,
    });
    expect([d!.errorCode, d!.errorMessage]).toEqual([ErrorCode.INVALID_REQUEST, 'Duplicate user filter component entity type']);
    const e = await t.call(describeQuotas, 0, { components: [{ entityType: 'ip', matchType: 2, match: null }], strict: false });
    expect(e!.errorMessage).toBe('IP quota entities (connection_creation_rate) are not supported');
  });

  it('answers a Fetch over its consumer_byte_rate with no partitions and the throttle time', async () => {
    await t.createTopic('quota-fetch');
    const records = encodeRecordBatch({ records: [{ value: Buffer.alloc(5000, 1) }] });
    const p = await t.call(produce, 9, {
      acks: 1,
      timeoutMs: 1000,
      topicData: [{ name: 'quota-fetch', partitionData: [{ index: 0, records }] }],
    });
    expect(p!.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.NONE);
    await t.call(alterQuotas, 1, { entries: [{ entity: [client('slow')], ops: [set('consumer_byte_rate', 1000)] }], validateOnly: false });
    const fetchReq = {
      replicaId: -1,
      maxWaitMs: 0,
      minBytes: 1,
      maxBytes: 1 << 20,
      isolationLevel: 0,
      topics: [{ topic: 'quota-fetch', partitions: [{ partition: 0, fetchOffset: 0, partitionMaxBytes: 1 << 20, logStartOffset: 0 }] }],
    };
    const other = await t.call(fetch, 11, fetchReq, { clientId: 'fast' });
    expect(other!.throttleTimeMs).toBe(0);
    expect(other!.responses[0].partitions[0].records!.length).toBeGreaterThan(5000);
    const first = await t.call(fetch, 11, fetchReq, { clientId: 'slow' });
    expect(first!.throttleTimeMs).toBeGreaterThan(0);
    expect(first!.responses).toEqual([]);
    // max_bytes is capped at one window of the quota (1 s × 1000 B).
    expect(t.svc.clientQuotas.fetch.maxValueInWindow('ANONYMOUS', 'slow')).toBe(1000);
  });

  it('needs DESCRIBE_CONFIGS / ALTER_CONFIGS on the cluster when an authorizer is on', async () => {
    const secured = await startServices({
      'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer',
      'super.users': 'User:admin',
    });
    try {
      const alice: { principal: Principal } = { principal: { type: 'User', name: 'alice' } };
      const a = await secured.call(
        alterQuotas,
        1,
        { entries: [{ entity: [user('x')], ops: [set('producer_byte_rate', 1)] }], validateOnly: false },
        alice,
      );
      expect(a!.entries[0].errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
      expect(await secured.entityConfigs.get('users/x')).toEqual({});
      const d = await secured.call(describeQuotas, 1, { components: [], strict: false }, alice);
      expect(d!.errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
      const admin: { principal: Principal } = { principal: { type: 'User', name: 'admin' } };
      const ok = await secured.call(
        alterQuotas,
        1,
        { entries: [{ entity: [user('x')], ops: [set('producer_byte_rate', 1)] }], validateOnly: false },
        admin,
      );
      expect(ok!.entries[0].errorCode).toBe(ErrorCode.NONE);
    } finally {
      await secured.close();
    }
  });
});
