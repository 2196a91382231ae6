/**
 * kafka-configs `--entity-type users`. A user's configs are of several
 * families that Kafka keeps together under /config/users/<name>: SCRAM
 * credentials (user-scram.ts: `SCRAM-SHA-256=[iterations=8192,password=...]`)
 * and quotas (client-quotas.ts: `producer_byte_rate=1024`). Each family is its own file listed in USER_CONFIG_FAMILIES;
 * --alter hands each family its own keys, --describe asks every family in
 * Kafka's order (quotas, then SCRAM credentials). A key no family owns is
 * an error naming it and the valid keys.
 */
import { ConfigCommandError, type ConfigCommandContext, type ConfigEntityType, type EntitySelector } from './entity-type.js';
import { userScram, userScramInZooKeeper } from './user-scram.js';
import { alterQuotas, describeQuotas } from './client-quotas.js';
import { QUOTA_KEY_NAMES } from '../../broker/security/quota/quota-entity.js';

/** One family of user configs. */
export interface UserConfigFamily {
  /** The keys this family owns (exact names, e.g. SCRAM-SHA-256). */
  readonly keys: readonly string[];
  /** Whether the family applies to the entity (SCRAM: a named user or every user; not the default). */
  appliesTo(entity: EntitySelector): boolean;
  /** Sets and removes this family's keys (only its own keys are passed). */
  alter(ctx: ConfigCommandContext, entity: EntitySelector, add: ReadonlyMap<string, string>, remove: readonly string[]): Promise<void>;
  /** Prints this family's configs of the entity. */
  describe(ctx: ConfigCommandContext, entity: EntitySelector): Promise<void>;
}

/** Users' quotas (a named user, the default user, or every user for describe). */
const userQuotas: UserConfigFamily = {
  keys: QUOTA_KEY_NAMES,
  appliesTo: () => true,
  alter: (ctx, entity, add, remove) => alterQuotas(ctx, { user: entity }, add, remove),
  describe: (ctx, entity) => describeQuotas(ctx, { user: entity }),
};

/** The user config families, in Kafka's describe order. */
export const USER_CONFIG_FAMILIES: UserConfigFamily[] = [userQuotas, userScram];

/** Kafka's name of the entity in messages: `user alice`, `default user`. */
function entityName(entity: EntitySelector): string {
  return entity.kind === 'name' ? `user ${entity.name}` : 'default user';
}

/** The family owning each key; throws naming keys nobody owns. */
function ownersOf(families: readonly UserConfigFamily[], entity: EntitySelector, keys: readonly string[]): Map<UserConfigFamily, string[]> {
  const out = new Map<UserConfigFamily, string[]>();
  const unknown: string[] = [];
  for (const k of keys) {
    const f = families.find((x) => x.keys.includes(k));
    if (!f) unknown.push(k);
    else out.set(f, [...(out.get(f) ?? []), k]);
  }
  if (unknown.length > 0) {
    const valid = families.flatMap((f) => f.keys);
    throw new ConfigCommandError(`Invalid config(s): ${unknown.join(',')} for ${entityName(entity)} (valid: ${valid.join(', ')})`, true);
  }
  return out;
}

export const users: ConfigEntityType = {
  type: 'users',
  hasDefault: true,
  alterNeedsEntity: true,

  checkName(name) {
    if (name === '') throw new ConfigCommandError('User name must not be empty', true);
  },

  async describe(ctx, entity) {
    for (const f of USER_CONFIG_FAMILIES) if (f.appliesTo(entity)) await f.describe(ctx, entity);
  },

  async alter(ctx, entity, add, remove) {
    const families = USER_CONFIG_FAMILIES.filter((f) => f.appliesTo(entity));
    const owners = ownersOf(families, entity, [...add.keys(), ...remove]);
    for (const [f, keys] of owners) {
      const mine = new Map([...add].filter(([k]) => keys.includes(k)));
      await f.alter(
        ctx,
        entity,
        mine,
        remove.filter((k) => keys.includes(k)),
      );
    }
    ctx.out(
      entity.kind === 'name'
        ? `Completed updating config for user ${entity.name}.\n`
        : 'Completed updating default config for users in the cluster.\n',
    );
  },

  viaZooKeeper: {
    async describe(connect, out, entity) {
      const { describeQuotasInZooKeeper } = await import('./client-quotas-zk.js');
      await describeQuotasInZooKeeper(connect, out, { user: entity });
      await userScramInZooKeeper.describe(connect, out, entity);
    },
    async alter(connect, out, entity, add, remove) {
      const keys = [...add.keys(), ...remove];
      if (keys.some((k) => QUOTA_KEY_NAMES.includes(k))) {
        const others = keys.filter((k) => !QUOTA_KEY_NAMES.includes(k));
        if (others.length > 0)
          throw new ConfigCommandError(`Quotas and other configs (${others.join(',')}) cannot be altered together with --zookeeper`, true);
        const { alterQuotasInZooKeeper } = await import('./client-quotas-zk.js');
        await alterQuotasInZooKeeper(connect, out, { user: entity }, add, remove);
        return;
      }
      if (entity.kind !== 'name') throw new ConfigCommandError('--zookeeper can only alter the SCRAM credentials of a named user', true);
      ownersOf([userScram], entity, [...add.keys(), ...remove]);
      await userScramInZooKeeper.alter(connect, entity.name, add, remove);
      out(`Completed updating config for ${entityName(entity)}.\n`);
    },
  },
};
