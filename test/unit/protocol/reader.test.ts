/**
 * Reader: fixed-width primitives, varints and zigzag, classic vs compact
 * lengths, nulls, views, and ProtocolError on truncated or malformed input.
 * Expected bytes are written out by hand from the Kafka protocol guide.
 */
import { describe, expect, it } from 'vitest';
import { ProtocolError, Reader, ZERO_UUID, uuidToString } from '../../../protocol/reader.js';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const reader = (s: string): Reader => new Reader(hex(s));

describe('Reader fixed-width primitives', () => {
  it('reads big-endian integers, bool and float64', () => {
    const r = reader('ff 7f  8000 ffff  ffff  80000000 7fffffff  ffffffff  01 00 02  400921fb54442d18');
    expect(r.int8()).toBe(-1);
    expect(r.int8()).toBe(127);
    expect(r.int16()).toBe(-32768);
    expect(r.int16()).toBe(-1);
    expect(r.uint16()).toBe(65535);
    expect(r.int32()).toBe(-2147483648);
    expect(r.int32()).toBe(2147483647);
    expect(r.uint32()).toBe(4294967295);
    expect(r.bool()).toBe(true);
    expect(r.bool()).toBe(false);
    expect(r.bool()).toBe(true); // any non-zero byte
    expect(r.float64()).toBe(Math.PI);
    expect(r.remaining).toBe(0);
  });

  it('reads int64 exactly within ±2^53', () => {
    const cases: [string, number][] = [
      ['0000000000000000', 0],
      ['ffffffffffffffff', -1],
      ['0000000080000000', 2 ** 31],
      ['ffffffff80000000', -(2 ** 31)],
      ['0000000100000000', 2 ** 32],
      ['001fffffffffffff', 2 ** 53 - 1],
      ['ffe0000000000001', -(2 ** 53 - 1)],
      ['0000012345678abc', 0x12345678abc],
    ];
    for (const [h, n] of cases) expect(reader(h).int64(), h).toBe(n);
  });

  it('formats UUIDs canonically (lowercase 8-4-4-4-12)', () => {
    expect(reader('00112233445566778899AABBCCDDEEFF').uuid()).toBe('00112233-4455-6677-8899-aabbccddeeff');
    expect(reader('00'.repeat(16)).uuid()).toBe(ZERO_UUID);
    expect(uuidToString(hex('ff' + 'ab'.repeat(16)), 1)).toBe('abababab-abab-abab-abab-abababababab');
  });

  it('honours a start position and an exclusive end', () => {
    const r = new Reader(hex('0102030405'), 1, 3);
    expect(r.remaining).toBe(2);
    expect(r.int16()).toBe(0x0203);
    expect(() => r.int8()).toThrow(ProtocolError);
  });
});

describe('Reader varints', () => {
  it('reads unsigned varints', () => {
    const cases: [string, number][] = [
      ['00', 0],
      ['01', 1],
      ['7f', 127],
      ['8001', 128],
      ['ac02', 300],
      ['ffff7f', 2 ** 21 - 1],
      ['ffffffff07', 2 ** 31 - 1],
      ['8080808008', 2 ** 31],
      ['ffffffff0f', 2 ** 32 - 1],
    ];
    for (const [h, n] of cases) {
      const r = reader(h);
      expect(r.uvarint(), h).toBe(n);
      expect(r.remaining).toBe(0);
    }
  });

  it('reads zigzag varints (int32)', () => {
    const cases: [string, number][] = [
      ['00', 0],
      ['01', -1],
      ['02', 1],
      ['03', -2],
      ['feffffff0f', 2 ** 31 - 1],
      ['ffffffff0f', -(2 ** 31)],
    ];
    for (const [h, n] of cases) expect(reader(h).varint(), h).toBe(n);
  });

  it('reads zigzag varlongs up to ±(2^53 - 1)', () => {
    const cases: [string, number][] = [
      ['00', 0],
      ['01', -1],
      ['02', 1],
      ['8080808010', 2 ** 31],
      ['ffffffff0f', -(2 ** 31)],
      ['8080808020', 2 ** 32],
      ['feffffffffffff1f', 2 ** 53 - 1],
      ['fdffffffffffff1f', -(2 ** 53 - 1)],
      ['fbffffffffffff1f', -(2 ** 53 - 2)], // zigzag 2^54 - 5 is not an exact double
      ['f9ffffffffffff1f', -(2 ** 53 - 3)],
      ['feffffffffffff0f', 2 ** 52 - 1],
      ['fdffffffffffff0f', -(2 ** 52 - 1)],
    ];
    for (const [h, n] of cases) {
      const r = reader(h);
      expect(r.varlong(), h).toBe(n);
      expect(r.remaining).toBe(0);
    }
  });

  it('reads a 10-byte varlong (a full 64-bit zigzag value) without throwing', () => {
    // zigzag(-2^63) = 2^64 - 1: nine 0xff bytes and 0x01. The result is out of
    // the exact range but must be a large negative number.
    expect(reader('ffffffffffffffffff01').varlong()).toBeLessThan(-(2 ** 62));
  });

  it('rejects over-long and truncated varints', () => {
    expect(() => reader('8080808080').uvarint()).toThrow(ProtocolError); // 5th byte continues
    expect(() => reader('808080808001').uvarint()).toThrow(ProtocolError); // 6 bytes
    expect(() => reader('80').uvarint()).toThrow(ProtocolError);
    expect(() => reader('').uvarint()).toThrow(ProtocolError);
    expect(() => reader('ff').varint()).toThrow(ProtocolError);
    expect(() => reader('ffffffffffffffffffff01').varlong()).toThrow(ProtocolError); // 11 bytes
    expect(() => reader('8080').varlong()).toThrow(ProtocolError);
  });
});

describe('Reader strings, bytes and arrays', () => {
  it('reads classic strings (int16 length) and null', () => {
    const r = reader('0003 616263  0000  ffff  ffff');
    expect(r.string(false)).toBe('abc');
    expect(r.string(false)).toBe('');
    expect(r.nullableString(false)).toBeNull();
    expect(r.string(false)).toBe(''); // a null where none is allowed reads as empty
  });

  it('reads compact strings (uvarint length + 1) and null', () => {
    const r = reader('04 616263  01  00  00');
    expect(r.string(true)).toBe('abc');
    expect(r.string(true)).toBe('');
    expect(r.nullableString(true)).toBeNull();
    expect(r.string(true)).toBe('');
  });

  it('decodes UTF-8', () => {
    const s = 'é中😀';
    const b = Buffer.from(s, 'utf8');
    const r = new Reader(Buffer.concat([Buffer.from([b.length + 1]), b]));
    expect(r.string(true)).toBe(s);
  });

  it('reads classic and compact bytes as views of the source', () => {
    const buf = hex('00000002 abcd  ffffffff  03 0102  00  00000000');
    const r = new Reader(buf);
    const a = r.bytes(false);
    expect(a).toEqual(hex('abcd'));
    expect(a.buffer).toBe(buf.buffer); // a view, not a copy
    expect(a.byteOffset).toBe(buf.byteOffset + 4);
    expect(r.nullableBytes(false)).toBeNull();
    expect(r.bytes(true)).toEqual(hex('0102'));
    expect(r.nullableBytes(true)).toBeNull();
    expect(r.bytes(false)).toEqual(Buffer.alloc(0));
  });

  it('reads classic and compact array lengths and null', () => {
    const r = reader('00000002 ffffffff 03 00 01 aaaa');
    expect(r.arrayLength(false)).toBe(2);
    expect(r.arrayLength(false)).toBe(-1);
    expect(r.arrayLength(true)).toBe(2);
    expect(r.arrayLength(true)).toBe(-1);
    expect(r.arrayLength(true)).toBe(0);
  });

  it('rejects an array length larger than the bytes left', () => {
    expect(() => reader('00000010 00').arrayLength(false)).toThrow(ProtocolError);
    expect(() => reader('7f').arrayLength(true)).toThrow(ProtocolError);
  });
});

describe('Reader on truncated input', () => {
  const cases: [string, string, (r: Reader) => unknown][] = [
    ['int8', '', (r) => r.int8()],
    ['int16', '01', (r) => r.int16()],
    ['uint16', '01', (r) => r.uint16()],
    ['int32', '010203', (r) => r.int32()],
    ['int64', '01020304050607', (r) => r.int64()],
    ['float64', '0102', (r) => r.float64()],
    ['bool', '', (r) => r.bool()],
    ['uuid', '00'.repeat(15), (r) => r.uuid()],
    ['classic string body', '0005 6162', (r) => r.string(false)],
    ['classic string length', '00', (r) => r.nullableString(false)],
    ['compact string body', '06 6162', (r) => r.string(true)],
    ['classic bytes body', '00000005 01', (r) => r.bytes(false)],
    ['compact bytes body', '05 01', (r) => r.nullableBytes(true)],
    ['skip', '0102', (r) => r.skip(3)],
  ];
  it.each(cases)('%s throws ProtocolError', (_name, h, read) => {
    let err: unknown;
    try {
      read(reader(h));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ProtocolError);
    expect((err as ProtocolError).code).toBe('ERR_KAFKA_PROTOCOL');
  });
});
