import { describe, expect, it } from 'vitest';
import { javaHashMapOrder, parseQuotaValues, quotaLines } from '../../../../cli/configs/client-quotas.js';

describe('kafka-configs quota output', () => {
  it("orders keys as Java's HashMap iterates them", () => {
    expect(javaHashMapOrder(['producer_byte_rate', 'consumer_byte_rate', 'request_percentage'])).toEqual([
      'request_percentage',
      'producer_byte_rate',
      'consumer_byte_rate',
    ]);
  });

  it("prints Kafka's lines with Java doubles", () => {
    const text = quotaLines([
      { entity: [{ entityType: 'user', entityName: 'alice' }], values: new Map([['producer_byte_rate', 1e7]]) },
      {
        entity: [
          { entityType: 'user', entityName: null },
          { entityType: 'client-id', entityName: 'app' },
        ],
        values: new Map([
          ['consumer_byte_rate', 2048],
          ['request_percentage', 0.5],
        ]),
      },
    ]);
    expect(text).toBe(
      "Quota configs for the default user-principal, client-id 'app' are request_percentage=0.5, consumer_byte_rate=2048.0\n" +
        "Quota configs for user-principal 'alice' are producer_byte_rate=1.0E7\n",
    );
  });

  it('refuses a value that is not a number, naming the key', () => {
    expect(() => parseQuotaValues(new Map([['producer_byte_rate', '12k']]))).toThrow(
      'Cannot parse quota configuration value for producer_byte_rate: 12k',
    );
  });
});
