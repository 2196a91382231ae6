#!/usr/bin/env node
// Second step of `npm run build` (after tsc): copies the web UIs' static
// files — every directory named `public` under the compiled source roots
// (tsconfig.build.json's `include`: broker/http/public, streaming/ui/public,
// http-common/public, ...) — to the same place under dist/, next to the
// compiled module that serves them. The package ships dist/ (package.json
// `files`), not the TypeScript sources, so a broker installed from the packed
// tarball finds its console there. Each copy replaces the previous one, so a
// file removed from the sources does not linger in dist/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.build.json'), 'utf8'));
const outDir = path.join(root, build.compilerOptions?.outDir ?? 'dist');

/** Directories named `public` under `dir` (relative to the root), not descending into them. */
function* publicDirs(dir) {
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    if (!e.isDirectory() || e.name === 'node_modules') continue;
    const rel = path.join(dir, e.name);
    if (e.name === 'public') yield rel;
    else yield* publicDirs(rel);
  }
}

let copied = 0;
for (const top of build.include) {
  if (!fs.existsSync(path.join(root, top))) continue;
  for (const rel of publicDirs(top)) {
    const to = path.join(outDir, rel);
    fs.rmSync(to, { recursive: true, force: true });
    fs.cpSync(path.join(root, rel), to, { recursive: true });
    copied++;
  }
}
if (copied === 0) {
  console.error('copy-assets: no public directory found under the build roots');
  process.exit(1);
}
