import { describe, expect, it } from 'vitest';
import { ctxOf } from '../helpers.js';

describe('ComponentContext', () => {
  it('reads typed values, old names after new ones, and names the full key in errors', () => {
    const ctx = ctxOf({ port: '44', flag: 'TRUE', old: 'x', list: ' a  b ', bad: 'abc' });
    expect(ctx.int('port', 0)).toBe(44);
    expect(ctx.bool('flag', false)).toBe(true);
    expect(ctx.string(['new', 'old'])).toBe('x');
    expect(ctx.list('list')).toEqual(['a', 'b']);
    expect(() => ctx.int('bad', 0)).toThrow("a1.test.bad: 'abc' is not an integer");
    expect(() => ctx.int('port', 0, { max: 10 })).toThrow('a1.test.port: 44 is above the maximum 10');
    expect(() => ctx.bool('bad', false)).toThrow('a1.test.bad');
    expect(() => ctx.required('missing')).toThrow('a1.test.missing: is required');
    expect(() => ctx.choice('old', ['a', 'b'], 'a')).toThrow("'x' is not one of a, b");
  });

  it('reports keys nobody read, through sub-contexts too', () => {
    const ctx = ctxOf({ port: '1', 'selector.type': 'replicating', 'selector.typo': 'x', stray: 'y' });
    ctx.int('port', 0);
    ctx.sub('selector.').string('type');
    expect(ctx.unusedKeys().sort()).toEqual(['a1.test.selector.typo', 'a1.test.stray']);
  });
});
