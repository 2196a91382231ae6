/** kafka-configs' --add-config / --delete-config parsing (Kafka's ConfigCommand rules). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfigsToAdd, parseConfigsToDelete } from '../../../../cli/configs/add-config.js';
import { ConfigCommandError } from '../../../../cli/configs/entity-type.js';

describe('--add-config', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('splits at commas outside brackets and drops the brackets', () => {
    const m = parseConfigsToAdd(['k1=v1, k2=[a,b,c] ,k3 = v3,empty='], undefined);
    expect([...m]).toEqual([
      ['k1', 'v1'],
      ['k2', 'a,b,c'],
      ['k3', 'v3'],
      ['empty', ''],
    ]);
  });

  it('refuses an item without exactly one key=value', () => {
    for (const bad of ['novalue', 'a=b=c', '=x']) {
      expect(() => parseConfigsToAdd([bad], undefined)).toThrow(ConfigCommandError);
      expect(() => parseConfigsToAdd([bad], undefined)).toThrow(/all configs to be added must be in the format "key=val"/);
    }
  });

  it('reads --add-config-file, and --add-config wins over it', () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-addcfg-'));
    dirs.push(d);
    const f = path.join(d, 'c.properties');
    fs.writeFileSync(f, 'log.cleaner.threads=3\nmessage.max.bytes=2000\n');
    const m = parseConfigsToAdd(['log.cleaner.threads=2'], f);
    expect(Object.fromEntries(m)).toEqual({ 'log.cleaner.threads': '2', 'message.max.bytes': '2000' });
    expect(() => parseConfigsToAdd([], path.join(d, 'missing'))).toThrow(/Cannot read/);
  });
});

describe('--delete-config', () => {
  it('splits names at commas and trims them', () => {
    expect(parseConfigsToDelete(['a, b', 'c,'])).toEqual(['a', 'b', 'c']);
  });
});
