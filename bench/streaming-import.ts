/**
 * Import cost of `tributary/streaming`: wall time of `await import()` of the
 * compiled dist/streaming/index.js in a fresh Node process, the process's
 * resident set size right after it, and how many CommonJS modules it loaded
 * (fastify, prom-client, the compression codecs and LevelDB are CommonJS, so
 * the count shows whether they came along). A bare `node` process is measured
 * the same way for reference. Each number is the median of R fresh processes.
 *
 *   npm run build && node --import tsx bench/streaming-import.ts [--repeats R] [--before DIR]
 *
 * --before DIR adds rows for another build of the package (a checkout with
 * its own dist/, e.g. the commit before the lazy imports) to compare with.
 *
 * Prints a markdown table.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './broker-process.js';
import { fixed, int, median } from './stats.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const REPEATS = Number(arg('repeats') ?? 11);
const BEFORE = arg('before');

/** One fresh process: import `url` (or nothing), then report time, RSS and CommonJS module count. */
function measure(url: string | null): { ms: number; rssMb: number; cjs: number } {
  const script = `
    import { createRequire } from 'node:module';
    const t0 = performance.now();
    ${url ? `await import(${JSON.stringify(url)});` : ''}
    const ms = performance.now() - t0;
    const cjs = Object.keys(createRequire(import.meta.url)('node:module')._cache).length;
    process.stdout.write(JSON.stringify({ ms, rssMb: process.memoryUsage().rss / 1048576, cjs }));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out) as { ms: number; rssMb: number; cjs: number };
}

const targets: { what: string; url: string | null }[] = [
  { what: 'bare node (no import)', url: null },
  { what: "import 'tributary/streaming'", url: pathToFileURL(path.join(ROOT, 'dist/streaming/index.js')).href },
];
if (BEFORE)
  targets.push({
    what: `import 'tributary/streaming', ${path.basename(path.resolve(BEFORE))}`,
    url: pathToFileURL(path.resolve(BEFORE, 'dist/streaming/index.js')).href,
  });
const rows = targets.map((t) => ({ what: t.what, ms: [] as number[], rss: [] as number[], cjs: [] as number[] }));
for (let r = 0; r < REPEATS; r++) {
  // Alternate, so that load from elsewhere on the machine hits every row alike.
  for (let k = 0; k < targets.length; k++) {
    const m = measure(targets[k].url);
    rows[k].ms.push(m.ms);
    rows[k].rss.push(m.rssMb);
    rows[k].cjs.push(m.cjs);
  }
}
console.log(`\n### Streaming: import cost of tributary/streaming (fresh process each, median of ${REPEATS})\n`);
console.log('| Process | import ms | RSS MB after import | CommonJS modules loaded |');
console.log('| --- | ---: | ---: | ---: |');
for (const row of rows)
  console.log(`| ${row.what} | ${fixed(median(row.ms), 1)} | ${fixed(median(row.rss), 1)} | ${int(median(row.cjs))} |`);
