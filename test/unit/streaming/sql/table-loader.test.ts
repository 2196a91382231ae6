import { afterAll, describe, expect, it } from 'vitest';
import { SqlEngine } from '../../../../streaming/sql/engine.js';
import { recordsToColumns } from '../../../../streaming/sql/schema.js';

const engines: SqlEngine[] = [];
afterAll(async () => {
  for (const e of engines) await e.close();
});

describe('appendColumns (through SqlEngine.createTable)', () => {
  it('every loadable type round-trips, NULLs included, across several data chunks', async () => {
    const e = await SqlEngine.open();
    engines.push(e);
    const n = 5000; // more than two chunks of 2048
    const records = Array.from({ length: n }, (_, i) =>
      i % 7 === 3
        ? [null, null, null, null, null, null, null, null, null, null, null]
        : [
            `s${i}`,
            i % 2 === 0,
            (i % 200) - 100,
            i - 2500,
            i * 1000,
            2 ** 40 + i,
            i / 4,
            i / 8,
            new Date(Date.UTC(2024, 0, 1) + i * 86_400_000),
            new Date(Date.UTC(2024, 0, 1, 12, 0, 0, i % 1000)),
            Buffer.from([i % 256, 0]),
          ],
    );
    const data = recordsToColumns(
      records,
      's STRING, b BOOLEAN, t TINYINT, sm SMALLINT, i INT, l BIGINT, f FLOAT, d DOUBLE, day DATE, ts TIMESTAMP, bin BINARY',
    );
    await e.exclusive(() => e.createTable('all_types', data));
    const r = await e.exclusive(() => e.query('SELECT * FROM all_types'));
    expect(r.columns.map((c) => c.type)).toEqual([
      'VARCHAR',
      'BOOLEAN',
      'TINYINT',
      'SMALLINT',
      'INTEGER',
      'BIGINT',
      'FLOAT',
      'DOUBLE',
      'DATE',
      'TIMESTAMP',
      'BLOB',
    ]);
    expect(r.rows.length).toBe(n);
    for (const i of [0, 1, 3, 2047, 2048, 4999]) {
      const want = records[i].map((v, c) => (v === null ? null : c === 8 ? new Date(Date.UTC(2024, 0, 1) + i * 86_400_000) : v));
      expect(r.rows[i], `row ${i}`).toEqual(want);
    }
    const sums = await e.exclusive(() => e.query('SELECT count(s), sum(i), count(*) FILTER (WHERE b) FROM all_types'));
    const kept = records.filter((x) => x[0] !== null);
    expect(sums.rows[0]).toEqual([kept.length, kept.reduce((a, x) => a + (x[4] as number), 0), kept.filter((x) => x[1]).length]);
  });

  it('replaceTable swaps atomically: a reader sees the old rows or the new ones, never a half-loaded table', async () => {
    const e = await SqlEngine.open();
    engines.push(e);
    const big = (v: number): ReturnType<typeof recordsToColumns> =>
      recordsToColumns(
        Array.from({ length: 20_000 }, () => v),
        ['v'],
      );
    await e.exclusive(() => e.replaceTable('t', big(1)));
    const seen = new Set<string>();
    let writing = true;
    const writer = (async () => {
      for (let k = 2; k <= 6; k++) await e.exclusive(() => e.replaceTable('t', big(k)));
      writing = false;
    })();
    while (writing) {
      const r = await e.readerQuery('SELECT count(*), min(v), max(v) FROM t', 10, 10_000);
      seen.add(JSON.stringify(r.rows[0]));
    }
    await writer;
    for (const s of seen) {
      const [count, min, max] = JSON.parse(s) as number[];
      expect(count).toBe(20_000);
      expect(min).toBe(max);
    }
    expect((await e.tables()).map((t) => t.name)).toEqual(['t']);
  });

  it('a reader query is interrupted after its timeout', async () => {
    const e = await SqlEngine.open();
    engines.push(e);
    await expect(e.readerQuery('SELECT count(*) FROM range(100000000000) a', 10, 100)).rejects.toThrow('query interrupted after 100 ms');
  });
});
