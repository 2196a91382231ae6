/**
 * What handlers call to authorize a request: thin wrappers over the
 * broker's AclAuthorizer that take the RequestContext (principal, client
 * address) and cost nothing when no authorizer is configured (every check
 * is then `true` / `null` without looking at its arguments).
 *
 * A handler checks each distinct resource once per request
 * (`unauthorizedNames` dedupes the names of a request's topics), and the
 * authorizer caches decisions across requests until the ACLs change.
 */
import type { RequestContext } from '../apis/types.js';
import { AclOperation, CLUSTER_NAME, OPERATIONS_OF, ResourceType } from './authorizer-acls.js';

/** Kafka's "authorized operations not requested" (INT32 minimum), the schema default of every `*AuthorizedOperations` field. */
export const OPERATIONS_NOT_REQUESTED = -2147483648;

/**
 * The host ACLs name for this request's client: RequestContext.clientAddress
 * (the IP address as Kafka prints it; IPv4-mapped addresses already as IPv4).
 */
export function aclHost(ctx: RequestContext): string {
  return ctx.clientAddress;
}

/** Whether the request's principal may do `op` on the resource; true when no authorizer is configured. */
export function authorized(ctx: RequestContext, op: AclOperation, type: ResourceType, name: string): boolean {
  const a = ctx.broker.authorizer;
  return a === null || a.authorize(ctx.principal, aclHost(ctx), op, type, name);
}

/** Whether the request's principal may do `op` on the cluster resource (`kafka-cluster`). */
export function authorizedOnCluster(ctx: RequestContext, op: AclOperation): boolean {
  return authorized(ctx, op, ResourceType.CLUSTER, CLUSTER_NAME);
}

/**
 * The names of `items` (by `nameOf`) the principal may not `op`, each
 * distinct name checked once; null when every one is allowed, and always
 * null without an authorizer (then `nameOf` is never called). Null names
 * (topics known only by an unknown id) are skipped.
 */
export function unauthorizedNames<T>(
  ctx: RequestContext,
  op: AclOperation,
  type: ResourceType,
  items: readonly T[],
  nameOf: (item: T) => string | null,
): ReadonlySet<string> | null {
  const a = ctx.broker.authorizer;
  if (a === null) return null;
  const host = aclHost(ctx);
  const seen = new Set<string>();
  let denied: Set<string> | null = null;
  for (const item of items) {
    const n = nameOf(item);
    if (n === null || seen.has(n)) continue;
    seen.add(n);
    if (!a.authorize(ctx.principal, host, op, type, n)) (denied ??= new Set()).add(n);
  }
  return denied;
}

/** Topic CREATE: on the cluster, else on the topic (Kafka's rule for CreateTopics and auto-creation). */
export function mayCreateTopic(ctx: RequestContext, topic: string): boolean {
  return authorizedOnCluster(ctx, AclOperation.CREATE) || authorized(ctx, AclOperation.CREATE, ResourceType.TOPIC, topic);
}

/**
 * KIP-430's authorized operations of a resource for this principal: a bit
 * per AclOperation code that applies to the type and is allowed (without an
 * authorizer: every one that applies).
 */
export function authorizedOperations(ctx: RequestContext, type: ResourceType, name: string): number {
  let bits = 0;
  for (const op of OPERATIONS_OF[type] ?? []) if (authorized(ctx, op, type, name)) bits |= 1 << op;
  return bits;
}

/**
 * Whether the principal may do `op` on some resource of `type` (Kafka's
 * authorizeByResourceType; InitProducerId lets WRITE on any topic stand in
 * for IDEMPOTENT_WRITE). True without an authorizer.
 */
export function authorizedForSomeResource(ctx: RequestContext, op: AclOperation, type: ResourceType): boolean {
  const a = ctx.broker.authorizer;
  return a === null || a.authorizeByResourceType(ctx.principal, aclHost(ctx), op, type);
}
