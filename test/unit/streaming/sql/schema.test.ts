import { describe, expect, it } from 'vitest';
import { parseDdl, recordsToColumns } from '../../../../streaming/sql/schema.js';

describe('recordsToColumns', () => {
  it('objects: one column per key in first-encounter order, missing keys NULL, types inferred per column', () => {
    const d = recordsToColumns([{ word: 'a', n: 1 }, { word: 'b', n: 2.5, flag: true }, null, { n: 2 ** 40 }]);
    expect(d.columns).toEqual([
      { name: 'word', type: 'VARCHAR' },
      { name: 'n', type: 'DOUBLE' },
      { name: 'flag', type: 'BOOLEAN' },
    ]);
    expect(d.data).toEqual([
      ['a', 'b', null, null],
      [1, 2.5, null, 2 ** 40],
      [null, true, null, null],
    ]);
    expect(d.rowCount).toBe(4);
  });

  it('integers: INTEGER within 32 bits, BIGINT beyond (bigints too, as numbers when safe)', () => {
    expect(recordsToColumns([1, -2147483648, 2147483647]).columns).toEqual([{ name: 'value', type: 'INTEGER' }]);
    const big = recordsToColumns([1, 2147483648, 5n, 2n ** 62n]);
    expect(big.columns).toEqual([{ name: 'value', type: 'BIGINT' }]);
    expect(big.data[0]).toEqual([1, 2147483648, 5, 2n ** 62n]);
  });

  it('tuples get _1, _2, ...; primitives "value"; given names replace them; Dates, Buffers and objects', () => {
    const t = recordsToColumns([
      ['a', 1],
      ['b', 2],
    ]);
    expect(t.columns.map((c) => c.name)).toEqual(['_1', '_2']);
    expect(recordsToColumns(['x'], ['word']).columns).toEqual([{ name: 'word', type: 'VARCHAR' }]);
    const when = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
    const misc = recordsToColumns([[when, Buffer.from('ab'), { k: [1] }]], ['t', 'b', 'j']);
    expect(misc.columns.map((c) => c.type)).toEqual(['TIMESTAMP', 'BLOB', 'VARCHAR']);
    expect(misc.data[2]).toEqual(['{"k":[1]}']);
    // Names pick the keys of objects, in the order given.
    expect(recordsToColumns([{ a: 1, b: 'x' }], ['b', 'a']).data).toEqual([['x'], [1]]);
  });

  it('a DDL schema gives names and types, converting what fits and naming what does not', () => {
    expect(parseDdl('word STRING, total BIGINT, `odd name` double, d: date')).toEqual([
      { name: 'word', type: 'VARCHAR' },
      { name: 'total', type: 'BIGINT' },
      { name: 'odd name', type: 'DOUBLE' },
      { name: 'd', type: 'DATE' },
    ]);
    const d = recordsToColumns([{ word: 7, total: 3n }], 'word STRING, total LONG');
    expect(d.data).toEqual([['7'], [3]]);
    expect(() => recordsToColumns([{ n: 'x' }], 'n INT')).toThrow("column 'n' (INTEGER): row 0 holds a string (x)");
    expect(() => recordsToColumns([{ n: 2 ** 31 }], 'n INT')).toThrow("column 'n' (INTEGER): row 0 holds a number (2147483648)");
    expect(() => parseDdl('a MAP')).toThrow("column 'a': type 'MAP' is not supported here; use one of STRING, VARCHAR");
    expect(() => parseDdl('justaname')).toThrow(`schema 'justaname': 'justaname' is not "name TYPE"`);
  });

  it('empty input: the given names with VARCHAR (or declared) types; without names an error that says what to do', () => {
    expect(recordsToColumns([], ['word']).columns).toEqual([{ name: 'word', type: 'VARCHAR' }]);
    expect(recordsToColumns([], 'word STRING, n INT').columns).toEqual([
      { name: 'word', type: 'VARCHAR' },
      { name: 'n', type: 'INTEGER' },
    ]);
    expect(() => recordsToColumns([])).toThrow(/cannot be inferred/);
    expect(() => recordsToColumns([{}])).toThrow(
      /the columns of an empty DataFrame cannot be inferred: give them, e\.g\. rdd\.toDF\("word"\)/,
    );
  });

  it('refuses mixed kinds in a column, mixed record shapes, wrong name counts and duplicate names', () => {
    expect(() => recordsToColumns([{ a: 1 }, { a: 'x' }])).toThrow(
      `column 'a': row 1 holds a string, earlier rows a number (declare the column's type, e.g. "a STRING")`,
    );
    expect(() => recordsToColumns([{ a: 1 }, 'x'])).toThrow('row 1 is a string, but the first row is an object');
    expect(() => recordsToColumns([[1, 2]], ['a'])).toThrow('1 column name(s) (a) given for records of 2 field(s)');
    expect(() => recordsToColumns(['x'], ['a', 'b'])).toThrow('2 column name(s) (a, b) given for records of 1 field');
    expect(() => recordsToColumns([[1, 2]], ['a', 'A'])).toThrow("column 'A' is given twice");
  });
});
