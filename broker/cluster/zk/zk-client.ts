/**
 * ZkClient: promises over node-zookeeper-client, for the ZooKeeper metadata
 * engine, the controller and tools (kafka-topics --zookeeper).
 *
 * One ZkClient is one ZooKeeper session. Connection loss within the session
 * timeout is survived by the underlying client (it reconnects and re-sets the
 * watches); when the session expires the ZkClient emits 'expired' and is dead:
 * ephemeral znodes are gone and watches will not fire, so the owner makes a
 * new ZkClient and rebuilds its state (see zk-cluster.ts).
 *
 * Watches are one-shot, as in ZooKeeper. A watcher passed for a path is
 * registered once per (path, function): passing the same function again
 * before it fired does not add a second notification.
 */
import { EventEmitter } from 'node:events';
import zookeeper, { type Client, type Event, type Stat } from 'node-zookeeper-client';

/** ZooKeeper error codes the callers branch on. */
export const ZkCode = {
  NO_NODE: -101,
  BAD_VERSION: -103,
  NODE_EXISTS: -110,
  NOT_EMPTY: -111,
  CONNECTION_LOSS: -4,
  SESSION_EXPIRED: -112,
} as const;

/** An error from ZooKeeper with its code (see ZkCode). */
export class ZkError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'ZkError';
  }
}

/** The stat fields this project uses; zxids as bigint. */
export interface ZkStat {
  version: number;
  czxid: bigint;
  mzxid: bigint;
  ephemeralOwner: bigint;
  /** Creation time, ms since the epoch. */
  ctime: number;
}

/** A watch notification: the kind of change and the path. */
export interface ZkEvent {
  type: 'created' | 'deleted' | 'data' | 'children';
  path: string;
}

/** A watcher function (called at most once per registration). */
export type ZkWatcher = (event: ZkEvent) => void;

/** One operation of a multi (all or nothing). */
export type ZkOp =
  | { op: 'create'; path: string; data: Buffer | null; ephemeral?: boolean }
  | { op: 'set'; path: string; data: Buffer; version: number }
  | { op: 'check'; path: string; version: number }
  | { op: 'remove'; path: string; version?: number };

/** Options of a ZooKeeper session. */
export interface ZkClientOptions {
  /** host:port[,host:port...][/chroot] */
  connect: string;
  sessionTimeoutMs: number;
  /** Longest wait for the first connection. */
  connectionTimeoutMs: number;
}

const EVENT_TYPES: Record<number, ZkEvent['type']> = { 1: 'created', 2: 'deleted', 3: 'data', 4: 'children' };

function toStat(s: Stat): ZkStat {
  return {
    version: s.version,
    czxid: s.czxid.readBigInt64BE(0),
    mzxid: s.mzxid.readBigInt64BE(0),
    ephemeralOwner: s.ephemeralOwner.readBigInt64BE(0),
    ctime: Number(s.ctime.readBigInt64BE(0)),
  };
}

function toError(err: Error, what: string): ZkError {
  const c = (err as { code?: unknown }).code;
  const code = typeof c === 'number' ? c : 0;
  return new ZkError(code, `ZooKeeper ${what}: ${err.message}`);
}

/** Whether `err` is a ZkError with `code`. */
export function isZkCode(err: unknown, code: number): boolean {
  return err instanceof ZkError && err.code === code;
}

/** A ZooKeeper session. Emits 'expired' (once) and 'disconnected' / 'connected'. */
export class ZkClient extends EventEmitter {
  private expired = false;
  private closed = false;
  private readonly wrapped = new Map<ZkWatcher, (e: Event) => void>();

  private constructor(private readonly client: Client) {
    super();
    client.on('expired', () => {
      if (this.expired || this.closed) return;
      this.expired = true;
      this.emit('expired');
    });
    client.on('disconnected', () => this.emit('disconnected'));
    client.on('connected', () => this.emit('connected'));
  }

  /** Opens a session; rejects when no server answers within the connection timeout. */
  static connect(opts: ZkClientOptions): Promise<ZkClient> {
    const client = zookeeper.createClient(opts.connect, { sessionTimeout: opts.sessionTimeoutMs, spinDelay: 200, retries: 0 });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        client.close();
        reject(new Error(`cannot connect to ZooKeeper at ${opts.connect} within ${opts.connectionTimeoutMs} ms`));
      }, opts.connectionTimeoutMs);
      client.once('connected', () => {
        clearTimeout(timer);
        resolve(new ZkClient(client));
      });
      client.connect();
    });
  }

  /** True once the session expired or the client was closed. */
  get dead(): boolean {
    return this.expired || this.closed;
  }

  /** The session id as 16 hex digits. */
  get sessionId(): string {
    return this.client.getSessionId().toString('hex');
  }

  private watcher(w: ZkWatcher | undefined): ((e: Event) => void) | undefined {
    if (!w) return undefined;
    let f = this.wrapped.get(w);
    if (!f) {
      f = (e: Event) => {
        if (!this.dead) w({ type: EVENT_TYPES[e.type] ?? 'data', path: e.path });
      };
      this.wrapped.set(w, f);
    }
    return f;
  }

  /** Creates a znode; resolves with its path. Rejects NODE_EXISTS, NO_NODE (parent). */
  create(path: string, data: Buffer | null, mode: 'persistent' | 'ephemeral' | 'persistent_sequential' = 'persistent'): Promise<string> {
    const m =
      mode === 'ephemeral'
        ? zookeeper.CreateMode.EPHEMERAL
        : mode === 'persistent_sequential'
          ? zookeeper.CreateMode.PERSISTENT_SEQUENTIAL
          : zookeeper.CreateMode.PERSISTENT;
    return new Promise((resolve, reject) => {
      this.client.create(path, data, zookeeper.ACL.OPEN_ACL_UNSAFE, m, (err, p) =>
        err ? reject(toError(err, `create ${path}`)) : resolve(p),
      );
    });
  }

  /** Creates a persistent znode and its missing parents; no error when it exists. */
  async ensurePath(path: string): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.client.mkdirp(path, null, zookeeper.ACL.OPEN_ACL_UNSAFE, zookeeper.CreateMode.PERSISTENT, (err) =>
        err ? reject(toError(err, `mkdirp ${path}`)) : resolve(),
      );
    });
  }

  /** A znode's data and stat, or null when it does not exist (a watcher is then not set). */
  getData(path: string, watcher?: ZkWatcher): Promise<{ data: Buffer | null; stat: ZkStat } | null> {
    return new Promise((resolve, reject) => {
      this.client.getData(path, this.watcher(watcher), (err, data, stat) => {
        if (err) return isNoNode(err) ? resolve(null) : reject(toError(err, `getData ${path}`));
        resolve({ data, stat: toStat(stat) });
      });
    });
  }

  /** A znode's stat or null; the watcher (if any) fires on create, delete or data change. */
  exists(path: string, watcher?: ZkWatcher): Promise<ZkStat | null> {
    return new Promise((resolve, reject) => {
      this.client.exists(path, this.watcher(watcher), (err, stat) =>
        err ? reject(toError(err, `exists ${path}`)) : resolve(stat ? toStat(stat) : null),
      );
    });
  }

  /** Child names (unsorted), or null when the znode does not exist. */
  getChildren(path: string, watcher?: ZkWatcher): Promise<string[] | null> {
    return new Promise((resolve, reject) => {
      this.client.getChildren(path, this.watcher(watcher), (err, children) => {
        if (err) return isNoNode(err) ? resolve(null) : reject(toError(err, `getChildren ${path}`));
        resolve(children);
      });
    });
  }

  /** Sets data if the version matches (-1: any); rejects BAD_VERSION or NO_NODE. */
  setData(path: string, data: Buffer, version: number): Promise<ZkStat> {
    return new Promise((resolve, reject) => {
      this.client.setData(path, data, version, (err, stat) => (err ? reject(toError(err, `setData ${path}`)) : resolve(toStat(stat))));
    });
  }

  /** Removes a znode (version -1: any); a missing znode is not an error. */
  remove(path: string, version = -1): Promise<void> {
    return new Promise((resolve, reject) => {
      this.client.remove(path, version, (err) => (err && !isNoNode(err) ? reject(toError(err, `remove ${path}`)) : resolve()));
    });
  }

  /** Removes a znode and everything below it (not atomic). */
  async removeRecursive(path: string): Promise<void> {
    const children = await this.getChildren(path);
    if (children === null) return;
    for (const c of children) await this.removeRecursive(`${path}/${c}`);
    await this.remove(path);
  }

  /** Runs operations atomically; rejects with the code of the first failing op. */
  multi(ops: ZkOp[]): Promise<void> {
    const t = this.client.transaction();
    for (const o of ops) {
      if (o.op === 'create')
        t.create(
          o.path,
          o.data,
          zookeeper.ACL.OPEN_ACL_UNSAFE,
          o.ephemeral ? zookeeper.CreateMode.EPHEMERAL : zookeeper.CreateMode.PERSISTENT,
        );
      else if (o.op === 'set') t.setData(o.path, o.data, o.version);
      else if (o.op === 'check') t.check(o.path, o.version);
      else t.remove(o.path, o.version ?? -1);
      // node-zookeeper-client 1.1.3's Transaction does `version || -1`, which turns
      // an expected version 0 into "any version": put the version back as asked.
      if (o.op !== 'create') t.ops[t.ops.length - 1].version = o.op === 'remove' ? (o.version ?? -1) : o.version;
    }
    return new Promise((resolve, reject) => {
      t.commit((err) => (err ? reject(toError(err, `multi ${ops.map((o) => `${o.op} ${o.path}`).join(', ')}`)) : resolve()));
    });
  }

  /** Closes the session (ephemeral znodes go at once). Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.client.close();
  }
}

function isNoNode(err: Error): boolean {
  return (err as { code?: number }).code === ZkCode.NO_NODE;
}
