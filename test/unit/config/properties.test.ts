import { describe, expect, it, onTestFinished } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PropertiesSyntaxError,
  formatProperties,
  parseProperties,
  parsePropertiesEntries,
  readPropertiesFile,
} from '../../../config/properties.js';

const obj = (text: string) => Object.fromEntries(parseProperties(text));

describe('parseProperties', () => {
  it('accepts =, : and whitespace as separators', () => {
    expect(obj('a=1\nb:2\nc 3\nd\t4\ne\f5')).toEqual({ a: '1', b: '2', c: '3', d: '4', e: '5' });
  });

  it('skips whitespace around the separator but keeps trailing whitespace of the value', () => {
    expect(obj('  key   =   value  \n')).toEqual({ key: 'value  ' });
    expect(obj('key : value')).toEqual({ key: 'value' });
  });

  it('takes only the first separator; a second = or : belongs to the value', () => {
    expect(obj('a==b\nc = :d\ne=f=g')).toEqual({ a: '=b', c: ':d', e: 'f=g' });
  });

  it('whitespace then = counts as one separator', () => {
    expect(obj('key = = v')).toEqual({ key: '= v' });
  });

  it('gives a key with no value the empty string', () => {
    expect(obj('alone\nempty=\nspaced =   ')).toEqual({ alone: '', empty: '', spaced: '' });
  });

  it('skips # and ! comments and blank lines, including indented ones', () => {
    expect(obj('# c\n! c\n   # indented\n\n\t\na=1\n')).toEqual({ a: '1' });
  });

  it('does not treat # inside a value as a comment', () => {
    expect(obj('a=1 # not a comment')).toEqual({ a: '1 # not a comment' });
  });

  it('joins continuation lines and drops their leading whitespace', () => {
    expect(obj('list=a,\\\n     b,\\\n\tc\nnext=1')).toEqual({ list: 'a,b,c', next: '1' });
  });

  it('continues a key across lines too', () => {
    expect(obj('lo\\\n  ng=v')).toEqual({ long: 'v' });
  });

  it('does not continue a comment line', () => {
    expect(obj('# comment \\\na=1')).toEqual({ a: '1' });
  });

  it('treats # at the start of a continuation line as content', () => {
    expect(obj('a=x\\\n#y')).toEqual({ a: 'x#y' });
  });

  it('an even number of trailing backslashes is an escaped backslash, not a continuation', () => {
    expect(obj('a=x\\\\\nb=y')).toEqual({ a: 'x\\', b: 'y' });
    expect(obj('a=x\\\\\\\n y')).toEqual({ a: 'x\\y' });
  });

  it('ends a logical line at an empty continuation line', () => {
    expect(obj('a=x\\\n\nb=y')).toEqual({ a: 'x', b: 'y' });
  });

  it('drops a backslash at the very end of the text', () => {
    expect(obj('a=x\\')).toEqual({ a: 'x' });
  });

  it('handles \\r\\n and lone \\r line ends', () => {
    expect(obj('a=1\r\nb=2\rc=3\r\nd=4\\\r\n  5')).toEqual({ a: '1', b: '2', c: '3', d: '45' });
  });

  it('resolves escapes', () => {
    expect(obj('a=\\t\\n\\r\\f\nb=\\u0041\\u00e9\nc=\\\\\nd=\\=\\:\\#\\!\\ x\ne=\\q')).toEqual({
      a: '\t\n\r\f',
      b: 'Aé',
      c: '\\',
      d: '=:#! x',
      e: 'q',
    });
  });

  it('allows escaped separators and spaces in keys', () => {
    expect(obj('a\\=b=1\nc\\:d:2\ne\\ f 3')).toEqual({ 'a=b': '1', 'c:d': '2', 'e f': '3' });
  });

  it('keeps an escaped leading space of a value', () => {
    expect(obj('a=\\  x')).toEqual({ a: '  x' });
  });

  it('throws on a malformed \\u escape with the line number', () => {
    expect(() => parseProperties('ok=1\nbad=\\u12G4')).toThrow(PropertiesSyntaxError);
    try {
      parseProperties('ok=1\nbad=\\u12');
    } catch (e) {
      expect((e as PropertiesSyntaxError).line).toBe(2);
    }
  });

  it('keeps the last value of a repeated key', () => {
    expect(obj('a=1\nb=2\na=3')).toEqual({ a: '3', b: '2' });
  });

  it('reports entries with their starting line, duplicates included', () => {
    expect(parsePropertiesEntries('# c\na=1\n\nb=x\\\n y\na=2')).toEqual([
      { key: 'a', value: '1', line: 2 },
      { key: 'b', value: 'xy', line: 4 },
      { key: 'a', value: '2', line: 6 },
    ]);
  });

  it('returns an empty map for empty or comment-only text', () => {
    expect(parseProperties('').size).toBe(0);
    expect(parseProperties('# only\n\n!comments\n').size).toBe(0);
  });
});

describe('formatProperties', () => {
  it('round-trips awkward keys and values', () => {
    const entries: [string, string][] = [
      ['plain', 'value'],
      ['with space', ' leading and trailing '],
      ['sep=:', 'a=b:c'],
      ['#hash', '!bang #x'],
      ['ctl', 'tab\tnl\ncr\rff\f'],
      ['uni', 'héllo ✓'],
      ['back\\slash', 'c:\\dir\\'],
      ['empty', ''],
    ];
    const text = formatProperties(entries);
    expect([...parseProperties(text)]).toEqual(entries);
    expect(text).toMatch(/^[\x20-\x7e\n]*$/);
  });
});

describe('readPropertiesFile', () => {
  it('reads a UTF-8 file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'props-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'x.properties');
    writeFileSync(file, 'name=café\n');
    expect(readPropertiesFile(file).get('name')).toBe('café');
  });
});
