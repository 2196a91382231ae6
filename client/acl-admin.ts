/**
 * ACL administration over the lean client (Kafka's Admin createAcls,
 * describeAcls and deleteAcls): CreateAcls, DescribeAcls and DeleteAcls at
 * the highest version both sides speak. Codes are Kafka's (ResourceType,
 * PatternType, AclOperation, AclPermissionType); a failed request or
 * binding rejects with a KafkaClientError carrying the broker's code and
 * message.
 */
import { ApiKey } from '../protocol/generated/api-keys.js';
import { ErrorCode } from '../protocol/generated/errors.js';
import { encodeCreateAclsRequest } from '../protocol/generated/create-acls-request.js';
import { decodeCreateAclsResponse } from '../protocol/generated/create-acls-response.js';
import { encodeDescribeAclsRequest } from '../protocol/generated/describe-acls-request.js';
import { decodeDescribeAclsResponse } from '../protocol/generated/describe-acls-response.js';
import { encodeDeleteAclsRequest } from '../protocol/generated/delete-acls-request.js';
import { decodeDeleteAclsResponse } from '../protocol/generated/delete-acls-response.js';
import { KafkaClientError } from './errors.js';
import type { KafkaClient } from './kafka-client.js';

/** A resource pattern (name null in a filter: any name). */
export interface AclPatternSpec {
  readonly resourceType: number;
  readonly name: string;
  readonly patternType: number;
}

/** One access control entry. */
export interface AclEntrySpec {
  readonly principal: string;
  readonly host: string;
  readonly operation: number;
  readonly permission: number;
}

/** An ACL: a pattern and an entry. */
export interface AclBindingSpec {
  readonly pattern: AclPatternSpec;
  readonly entry: AclEntrySpec;
}

/** A filter of ACLs: null strings match anything, the ANY codes (1) any value. */
export interface AclFilterSpec {
  readonly resourceType: number;
  readonly name: string | null;
  readonly patternType: number;
  readonly principal: string | null;
  readonly host: string | null;
  readonly operation: number;
  readonly permission: number;
}

function fail(errorCode: number, message: string | null, what: string): never {
  throw new KafkaClientError(errorCode, message ?? `${what} failed with error ${errorCode}`, false);
}

/** Creates ACLs; rejects with the first binding's error. */
export async function createAcls(client: KafkaClient, bindings: readonly AclBindingSpec[]): Promise<void> {
  if (bindings.length === 0) return;
  const conn = await client.anyConnection();
  const res = await conn.send(
    ApiKey.CreateAcls,
    (w, v) =>
      encodeCreateAclsRequest(w, v, {
        creations: bindings.map((b) => ({
          resourceType: b.pattern.resourceType,
          resourceName: b.pattern.name,
          resourcePatternType: b.pattern.patternType,
          principal: b.entry.principal,
          host: b.entry.host,
          operation: b.entry.operation,
          permissionType: b.entry.permission,
        })),
      }),
    decodeCreateAclsResponse,
  );
  for (const r of res.results) if (r.errorCode !== ErrorCode.NONE) fail(r.errorCode, r.errorMessage, 'CreateAcls');
}

/** An ACL filter as DescribeAcls and DeleteAcls carry it (the same fields in both requests). */
function filterFields(f: AclFilterSpec): {
  resourceTypeFilter: number;
  resourceNameFilter: string | null;
  patternTypeFilter: number;
  principalFilter: string | null;
  hostFilter: string | null;
  operation: number;
  permissionType: number;
} {
  return {
    resourceTypeFilter: f.resourceType,
    resourceNameFilter: f.name,
    patternTypeFilter: f.patternType,
    principalFilter: f.principal,
    hostFilter: f.host,
    operation: f.operation,
    permissionType: f.permission,
  };
}

/** The ACLs a filter selects. */
export async function describeAcls(client: KafkaClient, f: AclFilterSpec): Promise<AclBindingSpec[]> {
  const conn = await client.anyConnection();
  const res = await conn.send(ApiKey.DescribeAcls, (w, v) => encodeDescribeAclsRequest(w, v, filterFields(f)), decodeDescribeAclsResponse);
  if (res.errorCode !== ErrorCode.NONE) fail(res.errorCode, res.errorMessage, 'DescribeAcls');
  const out: AclBindingSpec[] = [];
  for (const r of res.resources) {
    const pattern = { resourceType: r.resourceType, name: r.resourceName, patternType: r.patternType };
    for (const a of r.acls)
      out.push({ pattern, entry: { principal: a.principal, host: a.host, operation: a.operation, permission: a.permissionType } });
  }
  return out;
}

/** Deletes the ACLs each filter selects; resolves with every ACL deleted. */
export async function deleteAcls(client: KafkaClient, filters: readonly AclFilterSpec[]): Promise<AclBindingSpec[]> {
  if (filters.length === 0) return [];
  const conn = await client.anyConnection();
  const res = await conn.send(
    ApiKey.DeleteAcls,
    (w, v) =>
      encodeDeleteAclsRequest(w, v, {
        filters: filters.map(filterFields),
      }),
    decodeDeleteAclsResponse,
  );
  const out: AclBindingSpec[] = [];
  for (const r of res.filterResults) {
    if (r.errorCode !== ErrorCode.NONE) fail(r.errorCode, r.errorMessage, 'DeleteAcls');
    for (const m of r.matchingAcls) {
      if (m.errorCode !== ErrorCode.NONE) fail(m.errorCode, m.errorMessage, 'DeleteAcls');
      out.push({
        pattern: { resourceType: m.resourceType, name: m.resourceName, patternType: m.patternType },
        entry: { principal: m.principal, host: m.host, operation: m.operation, permission: m.permissionType },
      });
    }
  }
  return out;
}
