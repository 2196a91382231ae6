/**
 * Client quotas through a broker (KIP-546): AlterClientQuotas and
 * DescribeClientQuotas, as Kafka's Admin.alterClientQuotas and
 * describeClientQuotas send them. An entity is a list of (type, name)
 * parts with type `user` or `client-id` and a null name for the default
 * entity; quota values are numbers (Kafka's doubles).
 */
import { ApiKey } from '../protocol/generated/api-keys.js';
import { encodeAlterClientQuotasRequest } from '../protocol/generated/alter-client-quotas-request.js';
import { decodeAlterClientQuotasResponse } from '../protocol/generated/alter-client-quotas-response.js';
import { encodeDescribeClientQuotasRequest } from '../protocol/generated/describe-client-quotas-request.js';
import { decodeDescribeClientQuotasResponse } from '../protocol/generated/describe-client-quotas-response.js';
import type { KafkaClient } from './kafka-client.js';

/** One part of a quota entity: `user` or `client-id`, with a name or null for the default. */
export interface QuotaEntityPart {
  readonly entityType: string;
  readonly entityName: string | null;
}

/** A change of one quota key: a value to set, or null to remove it. */
export interface QuotaChange {
  readonly key: string;
  readonly value: number | null;
}

/** One entity's alteration result (errorCode 0: done). */
export interface QuotaAlterOutcome {
  readonly entity: QuotaEntityPart[];
  readonly errorCode: number;
  readonly errorMessage: string | null;
}

/** A filter component: match an exact name, the default entity, or any entity of the type. */
export type QuotaFilter =
  | { readonly entityType: string; readonly match: 'exact'; readonly name: string }
  | { readonly entityType: string; readonly match: 'default' }
  | { readonly entityType: string; readonly match: 'any' };

/** A described entity with its quota values. */
export interface QuotaEntry {
  readonly entity: QuotaEntityPart[];
  readonly values: Map<string, number>;
}

/** The answer of DescribeClientQuotas (errorCode 0: `entries` is the list). */
export interface QuotaDescribeOutcome {
  readonly errorCode: number;
  readonly errorMessage: string | null;
  readonly entries: QuotaEntry[];
}

/** Sends AlterClientQuotas; one outcome per entity, in the order given. */
export async function alterClientQuotas(
  client: KafkaClient,
  alterations: readonly { entity: readonly QuotaEntityPart[]; changes: readonly QuotaChange[] }[],
  validateOnly = false,
): Promise<QuotaAlterOutcome[]> {
  const entries = alterations.map((a) => ({
    entity: a.entity.map((p) => ({ entityType: p.entityType, entityName: p.entityName })),
    ops: a.changes.map((c) => ({ key: c.key, value: c.value ?? 0, remove: c.value === null })),
  }));
  const conn = await client.anyConnection();
  const res = await conn.send(
    ApiKey.AlterClientQuotas,
    (w, v) => encodeAlterClientQuotasRequest(w, v, { entries, validateOnly }),
    decodeAlterClientQuotasResponse,
  );
  return res.entries.map((e) => ({ entity: e.entity, errorCode: e.errorCode, errorMessage: e.errorMessage }));
}

/** Sends DescribeClientQuotas with Kafka's filter (`strict`: leave out entities with types the filter does not name). */
export async function describeClientQuotas(
  client: KafkaClient,
  filter: readonly QuotaFilter[],
  strict: boolean,
): Promise<QuotaDescribeOutcome> {
  const components = filter.map((f) => ({
    entityType: f.entityType,
    matchType: f.match === 'exact' ? 0 : f.match === 'default' ? 1 : 2,
    match: f.match === 'exact' ? f.name : null,
  }));
  const conn = await client.anyConnection();
  const res = await conn.send(
    ApiKey.DescribeClientQuotas,
    (w, v) => encodeDescribeClientQuotasRequest(w, v, { components, strict }),
    decodeDescribeClientQuotasResponse,
  );
  return {
    errorCode: res.errorCode,
    errorMessage: res.errorMessage,
    entries: (res.entries ?? []).map((e) => ({ entity: e.entity, values: new Map(e.values.map((v) => [v.key, v.value])) })),
  };
}
