/**
 * Client quota entities and keys as Kafka names them (KIP-55, KIP-546):
 *
 * - an entity is a user, a client id, or a user and a client id; either
 *   part may be the default entity (`<default>`, null in the protocol);
 * - it lives at Kafka's entity path: `users/<user>`, `clients/<client-id>`,
 *   `users/<user>/clients/<client-id>` (names sanitized as Kafka's
 *   Sanitizer writes them, `<default>` as is);
 * - its quota keys: `producer_byte_rate` and `consumer_byte_rate` (bytes per
 *   second, whole numbers: Kafka's LONG) and `request_percentage` (a
 *   percentage of one request-handling thread, a DOUBLE), stored next to a
 *   user's SCRAM credentials in the same entity config.
 */
import { DEFAULT_ENTITY, desanitizeEntityName, sanitizeEntityName } from '../../cluster/entity-config-store.js';

/**
 * A quota entity: each part absent (undefined), the default (null) or a
 * name, as Kafka's ClientQuotaEntity (a map from entity type to name or null).
 */
export interface QuotaEntity {
  readonly user?: string | null;
  readonly clientId?: string | null;
}

/** The quota kinds, each with its own manager and key. */
export type QuotaKind = 'produce' | 'fetch' | 'request';

/** The config key of each kind. */
export const QUOTA_KEYS: Readonly<Record<QuotaKind, string>> = Object.freeze({
  produce: 'producer_byte_rate',
  fetch: 'consumer_byte_rate',
  request: 'request_percentage',
});

/** Kafka's type of each key: byte rates are LONG (whole numbers), the percentage a DOUBLE. */
const LONG_KEYS: ReadonlySet<string> = new Set([QUOTA_KEYS.produce, QUOTA_KEYS.fetch]);

/** Every quota key, in Kafka's order. */
export const QUOTA_KEY_NAMES: readonly string[] = [QUOTA_KEYS.produce, QUOTA_KEYS.fetch, QUOTA_KEYS.request];

/** Kafka's entity types in DescribeClientQuotas / AlterClientQuotas. */
export const ENTITY_TYPE_USER = 'user';
export const ENTITY_TYPE_CLIENT_ID = 'client-id';
export const ENTITY_TYPE_IP = 'ip';

/** Whether `key` is a client quota key. */
export function isQuotaKey(key: string): boolean {
  return key === QUOTA_KEYS.produce || key === QUOTA_KEYS.fetch || key === QUOTA_KEYS.request;
}

/** An invalid quota entity, key or value (Kafka's InvalidRequestException); the message names what is wrong. */
export class QuotaValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuotaValidationError';
  }
}

/**
 * The string a quota value is stored as (Kafka's form: a LONG key as a whole
 * number, `1024`; a DOUBLE as Java prints it, `200.0`); throws naming the key
 * when the key is unknown or the value does not fit it.
 */
export function formatQuotaValue(key: string, value: number): string {
  if (!isQuotaKey(key)) {
    const hint = key === 'controller_mutation_rate' ? ' (controller mutation quotas, KIP-599, are not supported)' : '';
    throw new QuotaValidationError(`Invalid configuration key ${key}${hint}`);
  }
  // Departure: Kafka stores any number; a quota that is not positive would throttle forever, so it is refused.
  if (!Number.isFinite(value) || value <= 0) throw new QuotaValidationError(`Configuration ${key} must be a positive number, not ${value}`);
  if (LONG_KEYS.has(key)) {
    const epsilon = 1e-6;
    const whole = Math.trunc(value + epsilon);
    if (Math.abs(whole - value) > epsilon || !Number.isSafeInteger(whole))
      throw new QuotaValidationError(`Configuration ${key} must be a LONG value`);
    return String(whole);
  }
  return javaDouble(value);
}

/** A number as Java's Double.toString prints it for the range quotas use: `200.0`, `0.5`, `1.0E7`. */
export function javaDouble(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e7) return `${v}.0`;
  if (Math.abs(v) >= 1e7 || (v !== 0 && Math.abs(v) < 1e-3)) {
    const [m, e] = v.toExponential().split('e');
    return `${m.includes('.') ? m : `${m}.0`}E${Number(e)}`;
  }
  return String(v);
}

/** A stored quota value as a number; NaN when unparsable (ignored by the managers). */
export function parseQuotaValue(s: string): number {
  return s.trim() === '' ? NaN : Number(s);
}

/** The path segment of an entity part: the default as `<default>`, a name sanitized. */
function segment(name: string | null): string {
  return name === null ? DEFAULT_ENTITY : sanitizeEntityName(name);
}

/** The part named by a path segment (null: the default). */
function partOf(seg: string): string | null {
  return seg === DEFAULT_ENTITY ? null : desanitizeEntityName(seg);
}

/** Kafka's entity path of a quota entity (`users/alice/clients/app`); throws for an empty or invalid entity. */
export function quotaEntityPath(e: QuotaEntity): string {
  if (e.user !== undefined && e.clientId !== undefined) return `users/${segment(e.user)}/clients/${segment(e.clientId)}`;
  if (e.user !== undefined) return `users/${segment(e.user)}`;
  if (e.clientId !== undefined) return `clients/${segment(e.clientId)}`;
  throw new QuotaValidationError('Invalid empty client quota entity');
}

/** The quota entity at an entity path, or null when the path is not a user's or client's. */
export function quotaEntityOfPath(path: string): QuotaEntity | null {
  const p = path.split('/');
  if (p.length === 2 && p[0] === 'users' && p[1] !== '') return { user: partOf(p[1]) };
  if (p.length === 2 && p[0] === 'clients' && p[1] !== '') return { clientId: partOf(p[1]) };
  if (p.length === 4 && p[0] === 'users' && p[2] === 'clients' && p[1] !== '' && p[3] !== '')
    return { user: partOf(p[1]), clientId: partOf(p[3]) };
  return null;
}

/** A stable key of an entity for maps (the parts' presence, defaultness and names). */
export function quotaEntityKey(e: QuotaEntity): string {
  const part = (v: string | null | undefined): string => (v === undefined ? '-' : v === null ? '*' : `=${v}`);
  return `${part(e.user)}\u0000${part(e.clientId)}`;
}

/** How Kafka's tools name an entity: `user-principal 'alice', client-id 'app'`, `the default user-principal`. */
export function describeQuotaEntity(e: QuotaEntity): string {
  const parts: string[] = [];
  if (e.user !== undefined) parts.push(e.user === null ? 'the default user-principal' : `user-principal '${e.user}'`);
  if (e.clientId !== undefined) parts.push(e.clientId === null ? 'the default client-id' : `client-id '${e.clientId}'`);
  return parts.join(', ');
}
