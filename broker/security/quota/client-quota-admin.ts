/**
 * AlterClientQuotas and DescribeClientQuotas as Kafka's ZooKeeper-mode broker
 * answers them (KIP-546, AdminManager), over the entity config store:
 *
 * Alter: per entry, the entity must be a user, a client id or both (each
 * type once; a null name is the default, an empty name is refused); each op
 * sets a quota key (a byte rate must be a whole number) or removes it. An
 * entry with any invalid part gets INVALID_REQUEST naming it and changes
 * nothing; the others are written (one read-modify-write of the entity's
 * configs, which keeps a user's SCRAM credentials) unless validate_only.
 * The change is in force on this broker when the answer goes out; other
 * brokers follow the store's notification.
 *
 * Describe: filter components per entity type (exact name, the default, or
 * any name); `strict` leaves out entities with types the filter does not
 * name. IP entities (connection_creation_rate) are not served: such a
 * filter or entity is INVALID_REQUEST saying so.
 */
import { ErrorCode } from '../../../protocol/generated/errors.js';
import { updateEntityConfigs } from '../../cluster/entity-config-store.js';
import type { Logger } from '../../logger.js';
import type { ClientQuotas } from './client-quotas.js';
import {
  ENTITY_TYPE_CLIENT_ID,
  ENTITY_TYPE_IP,
  ENTITY_TYPE_USER,
  QuotaValidationError,
  formatQuotaValue,
  isQuotaKey,
  parseQuotaValue,
  quotaEntityOfPath,
  quotaEntityPath,
  type QuotaEntity,
} from './quota-entity.js';

/** One part of an entity on the wire: a type and a name (null: the default). */
export interface WireEntityPart {
  readonly entityType: string;
  readonly entityName: string | null;
}

/** One change of an AlterClientQuotas entry. */
export interface QuotaOp {
  readonly key: string;
  readonly value: number;
  readonly remove: boolean;
}

/** One entry's outcome. */
export interface QuotaAlterResult {
  readonly errorCode: ErrorCode;
  readonly errorMessage: string | null;
  readonly entity: WireEntityPart[];
}

/** DescribeClientQuotas match types. */
export const MatchType = { EXACT: 0, DEFAULT: 1, SPECIFIED: 2 } as const;

/** One filter component of DescribeClientQuotas. */
export interface QuotaFilterComponent {
  readonly entityType: string;
  readonly matchType: number;
  readonly match: string | null;
}

/** DescribeClientQuotas' answer. */
export interface QuotaDescription {
  readonly errorCode: ErrorCode;
  readonly errorMessage: string | null;
  readonly entries: { entity: WireEntityPart[]; values: { key: string; value: number }[] }[];
}

/** The quota entity of wire parts; throws QuotaValidationError naming what is wrong. */
export function entityOfWire(parts: readonly WireEntityPart[]): QuotaEntity {
  if (parts.length === 0) throw new QuotaValidationError('Invalid empty client quota entity');
  let user: string | null | undefined;
  let clientId: string | null | undefined;
  const seen = new Set<string>();
  for (const p of parts) {
    if (seen.has(p.entityType)) throw new QuotaValidationError(`Duplicate ${p.entityType} in the client quota entity`);
    seen.add(p.entityType);
    if (p.entityName !== null && p.entityName === '') throw new QuotaValidationError(`Empty ${p.entityType} not supported`);
    if (p.entityType === ENTITY_TYPE_USER) user = p.entityName;
    else if (p.entityType === ENTITY_TYPE_CLIENT_ID) clientId = p.entityName;
    else if (p.entityType === ENTITY_TYPE_IP)
      throw new QuotaValidationError('IP quota entities (connection_creation_rate) are not supported');
    else throw new QuotaValidationError(`Unhandled client quota entity type: ${p.entityType}`);
  }
  return { user, clientId };
}

/** The wire parts of an entity (user first, then client id). */
export function wireOfEntity(e: QuotaEntity): WireEntityPart[] {
  const out: WireEntityPart[] = [];
  if (e.user !== undefined) out.push({ entityType: ENTITY_TYPE_USER, entityName: e.user });
  if (e.clientId !== undefined) out.push({ entityType: ENTITY_TYPE_CLIENT_ID, entityName: e.clientId });
  return out;
}

/** Alter and describe over the broker's ClientQuotas. */
export class ClientQuotaAdmin {
  private writes: Promise<unknown> = Promise.resolve();

  /** Serves the quotas of `quotas` (its store is where they are written). */
  constructor(
    private readonly quotas: ClientQuotas,
    private readonly logger: Logger,
  ) {}

  /** Applies AlterClientQuotas entries in order, one result per entry; writes are serialized per broker. */
  alter(
    entries: readonly { entity: readonly WireEntityPart[]; ops: readonly QuotaOp[] }[],
    validateOnly: boolean,
  ): Promise<QuotaAlterResult[]> {
    const run = this.writes.then(async () => {
      const out: QuotaAlterResult[] = [];
      for (const e of entries) out.push(await this.alterOne(e.entity, e.ops, validateOnly));
      return out;
    });
    this.writes = run.catch(() => undefined);
    return run;
  }

  private async alterOne(wire: readonly WireEntityPart[], ops: readonly QuotaOp[], validateOnly: boolean): Promise<QuotaAlterResult> {
    const entity = wire.map((p) => ({ entityType: p.entityType, entityName: p.entityName }));
    let path: string;
    const set = new Map<string, string>();
    const removed: string[] = [];
    try {
      path = quotaEntityPath(entityOfWire(wire));
      const keys = new Set<string>();
      for (const op of ops) {
        if (keys.has(op.key)) throw new QuotaValidationError(`Duplicate quota key ${op.key} in one entity`);
        keys.add(op.key);
        if (op.remove) {
          if (!isQuotaKey(op.key)) throw new QuotaValidationError(`Invalid configuration key ${op.key}`);
          removed.push(op.key);
        } else set.set(op.key, formatQuotaValue(op.key, op.value));
      }
    } catch (err) {
      if (err instanceof QuotaValidationError) return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: err.message, entity };
      throw err;
    }
    if (validateOnly) return { errorCode: ErrorCode.NONE, errorMessage: null, entity };
    try {
      const configs = await updateEntityConfigs(this.quotas.store, path, (current) => {
        for (const k of removed) delete current[k];
        for (const [k, v] of set) current[k] = v;
        return current;
      });
      this.quotas.apply(path, configs);
      return { errorCode: ErrorCode.NONE, errorMessage: null, entity };
    } catch (err) {
      this.logger.error(`altering the client quotas of ${path} failed: ${(err as Error).message}`);
      return { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: (err as Error).message, entity };
    }
  }

  /** Answers DescribeClientQuotas from the store (what every broker follows). */
  async describe(components: readonly QuotaFilterComponent[], strict: boolean): Promise<QuotaDescription> {
    let user: QuotaFilterComponent | undefined;
    let client: QuotaFilterComponent | undefined;
    try {
      for (const c of components) {
        if (c.entityType === ENTITY_TYPE_USER) {
          if (user) throw new QuotaValidationError('Duplicate user filter component entity type');
          user = c;
        } else if (c.entityType === ENTITY_TYPE_CLIENT_ID) {
          if (client) throw new QuotaValidationError('Duplicate client filter component entity type');
          client = c;
        } else if (c.entityType === ENTITY_TYPE_IP) {
          throw new QuotaValidationError('IP quota entities (connection_creation_rate) are not supported');
        } else if (c.entityType === '') throw new QuotaValidationError('Unexpected empty filter component entity type');
        else throw new QuotaValidationError(`Custom entity type '${c.entityType}' not supported`);
        if (c.matchType === MatchType.EXACT && c.match === null)
          throw new QuotaValidationError(`The ${c.entityType} filter component matches exactly but names no entity`);
        if (c.matchType !== MatchType.EXACT && c.matchType !== MatchType.DEFAULT && c.matchType !== MatchType.SPECIFIED)
          throw new QuotaValidationError(`Unknown match type ${c.matchType} of the ${c.entityType} filter component`);
      }
    } catch (err) {
      if (err instanceof QuotaValidationError) return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: err.message, entries: [] };
      throw err;
    }
    const entries: QuotaDescription['entries'] = [];
    try {
      for (const path of await this.quotas.entityPaths()) {
        const e = quotaEntityOfPath(path);
        if (e === null || !matches(user, e.user, strict) || !matches(client, e.clientId, strict)) continue;
        const values: { key: string; value: number }[] = [];
        for (const [k, v] of Object.entries(await this.quotas.store.get(path))) {
          const n = parseQuotaValue(v);
          if (isQuotaKey(k) && Number.isFinite(n)) values.push({ key: k, value: n });
        }
        if (values.length > 0) entries.push({ entity: wireOfEntity(e), values });
      }
    } catch (err) {
      return { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: (err as Error).message, entries: [] };
    }
    return { errorCode: ErrorCode.NONE, errorMessage: null, entries };
  }
}

/** Whether an entity part (undefined: absent, null: default) passes a filter component (Kafka's rules). */
function matches(c: QuotaFilterComponent | undefined, part: string | null | undefined, strict: boolean): boolean {
  if (c === undefined) return part === undefined || !strict;
  if (part === undefined) return false;
  if (c.matchType === MatchType.DEFAULT) return part === null;
  if (c.matchType === MatchType.EXACT) return part === c.match;
  return true;
}
