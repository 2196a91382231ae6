#!/usr/bin/env node
/**
 * `tributary` without a subcommand (or with --help): lists the commands.
 * bin/tributary.js runs `tributary <command> ...` as the command itself, and
 * accepts the short names (`tributary topics` = `kafka-topics`).
 */
import { runTool } from './common/tool.js';

const COMMANDS: readonly [string, string][] = [
  ['kafka-server-start', 'Start a broker: kafka-server-start <server.properties> [--override key=value]...'],
  ['kafka-server-stop', 'Stop the brokers started on this machine (SIGTERM, then wait).'],
  ['kafka-topics', 'Create, delete, describe, list topics and add partitions.'],
  ['kafka-console-producer', 'Write lines from standard input to a topic.'],
  ['kafka-console-consumer', 'Print the records of topics to standard output.'],
  ['kafka-consumer-groups', 'List, describe and delete consumer groups; reset and delete their offsets.'],
  ['kafka-configs', "Describe and alter the configs of topics, brokers and users (users' SCRAM credentials)."],
  [
    'kafka-reassign-partitions',
    'Move partition replicas between brokers: --generate, --execute (with --throttle), --verify, --cancel, --list.',
  ],
  ['kafka-log-dirs', "Describe brokers' log dirs and the partitions in each: --describe [--broker-list 0,1] [--topic-list t]."],
  [
    'kafka-acls',
    'Add, remove and list ACLs: --add --allow-principal User:alice --operation Read --topic t; --list; --producer/--consumer.',
  ],
  ['kafka-leader-election', 'Elect preferred (or unclean) leaders: --election-type preferred --all-topic-partitions.'],
  ['kafka-transactions', 'List and describe transactions, describe producers of a partition, abort a hanging transaction.'],
  ['kafka-producer-perf-test', 'Measure produce throughput and latency.'],
  ['kafka-consumer-perf-test', 'Measure consume throughput.'],
  ['certs', 'Make a test CA, broker and client certificates for local TLS: tributary certs --dir DIR [--client alice].'],
  ['cluster', 'Start ZooKeeper and N brokers on this machine: tributary cluster --brokers 3 (Ctrl-C stops all).'],
  ['agent', "Run a log collection agent from Flume's configuration: tributary agent --conf-file FILE --name a1 (also as flume-ng agent)."],
  ['pipeline', 'Run the log analytics pipeline (generator, broker, agent, streaming job, live page) in one command (Ctrl-C stops all).'],
];

function help(): string {
  const lines = [
    'Usage: tributary <command> [options]    (or run the command by its own name, with or without .sh)',
    '',
    'Commands (the "kafka-" prefix may be left out: tributary topics --list ...):',
  ];
  for (const [name, desc] of COMMANDS) lines.push(`  ${name.padEnd(26)}${desc}`);
  lines.push('', "Every command takes --help. Flags, output and exit codes follow Apache Kafka's tools.");
  return lines.join('\n');
}

runTool({
  name: 'tributary',
  summary: help(),
  options: [],
  run: async (args) => {
    if (args.positional.length > 0) {
      process.stderr.write(`tributary: unknown command '${args.positional[0]}' (try "tributary --help")\n`);
      return 1;
    }
    process.stdout.write(`${help()}\n`);
    return 0;
  },
});
