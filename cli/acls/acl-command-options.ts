/**
 * kafka-acls' reading of its command line (Kafka's AclCommand and
 * AclCommandOptions): the resource filters named by --topic, --group,
 * --cluster, --transactional-id, --delegation-token and --user-principal with
 * --resource-pattern-type (default LITERAL); the entries of --allow-principal
 * / --deny-principal x --operation (default All) x --allow-host / --deny-host
 * (default `*`); and the --producer / --consumer conveniences (producer:
 * WRITE, DESCRIBE, CREATE on topics, WRITE, DESCRIBE on transactional ids,
 * IDEMPOTENT_WRITE on the cluster with --idempotent; consumer: READ,
 * DESCRIBE on topics, READ on groups). Kafka's usage messages.
 */
import { UsageError, rejectCombination, type ParsedArgs } from '../common/args.js';
import {
  AclOperation,
  AclPermission,
  CLUSTER_NAME,
  OPERATIONS_OF,
  PatternType,
  ResourceType,
  WILDCARD_HOST,
  operationName,
  parseOperation,
  parsePatternType,
} from '../../broker/security/authorizer-acls.js';
import type { AclEntrySpec, AclPatternSpec } from '../../client/acl-admin.js';

/** A resource filter of the command: a pattern whose pattern type may be ANY or MATCH (for --list / --remove). */
export type PatternFilter = AclPatternSpec;

/** Resource filters with the entries the command adds or removes for each (insertion order kept). */
export type FilterEntries = Map<string, { filter: PatternFilter; entries: AclEntrySpec[] }>;

/** The action and what it applies to. */
export interface AclCommand {
  readonly action: 'add' | 'remove' | 'list';
  /** --add / --remove: the filters with their entries (for --remove, none means every entry of the filter). */
  readonly entries: FilterEntries;
  /** --list: the resource filters (none: every ACL). */
  readonly listFilters: PatternFilter[];
  /** --list --principal: only these principals' entries, each listed on its own. */
  readonly listPrincipals: string[];
}

/** The operations Kafka's --operation help lists. */
export const OPERATION_NAMES = [
  'Describe',
  'DescribeConfigs',
  'Alter',
  'IdempotentWrite',
  'Read',
  'Delete',
  'Create',
  'ClusterAction',
  'All',
  'CreateTokens',
  'DescribeTokens',
  'Write',
  'AlterConfigs',
];

const key = (f: PatternFilter): string => `${f.resourceType}\u0000${f.patternType}\u0000${f.name}`;

function patternTypeOf(args: ParsedArgs): PatternType {
  const raw = args.value('resource-pattern-type');
  if (raw === undefined) return PatternType.LITERAL;
  const p = parsePatternType(raw.trim());
  if (p === undefined || p === PatternType.UNKNOWN) throw new UsageError(`Unrecognized pattern type: ${raw}`);
  return p;
}

/** Kafka's getResourceFilter: the resources the options name, with the command's pattern type. */
export function resourceFilters(args: ParsedArgs, dieIfNone = true): PatternFilter[] {
  const patternType = patternTypeOf(args);
  const out: PatternFilter[] = [];
  const add = (resourceType: ResourceType, names: string[]): void => {
    for (const n of names) out.push({ resourceType, name: n.trim(), patternType });
  };
  add(ResourceType.TOPIC, args.values('topic'));
  // As Kafka: the cluster is a literal resource; other pattern types leave it out.
  if (patternType === PatternType.LITERAL && (args.has('cluster') || args.has('idempotent')))
    out.push({ resourceType: ResourceType.CLUSTER, name: CLUSTER_NAME, patternType });
  add(ResourceType.GROUP, args.values('group'));
  add(ResourceType.TRANSACTIONAL_ID, args.values('transactional-id'));
  add(ResourceType.DELEGATION_TOKEN, args.values('delegation-token'));
  add(ResourceType.USER, args.values('user-principal'));
  if (out.length === 0 && dieIfNone)
    throw new UsageError(
      'You must provide at least one resource: --topic <topic> or --cluster or --group <group> or --delegation-token <Delegation Token ID>',
    );
  return out;
}

function principals(args: ParsedArgs, option: string): string[] {
  return args.values(option).map((s) => {
    const p = s.trim();
    const colon = p.indexOf(':');
    if (colon <= 0) throw new UsageError(`Expected a string in format principalType:principalName but got ${p}`);
    return p;
  });
}

function hosts(args: ParsedArgs, hostOption: string, principalOption: string): string[] {
  if (args.has(hostOption)) return args.values(hostOption).map((h) => h.trim());
  return args.has(principalOption) ? [WILDCARD_HOST] : [];
}

/** Kafka's getAcl: allowed and denied principals x operations x hosts. */
function entriesFor(args: ParsedArgs, operations: readonly AclOperation[]): AclEntrySpec[] {
  const out: AclEntrySpec[] = [];
  const make = (permission: AclPermission, who: string[], where: string[]): void => {
    if (who.length === 0 || where.length === 0) return;
    for (const principal of who)
      for (const operation of operations) for (const host of where) out.push({ principal, host, operation, permission });
  };
  make(AclPermission.ALLOW, principals(args, 'allow-principal'), hosts(args, 'allow-host', 'allow-principal'));
  make(AclPermission.DENY, principals(args, 'deny-principal'), hosts(args, 'deny-host', 'deny-principal'));
  return out;
}

function cliOperations(args: ParsedArgs): AclOperation[] {
  const names = args.has('operation') ? args.values('operation') : ['All'];
  const ops: AclOperation[] = [];
  for (const n of names) {
    const op = parseOperation(n.trim());
    if (op === undefined || op === AclOperation.ANY || op === AclOperation.UNKNOWN)
      throw new UsageError(`Unknown operation '${n.trim()}'; valid operations are: ${OPERATION_NAMES.join(', ')}`);
    if (!ops.includes(op)) ops.push(op);
  }
  return ops;
}

function put(map: FilterEntries, filter: PatternFilter, entries: AclEntrySpec[]): void {
  const k = key(filter);
  const cur = map.get(k);
  if (cur) cur.entries.push(...entries.filter((e) => !cur.entries.some((c) => sameEntry(c, e))));
  else map.set(k, { filter, entries });
}

function sameEntry(a: AclEntrySpec, b: AclEntrySpec): boolean {
  return a.principal === b.principal && a.host === b.host && a.operation === b.operation && a.permission === b.permission;
}

/** Kafka's getResourceFilterToAcls (with validateOperation). */
function filterEntries(args: ParsedArgs): FilterEntries {
  const out: FilterEntries = new Map();
  const producer = args.has('producer');
  const consumer = args.has('consumer');
  if (!producer && !consumer) {
    const entries = entriesFor(args, cliOperations(args));
    for (const f of resourceFilters(args)) put(out, f, [...entries]);
  }
  if (producer) {
    const filters = resourceFilters(args);
    for (const f of filters.filter((x) => x.resourceType === ResourceType.TOPIC))
      put(out, f, entriesFor(args, [AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE]));
    for (const f of filters.filter((x) => x.resourceType === ResourceType.TRANSACTIONAL_ID))
      put(out, f, entriesFor(args, [AclOperation.WRITE, AclOperation.DESCRIBE]));
    if (args.has('idempotent'))
      put(
        out,
        { resourceType: ResourceType.CLUSTER, name: CLUSTER_NAME, patternType: PatternType.LITERAL },
        entriesFor(args, [AclOperation.IDEMPOTENT_WRITE]),
      );
  }
  if (consumer) {
    const filters = resourceFilters(args);
    for (const f of filters.filter((x) => x.resourceType === ResourceType.TOPIC))
      put(out, f, entriesFor(args, [AclOperation.READ, AclOperation.DESCRIBE]));
    for (const f of filters.filter((x) => x.resourceType === ResourceType.GROUP)) put(out, f, entriesFor(args, [AclOperation.READ]));
  }
  for (const { filter, entries } of out.values()) {
    const valid = [...(OPERATIONS_OF[filter.resourceType] ?? []), AclOperation.ALL];
    if (entries.some((e) => !valid.includes(e.operation as AclOperation)))
      throw new UsageError(
        `ResourceType ${enumName(ResourceType, filter.resourceType)} only supports operations ${valid.map(operationName).join(', ')}`,
      );
  }
  return out;
}

/** The Java enum name of a code (`TOPIC`, `IDEMPOTENT_WRITE`, `ALLOW`, `LITERAL`), as Kafka's toString prints it. */
export function enumName(table: Readonly<Record<string, number>>, code: number): string {
  for (const [k, v] of Object.entries(table)) if (v === code) return k;
  return 'UNKNOWN';
}

/** Kafka's AclCommandOptions.checkArgs, then the command. */
export function parseAclCommand(args: ParsedArgs): AclCommand {
  if (args.has('bootstrap-server') && args.has('authorizer-properties'))
    throw new UsageError('Only one of --bootstrap-server or --authorizer-properties must be specified');
  if (!args.has('bootstrap-server') && !args.has('authorizer-properties'))
    throw new UsageError('One of --bootstrap-server or --authorizer-properties must be specified');
  if (args.has('command-config') && !args.has('bootstrap-server'))
    throw new UsageError('The --command-config option can only be used with --bootstrap-server option');
  const actions = (['add', 'remove', 'list'] as const).filter((a) => args.has(a));
  if (actions.length !== 1) throw new UsageError('Command must include exactly one action: --list, --add, --remove. ');
  rejectCombination(args, 'list', ['producer', 'consumer', 'allow-host', 'allow-principal', 'deny-host', 'deny-principal']);
  rejectCombination(args, 'producer', ['operation', 'deny-principal', 'deny-host']);
  rejectCombination(args, 'consumer', ['operation', 'deny-principal', 'deny-host']);
  if (args.has('producer') && !args.has('topic')) throw new UsageError('With --producer you must specify a --topic');
  if (args.has('idempotent') && !args.has('producer'))
    throw new UsageError('The --idempotent option is only available if --producer is set');
  if (
    args.has('consumer') &&
    (!args.has('topic') || !args.has('group') || (!args.has('producer') && (args.has('cluster') || args.has('transactional-id'))))
  )
    throw new UsageError(
      'With --consumer you must specify a --topic and a --group and no --cluster or --transactional-id option should be specified.',
    );
  const action = actions[0];
  if (action === 'list') {
    return { action, entries: new Map(), listFilters: resourceFilters(args, false), listPrincipals: principals(args, 'principal') };
  }
  const entries = filterEntries(args);
  if (action === 'add') {
    const pt = patternTypeOf(args);
    if (pt !== PatternType.LITERAL && pt !== PatternType.PREFIXED)
      throw new UsageError(`A '--resource-pattern-type' value of '${enumName(PatternType, pt)}' is not valid when adding acls.`);
    if ([...entries.values()].some((x) => x.entries.length === 0))
      throw new UsageError('You must specify one of: --allow-principal, --deny-principal when trying to add ACLs.');
  }
  return { action, entries, listFilters: [], listPrincipals: [] };
}
