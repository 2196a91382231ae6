import { describe, expect, it } from 'vitest';
import { cellText, displayWidth, fromEngine, javaDouble, schemaTree } from '../../../../streaming/sql/cells.js';

describe('cells', () => {
  it('doubles print as Java does', () => {
    expect([1, 1.5, 0.001, 1234567.5, 1e7, 1.5e10, 1e-4, -2, 0, NaN, Infinity].map(javaDouble)).toEqual([
      '1.0',
      '1.5',
      '0.001',
      '1234567.5',
      '1.0E7',
      '1.5E10',
      '1.0E-4',
      '-2.0',
      '0.0',
      'NaN',
      'Infinity',
    ]);
  });

  it("show's text per type: null, decimals, dates, timestamps, binary, lists, structs, maps, control characters", () => {
    const ts = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 120));
    expect(cellText(null, 'VARCHAR')).toBe('null');
    expect(cellText(2, 'DOUBLE')).toBe('2.0');
    expect(cellText(2, 'BIGINT')).toBe('2');
    expect(cellText(12.5, 'DECIMAL(10,2)')).toBe('12.50');
    expect(cellText(ts, 'DATE')).toBe('2024-01-02');
    expect(cellText(ts, 'TIMESTAMP')).toBe('2024-01-02 03:04:05.12');
    expect(cellText(new Date(Date.UTC(2024, 0, 2)), 'TIMESTAMP')).toBe('2024-01-02 00:00:00');
    expect(cellText(Buffer.from([0x61, 0x0a]), 'BLOB')).toBe('[61 0A]');
    expect(cellText([1.5, 2], 'DOUBLE[]')).toBe('[1.5, 2.0]');
    expect(cellText({ x: 1, y: 'z' }, 'STRUCT(x INTEGER, y VARCHAR)')).toBe('{1, z}');
    expect(cellText([{ key: 'k', value: 1 }], 'MAP(VARCHAR, INTEGER)')).toBe('{k -> 1}');
    expect(cellText('a\nb\tc', 'VARCHAR')).toBe('a\\nb\\tc');
    expect(cellText(true, 'BOOLEAN')).toBe('true');
  });

  it('engine values: safe bigints become numbers, others stay bigints, nested too', () => {
    expect(fromEngine(5n)).toBe(5);
    expect(fromEngine(2n ** 60n)).toBe(2n ** 60n);
    expect(fromEngine({ a: [1n, 2n] })).toEqual({ a: [1, 2] });
  });

  it('display width counts East Asian wide characters twice; printSchema uses Spark type names', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('日本')).toBe(4);
    expect(
      schemaTree([
        { name: 'word', type: 'VARCHAR' },
        { name: 'total', type: 'BIGINT' },
        { name: 'xs', type: 'INTEGER[]' },
      ]),
    ).toBe(
      'root\n |-- word: string (nullable = true)\n |-- total: long (nullable = true)\n |-- xs: array (nullable = true)\n |    |-- element: integer (containsNull = true)\n',
    );
  });
});
