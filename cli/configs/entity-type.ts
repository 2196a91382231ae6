/**
 * What kafka-configs knows about one entity type (`--entity-type topics`,
 * `brokers`, `users`, ...): one file per type in cli/configs/, listed in
 * registry.ts. kafka-configs.ts parses and checks the command line, opens the
 * cluster and hands the entity type a resolved request; the type does the
 * describing and altering with its own Kafka requests and prints Kafka's
 * lines (ConfigCommand's output).
 */
import type { KafkaClient } from '../../client/index.js';

/** Which entity a command names: one by name, the type's default (`--entity-default`), or every one (describe only). */
export type EntitySelector = { kind: 'name'; name: string } | { kind: 'default' } | { kind: 'all' };

/** What an entity type gets to work with. */
export interface ConfigCommandContext {
  /** The cluster, connected (metadata loaded). */
  readonly cluster: KafkaClient;
  /** Writes to standard output. */
  out(text: string): void;
}

/** One `--entity-type` of kafka-configs. */
export interface ConfigEntityType {
  /** Kafka's plural name: "topics", "brokers", "users". */
  readonly type: string;
  /** Whether `--entity-default` is allowed. */
  readonly hasDefault: boolean;
  /** Whether --alter needs `--entity-name` or `--entity-default` (Kafka: users, clients, brokers, broker-loggers). */
  readonly alterNeedsEntity: boolean;
  /** Throws a ConfigCommandError when `name` is not a valid entity name of this type. */
  checkName(name: string): void;
  /** `--describe` (`all`: `--all`, every config rather than the dynamic ones). */
  describe(ctx: ConfigCommandContext, entity: EntitySelector, all: boolean): Promise<void>;
  /** `--alter`: `add` set (values as given), `remove` deleted. */
  alter(ctx: ConfigCommandContext, entity: EntitySelector, add: ReadonlyMap<string, string>, remove: readonly string[]): Promise<void>;
  /**
   * Set by types Kafka still lets `--zookeeper` change without a broker
   * (users' SCRAM credentials, so that the inter-broker user exists before
   * the brokers start): with `--zookeeper` and no `--bootstrap-server` the
   * tool calls these instead of opening the cluster.
   */
  readonly viaZooKeeper?: ZooKeeperEntityType;
}

/** An entity type's describe and alter straight on ZooKeeper (`connect`: host:port[/chroot]). */
export interface ZooKeeperEntityType {
  describe(connect: string, out: (text: string) => void, entity: EntitySelector): Promise<void>;
  alter(
    connect: string,
    out: (text: string) => void,
    entity: EntitySelector,
    add: ReadonlyMap<string, string>,
    remove: readonly string[],
  ): Promise<void>;
}

/**
 * A failure kafka-configs reports the way Kafka's ConfigCommand does:
 * `invalidArgument` ones (Kafka's IllegalArgumentException and
 * InvalidConfigurationException thrown by the tool itself) print only the
 * message; others (errors from the broker) print "Error while executing
 * config command with args '...'" and the exception line.
 */
export class ConfigCommandError extends Error {
  constructor(
    message: string,
    readonly invalidArgument: boolean,
  ) {
    super(message);
    this.name = 'ConfigCommandError';
  }
}
