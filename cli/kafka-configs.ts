#!/usr/bin/env node
/**
 * kafka-configs: describe and alter the configs of topics, brokers (and the
 * other entity types registered in cli/configs/registry.ts), with Apache
 * Kafka's flags, output and exit codes. The entity is named with
 * `--entity-type` and `--entity-name` / `--entity-default`, or with Kafka's
 * shorthands (`--topic t`, `--broker 0`, `--broker-defaults`, ...). Each
 * entity type lives in its own file under cli/configs/. A user's client
 * (`--entity-type users --entity-name alice --entity-type clients
 * --entity-name app`, or `--user alice --client app`) names a user+client
 * quota entity, names paired with types in Kafka's order.
 */
import { rejectCombination, requireOneAction, UsageError, type ParsedArgs } from './common/args.js';
import { loadClientProperties, openCluster, resolveBootstrap } from './common/tool-clients.js';
import { runTool, ToolError } from './common/tool.js';
import { parseConfigsToAdd, parseConfigsToDelete } from './configs/add-config.js';
import { ConfigCommandError, type EntitySelector } from './configs/entity-type.js';
import { ENTITY_TYPES } from './configs/registry.js';
import { alterQuotas, checkQuotaKeys, describeQuotas, type QuotaTarget } from './configs/client-quotas.js';

/** `--topic t` is `--entity-type topics --entity-name t`, and so on. */
const SHORTHANDS: readonly [string, string][] = [
  ['topic', 'topics'],
  ['broker', 'brokers'],
  ['user', 'users'],
  ['client', 'clients'],
  ['ip', 'ips'],
  ['broker-logger', 'broker-loggers'],
];

const OPTIONS = [
  { name: 'bootstrap-server', arg: 'required', metavar: 'String: server to connect to', desc: 'The Kafka server to connect to.' },
  {
    name: 'zookeeper',
    arg: 'required',
    metavar: 'String: host:port',
    desc: 'DEPRECATED in Kafka: the ZooKeeper connection string; the brokers registered there are used as bootstrap servers.',
  },
  {
    name: 'command-config',
    arg: 'required',
    metavar: 'String: command config property file',
    desc: 'Property file containing configs to be passed to Admin Client.',
  },
  { name: 'describe', desc: 'List configs for the given entity.' },
  { name: 'alter', desc: 'Alter the configuration for the entity.' },
  {
    name: 'entity-type',
    arg: 'required',
    metavar: 'String',
    desc: `Type of entity (${[...ENTITY_TYPES.keys()].join('/')})`,
  },
  {
    name: 'entity-name',
    arg: 'required',
    metavar: 'String',
    desc: 'Name of entity (topic name/broker id)',
  },
  { name: 'entity-default', desc: 'Default entity name for brokers (applies to corresponding entity type in command line)' },
  {
    name: 'add-config',
    arg: 'required',
    metavar: 'String',
    desc: "Key Value pairs of configs to add. Square brackets can be used to group values which contain commas: 'k1=v1,k2=[v1,v2,v2],k3=v3'.",
  },
  {
    name: 'add-config-file',
    arg: 'required',
    metavar: 'String',
    desc: 'Path to a properties file with configs to add. See add-config for a list of valid configurations.',
  },
  { name: 'delete-config', arg: 'required', metavar: 'String', desc: "config keys to remove 'k1,k2'" },
  { name: 'all', desc: 'List all configs for the given entity, including static configs if available.' },
  { name: 'force', desc: 'Suppress console prompts' },
  { name: 'topic', arg: 'required', metavar: 'String', desc: "The topic's name." },
  { name: 'broker', arg: 'required', metavar: 'String', desc: "The broker's ID." },
  { name: 'broker-defaults', desc: 'The config defaults for all brokers.' },
  { name: 'user-defaults', desc: 'The config defaults for all users.' },
  { name: 'client-defaults', desc: 'The config defaults for all clients.' },
  { name: 'user', arg: 'required', metavar: 'String', desc: "The user's principal name." },
  { name: 'client', arg: 'required', metavar: 'String', desc: "The client's ID." },
  { name: 'ip', arg: 'required', metavar: 'String', desc: 'The IP address.' },
  { name: 'broker-logger', arg: 'required', metavar: 'String', desc: "The broker's ID for its logger config." },
] as const;

/** Kafka's order of shorthand flags when pairing names with types (ConfigCommandOptions.entityFlags). */
const FLAG_ORDER: readonly [string, string][] = [
  ['topic', 'topics'],
  ['client', 'clients'],
  ['user', 'users'],
  ['broker', 'brokers'],
  ['broker-logger', 'broker-loggers'],
  ['ip', 'ips'],
];
const DEFAULT_FLAGS: readonly [string, string][] = [
  ['client-defaults', 'clients'],
  ['user-defaults', 'users'],
  ['broker-defaults', 'brokers'],
];

/**
 * A user's client (`users` and `clients` both named): types and names
 * paired as Kafka's ConfigCommandOptions pairs them (names and defaults in
 * command-line order, then the shorthand flags), the user first.
 */
function quotaTargetOf(args: ParsedArgs, action: string): QuotaTarget | null {
  const types: string[] = [...args.values('entity-type')];
  const names: string[] = [];
  const given = args.values('entity-name');
  let n = 0;
  for (const o of args.order) {
    if (o === 'entity-name') names.push(given[n++]);
    else if (o === 'entity-default') names.push('');
  }
  for (const [flag, type] of FLAG_ORDER) {
    if (!args.has(flag)) continue;
    types.push(type);
    names.push(args.value(flag)!);
  }
  for (const [flag, type] of DEFAULT_FLAGS) {
    if (!args.has(flag)) continue;
    types.push(type);
    names.push('');
  }
  if (types.length !== 2 || !types.includes('users') || !types.includes('clients')) return null;
  if (action === 'alter' && names.length !== types.length)
    throw new ConfigCommandError('--entity-name or --entity-default must be specified with each --entity-type for --alter', true);
  const reverse = types[0] === 'clients';
  const ordered = reverse && names.length === 2 ? [names[1], names[0]] : names;
  const sel = (i: number): EntitySelector =>
    i >= ordered.length ? { kind: 'all' } : ordered[i] === '' ? { kind: 'default' } : { kind: 'name', name: ordered[i] };
  return { user: sel(0), client: sel(1) };
}

/** The entity type and selector the command names (Kafka's checkArgs, for one entity type). */
function entityOf(args: ParsedArgs, action: string): { type: string; entity: EntitySelector } {
  const types: string[] = args.values('entity-type');
  const names: string[] = args.values('entity-name');
  let isDefault = args.has('entity-default');
  for (const [opt, type] of SHORTHANDS) {
    if (!args.has(opt)) continue;
    types.push(type);
    names.push(...args.values(opt));
  }
  for (const [flag, type] of DEFAULT_FLAGS) {
    if (!args.has(flag)) continue;
    types.push(type);
    isDefault = true;
  }
  const distinct = [...new Set(types)];
  if (distinct.length === 0) throw new ConfigCommandError('At least one entity type must be specified', true);
  if (distinct.length > 1) throw new ConfigCommandError(`Only one entity type may be given, got: ${distinct.join(', ')}`, true);
  const type = distinct[0];
  const def = ENTITY_TYPES.get(type);
  if (!def) {
    throw new ConfigCommandError(
      `Invalid entity type ${type}, the entity type must be one of ${[...ENTITY_TYPES.keys()].join(', ')} with a --bootstrap-server argument`,
      true,
    );
  }
  if (names.length > 1) throw new ConfigCommandError('Only one entity name may be given', true);
  if (isDefault && names.length > 0) throw new ConfigCommandError('--entity-name and --entity-default cannot both be given', true);
  if (isDefault && !def.hasDefault) throw new ConfigCommandError(`--entity-default is not supported for ${type}`, true);
  for (const n of names) def.checkName(n);
  if (action === 'alter' && def.alterNeedsEntity && names.length === 0 && !isDefault) {
    throw new ConfigCommandError(
      def.hasDefault
        ? 'an entity-name or default entity must be specified with --alter of users, clients, brokers or broker-loggers'
        : `an entity name must be specified with --alter of ${type}`,
      true,
    );
  }
  const entity: EntitySelector = isDefault ? { kind: 'default' } : names.length > 0 ? { kind: 'name', name: names[0] } : { kind: 'all' };
  return { type, entity };
}

/** Kafka's completion line of a user+client alter: named after the first entity type given and its name. */
function combinedDone(args: ParsedArgs, t: QuotaTarget): string {
  const firstIsClient =
    (args.values('entity-type')[0] ?? (args.has('client') || args.has('client-defaults') ? 'clients' : 'users')) === 'clients';
  const head = firstIsClient ? t.client : t.user;
  const type = firstIsClient ? 'clients' : 'users';
  return head?.kind === 'name'
    ? `Completed updating config for ${type.slice(0, -1)} ${head.name}.\n`
    : `Completed updating default config for ${type} in the cluster.\n`;
}

async function run(args: ParsedArgs): Promise<number> {
  const action = requireOneAction(args, ['describe', 'alter']);
  rejectCombination(args, 'all', ['alter']);
  for (const o of ['add-config', 'add-config-file', 'delete-config']) rejectCombination(args, o, ['describe']);
  try {
    const combined = quotaTargetOf(args, action);
    const { type, entity } = combined ? { type: 'users', entity: { kind: 'all' } as EntitySelector } : entityOf(args, action);
    let add = new Map<string, string>();
    let remove: string[] = [];
    if (action === 'alter') {
      add = parseConfigsToAdd(args.values('add-config'), args.value('add-config-file'));
      remove = parseConfigsToDelete(args.values('delete-config'));
      if (!args.has('add-config') && !args.has('add-config-file') && !args.has('delete-config')) {
        throw new ConfigCommandError(
          'At least one of --add-config, --add-config-file, or --delete-config must be specified with --alter',
          true,
        );
      }
      const both = remove.filter((n) => add.has(n));
      if (both.length > 0) throw new ConfigCommandError(`Invalid config(s): ${both.join(',')} are both added and deleted`, true);
    }
    if (combined) checkQuotaKeys([...add.keys()], 'users');
    const direct = ENTITY_TYPES.get(type)!.viaZooKeeper;
    if (direct && args.has('zookeeper') && !args.has('bootstrap-server')) {
      process.stderr.write('Warning: --zookeeper is deprecated and will be removed in a future version of Kafka.\n');
      const out = (s: string): void => void process.stdout.write(s);
      if (combined) {
        const zk = await import('./configs/client-quotas-zk.js');
        if (action === 'describe') await zk.describeQuotasInZooKeeper(args.value('zookeeper')!, out, combined);
        else await zk.alterQuotasInZooKeeper(args.value('zookeeper')!, out, combined, add, remove);
      } else if (action === 'describe') await direct.describe(args.value('zookeeper')!, out, entity);
      else await direct.alter(args.value('zookeeper')!, out, entity, add, remove);
      return 0;
    }
    const bootstrap = await resolveBootstrap(args);
    const props = loadClientProperties(args.value('command-config'));
    const cluster = await openCluster(props.get('bootstrap.servers') ?? bootstrap, {
      clientId: props.get('client.id') ?? 'kafka-configs',
      requestTimeoutMs: props.has('request.timeout.ms') ? Number(props.get('request.timeout.ms')) : undefined,
      props,
    });
    try {
      const ctx = { cluster, out: (s: string) => void process.stdout.write(s) };
      const def = ENTITY_TYPES.get(type)!;
      if (combined) {
        if (action === 'describe') await describeQuotas(ctx, combined);
        else {
          await alterQuotas(ctx, combined, add, remove);
          ctx.out(combinedDone(args, combined));
        }
      } else if (action === 'describe') await def.describe(ctx, entity, args.has('all'));
      else await def.alter(ctx, entity, add, remove);
    } finally {
      cluster.close();
    }
    return 0;
  } catch (err) {
    if (!(err instanceof ConfigCommandError)) throw err;
    if (err.invalidArgument) throw new ToolError(err.message);
    const argv = process.argv.slice(2).join(' ');
    throw new ToolError(
      `Error while executing config command with args '${argv}'\njava.util.concurrent.ExecutionException: ${err.message}`,
    );
  }
}

runTool({
  name: 'kafka-configs',
  summary: 'This tool helps to manipulate and describe entity config for a topic, client, user, broker or ip',
  options: OPTIONS,
  run: (args) => {
    if (args.positional.length > 0) throw new UsageError(`Unexpected argument '${args.positional[0]}'`);
    return run(args);
  },
});
