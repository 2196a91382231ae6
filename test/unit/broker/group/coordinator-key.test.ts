import { describe, it, expect } from 'vitest';
import { javaStringHashCode, kafkaAbs, offsetsPartitionFor } from '../../../../broker/group/coordinator-key.js';

describe('coordinator key', () => {
  it("matches Java's String.hashCode", () => {
    expect(javaStringHashCode('')).toBe(0);
    expect(javaStringHashCode('hello')).toBe(99162322);
    expect(javaStringHashCode('Hello World')).toBe(-862545276);
    expect(javaStringHashCode('polygenelubricants')).toBe(-2147483648);
    // UTF-16 code units, as Java: a surrogate pair counts as two chars
    expect(javaStringHashCode('😀')).toBe(0xd83d * 31 + 0xde00);
  });

  it("maps a group to abs(hashCode) % partitions with Kafka's abs", () => {
    expect(kafkaAbs(-2147483648)).toBe(0);
    expect(kafkaAbs(-5)).toBe(5);
    expect(offsetsPartitionFor('polygenelubricants', 50)).toBe(0);
    expect(offsetsPartitionFor('hello', 50)).toBe(99162322 % 50);
    expect(offsetsPartitionFor('Hello World', 50)).toBe(862545276 % 50);
  });
});
