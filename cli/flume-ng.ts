#!/usr/bin/env node
/**
 * `flume-ng`: Flume's launcher spelling, so that commands from Flume
 * tutorials run with the program name only:
 *
 *   flume-ng agent -n a1 -f example.conf -c conf -Dflume.root.logger=INFO,console
 *   flume-ng avro-client -H localhost -p 41414 -F /var/log/app.log   (sends a file's lines to an avro source)
 *   flume-ng version | help
 */
import { agentMain, agentUsage } from './agent-command.js';
import { avroClientMain } from './flume-avro-client.js';

const [command, ...rest] = process.argv.slice(2);
const usage = [
  'Usage: flume-ng <command> [options]...',
  '',
  'commands:',
  '  agent                     run a Flume agent (tributary agent)',
  '  avro-client               send the lines of a file (or standard input) to an avro source',
  '  version                   show the version',
  '  help                      this text',
  '',
  agentUsage('flume-ng agent'),
].join('\n');

if (command === 'agent') agentMain(rest, 'flume-ng agent');
else if (command === 'avro-client') avroClientMain(rest);
else if (command === 'version') process.stdout.write('Flume 1.11.0 compatible (Tributary agent)\n');
else if (command === undefined || command === 'help' || command === '-h' || command === '--help') process.stdout.write(`${usage}\n`);
else {
  process.stderr.write(`flume-ng: unknown command '${command}'\n${usage}\n`);
  process.exitCode = 1;
}
