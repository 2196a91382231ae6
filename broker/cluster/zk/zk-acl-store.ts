/**
 * ZkAclStore: the AclStore engine of a ZooKeeper cluster, in Kafka's layout
 * (ZkAclStore / ZkAclChangeStore of Kafka's ZooKeeper mode), so that every
 * broker follows the same ACLs:
 *
 * ```
 * /kafka-acl/<ResourceType>/<name>                      literal patterns (`*` is the wildcard)
 * /kafka-acl-extended/prefixed/<ResourceType>/<prefix>  prefixed patterns
 *     data: {"version":1,"acls":[{"principal":"User:alice","permissionType":"Allow","operation":"Read","host":"*"}]}
 * /kafka-acl-changes/acl_changes_<seq>                  a literal pattern changed: "Topic:orders"
 * /kafka-acl-extended-changes/acl_changes_<seq>         a prefixed pattern changed:
 *     {"version":1,"resourceType":"TOPIC","name":"orders-","patternType":"PREFIXED"}
 * ```
 *
 * `<ResourceType>` is Topic, Group, Cluster, TransactionalId,
 * DelegationToken or User. An update is a conditional write on the znode's
 * version (retried when another broker wrote in between), followed by a
 * notification; a pattern left without ACLs loses its znode. A name with
 * '/' cannot be a znode name and is refused (Kafka would nest znodes).
 */
import type { Logger } from '../../logger.js';
import {
  PatternType,
  parsePatternType,
  parseResourceType,
  patternTypeName,
  resourceTypeName,
  sameEntry,
  type AclEntry,
  type ResourcePattern,
} from '../../security/authorizer-acls.js';
import { decodeAcls, encodeAcls, type AclStore, type AclStoreListener, type StoredAcls } from '../../security/authorizer-store.js';
import { ZkChangeNotifications } from './zk-change-notifications.js';
import { ZkCode, isZkCode, type ZkClient } from './zk-client.js';

/** The znodes of the ACLs. */
export const ZkAclPaths = {
  literal: '/kafka-acl',
  prefixed: '/kafka-acl-extended/prefixed',
  literalChanges: '/kafka-acl-changes',
  extendedChanges: '/kafka-acl-extended-changes',
  changePrefix: 'acl_changes_',
} as const;

/** The znode of a pattern's ACLs. */
export function aclZnode(p: ResourcePattern): string {
  const root = p.patternType === PatternType.PREFIXED ? ZkAclPaths.prefixed : ZkAclPaths.literal;
  return `${root}/${resourceTypeName(p.resourceType)}/${p.name}`;
}

function sameSet(a: readonly AclEntry[], b: readonly AclEntry[]): boolean {
  return a.length === b.length && a.every((x) => b.some((y) => sameEntry(x, y)));
}

/** ACLs in ZooKeeper. */
export class ZkAclStore implements AclStore {
  private listener: AclStoreListener | null = null;
  private readonly literalChanges: ZkChangeNotifications;
  private readonly extendedChanges: ZkChangeNotifications;

  /** Creates the store; `zk` gives the current session (a new one after an expiry). */
  constructor(
    private readonly zk: () => ZkClient,
    private readonly logger: Logger,
  ) {
    this.literalChanges = new ZkChangeNotifications(
      zk,
      ZkAclPaths.literalChanges,
      ZkAclPaths.changePrefix,
      (d) => this.onLiteralChange(d),
      logger,
    );
    this.extendedChanges = new ZkChangeNotifications(
      zk,
      ZkAclPaths.extendedChanges,
      ZkAclPaths.changePrefix,
      (d) => this.onExtendedChange(d),
      logger,
    );
  }

  async loadAll(): Promise<StoredAcls[]> {
    const out: StoredAcls[] = [];
    const zk = this.zk();
    for (const [root, patternType] of [
      [ZkAclPaths.literal, PatternType.LITERAL],
      [ZkAclPaths.prefixed, PatternType.PREFIXED],
    ] as const) {
      for (const typeName of (await zk.getChildren(root)) ?? []) {
        const resourceType = parseResourceType(typeName);
        if (resourceType === undefined) {
          this.logger.warn(`ignoring ${root}/${typeName}: not a resource type`);
          continue;
        }
        for (const name of (await zk.getChildren(`${root}/${typeName}`)) ?? []) {
          const path = `${root}/${typeName}/${name}`;
          const got = await zk.getData(path);
          const entries = decodeAcls(got?.data ?? null, path);
          if (entries.length > 0) out.push({ pattern: { resourceType, name, patternType }, entries });
        }
      }
    }
    return out;
  }

  async read(pattern: ResourcePattern): Promise<AclEntry[]> {
    const path = aclZnode(pattern);
    const got = await this.zk().getData(path);
    return decodeAcls(got?.data ?? null, path);
  }

  async update(pattern: ResourcePattern, change: (current: readonly AclEntry[]) => AclEntry[]): Promise<readonly AclEntry[]> {
    if (pattern.name.includes('/')) throw new Error(`the resource name '${pattern.name}' contains '/', which a ZooKeeper node name cannot`);
    const path = aclZnode(pattern);
    for (;;) {
      const zk = this.zk();
      const got = await zk.getData(path);
      const current = decodeAcls(got?.data ?? null, path);
      const next = change(current);
      if (sameSet(current, next)) return current;
      try {
        if (!got) {
          await zk.ensurePath(path.slice(0, path.lastIndexOf('/')));
          await zk.create(path, encodeAcls(next));
        } else if (next.length === 0) await zk.remove(path, got.stat.version);
        else await zk.setData(path, encodeAcls(next), got.stat.version);
      } catch (err) {
        // Another broker wrote in between: read again and redo the change.
        if (isZkCode(err, ZkCode.BAD_VERSION) || isZkCode(err, ZkCode.NODE_EXISTS) || isZkCode(err, ZkCode.NO_NODE)) continue;
        throw err;
      }
      await this.notify(pattern);
      return next;
    }
  }

  private notify(p: ResourcePattern): Promise<void> {
    if (p.patternType === PatternType.LITERAL)
      return this.literalChanges.notify(Buffer.from(`${resourceTypeName(p.resourceType)}:${p.name}`, 'utf8'));
    const event = {
      version: 1,
      resourceType: resourceTypeName(p.resourceType)
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .toUpperCase(),
      name: p.name,
      patternType: patternTypeName(p.patternType),
    };
    return this.extendedChanges.notify(Buffer.from(JSON.stringify(event), 'utf8'));
  }

  private onLiteralChange(data: Buffer | null): void {
    const s = data?.toString('utf8') ?? '';
    const colon = s.indexOf(':');
    const resourceType = colon > 0 ? parseResourceType(s.slice(0, colon)) : undefined;
    if (resourceType === undefined) {
      this.logger.warn(`ignoring ACL change notification '${s}': not <ResourceType>:<name>`);
      return;
    }
    this.listener?.changed({ resourceType, name: s.slice(colon + 1), patternType: PatternType.LITERAL });
  }

  private onExtendedChange(data: Buffer | null): void {
    try {
      const v = JSON.parse(data?.toString('utf8') ?? '') as { resourceType?: string; name?: string; patternType?: string };
      const resourceType = parseResourceType(v.resourceType ?? '');
      const patternType = parsePatternType(v.patternType ?? '');
      if (resourceType === undefined || patternType === undefined || typeof v.name !== 'string') throw new Error('missing fields');
      this.listener?.changed({ resourceType, name: v.name, patternType });
    } catch (err) {
      this.logger.warn(`ignoring ACL change notification ${data?.toString('utf8')}: ${(err as Error).message}`);
    }
  }

  async watch(listener: AclStoreListener): Promise<void> {
    this.listener = listener;
    await this.literalChanges.start();
    await this.extendedChanges.start();
  }

  /** After a session expiry: follow the notifications on the new session and reload (changes may have been missed). */
  async sessionRenewed(): Promise<void> {
    if (!this.listener) return;
    await this.literalChanges.restart();
    await this.extendedChanges.restart();
    this.listener.reload();
  }

  close(): void {
    this.listener = null;
    this.literalChanges.stop();
    this.extendedChanges.stop();
  }
}
