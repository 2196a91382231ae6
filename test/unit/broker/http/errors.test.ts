import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, errorBody } from '../../../../http-common/errors.js';
import { GroupNotFound, TopicNotFound } from '../../../../broker/http/errors.js';

describe('broker HTTP errors', () => {
  it('are in the shared catalogue with their statuses', () => {
    expect(ERROR_CATALOGUE).toEqual(
      expect.arrayContaining([
        { code: 'TRB_ERR_TOPIC_NOT_FOUND', statusCode: 404 },
        { code: 'TRB_ERR_GROUP_NOT_FOUND', statusCode: 404 },
        { code: 'TRB_ERR_PARTITION_NOT_LOCAL', statusCode: 409 },
        { code: 'TRB_ERR_TOO_MANY_TAILS', statusCode: 429 },
        { code: 'TRB_ERR_GROUPS_UNAVAILABLE', statusCode: 503 },
      ]),
    );
  });

  it('render with the name of what is missing', () => {
    expect(errorBody(new TopicNotFound('x'))).toEqual({
      statusCode: 404,
      code: 'TRB_ERR_TOPIC_NOT_FOUND',
      error: 'Not Found',
      message: "topic 'x' does not exist",
    });
    expect(errorBody(new GroupNotFound('g'))).toMatchObject({ statusCode: 404, message: "consumer group 'g' does not exist" });
  });
});
