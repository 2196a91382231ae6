/**
 * DynamicBrokerConfigs: the broker config in force while the broker runs —
 * server.properties with the dynamic configs of the cluster default and of
 * this broker over it (config/dynamic-broker-config.ts has the modes, the
 * checks and the precedence) — kept in step with the cluster's
 * EntityConfigStore, at Kafka's entity paths `brokers/<default>` (the
 * cluster-wide defaults) and `brokers/<id>` (ZooKeeper: /config/brokers/...
 * with /config/changes notifications; alone: the LevelDB metadata).
 *
 * start() reads both levels and watches the store; every change of either
 * level (from AlterConfigs here, or any broker or tool through ZooKeeper)
 * re-reads it, resolves the config again and, when something changed, calls
 * the listeners with the new and the old config: the broker composes what
 * to apply (topic defaults to every log, the cleaner's settings, ...).
 * Values in the store that no longer pass the checks (written by another
 * tool, or a key that became read-only) are skipped with one warning each,
 * as Kafka does.
 *
 * alter() validates a whole new set for one level, stores it and applies it
 * here before answering, so a describe right after an alter sees it (other
 * brokers follow through the store's notifications).
 *
 * Reloads run one at a time (a promise chain), in the order the changes came.
 */
import { ConfigError, withDynamicConfigs, type BrokerConfig } from '../../config/broker-config.js';
import { validateDynamicConfigs } from '../../config/dynamic-broker-config.js';
import { topicDefaultsFromBroker } from '../../config/topic-config.js';
import { describeBrokerConfig } from '../../config/broker-config-sources.js';
import type { Logger } from '../logger.js';
import { DEFAULT_ENTITY, type EntityConfigStore } from '../cluster/entity-config-store.js';

/** Kafka's entity path of the cluster-wide broker defaults. */
export const BROKER_DEFAULT_PATH = `brokers/${DEFAULT_ENTITY}`;

/** Kafka's entity path of one broker's dynamic configs. */
export function brokerEntityPath(brokerId: number): string {
  return `brokers/${brokerId}`;
}

/** Called after the config in force changed. */
export type ConfigListener = (next: BrokerConfig, prev: BrokerConfig) => void;

/** Outcome of alter(): Kafka's error class of a failure and its message. */
export type AlterOutcome = { ok: true } | { ok: false; invalidConfig: boolean; message: string };

function sameMap(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** The broker config in force, with its dynamic levels. */
export class DynamicBrokerConfigs {
  private cfg: BrokerConfig;
  private defaults: TopicDefaults;
  private readonly listeners: ConfigListener[] = [];
  private chain: Promise<void> = Promise.resolve();

  /** Starts from the static config; start() loads the dynamic levels. */
  constructor(
    private readonly staticConfig: BrokerConfig,
    private readonly store: EntityConfigStore,
    private readonly logger: Logger,
  ) {
    this.cfg = staticConfig;
    this.defaults = topicDefaultsFromBroker(staticConfig);
  }

  /** The config in force. */
  get current(): BrokerConfig {
    return this.cfg;
  }

  /** The topic defaults in force (topic-config names → values), from the config in force. */
  get topicDefaults(): Readonly<Record<string, string>> {
    return this.defaults;
  }

  private get ownEntity(): string {
    return brokerEntityPath(this.staticConfig.brokerId);
  }

  /** Calls `listener` after every change of the config in force from now on. */
  onChange(listener: ConfigListener): void {
    this.listeners.push(listener);
  }

  /** Reads both dynamic levels, applies them and watches the store. */
  async start(): Promise<void> {
    // null: a new ZooKeeper session, changes may have been missed.
    this.store.onChange((entityPath) => {
      if (entityPath === null || entityPath === BROKER_DEFAULT_PATH || entityPath === this.ownEntity)
        void this.enqueue(() => this.reload());
    });
    await this.enqueue(() => this.reload(), true);
  }

  /** Resolves when every queued reload has run. */
  idle(): Promise<void> {
    return this.chain;
  }

  /** Runs `op` after the queued reloads; its failure is logged, or with `rethrow` also returned. */
  private enqueue(op: () => Promise<void>, rethrow = false): Promise<void> {
    const run = this.chain.then(op);
    this.chain = run.catch((err: Error) => this.logger.warn(`dynamic broker configs: ${err.message}`));
    return rethrow ? run : this.chain;
  }

  /** The stored configs of a level, each checked (a failing one skipped with a warning). */
  private async readLevel(entity: string, perBroker: boolean): Promise<Record<string, string>> {
    const stored = await this.store.get(entity);
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(stored)) {
      try {
        Object.assign(out, validateDynamicConfigs({ [k]: v }, perBroker, null));
      } catch (err) {
        this.logger.warn(`dynamic config ${k}=${v} of ${entity} ignored: ${(err as Error).message}`);
      }
    }
    return out;
  }

  private async reload(): Promise<void> {
    const clusterDefault = await this.readLevel(BROKER_DEFAULT_PATH, false);
    const own = await this.readLevel(this.ownEntity, true);
    this.apply(clusterDefault, own);
  }

  private apply(clusterDefault: Record<string, string>, own: Record<string, string>): void {
    const prev = this.cfg;
    if (sameMap(prev.dynamicDefaultConfigs, clusterDefault) && sameMap(prev.dynamicBrokerConfigs, own)) return;
    let next: BrokerConfig;
    try {
      next = withDynamicConfigs(this.staticConfig, clusterDefault, own);
    } catch (err) {
      this.logger.warn(`dynamic broker configs not applied: ${(err as Error).message}`);
      return;
    }
    this.cfg = next;
    this.defaults = topicDefaultsFromBroker(next);
    const changed = [
      ...new Set([
        ...Object.keys(clusterDefault),
        ...Object.keys(own),
        ...Object.keys(prev.dynamicDefaultConfigs),
        ...Object.keys(prev.dynamicBrokerConfigs),
      ]),
    ]
      .filter((k) => describeBrokerConfig(next, k)?.value !== describeBrokerConfig(prev, k)?.value)
      .map((k) => `${k}=${describeBrokerConfig(next, k)?.value ?? '(unset)'}`);
    if (changed.length > 0) this.logger.info(`dynamic broker configs in force: ${changed.join(', ')}`);
    for (const l of this.listeners) {
      try {
        l(next, prev);
      } catch (err) {
        this.logger.warn(`applying dynamic broker configs failed: ${(err as Error).message}`);
      }
    }
  }

  /** The stored configs of this broker's level (`perBroker`) or the cluster default's. */
  stored(perBroker: boolean): Promise<Record<string, string>> {
    return this.store.get(perBroker ? this.ownEntity : BROKER_DEFAULT_PATH);
  }

  /**
   * Replaces the dynamic configs of one level with `props` (AlterConfigs;
   * IncrementalAlterConfigs computes the whole set first). Checks them
   * (config/dynamic-broker-config.ts) and the resulting config; unless
   * `validateOnly`, stores them and applies them here.
   */
  async alter(perBroker: boolean, props: Readonly<Record<string, string>>, validateOnly: boolean): Promise<AlterOutcome> {
    let normalized: Record<string, string>;
    try {
      normalized = validateDynamicConfigs(props, perBroker, (name) => describeBrokerConfig(this.cfg, name)?.value ?? null);
      const clusterDefault = perBroker ? this.cfg.dynamicDefaultConfigs : normalized;
      const own = perBroker ? normalized : this.cfg.dynamicBrokerConfigs;
      withDynamicConfigs(this.staticConfig, clusterDefault, own);
    } catch (err) {
      if (err instanceof ConfigError) return { ok: false, invalidConfig: true, message: err.message };
      throw err;
    }
    if (validateOnly) return { ok: true };
    await this.store.put(perBroker ? this.ownEntity : BROKER_DEFAULT_PATH, normalized);
    await this.enqueue(() => this.reload());
    return { ok: true };
  }
}

type TopicDefaults = Readonly<Record<string, string>>;
