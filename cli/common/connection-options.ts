/**
 * The connection options Kafka's tools share, in one table: --bootstrap-server,
 * --broker-list (its deprecated alias in the console and perf tools),
 * --command-config and --zookeeper, each with the argument and help text
 * most of Kafka's tools print. Kafka's tools do not all word an option the
 * same way, and each tool's usage table prints what its Kafka counterpart
 * prints: a tool passes its own `desc` or `metavar` where they differ.
 * resolveBootstrap (tool-clients.ts) reads the first three and --zookeeper.
 */
import type { OptionSpec } from './args.js';

/** The names of the shared connection options. */
export type ConnectionOptionName = 'bootstrap-server' | 'broker-list' | 'command-config' | 'zookeeper';

const CONNECTION_OPTIONS: Record<ConnectionOptionName, Omit<OptionSpec, 'name'>> = {
  'bootstrap-server': { arg: 'required', metavar: 'String: server to connect to', desc: 'REQUIRED: The server(s) to connect to.' },
  'broker-list': { arg: 'required', metavar: 'String: broker-list', desc: 'DEPRECATED, use --bootstrap-server instead.' },
  'command-config': {
    arg: 'required',
    metavar: 'String: command config property file',
    desc: 'Property file containing configs to be passed to Admin Client.',
  },
  zookeeper: {
    arg: 'required',
    metavar: 'String: host:port',
    desc: 'DEPRECATED in Kafka: the ZooKeeper connection string; the brokers registered there are used as bootstrap servers.',
  },
};

/** The spec of a shared connection option, with this tool's own help text or metavar where given. */
export function connectionOption(name: ConnectionOptionName, text: { desc?: string; metavar?: string } = {}): OptionSpec {
  return { name, ...CONNECTION_OPTIONS[name], ...text };
}
