/**
 * ClientQuotas: the broker's client quotas (Kafka's QuotaManagers for
 * produce, fetch and request time) kept in step with the entity config
 * store (ZooKeeper's /config/users and /config/clients in a cluster, the
 * local metadata store for a broker alone): loaded at start, and each entity
 * re-read when the store says it changed, whichever broker changed it, so a
 * new quota applies on every broker without a restart.
 *
 * Alter and describe follow Kafka's AlterClientQuotas / DescribeClientQuotas
 * (KIP-546) in client-quota-admin.ts; this file owns the managers and their
 * loading.
 */
import type { EntityConfigStore } from '../../cluster/entity-config-store.js';
import type { Logger } from '../../logger.js';
import { ClientQuotaManager } from './client-quota-manager.js';
import { QUOTA_KEYS, parseQuotaValue, quotaEntityOfPath, type QuotaEntity, type QuotaKind } from './quota-entity.js';
import type { QuotaWindow } from './sampled-rate.js';

/** How often rates unused for an hour are looked for. */
const EXPIRY_SCAN_MS = 5 * 60_000;

/** The three client quota managers and their loading from the entity config store. */
export class ClientQuotas {
  /** producer_byte_rate: request bytes of Produce. */
  readonly produce: ClientQuotaManager;
  /** consumer_byte_rate: response bytes of Fetch. */
  readonly fetch: ClientQuotaManager;
  /** request_percentage: request-handling time, as a percentage of one thread. */
  readonly request: ClientQuotaManager;
  private reloading: Promise<void> = Promise.resolve();
  private expiry: NodeJS.Timeout | null = null;
  private readonly known = new Set<string>();

  /** Creates the managers over Kafka's window (quota.window.num, quota.window.size.seconds); start() loads the quotas. */
  constructor(
    readonly store: EntityConfigStore,
    readonly window: QuotaWindow,
    private readonly logger: Logger,
    now: () => number = Date.now,
  ) {
    this.produce = new ClientQuotaManager('produce', window, now);
    this.fetch = new ClientQuotaManager('fetch', window, now);
    this.request = new ClientQuotaManager('request', window, now);
    store.onChange((path) => {
      if (path === null) this.reloading = this.reloadAll();
      else if (quotaEntityOfPath(path) !== null) this.reloading = this.reloading.then(() => this.reload(path));
    });
  }

  /** The manager of a kind. */
  manager(kind: QuotaKind): ClientQuotaManager {
    return kind === 'produce' ? this.produce : kind === 'fetch' ? this.fetch : this.request;
  }

  /** Loads every user's and client's quotas and starts expiring idle rates. */
  async start(): Promise<void> {
    await this.reloadAll();
    this.expiry ??= setInterval(() => {
      this.produce.expireInactive();
      this.fetch.expireInactive();
      this.request.expireInactive();
    }, EXPIRY_SCAN_MS);
    this.expiry.unref();
  }

  /** Stops the expiry timer. */
  stop(): void {
    if (this.expiry) clearInterval(this.expiry);
    this.expiry = null;
  }

  /** Resolves once the reloads started by change notifications so far are done (tests). */
  settled(): Promise<void> {
    return this.reloading;
  }

  /** Every entity path with a config under users/ and clients/ (users' clients included). */
  async entityPaths(): Promise<string[]> {
    const out: string[] = [];
    for (const u of await this.store.list('users')) {
      out.push(`users/${u}`);
      for (const c of await this.store.list(`users/${u}/clients`)) out.push(`users/${u}/clients/${c}`);
    }
    for (const c of await this.store.list('clients')) out.push(`clients/${c}`);
    return out;
  }

  private async reloadAll(): Promise<void> {
    try {
      const paths = await this.entityPaths();
      const fresh = new Set(paths);
      for (const p of paths) await this.reload(p);
      for (const p of [...this.known]) if (!fresh.has(p)) this.apply(p, {});
    } catch (err) {
      this.logger.warn(`cannot load client quotas: ${(err as Error).message}`);
    }
  }

  private async reload(path: string): Promise<void> {
    try {
      this.apply(path, await this.store.get(path));
    } catch (err) {
      this.logger.warn(`cannot load the client quotas of ${path}: ${(err as Error).message}`);
    }
  }

  /** Applies an entity's stored configs (its quota keys; other keys, such as SCRAM credentials, are not ours). */
  apply(path: string, configs: Readonly<Record<string, string>>): void {
    const entity = quotaEntityOfPath(path);
    if (entity === null) return;
    let any = false;
    for (const kind of ['produce', 'fetch', 'request'] as const) {
      const raw = configs[QUOTA_KEYS[kind]];
      let bound: number | null = null;
      if (raw !== undefined) {
        const v = parseQuotaValue(raw);
        if (Number.isFinite(v) && v > 0) bound = v;
        else this.logger.warn(`ignoring ${QUOTA_KEYS[kind]}=${raw} of ${path}: not a positive number`);
      }
      if (bound !== null) any = true;
      this.manager(kind).setQuota(entity, bound);
    }
    if (any) this.known.add(path);
    else this.known.delete(path);
  }

  /** The configured quotas of exactly one entity (no precedence), by key. */
  quotasOf(entity: QuotaEntity): Map<string, number> {
    const out = new Map<string, number>();
    for (const kind of ['produce', 'fetch', 'request'] as const) {
      const q = this.manager(kind).quotaOf(entity);
      if (q !== undefined) out.set(QUOTA_KEYS[kind], q);
    }
    return out;
  }
}
