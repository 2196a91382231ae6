/**
 * EntityConfigStore: Kafka's dynamic configs of entities other than topics —
 * users (SCRAM credentials, quotas), clients (quotas), a user's clients, IPs —
 * kept where Kafka keeps them: ZooKeeper `/config/<entity path>` in cluster
 * mode (`{"version":1,"config":{...}}`, with a `/config/changes`
 * notification per write so that every broker picks the change up), the
 * local metadata store (LevelDB) for a broker alone.
 *
 * An entity path is Kafka's: `users/<name>`, `clients/<id>`,
 * `users/<name>/clients/<id>`, `ips/<ip>`, each name sanitized
 * ({@link sanitizeEntityName}); `<default>` is the default entity. The
 * SCRAM credential service (broker/security) and the quota manager read and
 * write through it.
 */

/** The default entity's name in an entity path (Kafka's ConfigEntityName.DEFAULT). */
export const DEFAULT_ENTITY = '<default>';

/** Listens to entity config changes: the changed entity's path, or null when everything must be re-read (a new ZooKeeper session). */
export type EntityConfigListener = (entityPath: string | null) => void;

/** Where entity configs live. */
export interface EntityConfigStore {
  /** The configs of one entity; {} when it has none. */
  get(entityPath: string): Promise<Record<string, string>>;
  /** Replaces an entity's configs ({} removes the entity) and tells every broker. */
  put(entityPath: string, configs: Readonly<Record<string, string>>): Promise<void>;
  /** The (sanitized) names of the entities under a path: `list('users')` → `['alice', '<default>']`. */
  list(parentPath: string): Promise<string[]>;
  /** Calls `listener` after every change, by this broker or another. */
  onChange(listener: EntityConfigListener): void;
}

/**
 * An entity name as Kafka's Sanitizer writes it into a path: URL-encoded
 * (UTF-8, upper-case hex), every byte but `A-Za-z0-9._-` escaped (so `*` is
 * `%2A` and a space `%20`, as Kafka post-processes Java's URLEncoder).
 */
export function sanitizeEntityName(name: string): string {
  let out = '';
  for (const b of Buffer.from(name, 'utf8')) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9._-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The inverse of sanitizeEntityName. */
export function desanitizeEntityName(s: string): string {
  return decodeURIComponent(s);
}

/** `users/<sanitized name>`. */
export function userEntityPath(user: string): string {
  return `users/${user === DEFAULT_ENTITY ? DEFAULT_ENTITY : sanitizeEntityName(user)}`;
}

const updates = new WeakMap<EntityConfigStore, Promise<unknown>>();

/**
 * Reads an entity's configs, changes them and writes them back, one update
 * at a time per store in this process: a user's SCRAM credentials and its
 * quotas share one entity, and neither writer may lose the other's keys.
 * Resolves with what was written.
 */
export function updateEntityConfigs(
  store: EntityConfigStore,
  entityPath: string,
  change: (current: Record<string, string>) => Record<string, string>,
): Promise<Record<string, string>> {
  const run = (updates.get(store) ?? Promise.resolve()).then(async () => {
    const next = change({ ...(await store.get(entityPath)) });
    await store.put(entityPath, next);
    return next;
  });
  updates.set(
    store,
    run.catch(() => undefined),
  );
  return run;
}

/** In-process listeners of a store (the local engine, and each ZooKeeper session's notifications). */
export class EntityConfigListeners {
  private readonly listeners: EntityConfigListener[] = [];

  /** Adds a listener. */
  add(listener: EntityConfigListener): void {
    this.listeners.push(listener);
  }

  /** Calls every listener; one that throws does not stop the others. */
  emit(entityPath: string | null): void {
    for (const l of this.listeners) {
      try {
        l(entityPath);
      } catch {
        // A listener's own failure is its own to log.
      }
    }
  }
}
