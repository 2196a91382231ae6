import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, errorBody } from '../../../../http-common/errors.js';
import { BatchNotFound } from '../../../../streaming/ui/errors.js';

describe('streaming UI errors', () => {
  it('answer a missing batch with 404 and TRB_ERR_BATCH_NOT_FOUND', () => {
    expect(ERROR_CATALOGUE).toContainEqual({ code: 'TRB_ERR_BATCH_NOT_FOUND', statusCode: 404 });
    expect(errorBody(new BatchNotFound(1700000000000))).toEqual({
      statusCode: 404,
      code: 'TRB_ERR_BATCH_NOT_FOUND',
      error: 'Not Found',
      message: 'no retained batch at time 1700000000000',
    });
  });
});
