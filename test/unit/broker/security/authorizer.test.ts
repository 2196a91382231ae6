/**
 * AclAuthorizer decisions over the local store (LevelDB in a temp dir):
 * literal, wildcard and prefixed patterns, deny over allow, hosts, the
 * wildcard principal, implied operations, super.users,
 * allow.everyone.if.no.acl.found, authorizeByResourceType, filters of
 * DescribeAcls/DeleteAcls (LITERAL, PREFIXED, ANY, MATCH), and ACLs read
 * back after the store is reopened.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalMetadataStore } from '../../../../broker/cluster/local-metadata-store.js';
import { LocalAclStore } from '../../../../broker/cluster/local-acl-store.js';
import { silentLogger } from '../../../../broker/logger.js';
import { AclAuthorizer, type AuthorizerSettings } from '../../../../broker/security/authorizer.js';
import {
  AclOperation as Op,
  AclPermission,
  PatternType,
  ResourceType,
  type AclBinding,
  type AclBindingFilter,
} from '../../../../broker/security/authorizer-acls.js';

const alice = { type: 'User', name: 'alice' };
const bob = { type: 'User', name: 'bob' };
const admin = { type: 'User', name: 'admin' };
const HOST = '10.0.0.1';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function open(dir?: string, settings: Partial<AuthorizerSettings> = {}): Promise<{ authz: AclAuthorizer; dir: string }> {
  const d = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'authorizer-'));
  const store = new LocalMetadataStore(d);
  await store.open(null);
  const authz = new AclAuthorizer(
    new LocalAclStore(store.space('acl')),
    { superUsers: ['User:admin'], allowEveryoneIfNoAclFound: false, ...settings },
    silentLogger,
  );
  await authz.start();
  cleanups.push(async () => {
    authz.close();
    await store.close();
    if (!dir) fs.rmSync(d, { recursive: true, force: true });
  });
  return { authz, dir: d };
}

function acl(
  type: ResourceType,
  name: string,
  principal: string,
  operation: Op,
  permission: AclPermission = AclPermission.ALLOW,
  patternType: PatternType = PatternType.LITERAL,
  host = '*',
): AclBinding {
  return { pattern: { resourceType: type, name, patternType }, entry: { principal, host, operation, permission } };
}

const any: AclBindingFilter = {
  resourceType: ResourceType.ANY,
  name: null,
  patternType: PatternType.ANY,
  principal: null,
  host: null,
  operation: Op.ANY,
  permission: AclPermission.ANY,
};

describe('AclAuthorizer', () => {
  it('denies everything but super users when no ACL applies, unless allow.everyone.if.no.acl.found', async () => {
    const { authz } = await open();
    expect(authz.authorize(alice, HOST, Op.READ, ResourceType.TOPIC, 't')).toBe(false);
    expect(authz.authorize(admin, HOST, Op.READ, ResourceType.TOPIC, 't')).toBe(true);
    const { authz: open2 } = await open(undefined, { allowEveryoneIfNoAclFound: true });
    expect(open2.authorize(alice, HOST, Op.READ, ResourceType.TOPIC, 't')).toBe(true);
    // Once any ACL applies to the resource, only the ACLs decide.
    await open2.createAcls([acl(ResourceType.TOPIC, 't', 'User:bob', Op.READ)]);
    expect(open2.authorize(alice, HOST, Op.READ, ResourceType.TOPIC, 't')).toBe(false);
    expect(open2.authorize(bob, HOST, Op.READ, ResourceType.TOPIC, 't')).toBe(true);
    expect(open2.authorize(alice, HOST, Op.READ, ResourceType.TOPIC, 'other')).toBe(true);
  });

  it('matches literal names, the * wildcard and prefixes; deny wins over allow; super users pass denies', async () => {
    const { authz } = await open();
    const errors = await authz.createAcls([
      acl(ResourceType.TOPIC, 'orders', 'User:alice', Op.WRITE),
      acl(ResourceType.TOPIC, '*', 'User:bob', Op.READ),
      acl(ResourceType.TOPIC, 'logs-', 'User:alice', Op.READ, AclPermission.ALLOW, PatternType.PREFIXED),
      acl(ResourceType.TOPIC, 'logs-secret', 'User:alice', Op.READ, AclPermission.DENY),
      acl(ResourceType.TOPIC, 'orders', 'User:admin', Op.ALL, AclPermission.DENY),
    ]);
    expect(errors).toEqual([null, null, null, null, null]);
    expect(authz.authorize(alice, HOST, Op.WRITE, ResourceType.TOPIC, 'orders')).toBe(true);
    expect(authz.authorize(alice, HOST, Op.READ, ResourceType.TOPIC, 'orders')).toBe(false);
    expect(authz.authorize(bob, HOST, Op.READ, ResourceType.TOPIC, 'anything')).toBe(true);
    expect(authz.authorize(bob, HOST, Op.WRITE, ResourceType.TOPIC, 'anything')).toBe(false);
    expect(authz.authorize(alice, HOST, Op.READ, ResourceType.TOPIC, 'logs-app')).toBe(true);
    expect(authz.authorize(alice, HOST, Op.READ, ResourceType.TOPIC, 'logs')).toBe(false);
    expect(authz.authorize(alice, HOST, Op.READ, ResourceType.TOPIC, 'logs-secret')).toBe(false);
    expect(authz.authorize(admin, HOST, Op.WRITE, ResourceType.TOPIC, 'orders')).toBe(true);
    // A topic ACL says nothing about a group of the same name.
    expect(authz.authorize(alice, HOST, Op.WRITE, ResourceType.GROUP, 'orders')).toBe(false);
  });

  it('implies DESCRIBE from READ, WRITE, DELETE, ALTER and DESCRIBE_CONFIGS from ALTER_CONFIGS; a deny implies nothing', async () => {
    const { authz } = await open();
    for (const [i, op] of [Op.READ, Op.WRITE, Op.DELETE, Op.ALTER].entries()) {
      await authz.createAcls([acl(ResourceType.TOPIC, `t${i}`, 'User:alice', op)]);
      expect(authz.authorize(alice, HOST, Op.DESCRIBE, ResourceType.TOPIC, `t${i}`), `op ${op}`).toBe(true);
      expect(authz.authorize(alice, HOST, Op.DESCRIBE_CONFIGS, ResourceType.TOPIC, `t${i}`), `op ${op}`).toBe(false);
    }
    await authz.createAcls([acl(ResourceType.TOPIC, 'c', 'User:alice', Op.ALTER_CONFIGS)]);
    expect(authz.authorize(alice, HOST, Op.DESCRIBE_CONFIGS, ResourceType.TOPIC, 'c')).toBe(true);
    expect(authz.authorize(alice, HOST, Op.DESCRIBE, ResourceType.TOPIC, 'c')).toBe(false);
    await authz.createAcls([acl(ResourceType.TOPIC, 'all', 'User:alice', Op.ALL)]);
    for (const op of [Op.READ, Op.WRITE, Op.CREATE, Op.DESCRIBE, Op.ALTER_CONFIGS])
      expect(authz.authorize(alice, HOST, op, ResourceType.TOPIC, 'all')).toBe(true);
    await authz.createAcls([
      acl(ResourceType.TOPIC, 'd', 'User:alice', Op.ALL),
      acl(ResourceType.TOPIC, 'd', 'User:alice', Op.READ, AclPermission.DENY),
    ]);
    expect(authz.authorize(alice, HOST, Op.READ, ResourceType.TOPIC, 'd')).toBe(false);
    expect(authz.authorize(alice, HOST, Op.DESCRIBE, ResourceType.TOPIC, 'd')).toBe(true);
  });

  it('matches hosts and the User:* principal', async () => {
    const { authz } = await open();
    await authz.createAcls([
      acl(ResourceType.GROUP, 'g', 'User:alice', Op.READ, AclPermission.ALLOW, PatternType.LITERAL, '10.0.0.1'),
      acl(ResourceType.GROUP, 'h', 'User:*', Op.READ),
      acl(ResourceType.GROUP, 'h', 'User:*', Op.READ, AclPermission.DENY, PatternType.LITERAL, '10.9.9.9'),
    ]);
    expect(authz.authorize(alice, '10.0.0.1', Op.READ, ResourceType.GROUP, 'g')).toBe(true);
    expect(authz.authorize(alice, '10.0.0.2', Op.READ, ResourceType.GROUP, 'g')).toBe(false);
    expect(authz.authorize(bob, HOST, Op.READ, ResourceType.GROUP, 'h')).toBe(true);
    expect(authz.authorize(bob, '10.9.9.9', Op.READ, ResourceType.GROUP, 'h')).toBe(false);
  });

  it('authorizeByResourceType: some ALLOW not covered by a DENY', async () => {
    const { authz } = await open();
    expect(authz.authorizeByResourceType(alice, HOST, Op.WRITE, ResourceType.TOPIC)).toBe(false);
    await authz.createAcls([acl(ResourceType.TOPIC, 'x', 'User:alice', Op.WRITE)]);
    expect(authz.authorizeByResourceType(alice, HOST, Op.WRITE, ResourceType.TOPIC)).toBe(true);
    expect(authz.authorizeByResourceType(bob, HOST, Op.WRITE, ResourceType.TOPIC)).toBe(false);
    await authz.createAcls([acl(ResourceType.TOPIC, 'x', 'User:alice', Op.WRITE, AclPermission.DENY)]);
    expect(authz.authorizeByResourceType(alice, HOST, Op.WRITE, ResourceType.TOPIC)).toBe(false);
    await authz.createAcls([
      acl(ResourceType.TOPIC, 'p-', 'User:bob', Op.WRITE, AclPermission.ALLOW, PatternType.PREFIXED),
      acl(ResourceType.TOPIC, '*', 'User:bob', Op.WRITE, AclPermission.DENY),
    ]);
    expect(authz.authorizeByResourceType(bob, HOST, Op.WRITE, ResourceType.TOPIC)).toBe(false);
    expect(authz.authorizeByResourceType(admin, HOST, Op.WRITE, ResourceType.TOPIC)).toBe(true);
  });

  it('refuses invalid bindings by name and stores the valid ones of the same request', async () => {
    const { authz } = await open();
    const errors = await authz.createAcls([
      acl(ResourceType.TOPIC, 't', 'alice', Op.READ),
      acl(ResourceType.CLUSTER, 'other', 'User:alice', Op.CREATE),
      acl(ResourceType.GROUP, 'g', 'User:alice', Op.WRITE),
      acl(ResourceType.TOPIC, 't', 'User:alice', Op.ANY),
      acl(ResourceType.TOPIC, 't', 'User:alice', Op.READ, AclPermission.ALLOW, PatternType.MATCH),
      acl(ResourceType.TOPIC, 't', 'User:alice', Op.READ),
    ]);
    expect(errors[0]).toMatch(/Could not parse principal/);
    expect(errors[1]).toMatch(/only valid name for the CLUSTER resource is kafka-cluster/);
    expect(errors[2]).toMatch(/ACL operation Write is not valid for resource type Group/);
    expect(errors[3]).toMatch(/concrete operation/);
    expect(errors[4]).toMatch(/LITERAL or PREFIXED/);
    expect(errors[5]).toBeNull();
    expect(authz.acls(any)).toHaveLength(1);
  });

  it('filters: LITERAL and PREFIXED compare names exactly, ANY every pattern type, MATCH what applies to a name', async () => {
    const { authz } = await open();
    await authz.createAcls([
      acl(ResourceType.TOPIC, 'foo-bar', 'User:alice', Op.READ),
      acl(ResourceType.TOPIC, '*', 'User:bob', Op.READ),
      acl(ResourceType.TOPIC, 'foo-', 'User:alice', Op.WRITE, AclPermission.ALLOW, PatternType.PREFIXED),
      acl(ResourceType.TOPIC, 'fo', 'User:alice', Op.WRITE, AclPermission.DENY, PatternType.PREFIXED),
      acl(ResourceType.TOPIC, 'zzz', 'User:alice', Op.READ),
      acl(ResourceType.GROUP, 'foo-bar', 'User:alice', Op.READ),
    ]);
    const names = (f: Partial<AclBindingFilter>): string[] =>
      authz
        .acls({ ...any, ...f })
        .map((b) => `${b.pattern.resourceType}:${b.pattern.patternType}:${b.pattern.name}:${b.entry.principal}`)
        .sort();
    expect(names({ resourceType: ResourceType.TOPIC, name: 'foo-bar', patternType: PatternType.LITERAL })).toEqual([
      '2:3:foo-bar:User:alice',
    ]);
    expect(names({ resourceType: ResourceType.TOPIC, name: 'foo-', patternType: PatternType.PREFIXED })).toEqual(['2:4:foo-:User:alice']);
    expect(names({ name: 'foo-bar', patternType: PatternType.ANY })).toEqual(['2:3:foo-bar:User:alice', '3:3:foo-bar:User:alice']);
    expect(names({ resourceType: ResourceType.TOPIC, name: 'foo-bar', patternType: PatternType.MATCH })).toEqual([
      '2:3:*:User:bob',
      '2:3:foo-bar:User:alice',
      '2:4:fo:User:alice',
      '2:4:foo-:User:alice',
    ]);
    expect(names({ principal: 'User:bob' })).toEqual(['2:3:*:User:bob']);
    expect(names({ permission: AclPermission.DENY })).toEqual(['2:4:fo:User:alice']);
    expect(names({ operation: Op.WRITE, resourceType: ResourceType.TOPIC })).toHaveLength(2);
  });

  it('deletes what each filter selects, reports it under the first filter that matched, and keeps the rest', async () => {
    const { authz } = await open();
    await authz.createAcls([
      acl(ResourceType.TOPIC, 't', 'User:alice', Op.READ),
      acl(ResourceType.TOPIC, 't', 'User:bob', Op.READ),
      acl(ResourceType.TOPIC, 'u', 'User:alice', Op.WRITE),
    ]);
    const [first, second] = await authz.deleteAcls([
      { ...any, principal: 'User:alice' },
      { ...any, resourceType: ResourceType.TOPIC, name: 't', patternType: PatternType.LITERAL },
    ]);
    expect(first.deleted.map((b) => `${b.pattern.name}:${b.entry.principal}`).sort()).toEqual(['t:User:alice', 'u:User:alice']);
    expect(second.deleted.map((b) => `${b.pattern.name}:${b.entry.principal}`)).toEqual(['t:User:bob']);
    expect(authz.acls(any)).toEqual([]);
    expect(authz.authorize(alice, HOST, Op.READ, ResourceType.TOPIC, 't')).toBe(false);
  });

  it('keeps ACLs across a reopen of the store (a broker restart)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'authorizer-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    {
      const { authz } = await open(dir);
      await authz.createAcls([
        acl(ResourceType.TOPIC, 'kept', 'User:alice', Op.READ),
        acl(ResourceType.TRANSACTIONAL_ID, 'tx-', 'User:alice', Op.WRITE, AclPermission.ALLOW, PatternType.PREFIXED),
      ]);
      await cleanups.pop()!();
    }
    const { authz } = await open(dir);
    expect(authz.authorize(alice, HOST, Op.READ, ResourceType.TOPIC, 'kept')).toBe(true);
    expect(authz.authorize(alice, HOST, Op.WRITE, ResourceType.TRANSACTIONAL_ID, 'tx-1')).toBe(true);
    expect(authz.acls(any)).toHaveLength(2);
  });
});
