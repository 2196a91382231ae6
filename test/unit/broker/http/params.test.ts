import { describe, expect, it } from 'vitest';
import { positionParam } from '../../../../broker/http/params.js';

function errorOf(f: () => unknown): { code: string; parameter: string } {
  try {
    f();
  } catch (e) {
    return e as never;
  }
  throw new Error('no error');
}

describe('tail start position parameter', () => {
  it('parses beginning, end, offsets and last-N', () => {
    expect(positionParam({ from: 'beginning' }, 'from', { kind: 'end' })).toEqual({ kind: 'beginning' });
    expect(positionParam({ from: 'earliest' }, 'from', { kind: 'end' })).toEqual({ kind: 'beginning' });
    expect(positionParam({ from: 'latest' }, 'from', { kind: 'beginning' })).toEqual({ kind: 'end' });
    expect(positionParam({ from: '42' }, 'from', { kind: 'end' })).toEqual({ kind: 'offset', offset: 42 });
    expect(positionParam({ from: '-5' }, 'from', { kind: 'end' })).toEqual({ kind: 'last', count: 5 });
    expect(positionParam({}, 'from', { kind: 'end' })).toEqual({ kind: 'end' });
  });

  it('names the parameter when it is neither', () => {
    const e = errorOf(() => positionParam({ from: 'soon' }, 'from', { kind: 'end' }));
    expect(e.code).toBe('TRB_ERR_BAD_PARAMETER');
    expect(e.parameter).toBe('from');
    expect(errorOf(() => positionParam({ from: ['1', '2'] }, 'from', { kind: 'end' })).parameter).toBe('from');
  });
});
