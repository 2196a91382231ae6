/**
 * ZkChangeNotifications: Kafka's change-notification directories in
 * ZooKeeper (ZkNodeChangeNotificationListener), through which a broker that
 * changed something tells every other broker to re-read it:
 *
 * ```
 * <dir>/<prefix><10-digit sequence>   persistent sequential znodes; the data names what changed
 * ```
 *
 * `/kafka-acl-changes/acl_changes_*` (a literal pattern, `Topic:orders`),
 * `/kafka-acl-extended-changes/acl_changes_*` (a JSON pattern) and
 * `/config/changes/config_change_*` (`{"version":2,"entity_path":"users/alice"}`:
 * users' SCRAM credentials and quotas, clients' quotas, dynamic broker
 * configs; zk-entity-configs.ts). This is the only follower of these
 * directories: the ACL store and the entity config store both use it.
 *
 * A follower remembers the highest sequence it handled; when the children
 * change (one-shot watch, re-armed by every read) it hands the data of each
 * newer notification to its callback, in sequence order. At start, the
 * notifications already there are taken as handled: the owner loads
 * everything after start() listed them. Notifications older than 15 minutes
 * (Kafka's changeExpirationMs) are removed by whichever broker sees them.
 * After a session expiry the owner calls restart() with the new session and
 * reloads everything, since notifications may have been missed.
 */
import type { Logger } from '../../logger.js';
import { ZkCode, isZkCode, type ZkClient, type ZkWatcher } from './zk-client.js';

/** How long a notification stays before a broker removes it (Kafka's 15 minutes). */
export const NOTIFICATION_EXPIRATION_MS = 15 * 60_000;

/** Follows one notification directory. */
export class ZkChangeNotifications {
  private lastSeq = -1;
  private stopped = false;
  private chain: Promise<void> = Promise.resolve();
  private readonly onChildren: ZkWatcher = () => this.enqueue();

  /**
   * Follows `dir` (created when missing) for children named `<prefix><seq>`,
   * calling `handle` with each new one's data; `zk` gives the current session.
   */
  constructor(
    private readonly zk: () => ZkClient,
    readonly dir: string,
    private readonly prefix: string,
    private readonly handle: (data: Buffer | null) => void,
    private readonly logger: Logger,
  ) {}

  /** Lists the directory (what is there counts as handled) and starts watching it. */
  async start(): Promise<void> {
    this.stopped = false;
    const zk = this.zk();
    await zk.ensurePath(this.dir);
    const children = (await zk.getChildren(this.dir, this.onChildren)) ?? [];
    for (const c of children) this.lastSeq = Math.max(this.lastSeq, this.seqOf(c));
  }

  /** On a new session: lists again (newer notifications count as handled: the owner reloads) and re-arms the watch. */
  restart(): Promise<void> {
    return this.start();
  }

  /** Writes a notification with `data` for every broker (this one included). */
  async notify(data: Buffer): Promise<void> {
    const zk = this.zk();
    try {
      await zk.create(`${this.dir}/${this.prefix}`, data, 'persistent_sequential');
    } catch (err) {
      if (!isZkCode(err, ZkCode.NO_NODE)) throw err;
      await zk.ensurePath(this.dir);
      await zk.create(`${this.dir}/${this.prefix}`, data, 'persistent_sequential');
    }
  }

  /** Stops following (a later start() follows again). */
  stop(): void {
    this.stopped = true;
  }

  private seqOf(child: string): number {
    if (!child.startsWith(this.prefix)) return -1;
    const n = Number(child.slice(this.prefix.length));
    return Number.isInteger(n) ? n : -1;
  }

  private enqueue(): void {
    this.chain = this.chain.then(() => this.process()).catch((err: Error) => this.logger.warn(`${this.dir}: ${err.message}`));
  }

  private async process(): Promise<void> {
    if (this.stopped) return;
    const zk = this.zk();
    if (zk.dead) return;
    const children = (await zk.getChildren(this.dir, this.onChildren)) ?? [];
    const fresh = children
      .map((c) => ({ c, seq: this.seqOf(c) }))
      .filter((x) => x.seq > this.lastSeq)
      .sort((a, b) => a.seq - b.seq);
    const now = Date.now();
    for (const { c, seq } of fresh) {
      const path = `${this.dir}/${c}`;
      const got = await zk.getData(path);
      this.lastSeq = seq;
      if (!got) continue; // removed meanwhile (expired)
      if (!this.stopped) this.handle(got.data);
      if (now - got.stat.ctime > NOTIFICATION_EXPIRATION_MS) await removeExpired(zk, path);
    }
    // Expired notifications handled earlier are purged on every run, as Kafka's listener does.
    if (children.length > fresh.length) await this.purge(zk, children, now, new Set(fresh.map((f) => f.seq)));
  }

  private async purge(zk: ZkClient, children: string[], now: number, fresh: ReadonlySet<number>): Promise<void> {
    for (const c of children) {
      const seq = this.seqOf(c);
      // Handled above (removed there when expired), or written after the listing.
      if (seq > this.lastSeq || fresh.has(seq)) continue;
      const stat = await zk.exists(`${this.dir}/${c}`);
      if (stat && now - stat.ctime > NOTIFICATION_EXPIRATION_MS) await removeExpired(zk, `${this.dir}/${c}`);
    }
  }
}

/** Removes an expired notification; another broker may have removed it first. */
async function removeExpired(zk: ZkClient, path: string): Promise<void> {
  try {
    await zk.remove(path);
  } catch (err) {
    if (!isZkCode(err, ZkCode.NO_NODE)) throw err;
  }
}
