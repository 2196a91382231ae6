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
 * it), then adds a change notification. Every broker watches
 * /config/changes and hands each new notification's entity path to its
 * listeners in sequence order; notifications older than 15 minutes are
 * removed by the next writer (Kafka's change expiration). Watches belong to
 * a session: after a session expiry the owner calls start() on the new one,
 * and listeners hear `null` (re-read everything: changes may have been
 * missed in between).
 */
import type { Logger } from '../../logger.js';
import { EntityConfigListeners, type EntityConfigListener, type EntityConfigStore } from '../entity-config-store.js';
import { ZkCode, isZkCode, type ZkClient } from './zk-client.js';

const CONFIG = '/config';
const CHANGES = '/config/changes';
const CHANGE_PREFIX = 'config_change_';
/** Kafka's notification lifetime (ZkNodeChangeNotificationListener's changeExpirationMs). */
const CHANGE_EXPIRATION_MS = 15 * 60_000;

/** Entity configs in ZooKeeper. */
export class ZkEntityConfigs implements EntityConfigStore {
  private readonly listeners = new EntityConfigListeners();
  /** Sequence number of the last notification handed out in the current session (-1: none). */
  private lastSeq = -1;
  /** The session whose watch is armed. */
  private session: ZkClient | null = null;
  private chain: Promise<void> = Promise.resolve();

  /** Creates the store over the current session (`zk()` after an expiry gives the new one). */
  constructor(
    private readonly zk: () => ZkClient,
    private readonly logger: Logger,
  ) {}

  /**
   * Watches /config/changes on the current session: notifications already
   * there are skipped (listeners are told to re-read everything instead).
   */
  async start(): Promise<void> {
    const zk = this.zk();
    this.session = zk;
    await zk.ensurePath(CHANGES);
    const children = (await zk.getChildren(CHANGES, () => this.schedule(zk))) ?? [];
    this.lastSeq = children.reduce((max, c) => Math.max(max, seqOf(c)), -1);
    this.listeners.emit(null);
  }

  /** Stops handing out notifications (the session is closing or expired). */
  stop(): void {
    this.session = null;
  }

  private schedule(zk: ZkClient): void {
    this.chain = this.chain
      .then(() => this.onChanges(zk))
      .catch((err: Error) => this.logger.warn(`config change notifications: ${err.message}`));
  }

  private async onChanges(zk: ZkClient): Promise<void> {
    if (this.session !== zk || zk.dead) return;
    const children = (await zk.getChildren(CHANGES, () => this.schedule(zk))) ?? [];
    const fresh = children.filter((c) => seqOf(c) > this.lastSeq).sort((a, b) => seqOf(a) - seqOf(b));
    for (const c of fresh) {
      this.lastSeq = seqOf(c);
      const got = await zk.getData(`${CHANGES}/${c}`);
      if (!got?.data) continue;
      let entityPath: unknown;
      try {
        entityPath = (JSON.parse(got.data.toString('utf8')) as { entity_path?: unknown }).entity_path;
      } catch {
        entityPath = undefined;
      }
      if (typeof entityPath !== 'string') {
        this.logger.warn(`ignoring config change notification ${c}: no entity_path`);
        continue;
      }
      this.listeners.emit(entityPath);
    }
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
    await zk.ensurePath(CHANGES);
    await zk.create(
      `${CHANGES}/${CHANGE_PREFIX}`,
      Buffer.from(JSON.stringify({ version: 2, entity_path: entityPath }), 'utf8'),
      'persistent_sequential',
    );
    await this.purgeOld(zk);
  }

  /** Removes notifications older than Kafka's 15-minute expiration. */
  private async purgeOld(zk: ZkClient): Promise<void> {
    const now = Date.now();
    for (const c of (await zk.getChildren(CHANGES)) ?? []) {
      const stat = await zk.exists(`${CHANGES}/${c}`);
      if (stat && now - stat.ctime > CHANGE_EXPIRATION_MS) await zk.remove(`${CHANGES}/${c}`).catch(() => undefined);
    }
  }

  async list(parentPath: string): Promise<string[]> {
    return (await this.zk().getChildren(`${CONFIG}/${parentPath}`)) ?? [];
  }

  onChange(listener: EntityConfigListener): void {
    this.listeners.add(listener);
  }
}

/** The sequence number of `config_change_0000000042` (-1 for another name). */
function seqOf(child: string): number {
  return child.startsWith(CHANGE_PREFIX) ? Number(child.slice(CHANGE_PREFIX.length)) : -1;
}
