import { describe, expect, it } from 'vitest';
import { bytesJson } from '../../../../broker/http/record-json.js';

describe('bytesJson', () => {
  it('keeps printable UTF-8 as text', () => {
    expect(bytesJson(Buffer.from('héllo\n'), 100)).toEqual({ data: 'héllo\n', encoding: 'utf8', size: 7, truncated: false });
  });

  it('sends binary and control characters as base64', () => {
    const b = Buffer.from([0, 1, 2, 0xff]);
    expect(bytesJson(b, 100)).toEqual({ data: b.toString('base64'), encoding: 'base64', size: 4, truncated: false });
    expect(bytesJson(Buffer.from('a\u0001b'), 100)?.encoding).toBe('base64');
  });

  it('cuts text on a character boundary and says so', () => {
    const r = bytesJson(Buffer.from('aé€'), 4)!; // 1 + 2 + 3 bytes
    expect(r).toEqual({ data: 'aé', encoding: 'utf8', size: 6, truncated: true });
    const bin = bytesJson(Buffer.alloc(10, 0xff), 4)!;
    expect(Buffer.from(bin.data, 'base64').length).toBe(4);
    expect(bin.truncated).toBe(true);
  });

  it('keeps null as null', () => {
    expect(bytesJson(null, 10)).toBeNull();
  });
});
