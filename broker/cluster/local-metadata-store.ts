/**
 * LocalMetadataStore: the single-broker MetadataStore engine, a LevelDB
 * database (`level`) in `<log.dir>/.tributary-metadata`.
 *
 * Keys: `cluster-id` → the id string; `topic/<name>` → TopicRecord as JSON;
 * `entity/<entity path>` → an entity's configs as a JSON object (users'
 * SCRAM credentials and quotas, clients' quotas: entity-config-store.ts).
 * `<space>/<key>` → the broker's other local stores (space() hands them out:
 * `acl/` for the ACLs).
 * Each write is one LevelDB put (atomic and durable across kill -9 once it
 * resolves). The directory name has no `-<partition>` suffix, so the log
 * manager never mistakes it for a partition.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Level } from 'level';
import type { MetadataStore, TopicRecord } from './metadata-store.js';
import { EntityConfigListeners, type EntityConfigListener, type EntityConfigStore } from './entity-config-store.js';

const TOPIC_PREFIX = 'topic/';
const ENTITY_PREFIX = 'entity/';

/** Kafka-style cluster id: 16 random bytes, URL-safe base64 without padding. */
export function newClusterId(): string {
  return randomBytes(16).toString('base64url');
}

/** A key space of the local metadata database: keys under `<name>/`, values strings, each write durable once it resolves. */
export interface LocalKeySpace {
  /** The value of a key, or undefined. */
  get(key: string): Promise<string | undefined>;
  put(key: string, value: string): Promise<void>;
  del(key: string): Promise<void>;
  /** Every key (without the space's prefix) with its value, in key order. */
  entries(): AsyncIterable<[string, string]>;
}

/** LevelDB-backed metadata for one broker. */
export class LocalMetadataStore implements MetadataStore, EntityConfigStore {
  private db: Level<string, string>;
  private readonly location: string;
  private readonly entityListeners = new EntityConfigListeners();

  /** Creates a store under `logDir` (opened by open()). */
  constructor(logDir: string) {
    this.location = path.join(logDir, '.tributary-metadata');
    this.db = new Level(this.location, { valueEncoding: 'utf8' });
  }

  async open(proposedClusterId: string | null): Promise<string> {
    try {
      await this.db.open();
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause;
      if (cause?.code === 'LEVEL_LOCKED') {
        throw new Error(
          `the data directory ${path.dirname(this.location)} is in use by another broker (its metadata database is locked); stop that broker or choose another log.dirs`,
        );
      }
      throw err;
    }
    const existing = await this.db.get('cluster-id');
    if (existing !== undefined) {
      if (proposedClusterId && proposedClusterId !== existing) {
        await this.db.close();
        throw new Error(`cluster.id ${proposedClusterId} does not match the id ${existing} stored with this broker's metadata`);
      }
      return existing;
    }
    const id = proposedClusterId ?? newClusterId();
    await this.db.put('cluster-id', id, { sync: true });
    return id;
  }

  async loadTopics(): Promise<TopicRecord[]> {
    const out: TopicRecord[] = [];
    for await (const value of this.db.values({ gte: TOPIC_PREFIX, lt: TOPIC_PREFIX + '\uffff' })) {
      out.push(JSON.parse(value) as TopicRecord);
    }
    return out;
  }

  async putTopic(topic: TopicRecord): Promise<void> {
    await this.db.put(TOPIC_PREFIX + topic.name, JSON.stringify(topic), { sync: true });
  }

  async deleteTopic(name: string): Promise<void> {
    await this.db.del(TOPIC_PREFIX + name, { sync: true });
  }

  async get(entityPath: string): Promise<Record<string, string>> {
    const v = await this.db.get(ENTITY_PREFIX + entityPath);
    return v === undefined ? {} : (JSON.parse(v) as Record<string, string>);
  }

  async put(entityPath: string, configs: Readonly<Record<string, string>>): Promise<void> {
    if (Object.keys(configs).length === 0) await this.db.del(ENTITY_PREFIX + entityPath, { sync: true });
    else await this.db.put(ENTITY_PREFIX + entityPath, JSON.stringify(configs), { sync: true });
    this.entityListeners.emit(entityPath);
  }

  async list(parentPath: string): Promise<string[]> {
    const prefix = `${ENTITY_PREFIX}${parentPath}/`;
    const names = new Set<string>();
    for await (const key of this.db.keys({ gt: prefix, lt: prefix + '\uffff' })) names.add(key.slice(prefix.length).split('/')[0]);
    return [...names];
  }

  onChange(listener: EntityConfigListener): void {
    this.entityListeners.add(listener);
  }

  /** A key space of its own in this database (usable once open() resolved); `name` must not be `topic` or `entity` or contain '/'. */
  space(name: string): LocalKeySpace {
    if (name === 'topic' || name === 'entity' || name.includes('/') || name === '') throw new Error(`invalid key space name '${name}'`);
    const prefix = `${name}/`;
    const db = this.db;
    return {
      get: (key) => db.get(prefix + key),
      put: (key, value) => db.put(prefix + key, value, { sync: true }),
      del: (key) => db.del(prefix + key, { sync: true }),
      async *entries() {
        // '0' follows '/': every key that starts with the prefix, whatever its characters.
        for await (const [k, v] of db.iterator({ gte: prefix, lt: `${name}0` })) yield [k.slice(prefix.length), v];
      },
    };
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
