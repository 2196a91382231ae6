#!/usr/bin/env node
/**
 * kafka-acls: add, remove and list ACLs with Apache Kafka's flags, output
 * and exit codes (AclCommand). Through a broker (`--bootstrap-server`,
 * CreateAcls / DescribeAcls / DeleteAcls) or straight in ZooKeeper
 * (`--authorizer-properties zookeeper.connect=host:2181`). Output, as
 * Kafka prints it:
 *
 * ```
 * Adding ACLs for resource `ResourcePattern(resourceType=TOPIC, name=t, patternType=LITERAL)`:
 *  	(principal=User:alice, host=*, operation=READ, permissionType=ALLOW)
 *
 * Current ACLs for resource `ResourcePattern(resourceType=TOPIC, name=t, patternType=LITERAL)`:
 *  	(principal=User:alice, host=*, operation=READ, permissionType=ALLOW)
 * ```
 *
 * Resources are listed in a stable order (type, pattern type, name), where
 * Kafka's order is its hash map's.
 */
import readline from 'node:readline/promises';
import type { ParsedArgs } from './common/args.js';
import { parseKeyValues } from './common/args.js';
import { loadClientProperties, openAdminCluster } from './common/tool-clients.js';
import { runTool } from './common/tool.js';
import { AclOperation, AclPermission, PatternType, ResourceType } from '../broker/security/authorizer-acls.js';
import { ErrorCode, errorName } from '../protocol/generated/errors.js';
import { KafkaClientError } from '../client/errors.js';
import type { AclBindingSpec, AclEntrySpec, AclFilterSpec } from '../client/acl-admin.js';
import { OPERATION_NAMES, enumName, parseAclCommand, type AclCommand, type PatternFilter } from './acls/acl-command-options.js';
import { brokerAclAdmin, zookeeperAclAdmin, zookeeperConnect, type AclAdmin } from './acls/acl-backends.js';
import { connectionOption } from './common/connection-options.js';

const OPTIONS = [
  connectionOption('bootstrap-server', { desc: 'A list of host/port pairs to use for establishing the connection to the Kafka cluster.' }),
  connectionOption('command-config', {
    desc: 'A property file containing configs to be passed to Admin Client.',
    metavar: 'String: command-config',
  }),
  {
    name: 'authorizer',
    arg: 'required',
    metavar: 'String',
    desc: "DEPRECATED: Fully qualified class name of the authorizer (one of Kafka's ACL authorizers).",
  },
  {
    name: 'authorizer-properties',
    arg: 'required',
    metavar: 'String',
    desc: 'DEPRECATED: The properties required to configure an instance of the Authorizer, key=val pairs: zookeeper.connect=localhost:2181',
  },
  {
    name: 'topic',
    arg: 'required',
    metavar: 'String: topic',
    desc: "topic to which ACLs should be added or removed. A value of '*' indicates ACL should apply to all topics.",
  },
  { name: 'cluster', desc: 'Add/Remove cluster ACLs.' },
  {
    name: 'group',
    arg: 'required',
    metavar: 'String: group',
    desc: "Consumer Group to which the ACLs should be added or removed. A value of '*' indicates the ACLs should apply to all groups.",
  },
  {
    name: 'transactional-id',
    arg: 'required',
    metavar: 'String: transactional-id',
    desc: "The transactionalId to which ACLs should be added or removed. A value of '*' indicates the ACLs should apply to all transactionalIds.",
  },
  { name: 'idempotent', desc: 'Enable idempotence for the producer. This should be used in combination with the --producer option.' },
  {
    name: 'delegation-token',
    arg: 'required',
    metavar: 'String: delegation-token',
    desc: "Delegation token to which ACLs should be added or removed. A value of '*' indicates ACL should apply to all tokens.",
  },
  {
    name: 'resource-pattern-type',
    arg: 'required',
    metavar: 'ANY|MATCH|LITERAL|PREFIXED',
    default: 'LITERAL',
    desc: "The type of the resource pattern or pattern filter. When adding acls, this should be a specific pattern type, e.g. 'literal' or 'prefixed'. When listing or removing acls, a specific pattern type can be used to list or remove acls from specific resource patterns, or use the filter values of 'any' or 'match'.",
  },
  { name: 'add', desc: 'Indicates you are trying to add ACLs.' },
  { name: 'remove', desc: 'Indicates you are trying to remove ACLs.' },
  {
    name: 'list',
    desc: 'List ACLs for the specified resource, use --topic <topic> or --group <group> or --cluster to specify a resource.',
  },
  {
    name: 'operation',
    arg: 'required',
    metavar: 'String',
    default: 'All',
    desc: `Operation that is being allowed or denied. Valid operation names are: ${OPERATION_NAMES.join(', ')}`,
  },
  {
    name: 'allow-principal',
    arg: 'required',
    metavar: 'String',
    desc: "principal is in principalType:name format. Note that principalType must be supported by the Authorizer being used. For example, User:'*' is the wild card indicating all users.",
  },
  {
    name: 'deny-principal',
    arg: 'required',
    metavar: 'String',
    desc: 'principal is in principalType:name format. By default anyone not added through --allow-principal is denied access.',
  },
  {
    name: 'principal',
    arg: 'required',
    metavar: 'String',
    desc: 'List ACLs for the specified principal. principal is in principalType:name format. Multiple --principal option can be passed.',
  },
  {
    name: 'allow-host',
    arg: 'required',
    metavar: 'String',
    desc: "Host from which principals listed in --allow-principal will have access. If you have specified --allow-principal then the default for this option will be set to '*' which allows access from all hosts.",
  },
  {
    name: 'deny-host',
    arg: 'required',
    metavar: 'String',
    desc: "Host from which principals listed in --deny-principal will be denied access. If you have specified --deny-principal then the default for this option will be set to '*' which denies access from all hosts.",
  },
  {
    name: 'producer',
    desc: 'Convenience option to add/remove ACLs for producer role. This will generate ACLs that allows WRITE,DESCRIBE and CREATE on topic.',
  },
  {
    name: 'consumer',
    desc: 'Convenience option to add/remove ACLs for consumer role. This will generate ACLs that allows READ,DESCRIBE on topic and READ on group.',
  },
  { name: 'force', desc: 'Assume Yes to all queries and do not prompt.' },
  {
    name: 'user-principal',
    arg: 'required',
    metavar: 'String',
    desc: 'Specifies a user principal as a resource in relation with the operation. For instance one could grant CreateTokens or DescribeTokens permission on a given user principal.',
  },
] as const;

/** `ResourcePattern(resourceType=TOPIC, name=t, patternType=LITERAL)` (a null name is `<any>`). */
function patternString(p: { resourceType: number; name: string | null; patternType: number }): string {
  return `ResourcePattern(resourceType=${enumName(ResourceType, p.resourceType)}, name=${p.name ?? '<any>'}, patternType=${enumName(PatternType, p.patternType)})`;
}

/** `(principal=User:alice, host=*, operation=READ, permissionType=ALLOW)` */
function entryString(e: AclEntrySpec): string {
  return `(principal=${e.principal}, host=${e.host}, operation=${enumName(AclOperation, e.operation)}, permissionType=${enumName(AclPermission, e.permission)})`;
}

/** Kafka's block: a heading, a tab before each entry, a blank line after. */
function block(heading: string, entries: readonly AclEntrySpec[]): string {
  return `${heading} \n ${entries.map((e) => `\t${entryString(e)}`).join('\n')} \n\n`;
}

function filterOf(f: PatternFilter, e: AclEntrySpec | null): AclFilterSpec {
  return e === null
    ? { ...f, principal: null, host: null, operation: AclOperation.ANY, permission: AclPermission.ANY }
    : { ...f, principal: e.principal, host: e.host, operation: e.operation, permission: e.permission };
}

/** Kafka's listAcls: every ACL the command's resource filters select, grouped by pattern. */
async function listAcls(admin: AclAdmin, cmd: Pick<AclCommand, 'listFilters' | 'listPrincipals'>, out: (s: string) => void): Promise<void> {
  const any: AclFilterSpec = {
    resourceType: ResourceType.ANY,
    name: null,
    patternType: PatternType.ANY,
    principal: null,
    host: null,
    operation: AclOperation.ANY,
    permission: AclPermission.ANY,
  };
  const bindings: AclBindingSpec[] = [];
  if (cmd.listFilters.length === 0) bindings.push(...(await admin.describe(any)));
  else for (const f of cmd.listFilters) bindings.push(...(await admin.describe(filterOf(f, null))));
  const groups = new Map<string, { pattern: AclBindingSpec['pattern']; entries: AclEntrySpec[] }>();
  for (const b of bindings) {
    const k = `${b.pattern.resourceType}\u0000${b.pattern.patternType}\u0000${b.pattern.name}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { pattern: b.pattern, entries: [] }));
    if (!g.entries.some((e) => entryString(e) === entryString(b.entry))) g.entries.push(b.entry);
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      a.pattern.resourceType - b.pattern.resourceType ||
      a.pattern.patternType - b.pattern.patternType ||
      a.pattern.name.localeCompare(b.pattern.name),
  );
  const print = (only: string | null): void => {
    for (const g of sorted) {
      const entries = only === null ? g.entries : g.entries.filter((e) => e.principal === only);
      if (entries.length > 0) out(block(`Current ACLs for resource \`${patternString(g.pattern)}\`:`, entries));
    }
  };
  if (cmd.listPrincipals.length === 0) print(null);
  for (const p of cmd.listPrincipals) {
    out(`ACLs for principal \`${p}\`\n`);
    print(p);
  }
}

/** Asks on the terminal (Kafka's confirmAction); --force answers yes. */
async function confirm(args: ParsedArgs, question: string): Promise<boolean> {
  if (args.has('force')) return true;
  process.stdout.write(`${question}\n`);
  const rl = readline.createInterface({ input: process.stdin });
  try {
    const line = await rl.question('');
    return line.trim().toLowerCase() === 'y';
  } finally {
    rl.close();
  }
}

/** Kafka's exception class of an error code, as ExecutionException.getMessage names it. */
function exceptionName(code: number): string {
  const special: Record<number, string> = {
    [ErrorCode.CLUSTER_AUTHORIZATION_FAILED]: 'ClusterAuthorizationException',
    [ErrorCode.SECURITY_DISABLED]: 'SecurityDisabledException',
    [ErrorCode.UNKNOWN_SERVER_ERROR]: 'UnknownServerException',
  };
  const pascal = errorName(code as ErrorCode)
    .toLowerCase()
    .replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase());
  return special[code] ?? `${pascal}Exception`;
}

async function run(args: ParsedArgs): Promise<number> {
  const cmd = parseAclCommand(args);
  const out = (s: string): void => void process.stdout.write(s);
  let admin: AclAdmin;
  const bootstrap = args.value('bootstrap-server');
  if (bootstrap !== undefined) {
    const client = await openAdminCluster(bootstrap, loadClientProperties(args.value('command-config')), 'kafka-acls');
    admin = brokerAclAdmin(client);
  } else {
    admin = await zookeeperAclAdmin(zookeeperConnect(parseKeyValues(args.values('authorizer-properties'), 'authorizer property')));
  }
  try {
    if (cmd.action === 'add') {
      for (const { filter, entries } of cmd.entries.values()) {
        out(block(`Adding ACLs for resource \`${patternString(filter)}\`:`, entries));
        await admin.create(entries.map((entry) => ({ pattern: filter, entry })));
      }
      await listAcls(admin, { listFilters: [...cmd.entries.values()].map((x) => x.filter), listPrincipals: [] }, out);
    } else if (cmd.action === 'remove') {
      for (const { filter, entries } of cmd.entries.values()) {
        const question =
          entries.length === 0
            ? `Are you sure you want to delete all ACLs for resource filter \`${patternString(filter)}\`? (y/n)`
            : `Are you sure you want to remove ACLs: \n ${entries.map((e) => `\t${entryString(e)}`).join('\n')} \n from resource filter \`${patternString(filter)}\`? (y/n)`;
        if (!(await confirm(args, question))) continue;
        await admin.delete(entries.length === 0 ? [filterOf(filter, null)] : entries.map((e) => filterOf(filter, e)));
      }
      await listAcls(admin, { listFilters: [...cmd.entries.values()].map((x) => x.filter), listPrincipals: [] }, out);
    } else {
      await listAcls(admin, cmd, out);
    }
    return 0;
  } catch (err) {
    const message =
      err instanceof KafkaClientError
        ? `org.apache.kafka.common.errors.${exceptionName(err.errorCode)}: ${err.message}`
        : (err as Error).message;
    out(`Error while executing ACL command: ${message}\n`);
    return 1;
  } finally {
    admin.close();
  }
}

runTool({
  name: 'kafka-acls',
  summary: 'This tool helps to manage acls on kafka.',
  options: OPTIONS,
  run,
});
