/**
 * Type declarations for the parts of node-zookeeper-client 1.1.x that
 * zk-client.ts uses (the package ships no types).
 */
declare module 'node-zookeeper-client' {
  import { type EventEmitter } from 'node:events';

  /** A znode's stat; zxids are 8-byte big-endian buffers. */
  export interface Stat {
    czxid: Buffer;
    mzxid: Buffer;
    ctime: Buffer;
    mtime: Buffer;
    version: number;
    cversion: number;
    aversion: number;
    ephemeralOwner: Buffer;
    dataLength: number;
    numChildren: number;
    pzxid: Buffer;
  }

  /** A watch notification. */
  export interface Event {
    type: number;
    name: string;
    path: string;
    getType(): number;
    getName(): string;
    getPath(): string;
  }

  /** An error from ZooKeeper. */
  export interface Exception extends Error {
    code: number;
    getCode(): number;
    getName(): string;
  }

  /** A multi-op. */
  export interface Transaction {
    /** The queued operations (the library's own field). */
    ops: { type: number; path: string; version?: number }[];
    create(path: string, data?: Buffer | null, acls?: unknown[], mode?: number): Transaction;
    check(path: string, version?: number): Transaction;
    setData(path: string, data: Buffer | null, version?: number): Transaction;
    remove(path: string, version?: number): Transaction;
    commit(cb: (error: Exception | Error | null, results: unknown) => void): void;
  }

  /** The client. */
  export interface Client extends EventEmitter {
    connect(): void;
    close(): void;
    getState(): { name: string; code: number };
    getSessionId(): Buffer;
    getSessionTimeout(): number;
    create(
      path: string,
      data: Buffer | null,
      acls: unknown[],
      mode: number,
      cb: (error: Exception | Error | null, path: string) => void,
    ): void;
    remove(path: string, version: number, cb: (error: Exception | Error | null) => void): void;
    setData(path: string, data: Buffer | null, version: number, cb: (error: Exception | Error | null, stat: Stat) => void): void;
    getData(
      path: string,
      watcher: ((event: Event) => void) | undefined,
      cb: (error: Exception | Error | null, data: Buffer | null, stat: Stat) => void,
    ): void;
    exists(
      path: string,
      watcher: ((event: Event) => void) | undefined,
      cb: (error: Exception | Error | null, stat: Stat | null) => void,
    ): void;
    getChildren(
      path: string,
      watcher: ((event: Event) => void) | undefined,
      cb: (error: Exception | Error | null, children: string[], stat: Stat) => void,
    ): void;
    mkdirp(
      path: string,
      data: Buffer | null,
      acls: unknown[],
      mode: number,
      cb: (error: Exception | Error | null, path: string) => void,
    ): void;
    transaction(): Transaction;
  }

  /** Client options. */
  export interface ClientOptions {
    sessionTimeout?: number;
    spinDelay?: number;
    retries?: number;
  }

  export function createClient(connectionString: string, options?: ClientOptions): Client;

  export const CreateMode: { PERSISTENT: number; PERSISTENT_SEQUENTIAL: number; EPHEMERAL: number; EPHEMERAL_SEQUENTIAL: number };
  export const ACL: { OPEN_ACL_UNSAFE: unknown[] };
  export const Event: { NODE_CREATED: number; NODE_DELETED: number; NODE_DATA_CHANGED: number; NODE_CHILDREN_CHANGED: number };
  export const Exception: {
    OK: number;
    CONNECTION_LOSS: number;
    NO_NODE: number;
    BAD_VERSION: number;
    NODE_EXISTS: number;
    NOT_EMPTY: number;
    SESSION_EXPIRED: number;
  };

  const zookeeper: {
    createClient: typeof createClient;
    CreateMode: typeof CreateMode;
    ACL: typeof ACL;
    Event: typeof Event;
    Exception: typeof Exception;
  };
  export default zookeeper;
}
