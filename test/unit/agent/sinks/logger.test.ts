import { describe, expect, it } from 'vitest';
import { dumpBody, formatEvent, formatHeaders } from '../../../../agent/sinks/logger.js';
import { makeEvent } from '../../../../agent/event.js';

describe('logger sink format', () => {
  it("prints Flume's event line: hex of up to 16 bytes padded to 16 columns, then the text", () => {
    expect(formatEvent(makeEvent('Hello world!\r'))).toBe(
      '{ headers:{} body: 48 65 6C 6C 6F 20 77 6F 72 6C 64 21 0D          Hello world!. }',
    );
  });

  it('cuts the body at maxBytesToLog and prints headers as a Java map', () => {
    const e = makeEvent('abcdefghijklmnopqrstuvwxyz', { host: 'web1', timestamp: '1525' });
    expect(formatEvent(e)).toBe(
      '{ headers:{host=web1, timestamp=1525} body: 61 62 63 64 65 66 67 68 69 6A 6B 6C 6D 6E 6F 70 abcdefghijklmnop }',
    );
    expect(formatHeaders({})).toBe('{}');
  });

  it('prints an empty body as nothing, and longer dumps as offset rows', () => {
    expect(formatEvent(makeEvent(''))).toBe('{ headers:{} body: }');
    expect(dumpBody(Buffer.from('0123456789abcdefXY'), 32)).toBe(
      ' 30 31 32 33 34 35 36 37 38 39 61 62 63 64 65 66 0123456789abcdef\n00000010 58 59' + ' '.repeat(43) + 'XY',
    );
  });
});
