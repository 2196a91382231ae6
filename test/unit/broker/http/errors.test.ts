import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, TopicNotFound, badParameter, errorBody } from '../../../../broker/http/errors.js';

describe('HTTP error catalogue', () => {
  it('has unique TRB_ERR_ codes with statuses', () => {
    const codes = ERROR_CATALOGUE.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of ERROR_CATALOGUE) {
      expect(e.code).toMatch(/^TRB_ERR_[A-Z_]+$/);
      expect(e.statusCode).toBeGreaterThanOrEqual(400);
    }
  });

  it('renders catalogue errors, bad parameters and unknown errors', () => {
    expect(errorBody(new TopicNotFound('x'))).toEqual({
      statusCode: 404,
      code: 'TRB_ERR_TOPIC_NOT_FOUND',
      error: 'Not Found',
      message: "topic 'x' does not exist",
    });
    expect(errorBody(badParameter('seconds', 'must be an integer'))).toMatchObject({
      statusCode: 400,
      code: 'TRB_ERR_BAD_PARAMETER',
      parameter: 'seconds',
    });
    expect(errorBody(new Error('boom'))).toMatchObject({ statusCode: 500, code: 'TRB_ERR_INTERNAL', message: 'internal error: boom' });
  });
});
