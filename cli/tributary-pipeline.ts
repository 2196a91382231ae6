#!/usr/bin/env node
/**
 * `tributary pipeline`: the log analytics pipeline in one command (see
 * pipeline-command.ts); `tributary pipeline job` and `tributary pipeline
 * generate` run its streaming job and its log generator on their own.
 */
const sub = process.argv[2];
if (sub === 'job' || sub === 'generate') {
  process.argv.splice(2, 1);
  await import(sub === 'job' ? './pipeline-job-command.js' : './pipeline-generate-command.js');
} else {
  await import('./pipeline-command.js');
}
