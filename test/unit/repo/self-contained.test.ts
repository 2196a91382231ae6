/**
 * The repository stands alone: a clone with nothing beside it builds and
 * tests. No source, test, script or config file may read a path outside the
 * repository (such as a shared folder beside it); Kafka's schemas are kept
 * in protocol/schemas.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SKIP = new Set(['node_modules', 'dist', '.git', 'test-output', 'data', 'protocol/schemas']);

function* files(dir: string): Generator<string> {
  for (const e of fs.readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (SKIP.has(rel) || e.name.startsWith('tributary-cluster')) continue;
    if (e.isDirectory()) yield* files(rel);
    else if (/\.(ts|mts|js|mjs|cjs|sh|json|properties)$/.test(e.name) && e.name !== 'package-lock.json') yield rel;
  }
}

describe('self-contained repository', () => {
  it('keeps Kafka schemas and the error table in protocol/schemas', () => {
    const messages = fs.readdirSync(path.join(repoRoot, 'protocol/schemas/messages')).filter((f) => f.endsWith('.json'));
    expect(messages.length).toBeGreaterThan(100);
    expect(messages).toContain('ProduceRequest.json');
    const errors = JSON.parse(fs.readFileSync(path.join(repoRoot, 'protocol/schemas/errors.json'), 'utf8')) as unknown[];
    expect(errors.length).toBeGreaterThan(100);
  });

  it('has no file that reads a folder beside the repository', () => {
    const offenders: string[] = [];
    const needle = ['..', 'shared'].join('/');
    for (const f of files('')) {
      if (fs.readFileSync(path.join(repoRoot, f), 'utf8').includes(needle)) offenders.push(f);
    }
    expect(offenders).toEqual([]);
  });
});
