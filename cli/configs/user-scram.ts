/**
 * Users' SCRAM credentials in kafka-configs (KIP-554), with Kafka's syntax:
 *
 * ```
 * --alter --add-config 'SCRAM-SHA-256=[iterations=8192,password=alice-secret],SCRAM-SHA-512=[password=alice-secret]'
 *         --entity-type users --entity-name alice
 * --alter --delete-config SCRAM-SHA-512 --entity-type users --entity-name alice
 * --describe --entity-type users [--entity-name alice]
 * ```
 *
 * Iterations default to 4096. Through a broker the credentials go with
 * AlterUserScramCredentials (the password is salted and hashed here, never
 * sent); with `--zookeeper` alone they are written to /config/users/<name>
 * directly (user-scram-zk.ts), as Kafka allows so that the inter-broker user
 * exists before any broker starts.
 */
import { ErrorCode, errorName } from '../../protocol/generated/errors.js';
import { SCRAM_MECHANISMS, scramMechanism, type ScramMechanismName } from '../../client/sasl/scram-crypto.js';
import { alterUserScramCredentials, describeUserScramCredentials, type ScramUserInfo } from '../../client/scram-admin.js';
import { exceptionLine } from './config-admin.js';
import { ConfigCommandError, type EntitySelector } from './entity-type.js';
import type { UserConfigFamily } from './users.js';

/** Kafka's default iteration count for kafka-configs. */
const DEFAULT_ITERATIONS = 4096;

/** A parsed `SCRAM-SHA-xxx=[iterations=n,password=p]`. */
export interface ScramSpec {
  readonly mechanism: ScramMechanismName;
  readonly iterations: number;
  readonly password: string;
}

/**
 * Parses one SCRAM value (brackets already removed: `iterations=8192,password=p`);
 * the first `=` of an item splits it, so a password may contain `=` (not `,`,
 * as in Kafka).
 */
export function parseScramSpec(mechanism: ScramMechanismName, value: string): ScramSpec {
  const kv = new Map<string, string>();
  for (const item of value.split(',')) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new ConfigCommandError(`Invalid ${mechanism} config: '${item.trim()}' is not key=value`, true);
    kv.set(item.slice(0, eq).trim(), item.slice(eq + 1).trim());
  }
  for (const k of kv.keys()) {
    if (k !== 'iterations' && k !== 'password') {
      throw new ConfigCommandError(`Invalid ${mechanism} config: unknown key '${k}' (iterations, password)`, true);
    }
  }
  const password = kv.get('password');
  if (password === undefined || password === '') throw new ConfigCommandError(`Invalid ${mechanism} config: password is required`, true);
  const it = kv.get('iterations');
  const iterations = it === undefined ? DEFAULT_ITERATIONS : Number(it);
  if (!Number.isInteger(iterations))
    throw new ConfigCommandError(`Invalid ${mechanism} config: iterations '${it}' is not an integer`, true);
  return { mechanism, iterations, password };
}

/** Kafka's lines for described users (an error per user that could not be described). */
function describeLines(infos: readonly ScramUserInfo[]): string {
  let text = '';
  for (const u of infos) {
    if (u.errorCode !== ErrorCode.NONE) {
      const line = exceptionLine(u.errorCode, u.errorMessage).replace(/^org\.apache\.kafka\.common\.errors\./, '');
      text += `Error retrieving SCRAM credential configs for user-principal '${u.user}': ${line}\n`;
      continue;
    }
    const creds = u.credentials.map((c) => `${c.mechanism}=iterations=${c.iterations}`).join(', ');
    text += `SCRAM credential configs for user-principal '${u.user}' are ${creds}\n`;
  }
  return text;
}

function changes(user: string, add: ReadonlyMap<string, string>, remove: readonly string[]) {
  return {
    upserts: [...add].map(([k, v]) => ({ user, ...parseScramSpec(scramMechanism(k)!.name, v) })),
    deletes: remove.map((k) => ({ user, mechanism: scramMechanism(k)!.name })),
  };
}

/** The SCRAM family of user configs, through a broker. */
export const userScram: UserConfigFamily = {
  keys: SCRAM_MECHANISMS.map((m) => m.name),
  // Kafka: credentials belong to named users (describing every user lists them too), never to the default user.
  appliesTo: (entity) => entity.kind !== 'default',

  async alter(ctx, entity, add, remove) {
    if (entity.kind !== 'name') throw new ConfigCommandError('SCRAM credentials can only be altered for a named user', true);
    const { upserts, deletes } = changes(entity.name, add, remove);
    for (const r of await alterUserScramCredentials(ctx.cluster, upserts, deletes)) {
      if (r.errorCode !== ErrorCode.NONE)
        throw new ConfigCommandError(exceptionLine(r.errorCode, r.errorMessage ?? errorName(r.errorCode)), false);
    }
  },

  async describe(ctx, entity) {
    ctx.out(describeLines(await describeUserScramCredentials(ctx.cluster, entity.kind === 'name' ? [entity.name] : null)));
  },
};

/** The same family straight on ZooKeeper (`--zookeeper` without `--bootstrap-server`). */
export const userScramInZooKeeper = {
  async alter(connect: string, user: string, add: ReadonlyMap<string, string>, remove: readonly string[]): Promise<void> {
    const { upserts, deletes } = changes(user, add, remove);
    const { alterScramInZooKeeper } = await import('./user-scram-zk.js');
    for (const r of await alterScramInZooKeeper(connect, upserts, deletes)) {
      if (r.errorCode !== ErrorCode.NONE) throw new ConfigCommandError(exceptionLine(r.errorCode, r.errorMessage), false);
    }
  },
  async describe(connect: string, out: (text: string) => void, entity: EntitySelector): Promise<void> {
    if (entity.kind === 'default') return;
    const { describeScramInZooKeeper } = await import('./user-scram-zk.js');
    out(describeLines(await describeScramInZooKeeper(connect, entity.kind === 'name' ? [entity.name] : null)));
  },
};
