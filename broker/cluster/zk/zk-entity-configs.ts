/**
 * ZkEntityConfigs: the EntityConfigStore of a ZooKeeper cluster, in Kafka's
 * layout:
 *
 * ```
 * /config/<entity path>                  {"version":1,"config":{"k":"v",...}}
 *                                        e.g. /config/users/alice, /config/clients/app,
 *                                        /config/users/alice/clients/app
 * /config/changes/config_change_<10-digit seq>
 *                                        {"version":2,"entity_path":"users/alice"}
 *                                        (persistent sequential; one per write)
 * ```
 *
 * A write sets the entity znode (creating parents; an empty config removes
 * it), then adds a change notification through ZkChangeNotifications (the
 * one follower of Kafka's notification directories, which also expires
 * notifications older than 15 minutes). Every broker hands each new
 * notification's entity path to its listeners in sequence order. Watches
 * belong to a session: after a session expiry the owner calls start() on
 * the new one, and listeners hear `null` (re-read everything: changes may
 * have been missed in between).
 */
import type { Logger } from '../../logger.js';
import { EntityConfigListeners, type EntityConfigListener, type EntityConfigStore } from '../entity-config-store.js';
import { ZkChangeNotifications } from './zk-change-notifications.js';
import { ZkCode, isZkCode, type ZkClient } from './zk-client.js';

const CONFIG = '/config';
/** Kafka's config change notifications (`{"version":2,"entity_path":"users/alice"}`). */
export const CONFIG_CHANGES = '/config/changes';
const CHANGE_PREFIX = 'config_change_';

/** Entity configs in ZooKeeper. */
export class ZkEntityConfigs implements EntityConfigStore {
  private readonly listeners = new EntityConfigListeners();
  private readonly changes: ZkChangeNotifications;

  /** Creates the store over the current session (`zk()` after an expiry gives the new one). */
  constructor(
    private readonly zk: () => ZkClient,
    private readonly logger: Logger,
  ) {
    this.changes = new ZkChangeNotifications(zk, CONFIG_CHANGES, CHANGE_PREFIX, (data) => this.onNotification(data), logger);
  }

  /**
   * Watches /config/changes on the current session: notifications already
   * there are skipped (listeners are told to re-read everything instead).
   */
  async start(): Promise<void> {
    await this.changes.start();
    this.listeners.emit(null);
  }

  /** Stops handing out notifications (the session is closing or expired). */
  stop(): void {
    this.changes.stop();
  }

  private onNotification(data: Buffer | null): void {
    let entityPath: unknown;
    try {
      entityPath = data ? (JSON.parse(data.toString('utf8')) as { entity_path?: unknown }).entity_path : undefined;
    } catch {
      entityPath = undefined;
    }
    if (typeof entityPath !== 'string') {
      this.logger.warn(`ignoring a config change notification without entity_path: ${data?.toString('utf8') ?? '(no data)'}`);
      return;
    }
    this.listeners.emit(entityPath);
  }

  async get(entityPath: string): Promise<Record<string, string>> {
    const got = await this.zk().getData(`${CONFIG}/${entityPath}`);
    if (!got?.data || got.data.length === 0) return {};
    return ((JSON.parse(got.data.toString('utf8')) as { config?: Record<string, string> }).config ?? {}) as Record<string, string>;
  }

  async put(entityPath: string, configs: Readonly<Record<string, string>>): Promise<void> {
    const zk = this.zk();
    const path = `${CONFIG}/${entityPath}`;
    const data = Buffer.from(JSON.stringify({ version: 1, config: configs }), 'utf8');
    if (Object.keys(configs).length === 0) {
      // A user's znode may hold its clients' children: keep it (empty) then.
      try {
        await zk.remove(path);
      } catch (err) {
        if (isZkCode(err, ZkCode.NOT_EMPTY)) await zk.setData(path, data, -1);
        else if (!isZkCode(err, ZkCode.NO_NODE)) throw err;
      }
    } else {
      await zk.ensurePath(path);
      await zk.setData(path, data, -1);
    }
    await this.changes.notify(Buffer.from(JSON.stringify({ version: 2, entity_path: entityPath }), 'utf8'));
  }

  async list(parentPath: string): Promise<string[]> {
    return (await this.zk().getChildren(`${CONFIG}/${parentPath}`)) ?? [];
  }

  onChange(listener: EntityConfigListener): void {
    this.listeners.add(listener);
  }
}
