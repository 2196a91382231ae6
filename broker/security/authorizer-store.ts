/**
 * AclStore: where a cluster's ACLs live, one record per resource pattern,
 * in Kafka's ZooKeeper format (both engines store the same JSON):
 *
 * ```
 * {"version":1,"acls":[{"principal":"User:alice","permissionType":"Allow","operation":"Read","host":"*"}, ...]}
 * ```
 *
 * Two engines implement it: the ZooKeeper one in Kafka's layout (literal
 * patterns under `/kafka-acl/<ResourceType>/<name>`, prefixed ones under
 * `/kafka-acl-extended/prefixed/<ResourceType>/<name>`, change
 * notifications in `/kafka-acl-changes` and `/kafka-acl-extended-changes`,
 * so that every broker follows) and, without ZooKeeper, the broker's local
 * metadata database.
 *
 * An update is a read-modify-write of one pattern's record that is atomic
 * against other writers (ZooKeeper: the znode version; locally: one
 * writer). A record left empty is removed.
 */
import {
  AclOperation,
  AclPermission,
  operationName,
  parseOperation,
  parsePermission,
  permissionName,
  type AclEntry,
  type ResourcePattern,
} from './authorizer-acls.js';

/** What an engine tells its listener. */
export interface AclStoreListener {
  /** The ACLs of one pattern changed (another broker wrote them); read them again. */
  changed(pattern: ResourcePattern): void;
  /** Changes may have been missed (a new ZooKeeper session): read everything again. */
  reload(): void;
}

/** One pattern's ACLs as stored. */
export interface StoredAcls {
  readonly pattern: ResourcePattern;
  readonly entries: readonly AclEntry[];
}

/** A store of ACLs. */
export interface AclStore {
  /** Every pattern that has ACLs. */
  loadAll(): Promise<StoredAcls[]>;
  /** One pattern's ACLs (empty when none). */
  read(pattern: ResourcePattern): Promise<AclEntry[]>;
  /**
   * Replaces one pattern's ACLs with `change(current)`, atomically against
   * other writers (retried on a concurrent change), and tells the other
   * brokers. Resolves with the entries stored.
   */
  update(pattern: ResourcePattern, change: (current: readonly AclEntry[]) => AclEntry[]): Promise<readonly AclEntry[]>;
  /** Starts telling `listener` about changes made elsewhere (a single listener). */
  watch(listener: AclStoreListener): Promise<void>;
  /** Stops watching. */
  close(): void;
}

interface AclJson {
  principal: string;
  permissionType: string;
  operation: string;
  host: string;
}

/** A pattern's ACLs as Kafka's JSON. */
export function encodeAcls(entries: readonly AclEntry[]): Buffer {
  const acls: AclJson[] = entries.map((e) => ({
    principal: e.principal,
    permissionType: permissionName(e.permission),
    operation: operationName(e.operation),
    host: e.host,
  }));
  return Buffer.from(JSON.stringify({ version: 1, acls }), 'utf8');
}

/** Kafka's ACL JSON (null or empty data: no ACLs); throws naming `where` when it is not that format. */
export function decodeAcls(data: Buffer | string | null, where: string): AclEntry[] {
  if (data === null || data.length === 0) return [];
  let v: { acls?: AclJson[] };
  try {
    v = JSON.parse(typeof data === 'string' ? data : data.toString('utf8')) as { acls?: AclJson[] };
  } catch (err) {
    throw new Error(`ACLs at ${where} are not JSON: ${(err as Error).message}`);
  }
  const out: AclEntry[] = [];
  for (const a of v.acls ?? []) {
    const operation = parseOperation(a.operation);
    const permission = parsePermission(a.permissionType);
    if (operation === undefined || operation === AclOperation.ANY || permission === undefined || permission === AclPermission.ANY) {
      throw new Error(`ACLs at ${where}: unknown operation '${a.operation}' or permission type '${a.permissionType}'`);
    }
    out.push({ principal: a.principal, host: a.host, operation, permission });
  }
  return out;
}
