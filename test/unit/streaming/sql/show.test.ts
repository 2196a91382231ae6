import { describe, expect, it } from 'vitest';
import { showString } from '../../../../streaming/sql/show.js';

const cols = [
  { name: 'word', type: 'VARCHAR' },
  { name: 'total', type: 'BIGINT' },
];

describe("show's layout", () => {
  it("Spark's table: right-aligned cells, minimum width 3, the 'only showing' line when rows were left out", () => {
    expect(
      showString(
        cols,
        [
          ['hello', 2],
          ['a', 10],
          ['x', 1],
        ],
        2,
        true,
      ),
    ).toBe(
      [
        '+-----+-----+',
        '| word|total|',
        '+-----+-----+',
        '|hello|    2|',
        '|    a|   10|',
        '+-----+-----+',
        'only showing top 2 rows',
        '',
      ].join('\n'),
    );
    expect(showString([{ name: 'a', type: 'INTEGER' }], [[1]], 1, true)).toBe(
      '+---+\n|  a|\n+---+\n|  1|\n+---+\nonly showing top 1 row\n',
    );
    expect(showString(cols, [], 20, false)).toBe('+----+-----+\n|word|total|\n+----+-----+\n+----+-----+\n');
  });

  it('truncates to 20 characters (17 and "...") by default, to a given width, or not at all (then left-aligned)', () => {
    const long = [['abcdefghijklmnopqrstuvwxyz', 1]];
    expect(showString(cols, long, 20, false)).toContain('|abcdefghijklmnopq...|    1|');
    expect(showString(cols, long, 20, false, 5)).toContain('|ab...|    1|');
    expect(showString(cols, long, 20, false, 2)).toBe('+---+---+\n| wo| to|\n+---+---+\n| ab|  1|\n+---+---+\n');
    expect(showString(cols, long, 20, false, false)).toBe(
      [
        '+--------------------------+-----+',
        '|word                      |total|',
        '+--------------------------+-----+',
        '|abcdefghijklmnopqrstuvwxyz|1    |',
        '+--------------------------+-----+',
        '',
      ].join('\n'),
    );
  });

  it('vertical: one -RECORD block per row', () => {
    expect(showString(cols, [['hello', 2]], 20, false, true, true)).toBe('-RECORD 0------\n word  | hello \n total | 2     \n');
    expect(showString(cols, [], 20, false, true, true)).toBe('(0 rows)\n');
  });

  it('wide characters take two columns', () => {
    expect(showString([{ name: 'w', type: 'VARCHAR' }], [['日本'], ['abc']], 20, false)).toBe(
      '+----+\n|   w|\n+----+\n|日本|\n| abc|\n+----+\n',
    );
  });
});
