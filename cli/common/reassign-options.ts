/**
 * The options of kafka-reassign-partitions (Apache Kafka's
 * ReassignPartitionsCommandOptions: names, help texts, defaults) and its
 * checks: which options each action permits, and those that need
 * --bootstrap-server (not available through --zookeeper).
 */
import { UsageError, type OptionSpec, type ParsedArgs } from './args.js';
import { connectionOption } from './connection-options.js';

/** Every option of the tool. */
export const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'verify',
    desc: 'Verify if the reassignment completed as specified by the --reassignment-json-file option. If there is a throttle engaged for the replicas specified, and the rebalance has completed, the throttle will be removed',
  },
  {
    name: 'generate',
    desc: 'Generate a candidate partition reassignment configuration. Note that this only generates a candidate assignment, it does not execute it.',
  },
  { name: 'execute', desc: 'Kick off the reassignment as specified by the --reassignment-json-file option.' },
  { name: 'cancel', desc: 'Cancel an active reassignment.' },
  { name: 'list', desc: 'List all active partition reassignments.' },
  connectionOption('bootstrap-server', {
    desc: 'the server(s) to use for bootstrapping. REQUIRED if an absolute path of the log directory is specified for any replica in the reassignment json file, or if --zookeeper is not given.',
    metavar: 'String: Server(s) to use for bootstrapping',
  }),
  connectionOption('command-config', { metavar: 'String: Admin client property file' }),
  connectionOption('zookeeper', {
    desc: 'DEPRECATED: The connection string for the zookeeper connection in the form host:port. Multiple URLS can be given to allow fail-over.  Please use --bootstrap-server instead.',
    metavar: 'String: urls',
  }),
  {
    name: 'reassignment-json-file',
    arg: 'required',
    metavar: 'String: manual assignment json file path',
    desc: 'The JSON file with the partition reassignment configurationThe format to use is - {"partitions": [{"topic": "foo", "partition": 1, "replicas": [1,2,3], "log_dirs": ["dir1","dir2","dir3"] }], "version":1 } Note that "log_dirs" is optional. When it is specified, its length must equal the length of the replicas list. The value in this list can be either "any" or the absolution path of the log directory on the broker. If absolute log directory path is specified, the replica will be moved to the specified log directory on the broker.',
  },
  {
    name: 'topics-to-move-json-file',
    arg: 'required',
    metavar: 'String: topics to reassign json file path',
    desc: 'Generate a reassignment configuration to move the partitions of the specified topics to the list of brokers specified by the --broker-list option. The format to use is - {"topics": [{"topic": "foo"},{"topic": "foo1"}], "version":1 }',
  },
  {
    name: 'broker-list',
    arg: 'required',
    metavar: 'String: brokerlist',
    desc: 'The list of brokers to which the partitions need to be reassigned in the form "0,1,2". This is required if --topics-to-move-json-file is used to generate reassignment configuration',
  },
  { name: 'disable-rack-aware', desc: 'Disable rack aware replica assignment' },
  {
    name: 'throttle',
    arg: 'required',
    metavar: 'Long: throttle',
    default: '-1',
    desc: 'The movement of partitions between brokers will be throttled to this value (bytes/sec). This option can be included with --execute when a reassignment is started, and it can be altered by resubmitting the current reassignment along with the --additional flag. The throttle rate should be at least 1 KB/s.',
  },
  {
    name: 'replica-alter-log-dirs-throttle',
    arg: 'required',
    metavar: 'Long: replicaAlterLogDirsThrottle',
    default: '-1',
    desc: 'The movement of replicas between log directories on the same broker will be throttled to this value (bytes/sec). This option can be included with --execute when a reassignment is started, and it can be altered by resubmitting the current reassignment along with the --additional flag. The throttle rate should be at least 1 KB/s.',
  },
  {
    name: 'timeout',
    arg: 'required',
    metavar: 'Long: timeout',
    default: '10000',
    desc: 'The maximum time in ms to wait for log directory replica assignment to begin.',
  },
  {
    name: 'additional',
    desc: 'Execute this reassignment in addition to any other ongoing ones. This option can also be used to change the throttle of an ongoing reassignment.',
  },
  { name: 'preserve-throttles', desc: 'Do not modify broker or topic throttles.' },
];

/** What each action takes besides itself (Kafka's required and permitted arguments together). */
const PERMITTED: Record<string, readonly string[]> = {
  verify: ['reassignment-json-file', 'bootstrap-server', 'command-config', 'preserve-throttles', 'zookeeper'],
  generate: ['topics-to-move-json-file', 'broker-list', 'bootstrap-server', 'command-config', 'disable-rack-aware', 'zookeeper'],
  execute: [
    'reassignment-json-file',
    'additional',
    'bootstrap-server',
    'command-config',
    'throttle',
    'replica-alter-log-dirs-throttle',
    'timeout',
    'zookeeper',
  ],
  cancel: ['reassignment-json-file', 'bootstrap-server', 'command-config', 'preserve-throttles', 'timeout'],
  list: ['bootstrap-server', 'command-config'],
};

const BOOTSTRAP_ONLY = ['additional', 'cancel', 'command-config', 'replica-alter-log-dirs-throttle', 'list', 'timeout'];

/** Kafka's checks of the options given with `action`; a UsageError names the first problem. */
export function checkReassignArgs(args: ParsedArgs, action: string): void {
  if (!args.has('zookeeper') && !args.has('bootstrap-server')) throw new UsageError('Please specify --bootstrap-server');
  for (const name of args.names())
    if (name !== action && !PERMITTED[action].includes(name))
      throw new UsageError(`Option "[${name}]" can't be used with action "[${action}]"`);
  if (!args.has('bootstrap-server'))
    for (const name of BOOTSTRAP_ONLY)
      if (args.has(name)) throw new UsageError(`You must specify --bootstrap-server when using "[${name}]"`);
  for (const name of ['throttle', 'replica-alter-log-dirs-throttle', 'timeout']) args.int(name);
}
