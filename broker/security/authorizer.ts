/**
 * AclAuthorizer: Kafka's ACL authorizer (`authorizer.class.name` =
 * kafka.security.authorizer.AclAuthorizer, its older name
 * kafka.security.auth.SimpleAclAuthorizer, or KRaft's
 * org.apache.kafka.metadata.authorizer.StandardAuthorizer: all three mean
 * this one), over an AclStore (ZooKeeper in a cluster, the local metadata
 * database alone).
 *
 * A decision for principal P, host H, operation O on resource R:
 * 1. P in `super.users` → allowed.
 * 2. The ACLs that apply to R: its literal pattern, the literal wildcard `*`
 *    of its type, and every prefixed pattern that R's name starts with.
 *    None at all → allowed only with `allow.everyone.if.no.acl.found=true`.
 * 3. A DENY for P (or `User:*`), H (or `*`) and O (or ALL) → denied: deny wins.
 * 4. An ALLOW for P, H and O or an operation that implies O (READ, WRITE,
 *    DELETE, ALTER imply DESCRIBE; ALTER_CONFIGS implies DESCRIBE_CONFIGS;
 *    ALL implies everything) → allowed.
 * 5. Otherwise denied.
 *
 * Decisions are cached until the ACLs change. Every ACL is held in memory,
 * indexed by resource type and pattern; changes made through this broker
 * apply at once, changes made elsewhere arrive from the store's listener.
 * Safe on one event loop: every method is synchronous except the writes.
 */
import type { Logger } from '../logger.js';
import type { Principal } from '../apis/types.js';
import {
  AclOperation,
  AclPermission,
  PatternType,
  WILDCARD_HOST,
  WILDCARD_PRINCIPAL,
  WILDCARD_RESOURCE,
  allowingOperations,
  bindingProblem,
  filterMatchesEntry,
  filterMatchesPattern,
  operationName,
  patternKey,
  resourceTypeName,
  sameEntry,
  type AclBinding,
  type AclBindingFilter,
  type AclEntry,
  type ResourcePattern,
  type ResourceType,
} from './authorizer-acls.js';
import type { AclStore, StoredAcls } from './authorizer-store.js';

/** The class names `authorizer.class.name` accepts (all mean this authorizer). */
export const AUTHORIZER_CLASS_NAMES = [
  'kafka.security.authorizer.AclAuthorizer',
  'kafka.security.auth.SimpleAclAuthorizer',
  'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
] as const;

/** Settings of the authorizer (from the broker config). */
export interface AuthorizerSettings {
  /** `super.users`: principals allowed everything (`User:admin`). */
  readonly superUsers: readonly string[];
  /** `allow.everyone.if.no.acl.found`. */
  readonly allowEveryoneIfNoAclFound: boolean;
}

/** The result of one DeleteAcls filter. */
export interface DeleteResult {
  /** The bindings removed. */
  readonly deleted: AclBinding[];
  /** Set when a pattern this filter selected could not be rewritten (its ACLs there stay). */
  error: string | null;
}

/** Most cached decisions before the cache starts over (bounds memory under many distinct names). */
const MAX_CACHED_DECISIONS = 100_000;

/** Kafka's ACL authorizer. */
export class AclAuthorizer {
  /** Literal patterns: resource type → name (or `*`) → entries. */
  private readonly literal = new Map<number, Map<string, readonly AclEntry[]>>();
  /** Prefixed patterns: resource type → prefix → entries. */
  private readonly prefixed = new Map<number, Map<string, readonly AclEntry[]>>();
  private readonly superUsers: ReadonlySet<string>;
  private decisions = new Map<string, boolean>();
  /** Writes through this broker, one pattern at a time per pattern key (keeps read-modify-writes of one broker in order). */
  private writes = new Map<string, Promise<unknown>>();

  /** Creates the authorizer over a store (start() loads the ACLs). */
  constructor(
    private readonly store: AclStore,
    private readonly settings: AuthorizerSettings,
    private readonly logger: Logger,
  ) {
    this.superUsers = new Set(settings.superUsers);
  }

  /** Loads every ACL and follows changes made by other brokers. */
  async start(): Promise<void> {
    await this.store.watch({
      changed: (p) => void this.refresh(p),
      reload: () => void this.reloadAll(),
    });
    await this.reloadAll();
  }

  /** Stops following changes. */
  close(): void {
    this.store.close();
  }

  private async reloadAll(): Promise<void> {
    let all: StoredAcls[];
    try {
      all = await this.store.loadAll();
    } catch (err) {
      this.logger.error(`cannot load the ACLs: ${(err as Error).message}`);
      throw err;
    }
    this.literal.clear();
    this.prefixed.clear();
    for (const s of all) this.apply(s.pattern, s.entries);
    this.decisions = new Map();
  }

  private async refresh(p: ResourcePattern): Promise<void> {
    try {
      this.apply(p, await this.store.read(p));
      this.decisions = new Map();
    } catch (err) {
      this.logger.warn(`cannot read the changed ACLs of ${patternKey(p)}: ${(err as Error).message}`);
    }
  }

  private apply(p: ResourcePattern, entries: readonly AclEntry[]): void {
    const index = p.patternType === PatternType.PREFIXED ? this.prefixed : this.literal;
    let byName = index.get(p.resourceType);
    if (!byName) index.set(p.resourceType, (byName = new Map()));
    if (entries.length === 0) byName.delete(p.name);
    else byName.set(p.name, entries);
  }

  /** Whether `principal` at `host` may do `op` on the resource (see the header for the rules). */
  authorize(principal: Principal, host: string, op: AclOperation, type: ResourceType, name: string): boolean {
    const who = `${principal.type}:${principal.name}`;
    if (this.superUsers.has(who)) return true;
    const key = `${op}\u0000${type}\u0000${who}\u0000${host}\u0000${name}`;
    const cached = this.decisions.get(key);
    if (cached !== undefined) return cached;
    const allowed = this.decide(who, host, op, type, name);
    if (this.decisions.size >= MAX_CACHED_DECISIONS) this.decisions = new Map();
    this.decisions.set(key, allowed);
    if (!allowed)
      this.logger.info(
        `Principal = ${who} is Denied Operation = ${operationName(op)} from host = ${host} on resource = ${resourceTypeName(type)}:${name}`,
      );
    return allowed;
  }

  private decide(who: string, host: string, op: AclOperation, type: ResourceType, name: string): boolean {
    const literal = this.literal.get(type);
    const exact = literal?.get(name);
    const wildcard = name === WILDCARD_RESOURCE ? undefined : literal?.get(WILDCARD_RESOURCE);
    let any = exact !== undefined || wildcard !== undefined;
    const prefixes: (readonly AclEntry[])[] = [];
    const prefixed = this.prefixed.get(type);
    if (prefixed) {
      for (const [prefix, entries] of prefixed) {
        if (name.startsWith(prefix)) {
          prefixes.push(entries);
          any = true;
        }
      }
    }
    if (!any) return this.settings.allowEveryoneIfNoAclFound;
    const sets = [exact, wildcard, ...prefixes];
    for (const s of sets) if (s && s.some((e) => e.permission === AclPermission.DENY && applies(e, who, host, op))) return false;
    const allowing = allowingOperations(op);
    for (const s of sets) {
      if (!s) continue;
      for (const e of s)
        if (e.permission === AclPermission.ALLOW && allowing.includes(e.operation) && applies(e, who, host, e.operation)) return true;
    }
    return false;
  }

  /**
   * Whether `principal` may do `op` on some resource of `type` (Kafka's
   * authorizeByResourceType, used by InitProducerId: WRITE on any topic
   * stands in for IDEMPOTENT_WRITE). Allowed when an ALLOW for it exists
   * whose pattern no DENY covers; with allow.everyone.if.no.acl.found, also
   * when the type has no ACL at all. A DENY on the wildcard `*` denies.
   */
  authorizeByResourceType(principal: Principal, host: string, op: AclOperation, type: ResourceType): boolean {
    const who = `${principal.type}:${principal.name}`;
    if (this.superUsers.has(who)) return true;
    const literal = this.literal.get(type);
    const prefixed = this.prefixed.get(type);
    const denies = (entries: readonly AclEntry[]): boolean =>
      entries.some((e) => e.permission === AclPermission.DENY && applies(e, who, host, op));
    if (literal?.get(WILDCARD_RESOURCE) && denies(literal.get(WILDCARD_RESOURCE)!)) return false;
    const deniedPrefixes: string[] = [];
    for (const [prefix, entries] of prefixed ?? []) if (denies(entries)) deniedPrefixes.push(prefix);
    const covered = (name: string, isPrefix: boolean): boolean =>
      deniedPrefixes.some((d) => name.startsWith(d)) || (!isPrefix && literal?.get(name) !== undefined && denies(literal.get(name)!));
    const allowing = allowingOperations(op);
    const allows = (entries: readonly AclEntry[]): boolean =>
      entries.some((e) => e.permission === AclPermission.ALLOW && allowing.includes(e.operation) && applies(e, who, host, e.operation));
    for (const [name, entries] of literal ?? []) if (allows(entries) && !covered(name, false)) return true;
    for (const [prefix, entries] of prefixed ?? []) if (allows(entries) && !covered(prefix, true)) return true;
    return this.settings.allowEveryoneIfNoAclFound && (literal?.size ?? 0) === 0 && (prefixed?.size ?? 0) === 0;
  }

  /** Every ACL binding the filter selects (DescribeAcls), grouped by pattern. */
  acls(filter: AclBindingFilter): AclBinding[] {
    const out: AclBinding[] = [];
    for (const [index, patternType] of [
      [this.literal, PatternType.LITERAL],
      [this.prefixed, PatternType.PREFIXED],
    ] as const) {
      for (const [resourceType, byName] of index) {
        for (const [name, entries] of byName) {
          const pattern: ResourcePattern = { resourceType: resourceType as ResourceType, name, patternType };
          if (!filterMatchesPattern(filter, pattern)) continue;
          for (const entry of entries) if (filterMatchesEntry(filter, entry)) out.push({ pattern, entry });
        }
      }
    }
    return out;
  }

  /**
   * Creates ACLs (CreateAcls); resolves with one error message per binding,
   * null where it was stored. An ACL that exists already is no error.
   */
  async createAcls(bindings: readonly AclBinding[]): Promise<(string | null)[]> {
    const results: (string | null)[] = new Array(bindings.length).fill(null);
    const byPattern = new Map<string, { pattern: ResourcePattern; entries: AclEntry[]; indexes: number[] }>();
    for (let i = 0; i < bindings.length; i++) {
      const problem = bindingProblem(bindings[i]);
      if (problem !== null) {
        results[i] = problem;
        continue;
      }
      const k = patternKey(bindings[i].pattern);
      let g = byPattern.get(k);
      if (!g) byPattern.set(k, (g = { pattern: bindings[i].pattern, entries: [], indexes: [] }));
      g.entries.push(bindings[i].entry);
      g.indexes.push(i);
    }
    await Promise.all(
      [...byPattern.values()].map(async (g) => {
        try {
          await this.write(g.pattern, (current) => {
            const next = [...current];
            for (const e of g.entries) if (!next.some((x) => sameEntry(x, e))) next.push(e);
            return next;
          });
        } catch (err) {
          for (const i of g.indexes) results[i] = `Failed to store ACLs: ${(err as Error).message}`;
        }
      }),
    );
    return results;
  }

  /** Deletes the ACLs each filter selects (DeleteAcls); one result per filter, in order. */
  async deleteAcls(filters: readonly AclBindingFilter[]): Promise<DeleteResult[]> {
    const results: DeleteResult[] = filters.map(() => ({ deleted: [], error: null }));
    // The patterns any filter touches, each rewritten once.
    const patterns = new Map<string, ResourcePattern>();
    for (const f of filters) for (const b of this.acls(f)) patterns.set(patternKey(b.pattern), b.pattern);
    await Promise.all(
      [...patterns.values()].map(async (pattern) => {
        // The change may run again when another writer got there first: only its last run counts.
        let removed: { filter: number; entry: AclEntry }[] = [];
        try {
          await this.write(pattern, (current) => {
            removed = [];
            return current.filter((entry) => {
              // Kafka reports a deleted ACL under the first filter that matched it.
              const i = filters.findIndex((f) => filterMatchesPattern(f, pattern) && filterMatchesEntry(f, entry));
              if (i >= 0) removed.push({ filter: i, entry });
              return i < 0;
            });
          });
        } catch (err) {
          for (const f of filters)
            if (filterMatchesPattern(f, pattern)) results[filters.indexOf(f)].error = `Failed to delete ACLs: ${(err as Error).message}`;
          return;
        }
        for (const r of removed) results[r.filter].deleted.push({ pattern, entry: r.entry });
      }),
    );
    return results;
  }

  private write(pattern: ResourcePattern, change: (current: readonly AclEntry[]) => AclEntry[]): Promise<void> {
    const k = patternKey(pattern);
    const prev = this.writes.get(k) ?? Promise.resolve();
    const next = prev
      .catch(() => {})
      .then(async () => {
        const stored = await this.store.update(pattern, change);
        this.apply(pattern, stored);
        this.decisions = new Map();
      });
    this.writes.set(k, next);
    const done = (): void => {
      if (this.writes.get(k) === next) this.writes.delete(k);
    };
    void next.then(done, done);
    return next;
  }
}

/** Whether an entry names this principal (or every user), this host (or every host) and this operation (or ALL). */
function applies(e: AclEntry, who: string, host: string, op: AclOperation): boolean {
  return (
    (e.principal === who || e.principal === WILDCARD_PRINCIPAL) &&
    (e.host === host || e.host === WILDCARD_HOST) &&
    (e.operation === op || e.operation === AclOperation.ALL)
  );
}
