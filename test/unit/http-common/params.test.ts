import { describe, expect, it } from 'vitest';
import { enumParam, intParam, nameParam } from '../../../http-common/params.js';

function errorOf(f: () => unknown): { code: string; statusCode: number; parameter: string; message: string } {
  try {
    f();
  } catch (e) {
    return e as never;
  }
  throw new Error('no error');
}

describe('HTTP parameters', () => {
  it('parses integers in range and names the parameter otherwise', () => {
    expect(intParam({ partition: '2' }, 'partition', 0, 3)).toBe(2);
    expect(intParam({ partition: '3' }, 'partition', 0, 3)).toBe(3);
    expect(intParam({}, 'partition', 0, 3)).toBeUndefined();
    expect(intParam({ partition: '' }, 'partition', 0, 3)).toBeUndefined();
    expect(intParam({}, 'rate', 1, 10, 5)).toBe(5);
    for (const bad of ['x', '4', '-1', '1.5']) {
      const e = errorOf(() => intParam({ partition: bad }, 'partition', 0, 3));
      expect(e.code).toBe('TRB_ERR_BAD_PARAMETER');
      expect(e.statusCode).toBe(400);
      expect(e.parameter).toBe('partition');
      expect(e.message).toContain(`'${bad}'`);
    }
  });

  it('parses enums and names', () => {
    expect(enumParam({ internal: 'true' }, 'internal', ['true', 'false'], 'false')).toBe('true');
    expect(enumParam({}, 'internal', ['true', 'false'], 'false')).toBe('false');
    expect(errorOf(() => enumParam({ internal: 'yes' }, 'internal', ['true', 'false'], 'false')).parameter).toBe('internal');
    expect(nameParam('orders', 'name')).toBe('orders');
    expect(errorOf(() => nameParam('', 'name')).message).toContain('is required');
    expect(errorOf(() => nameParam('x'.repeat(250), 'name')).message).toContain('249');
  });

  it('rejects a repeated parameter', () => {
    expect(errorOf(() => intParam({ partition: ['1', '2'] }, 'partition', 0, 3)).parameter).toBe('partition');
  });
});
