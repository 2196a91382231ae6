/**
 * kafka-configs --zookeeper for client quotas: the entity's znode
 * (/config/users/<user>, /config/clients/<client-id>,
 * /config/users/<user>/clients/<client-id>) read, changed and written back
 * with a /config/changes notification, so that running brokers apply the
 * change; values validated as AlterClientQuotas validates them; a user's
 * other keys (SCRAM credentials) kept. Output as Kafka's ZooKeeper path of
 * ConfigCommand prints it (`Completed updating config for entity:
 * user-principal 'alice'.`, `Configs for user-principal 'alice' are
 * producer_byte_rate=1024`); describing prints quota keys only, never
 * credentials. Loaded only for --zookeeper (the ZooKeeper client is slow to
 * import).
 */
import { DEFAULT_ENTITY, desanitizeEntityName, updateEntityConfigs } from '../../broker/cluster/entity-config-store.js';
import {
  QuotaValidationError,
  formatQuotaValue,
  isQuotaKey,
  quotaEntityPath,
  type QuotaEntity,
} from '../../broker/security/quota/quota-entity.js';
import { javaHashMapOrder, parseQuotaValues, type QuotaTarget } from './client-quotas.js';
import { ConfigCommandError, type EntitySelector } from './entity-type.js';
import { withZkEntityConfigs } from './zk-entity-store.js';

/** Kafka's ConfigEntity text: `user-principal 'alice', client-id 'app'`, `default user-principal`. */
function entityText(e: QuotaEntity): string {
  const part = (type: string, v: string | null | undefined): string | null =>
    v === undefined ? null : v === null ? `default ${type}` : `${type} '${v}'`;
  return [part('user-principal', e.user), part('client-id', e.clientId)].filter((x) => x !== null).join(', ');
}

function partOf(s: EntitySelector | undefined): string | null | undefined {
  if (s === undefined) return undefined;
  if (s.kind === 'all')
    throw new ConfigCommandError('--entity-name or --entity-default must be specified with each --entity-type for --alter', true);
  return s.kind === 'name' ? s.name : null;
}

/** Sets and removes quota keys of one entity in ZooKeeper; prints Kafka's completion line. */
export async function alterQuotasInZooKeeper(
  connect: string,
  out: (text: string) => void,
  target: QuotaTarget,
  add: ReadonlyMap<string, string>,
  remove: readonly string[],
): Promise<void> {
  const entity: QuotaEntity = { user: partOf(target.user), clientId: partOf(target.client) };
  const path = quotaEntityPath(entity);
  const set = new Map<string, string>();
  try {
    for (const [k, v] of parseQuotaValues(add)) set.set(k, formatQuotaValue(k, v));
    for (const k of remove) if (!isQuotaKey(k)) throw new QuotaValidationError(`Invalid configuration key ${k}`);
  } catch (err) {
    if (err instanceof QuotaValidationError) throw new ConfigCommandError(err.message, true);
    throw err;
  }
  await withZkEntityConfigs(connect, (store) =>
    updateEntityConfigs(store, path, (configs) => {
      for (const k of remove) delete configs[k];
      for (const [k, v] of set) configs[k] = v;
      return configs;
    }),
  );
  out(`Completed updating config for entity: ${entityText(entity)}.\n`);
}

/** Prints `Configs for <entity> are k=v,...` (quota keys only) for the entities with quotas a target names or, without a name, every one. */
export async function describeQuotasInZooKeeper(connect: string, out: (text: string) => void, target: QuotaTarget): Promise<void> {
  await withZkEntityConfigs(connect, async (store) => {
    const names = async (parent: string, s: EntitySelector | undefined): Promise<(string | null)[]> => {
      if (s === undefined) return [];
      if (s.kind === 'name') return [s.name];
      if (s.kind === 'default') return [null];
      return (await store.list(parent)).map((n) => (n === DEFAULT_ENTITY ? null : desanitizeEntityName(n)));
    };
    const entities: QuotaEntity[] = [];
    if (target.user !== undefined && target.client !== undefined) {
      for (const u of await names('users', target.user)) {
        const userSeg = quotaEntityPath({ user: u });
        for (const c of await names(`${userSeg}/clients`, target.client)) entities.push({ user: u, clientId: c });
      }
    } else if (target.user !== undefined) for (const u of await names('users', target.user)) entities.push({ user: u });
    else for (const c of await names('clients', target.client)) entities.push({ clientId: c });
    let text = '';
    for (const e of entities) {
      const configs = await store.get(quotaEntityPath(e));
      const keys = javaHashMapOrder(Object.keys(configs).filter(isQuotaKey));
      // Entities without quotas (users with only SCRAM credentials, described on their own lines) are left out.
      if (keys.length === 0) continue;
      text += `Configs for ${entityText(e)} are ${keys.map((k) => `${k}=${configs[k]}`).join(',')}\n`;
    }
    out(text);
  });
}
