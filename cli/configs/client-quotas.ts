/**
 * Client quotas in kafka-configs (`--entity-type users`, `clients`, or both
 * for a user's client), with Kafka's syntax and output:
 *
 * ```
 * --alter --add-config 'producer_byte_rate=1024,consumer_byte_rate=2048,request_percentage=200'
 *         --entity-type users --entity-name alice [--entity-type clients --entity-name app]
 * --alter --delete-config producer_byte_rate --entity-type clients --entity-default
 * --describe --entity-type users [--entity-name alice | --entity-default]
 * Quota configs for user-principal 'alice', client-id 'app' are request_percentage=200.0, producer_byte_rate=1024.0
 * ```
 *
 * Through a broker the change is AlterClientQuotas and the description
 * DescribeClientQuotas (Kafka's `containsOnly` filter: strict, one
 * component per entity type named; a type without a name matches any
 * entity of it). Values print as Java doubles in the order of Java's
 * HashMap, as Kafka's tool prints them. With `--zookeeper` alone the
 * entity's znode is written directly (client-quotas-zk.ts).
 */
import { alterClientQuotas, describeClientQuotas, type QuotaEntityPart, type QuotaFilter } from '../../client/client-quota-admin.js';
import { ErrorCode, errorName } from '../../protocol/generated/errors.js';
import { QUOTA_KEY_NAMES, javaDouble } from '../../broker/security/quota/quota-entity.js';
import { exceptionLine } from './config-admin.js';
import { ConfigCommandError, type ConfigCommandContext, type EntitySelector } from './entity-type.js';

/** The user and client-id parts a command names (absent: the type was not given). */
export interface QuotaTarget {
  readonly user?: EntitySelector;
  readonly client?: EntitySelector;
}

/** The order Java's HashMap (16 buckets: up to 12 entries) iterates string keys in; ties keep insertion order. */
export function javaHashMapOrder(keys: readonly string[]): string[] {
  const bucket = (k: string): number => {
    let h = 0;
    for (let i = 0; i < k.length; i++) h = (Math.imul(31, h) + k.charCodeAt(i)) | 0;
    return (h ^ (h >>> 16)) & 15;
  };
  return keys
    .map((k, i) => ({ k, i, b: bucket(k) }))
    .sort((a, b) => a.b - b.b || a.i - b.i)
    .map((x) => x.k);
}

/** Kafka's name of an entity in describe lines: `user-principal 'alice', the default client-id`. */
function entityText(parts: readonly QuotaEntityPart[]): string {
  const out: string[] = [];
  for (const type of ['user', 'client-id']) {
    const p = parts.find((x) => x.entityType === type);
    if (!p) continue;
    const typeStr = type === 'user' ? 'user-principal' : 'client-id';
    out.push(p.entityName === null ? `the default ${typeStr}` : `${typeStr} '${p.entityName}'`);
  }
  return out.join(', ');
}

/** Throws naming the keys that are not quota keys (for `what`: users also take SCRAM keys, elsewhere). */
export function checkQuotaKeys(keys: readonly string[], what: string): void {
  const bad = keys.filter((k) => !QUOTA_KEY_NAMES.includes(k));
  if (bad.length > 0)
    throw new ConfigCommandError(
      `Only quota configs can be added for '${what}' using --bootstrap-server. Unexpected config names: ${bad.join(',')}`,
      true,
    );
}

/** The quota values to set, parsed as Kafka's tool does (a number, else an error naming the key). */
export function parseQuotaValues(add: ReadonlyMap<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of add) {
    const n = v.trim() === '' ? NaN : Number(v);
    if (!Number.isFinite(n)) throw new ConfigCommandError(`Cannot parse quota configuration value for ${k}: ${v}`, true);
    out.set(k, n);
  }
  return out;
}

/** The wire entity of a target for --alter (each part a name or the default). */
function wireEntity(target: QuotaTarget): QuotaEntityPart[] {
  const parts: QuotaEntityPart[] = [];
  const push = (type: string, s: EntitySelector | undefined): void => {
    if (s === undefined) return;
    if (s.kind === 'all')
      throw new ConfigCommandError('--entity-name or --entity-default must be specified with each --entity-type for --alter', true);
    parts.push({ entityType: type, entityName: s.kind === 'name' ? s.name : null });
  };
  push('user', target.user);
  push('client-id', target.client);
  return parts;
}

/** Sets and removes quota keys of one entity through a broker (AlterClientQuotas). */
export async function alterQuotas(
  ctx: ConfigCommandContext,
  target: QuotaTarget,
  add: ReadonlyMap<string, string>,
  remove: readonly string[],
): Promise<void> {
  const values = parseQuotaValues(add);
  const changes = [...[...values].map(([key, value]) => ({ key, value })), ...remove.map((key) => ({ key, value: null }))];
  const [r] = await alterClientQuotas(ctx.cluster, [{ entity: wireEntity(target), changes }]);
  if (r.errorCode !== ErrorCode.NONE)
    throw new ConfigCommandError(exceptionLine(r.errorCode, r.errorMessage ?? errorName(r.errorCode)), false);
}

/** Prints Kafka's `Quota configs for ... are ...` lines for the entities a target matches (DescribeClientQuotas). */
export async function describeQuotas(ctx: ConfigCommandContext, target: QuotaTarget): Promise<void> {
  const filter: QuotaFilter[] = [];
  const add = (type: string, s: EntitySelector | undefined): void => {
    if (s === undefined) return;
    filter.push(
      s.kind === 'name'
        ? { entityType: type, match: 'exact', name: s.name }
        : { entityType: type, match: s.kind === 'default' ? 'default' : 'any' },
    );
  };
  add('user', target.user);
  add('client-id', target.client);
  const d = await describeClientQuotas(ctx.cluster, filter, true);
  if (d.errorCode !== ErrorCode.NONE)
    throw new ConfigCommandError(exceptionLine(d.errorCode, d.errorMessage ?? errorName(d.errorCode)), false);
  ctx.out(quotaLines(d.entries));
}

/** Kafka's describe lines of quota entries (entities in name order, defaults first). */
export function quotaLines(entries: readonly { entity: QuotaEntityPart[]; values: ReadonlyMap<string, number> }[]): string {
  const key = (e: { entity: QuotaEntityPart[] }): string =>
    e.entity.map((p) => `${p.entityType}\u0000${p.entityName ?? ''}`).join('\u0001');
  let text = '';
  for (const e of [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))) {
    const values = javaHashMapOrder([...e.values.keys()]).map((k) => `${k}=${javaDouble(e.values.get(k)!)}`);
    text += `Quota configs for ${entityText(e.entity)} are ${values.join(', ')}\n`;
  }
  return text;
}
