#!/usr/bin/env node
// Entry point of every Tributary command. npm links each command name
// (kafka-topics, kafka-topics.sh, ...) to this file; the name it was started
// under picks the tool in dist/cli/. `tributary <tool> ...` does the same.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let name = path.basename(process.argv[1] ?? 'tributary').replace(/\.(sh|js|cjs|mjs)$/, '');
if (name === 'tributary') {
  const sub = process.argv[2];
  if (sub && !sub.startsWith('-')) {
    name = sub.replace(/\.sh$/, '');
    process.argv.splice(2, 1);
  }
}
let target = path.join(root, 'dist', 'cli', `${name}.js`);
// Short names: `tributary topics` is `tributary kafka-topics`.
const long = path.join(root, 'dist', 'cli', `kafka-${name}.js`);
if (!fs.existsSync(target) && fs.existsSync(long)) target = long;
// Tributary's own tools: `tributary cluster` is dist/cli/tributary-cluster.js.
const own = path.join(root, 'dist', 'cli', `tributary-${name}.js`);
if (!fs.existsSync(target) && fs.existsSync(own)) target = own;
if (!fs.existsSync(target)) {
  if (!fs.existsSync(path.join(root, 'dist'))) {
    console.error(`tributary is not built yet: run "npm run build" in ${root}`);
  } else {
    console.error(`tributary: unknown command '${name}' (try "tributary --help")`);
  }
  process.exit(1);
}
await import(pathToFileURL(target).href);
