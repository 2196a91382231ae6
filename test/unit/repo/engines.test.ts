/**
 * Every installed package runs on the Node versions the project declares
 * (package.json `engines.node`, >=20.19): npm prints EBADENGINE for a
 * package whose own `engines.node` excludes the running Node, and such a
 * package may use APIs Node 20 lacks. For every package of package-lock.json
 * that is installed, its package.json's `engines.node` must accept the
 * running Node; a package that npm must install (not optional) must also
 * accept the lowest declared version (20.19.0 today). Odd, end-of-life release
 * lines (21.x) that many packages exclude are not checked. Optional packages
 * (platform binaries, optional peers of dev tools) only need to accept the
 * running Node: npm skips or tolerates them elsewhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
  validRange(range: string): string | null;
};

interface LockEntry {
  version?: string;
  optional?: boolean;
  dev?: boolean;
  link?: boolean;
}

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

/** The installed packages of the lock with their `engines.node` (packages without one accept any Node). */
function installedEngines(): { where: string; version: string; node: string; optional: boolean }[] {
  const out: { where: string; version: string; node: string; optional: boolean }[] = [];
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (where === '' || entry.link) continue;
    const file = path.join(repoRoot, where, 'package.json');
    if (!fs.existsSync(file)) continue; // an optional package for another platform
    const installed = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string; engines?: unknown };
    const engines = installed.engines;
    // A few old packages write engines as an array of strings: npm ignores those.
    const node =
      engines !== null && typeof engines === 'object' && !Array.isArray(engines) ? (engines as { node?: unknown }).node : undefined;
    if (typeof node !== 'string') continue;
    out.push({ where, version: installed.version, node, optional: entry.optional === true });
  }
  return out;
}

describe('engines of the installed packages', () => {
  const declared = pkg.engines.node;
  const all = installedEngines();

  it('reads the lock and the installed packages', () => {
    expect(semver.validRange(declared)).not.toBeNull();
    expect(semver.satisfies(process.version, declared)).toBe(true);
    // fastify, pino and vitest declare engines: the walk found the tree.
    expect(all.length).toBeGreaterThan(20);
  });

  it('every installed package accepts the running Node', () => {
    const bad = all.filter((p) => !semver.satisfies(process.version, p.node)).map((p) => `${p.where}@${p.version} wants node ${p.node}`);
    expect(bad).toEqual([]);
  });

  it('every package npm must install accepts the lowest declared Node version', () => {
    const lowest = semver.minVersion(declared)!.version;
    const bad = all
      .filter((p) => !p.optional && !semver.satisfies(lowest, p.node))
      .map((p) => `${p.where}@${p.version} wants node ${p.node}`);
    expect(bad).toEqual([]);
  });
});
