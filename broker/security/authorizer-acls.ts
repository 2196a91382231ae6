/**
 * Kafka's ACL model (KIP-11, KIP-290): "principal P is ALLOWED or DENIED
 * operation O from host H on resources matching pattern RP".
 *
 * - A resource pattern is a resource type, a name and a pattern type:
 *   LITERAL matches the name exactly, or every resource when the name is the
 *   wildcard `*`; PREFIXED matches every name that starts with it.
 * - A filter (DescribeAcls, DeleteAcls, `kafka-acls --list/--remove`) also
 *   knows ANY (every pattern type, names compared exactly) and MATCH (the
 *   patterns that would apply to a resource of that name: the literal one,
 *   the wildcard, and every prefix of it).
 * - Codes and names are Kafka's (org.apache.kafka.common.acl/resource):
 *   the wire carries the codes; ZooKeeper and the tools carry the names.
 */

/** Kafka's ResourceType codes. */
export const ResourceType = {
  UNKNOWN: 0,
  ANY: 1,
  TOPIC: 2,
  GROUP: 3,
  CLUSTER: 4,
  TRANSACTIONAL_ID: 5,
  DELEGATION_TOKEN: 6,
  USER: 7,
} as const;
/** A ResourceType code. */
export type ResourceType = (typeof ResourceType)[keyof typeof ResourceType];

/** Kafka's PatternType codes. */
export const PatternType = { UNKNOWN: 0, ANY: 1, MATCH: 2, LITERAL: 3, PREFIXED: 4 } as const;
/** A PatternType code. */
export type PatternType = (typeof PatternType)[keyof typeof PatternType];

/** Kafka's AclOperation codes (also the bit positions of `authorized_operations`, KIP-430). */
export const AclOperation = {
  UNKNOWN: 0,
  ANY: 1,
  ALL: 2,
  READ: 3,
  WRITE: 4,
  CREATE: 5,
  DELETE: 6,
  ALTER: 7,
  DESCRIBE: 8,
  CLUSTER_ACTION: 9,
  DESCRIBE_CONFIGS: 10,
  ALTER_CONFIGS: 11,
  IDEMPOTENT_WRITE: 12,
  CREATE_TOKENS: 13,
  DESCRIBE_TOKENS: 14,
} as const;
/** An AclOperation code. */
export type AclOperation = (typeof AclOperation)[keyof typeof AclOperation];

/** Kafka's AclPermissionType codes. */
export const AclPermission = { UNKNOWN: 0, ANY: 1, DENY: 2, ALLOW: 3 } as const;
/** An AclPermissionType code. */
export type AclPermission = (typeof AclPermission)[keyof typeof AclPermission];

/** The name of the one cluster resource (Kafka's CLUSTER_NAME). */
export const CLUSTER_NAME = 'kafka-cluster';
/** The wildcard resource name of a LITERAL pattern: every resource of the type. */
export const WILDCARD_RESOURCE = '*';
/** The wildcard principal: every principal of type User. */
export const WILDCARD_PRINCIPAL = 'User:*';
/** The wildcard host: every host. */
export const WILDCARD_HOST = '*';

/** A resource pattern: what an ACL applies to. */
export interface ResourcePattern {
  readonly resourceType: ResourceType;
  readonly name: string;
  /** LITERAL or PREFIXED. */
  readonly patternType: PatternType;
}

/** One access control entry of a resource pattern (as stored in ZooKeeper, with codes). */
export interface AclEntry {
  /** `<type>:<name>`, e.g. `User:alice`, or `User:*`. */
  readonly principal: string;
  /** An IP address or `*`. */
  readonly host: string;
  readonly operation: AclOperation;
  readonly permission: AclPermission;
}

/** An ACL with its pattern (Kafka's AclBinding). */
export interface AclBinding {
  readonly pattern: ResourcePattern;
  readonly entry: AclEntry;
}

/** A filter of ACL bindings: null names, principals and hosts match anything; ANY codes match any value. */
export interface AclBindingFilter {
  readonly resourceType: ResourceType;
  readonly name: string | null;
  readonly patternType: PatternType;
  readonly principal: string | null;
  readonly host: string | null;
  readonly operation: AclOperation;
  readonly permission: AclPermission;
}

// Names as ZooKeeper and the tools write them (Kafka's SecurityUtils PascalCase forms).
const RESOURCE_NAMES: Record<number, string> = {
  [ResourceType.TOPIC]: 'Topic',
  [ResourceType.GROUP]: 'Group',
  [ResourceType.CLUSTER]: 'Cluster',
  [ResourceType.TRANSACTIONAL_ID]: 'TransactionalId',
  [ResourceType.DELEGATION_TOKEN]: 'DelegationToken',
  [ResourceType.USER]: 'User',
  [ResourceType.ANY]: 'Any',
  [ResourceType.UNKNOWN]: 'Unknown',
};
const OPERATION_NAMES: Record<number, string> = {
  [AclOperation.ALL]: 'All',
  [AclOperation.READ]: 'Read',
  [AclOperation.WRITE]: 'Write',
  [AclOperation.CREATE]: 'Create',
  [AclOperation.DELETE]: 'Delete',
  [AclOperation.ALTER]: 'Alter',
  [AclOperation.DESCRIBE]: 'Describe',
  [AclOperation.CLUSTER_ACTION]: 'ClusterAction',
  [AclOperation.DESCRIBE_CONFIGS]: 'DescribeConfigs',
  [AclOperation.ALTER_CONFIGS]: 'AlterConfigs',
  [AclOperation.IDEMPOTENT_WRITE]: 'IdempotentWrite',
  [AclOperation.CREATE_TOKENS]: 'CreateTokens',
  [AclOperation.DESCRIBE_TOKENS]: 'DescribeTokens',
  [AclOperation.ANY]: 'Any',
  [AclOperation.UNKNOWN]: 'Unknown',
};
const PERMISSION_NAMES: Record<number, string> = {
  [AclPermission.ALLOW]: 'Allow',
  [AclPermission.DENY]: 'Deny',
  [AclPermission.ANY]: 'Any',
  [AclPermission.UNKNOWN]: 'Unknown',
};
const PATTERN_NAMES: Record<number, string> = {
  [PatternType.LITERAL]: 'LITERAL',
  [PatternType.PREFIXED]: 'PREFIXED',
  [PatternType.ANY]: 'ANY',
  [PatternType.MATCH]: 'MATCH',
  [PatternType.UNKNOWN]: 'UNKNOWN',
};

function lookup(table: Record<number, string>, name: string): number | undefined {
  const want = name.replace(/[_\-\s]/g, '').toLowerCase();
  for (const [code, n] of Object.entries(table)) if (n.toLowerCase() === want) return Number(code);
  return undefined;
}

/** `Topic`, `Group`, `Cluster`, `TransactionalId`, `DelegationToken`, `User`. */
export function resourceTypeName(t: number): string {
  return RESOURCE_NAMES[t] ?? `Unknown(${t})`;
}
/** `Read`, `Write`, ..., `IdempotentWrite`. */
export function operationName(op: number): string {
  return OPERATION_NAMES[op] ?? `Unknown(${op})`;
}
/** `Allow` or `Deny`. */
export function permissionName(p: number): string {
  return PERMISSION_NAMES[p] ?? `Unknown(${p})`;
}
/** `LITERAL`, `PREFIXED`, `ANY`, `MATCH`. */
export function patternTypeName(p: number): string {
  return PATTERN_NAMES[p] ?? `UNKNOWN(${p})`;
}

/** A resource type by name, case-insensitive, `_` and `-` ignored (`TRANSACTIONAL_ID`, `TransactionalId`). */
export function parseResourceType(name: string): ResourceType | undefined {
  return lookup(RESOURCE_NAMES, name) as ResourceType | undefined;
}
/** An operation by name, case-insensitive, `_` and `-` ignored (`DESCRIBE_CONFIGS`, `DescribeConfigs`). */
export function parseOperation(name: string): AclOperation | undefined {
  return lookup(OPERATION_NAMES, name) as AclOperation | undefined;
}
/** A permission type by name, case-insensitive. */
export function parsePermission(name: string): AclPermission | undefined {
  return lookup(PERMISSION_NAMES, name) as AclPermission | undefined;
}
/** A pattern type by name, case-insensitive. */
export function parsePatternType(name: string): PatternType | undefined {
  return lookup(PATTERN_NAMES, name) as PatternType | undefined;
}

/**
 * Operations an ALLOW of each operation also grants (Kafka's implied
 * operations): READ, WRITE, DELETE and ALTER imply DESCRIBE; ALTER_CONFIGS
 * implies DESCRIBE_CONFIGS; ALL implies everything. Only allows imply: a
 * DENY of READ does not deny DESCRIBE.
 */
export function allowingOperations(op: AclOperation): readonly AclOperation[] {
  switch (op) {
    case AclOperation.DESCRIBE:
      return DESCRIBE_GRANTED_BY;
    case AclOperation.DESCRIBE_CONFIGS:
      return DESCRIBE_CONFIGS_GRANTED_BY;
    default:
      return [op, AclOperation.ALL];
  }
}
const DESCRIBE_GRANTED_BY: readonly AclOperation[] = [
  AclOperation.DESCRIBE,
  AclOperation.READ,
  AclOperation.WRITE,
  AclOperation.DELETE,
  AclOperation.ALTER,
  AclOperation.ALL,
];
const DESCRIBE_CONFIGS_GRANTED_BY: readonly AclOperation[] = [AclOperation.DESCRIBE_CONFIGS, AclOperation.ALTER_CONFIGS, AclOperation.ALL];

/** The operations that apply to each resource type (what `authorized_operations` may report, KIP-430). */
export const OPERATIONS_OF: Readonly<Record<number, readonly AclOperation[]>> = {
  [ResourceType.TOPIC]: [
    AclOperation.READ,
    AclOperation.WRITE,
    AclOperation.CREATE,
    AclOperation.DELETE,
    AclOperation.ALTER,
    AclOperation.DESCRIBE,
    AclOperation.DESCRIBE_CONFIGS,
    AclOperation.ALTER_CONFIGS,
  ],
  [ResourceType.GROUP]: [AclOperation.READ, AclOperation.DESCRIBE, AclOperation.DELETE],
  [ResourceType.CLUSTER]: [
    AclOperation.CREATE,
    AclOperation.CLUSTER_ACTION,
    AclOperation.DESCRIBE_CONFIGS,
    AclOperation.ALTER_CONFIGS,
    AclOperation.IDEMPOTENT_WRITE,
    AclOperation.ALTER,
    AclOperation.DESCRIBE,
  ],
  [ResourceType.TRANSACTIONAL_ID]: [AclOperation.DESCRIBE, AclOperation.WRITE],
  [ResourceType.DELEGATION_TOKEN]: [AclOperation.DESCRIBE],
  [ResourceType.USER]: [AclOperation.CREATE_TOKENS, AclOperation.DESCRIBE_TOKENS],
};

/** Whether a stored pattern applies to a resource of that type and name. */
export function patternMatchesResource(p: ResourcePattern, type: ResourceType, name: string): boolean {
  if (p.resourceType !== type) return false;
  if (p.patternType === PatternType.LITERAL) return p.name === name || p.name === WILDCARD_RESOURCE;
  return p.patternType === PatternType.PREFIXED && name.startsWith(p.name);
}

/** Whether a filter selects a stored pattern (Kafka's ResourcePatternFilter.matches). */
export function filterMatchesPattern(f: AclBindingFilter, p: ResourcePattern): boolean {
  if (f.resourceType !== ResourceType.ANY && f.resourceType !== p.resourceType) return false;
  if (f.patternType !== PatternType.ANY && f.patternType !== PatternType.MATCH && f.patternType !== p.patternType) return false;
  if (f.name === null) return true;
  if (f.patternType === PatternType.MATCH) {
    // The patterns that would apply to a resource named f.name.
    if (p.patternType === PatternType.LITERAL) return p.name === f.name || p.name === WILDCARD_RESOURCE;
    return p.patternType === PatternType.PREFIXED && f.name.startsWith(p.name);
  }
  return f.name === p.name;
}

/** Whether a filter selects an entry (principal, host, operation, permission). */
export function filterMatchesEntry(f: AclBindingFilter, e: AclEntry): boolean {
  return (
    (f.principal === null || f.principal === e.principal) &&
    (f.host === null || f.host === e.host) &&
    (f.operation === AclOperation.ANY || f.operation === e.operation) &&
    (f.permission === AclPermission.ANY || f.permission === e.permission)
  );
}

/**
 * Why a binding cannot be created, or null (Kafka's checks of CreateAcls):
 * concrete codes only, a LITERAL or PREFIXED pattern, a non-empty name,
 * `Type:name` principal, the cluster resource named `kafka-cluster`, and an
 * operation that applies to the resource type.
 */
export function bindingProblem(b: AclBinding): string | null {
  const { pattern: p, entry: e } = b;
  if (p.resourceType === ResourceType.ANY || p.resourceType === ResourceType.UNKNOWN || RESOURCE_NAMES[p.resourceType] === undefined)
    return `Invalid resource type ${p.resourceType}: an ACL needs a concrete resource type`;
  if (p.patternType !== PatternType.LITERAL && p.patternType !== PatternType.PREFIXED)
    return `Invalid pattern type ${patternTypeName(p.patternType)}: an ACL's pattern type must be LITERAL or PREFIXED`;
  if (p.name === '') return 'Resource name should not be empty';
  if (p.resourceType === ResourceType.CLUSTER && (p.name !== CLUSTER_NAME || p.patternType !== PatternType.LITERAL))
    return `The only valid name for the CLUSTER resource is ${CLUSTER_NAME} (LITERAL)`;
  if (e.operation === AclOperation.ANY || e.operation === AclOperation.UNKNOWN || OPERATION_NAMES[e.operation] === undefined)
    return `Invalid operation ${e.operation}: an ACL needs a concrete operation`;
  if (e.permission !== AclPermission.ALLOW && e.permission !== AclPermission.DENY)
    return `Invalid permission type ${e.permission}: an ACL is ALLOW or DENY`;
  if (e.operation !== AclOperation.ALL && !OPERATIONS_OF[p.resourceType]?.includes(e.operation))
    return `ACL operation ${operationName(e.operation)} is not valid for resource type ${resourceTypeName(p.resourceType)}`;
  const colon = e.principal.indexOf(':');
  if (colon <= 0 || colon === e.principal.length - 1)
    return `Could not parse principal from \`${e.principal}\` (no colon is present separating the principal type from the principal name)`;
  if (e.host === '') return 'Host should not be empty: use * for every host';
  return null;
}

/** A stable key of a pattern, for maps (`Topic:LITERAL:name`). */
export function patternKey(p: ResourcePattern): string {
  return `${resourceTypeName(p.resourceType)}:${patternTypeName(p.patternType)}:${p.name}`;
}

/** Whether two entries are the same ACL. */
export function sameEntry(a: AclEntry, b: AclEntry): boolean {
  return a.principal === b.principal && a.host === b.host && a.operation === b.operation && a.permission === b.permission;
}

/** Why a filter cannot be used, or null: every field must be known (Kafka refuses UNKNOWN elements with INVALID_REQUEST). */
export function filterProblem(f: AclBindingFilter): string | null {
  const unknown =
    RESOURCE_NAMES[f.resourceType] === undefined ||
    f.resourceType === ResourceType.UNKNOWN ||
    PATTERN_NAMES[f.patternType] === undefined ||
    f.patternType === PatternType.UNKNOWN ||
    OPERATION_NAMES[f.operation] === undefined ||
    f.operation === AclOperation.UNKNOWN ||
    PERMISSION_NAMES[f.permission] === undefined ||
    f.permission === AclPermission.UNKNOWN;
  return unknown ? 'The filter contains UNKNOWN elements (resource type, pattern type, operation or permission type)' : null;
}
