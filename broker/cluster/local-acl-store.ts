/**
 * LocalAclStore: the AclStore engine of a broker alone (no ZooKeeper), the
 * `acl/` key space of the local metadata database (local-metadata-store.ts).
 *
 * Keys: `<ResourceType>/<LITERAL|PREFIXED>/<name>` (`Topic/LITERAL/orders`),
 * values Kafka's ACL JSON (authorizer-store.ts); a pattern without ACLs has
 * no key. This broker is the only writer, so an update is a read and a put;
 * the authorizer keeps updates of one pattern in order.
 */
import {
  parsePatternType,
  parseResourceType,
  patternTypeName,
  resourceTypeName,
  PatternType,
  type AclEntry,
  type ResourcePattern,
} from '../security/authorizer-acls.js';
import { decodeAcls, encodeAcls, type AclStore, type StoredAcls } from '../security/authorizer-store.js';
import type { LocalKeySpace } from './local-metadata-store.js';

function keyOf(p: ResourcePattern): string {
  return `${resourceTypeName(p.resourceType)}/${patternTypeName(p.patternType)}/${p.name}`;
}

function patternOf(key: string): ResourcePattern | null {
  const a = key.indexOf('/');
  const b = key.indexOf('/', a + 1);
  if (a <= 0 || b <= a) return null;
  const resourceType = parseResourceType(key.slice(0, a));
  const patternType = parsePatternType(key.slice(a + 1, b));
  if (resourceType === undefined || (patternType !== PatternType.LITERAL && patternType !== PatternType.PREFIXED)) return null;
  return { resourceType, patternType, name: key.slice(b + 1) };
}

/** ACLs in the local metadata database. */
export class LocalAclStore implements AclStore {
  /** Creates the store over its key space (the database must be open before the first call). */
  constructor(private readonly space: LocalKeySpace) {}

  async loadAll(): Promise<StoredAcls[]> {
    const out: StoredAcls[] = [];
    for await (const [key, value] of this.space.entries()) {
      const pattern = patternOf(key);
      if (!pattern) throw new Error(`unreadable ACL key '${key}' in the local metadata database`);
      out.push({ pattern, entries: decodeAcls(value, `local ACL key ${key}`) });
    }
    return out;
  }

  async read(pattern: ResourcePattern): Promise<AclEntry[]> {
    const key = keyOf(pattern);
    return decodeAcls((await this.space.get(key)) ?? null, `local ACL key ${key}`);
  }

  async update(pattern: ResourcePattern, change: (current: readonly AclEntry[]) => AclEntry[]): Promise<readonly AclEntry[]> {
    const next = change(await this.read(pattern));
    const key = keyOf(pattern);
    if (next.length === 0) await this.space.del(key);
    else await this.space.put(key, encodeAcls(next).toString('utf8'));
    return next;
  }

  /** Nobody else writes these ACLs: nothing to follow. */
  async watch(): Promise<void> {}

  close(): void {}
}
