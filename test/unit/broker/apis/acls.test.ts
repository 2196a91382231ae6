/**
 * CreateAcls, DescribeAcls and DeleteAcls handlers over real services
 * (local metadata store), at every version: round trips with LITERAL and
 * PREFIXED patterns, filters (ANY, MATCH), INVALID_REQUEST per bad binding
 * or filter, CLUSTER_AUTHORIZATION_FAILED without ALTER / DESCRIBE on the
 * cluster, and SECURITY_DISABLED on a broker without an authorizer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import createAcls from '../../../../broker/apis/create-acls.js';
import describeAcls from '../../../../broker/apis/describe-acls.js';
import deleteAcls from '../../../../broker/apis/delete-acls.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { AclOperation as Op, AclPermission, PatternType, ResourceType } from '../../../../broker/security/authorizer-acls.js';
import { startServices, type TestServices } from './services.js';

const admin = { principal: { type: 'User', name: 'admin' } };
const alice = { principal: { type: 'User', name: 'alice' } };

function creation(
  name: string,
  principal: string,
  operation: number,
  patternType: number = PatternType.LITERAL,
  type: number = ResourceType.TOPIC,
) {
  return {
    resourceType: type,
    resourceName: name,
    resourcePatternType: patternType,
    principal,
    host: '*',
    operation,
    permissionType: AclPermission.ALLOW,
  };
}

const everything = {
  resourceTypeFilter: ResourceType.ANY,
  resourceNameFilter: null,
  patternTypeFilter: PatternType.ANY,
  principalFilter: null,
  hostFilter: null,
  operation: Op.ANY,
  permissionType: AclPermission.ANY,
};

describe('ACL handlers', () => {
  let t: TestServices;
  let plain: TestServices;

  beforeAll(async () => {
    t = await startServices({ 'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer', 'super.users': 'User:admin' });
    plain = await startServices();
  });
  afterAll(async () => {
    await t?.close();
    await plain?.close();
  });

  it('create, describe and delete round-trip at every version', async () => {
    for (let v = 0; v <= 3; v++) {
      const name = `rt${v}`;
      const c = await t.call(
        createAcls,
        v,
        {
          creations: [
            creation(name, 'User:alice', Op.READ),
            ...(v >= 1 ? [creation(`${name}-`, 'User:alice', Op.WRITE, PatternType.PREFIXED)] : []),
          ],
        },
        admin,
      );
      expect(
        c!.results.map((r) => r.errorCode),
        `v${v}`,
      ).toEqual(v >= 1 ? [0, 0] : [0]);
      const d = await t.call(
        describeAcls,
        v,
        { ...everything, patternTypeFilter: v >= 1 ? PatternType.ANY : PatternType.LITERAL, resourceNameFilter: null },
        admin,
      );
      expect(d!.errorCode).toBe(ErrorCode.NONE);
      const mine = d!.resources.filter((r) => r.resourceName.startsWith(name));
      expect(
        mine.map((r) => [r.resourceName, r.patternType, r.acls.map((a) => [a.principal, a.host, a.operation, a.permissionType])]),
        `v${v}`,
      ).toEqual([
        [name, PatternType.LITERAL, [['User:alice', '*', Op.READ, AclPermission.ALLOW]]],
        ...(v >= 1 ? [[`${name}-`, PatternType.PREFIXED, [['User:alice', '*', Op.WRITE, AclPermission.ALLOW]]]] : []),
      ]);
      const del = await t.call(
        deleteAcls,
        v,
        {
          filters: [
            { ...everything, resourceNameFilter: name, patternTypeFilter: PatternType.LITERAL, resourceTypeFilter: ResourceType.TOPIC },
          ],
        },
        admin,
      );
      expect(del!.filterResults[0].errorCode).toBe(ErrorCode.NONE);
      expect(del!.filterResults[0].matchingAcls.map((a) => [a.resourceName, a.principal, a.operation])).toEqual([
        [name, 'User:alice', Op.READ],
      ]);
    }
    // What is left: the prefixed ACLs of v1-v3; one MATCH filter finds those that apply to a name.
    const match = await t.call(
      describeAcls,
      3,
      { ...everything, resourceTypeFilter: ResourceType.TOPIC, resourceNameFilter: 'rt2-x', patternTypeFilter: PatternType.MATCH },
      admin,
    );
    expect(match!.resources.map((r) => r.resourceName)).toEqual(['rt2-']);
    const gone = await t.call(deleteAcls, 3, { filters: [{ ...everything, patternTypeFilter: PatternType.PREFIXED }] }, admin);
    expect(gone!.filterResults[0].matchingAcls.map((a) => a.resourceName).sort()).toEqual(['rt1-', 'rt2-', 'rt3-']);
    const none = await t.call(describeAcls, 3, everything, admin);
    expect(none!.resources).toEqual([]);
  });

  it('answers INVALID_REQUEST per bad binding or filter and applies the good ones', async () => {
    const c = await t.call(
      createAcls,
      3,
      {
        creations: [
          creation('ok', 'User:bob', Op.READ),
          creation('bad', 'bob', Op.READ),
          creation('kafka-cluster', 'User:bob', Op.READ, PatternType.LITERAL, ResourceType.CLUSTER),
        ],
      },
      admin,
    );
    expect(c!.results.map((r) => r.errorCode)).toEqual([ErrorCode.NONE, ErrorCode.INVALID_REQUEST, ErrorCode.INVALID_REQUEST]);
    expect(c!.results[1].errorMessage).toMatch(/Could not parse principal/);
    expect(c!.results[2].errorMessage).toMatch(/ACL operation Read is not valid for resource type Cluster/);
    const d = await t.call(describeAcls, 3, { ...everything, operation: Op.UNKNOWN }, admin);
    expect(d!.errorCode).toBe(ErrorCode.INVALID_REQUEST);
    const del = await t.call(
      deleteAcls,
      3,
      {
        filters: [
          { ...everything, permissionType: AclPermission.UNKNOWN },
          { ...everything, resourceNameFilter: 'ok' },
        ],
      },
      admin,
    );
    expect(del!.filterResults.map((r) => r.errorCode)).toEqual([ErrorCode.INVALID_REQUEST, ErrorCode.NONE]);
    expect(del!.filterResults[1].matchingAcls).toHaveLength(1);
  });

  it('needs ALTER on the cluster to create and delete, DESCRIBE to describe', async () => {
    const denied = await t.call(createAcls, 3, { creations: [creation('x', 'User:alice', Op.READ)] }, alice);
    expect(denied!.results[0].errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    expect((await t.call(describeAcls, 3, everything, alice))!.errorCode).toBe(ErrorCode.CLUSTER_AUTHORIZATION_FAILED);
    expect((await t.call(deleteAcls, 3, { filters: [everything] }, alice))!.filterResults[0].errorCode).toBe(
      ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
    );
    expect((await t.call(describeAcls, 3, everything, admin))!.resources).toEqual([]);
    // DESCRIBE on the cluster lets alice list but not change ACLs; ALTER implies DESCRIBE.
    await t.call(
      createAcls,
      3,
      { creations: [creation('kafka-cluster', 'User:alice', Op.DESCRIBE, PatternType.LITERAL, ResourceType.CLUSTER)] },
      admin,
    );
    expect((await t.call(describeAcls, 3, everything, alice))!.resources).toHaveLength(1);
    expect((await t.call(createAcls, 3, { creations: [creation('y', 'User:alice', Op.READ)] }, alice))!.results[0].errorCode).toBe(
      ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
    );
    await t.call(
      createAcls,
      3,
      { creations: [creation('kafka-cluster', 'User:alice', Op.ALTER, PatternType.LITERAL, ResourceType.CLUSTER)] },
      admin,
    );
    expect((await t.call(createAcls, 3, { creations: [creation('y', 'User:alice', Op.READ)] }, alice))!.results[0].errorCode).toBe(
      ErrorCode.NONE,
    );
    await t.call(deleteAcls, 3, { filters: [everything] }, admin);
  });

  it('answers SECURITY_DISABLED without an authorizer', async () => {
    expect((await plain.call(createAcls, 1, { creations: [creation('x', 'User:a', Op.READ)] }))!.results[0].errorCode).toBe(
      ErrorCode.SECURITY_DISABLED,
    );
    const d = await plain.call(describeAcls, 1, everything);
    expect([d!.errorCode, d!.errorMessage]).toEqual([ErrorCode.SECURITY_DISABLED, 'No Authorizer is configured on the broker']);
    expect((await plain.call(deleteAcls, 1, { filters: [everything] }))!.filterResults[0].errorCode).toBe(ErrorCode.SECURITY_DISABLED);
  });
});
