/**
 * Writer: the exact bytes of every primitive (expected hex written by hand
 * from the Kafka protocol guide), Writer→Reader round trips of edge values,
 * chunking of large byte fields (kept by reference), and pooling.
 */
import { describe, expect, it } from 'vitest';
import { Reader } from '../../../protocol/reader.js';
import { Writer } from '../../../protocol/writer.js';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

/** The bytes `fn` writes into a fresh Writer. */
function bytesOf(fn: (w: Writer) => void): Buffer {
  const w = new Writer();
  fn(w);
  return w.finishBuffer();
}

describe('Writer fixed-width primitives', () => {
  it('writes big-endian integers, bool, float64 and uuid', () => {
    const b = bytesOf((w) => {
      w.int8(-1);
      w.int16(-32768);
      w.uint16(65535);
      w.int32(-2147483648);
      w.uint32(4294967295);
      w.bool(true);
      w.bool(false);
      w.float64(Math.PI);
      w.uuid('00112233-4455-6677-8899-aabbccddeeff');
      w.uuid('ffeeddccbbaa99887766554433221100');
    });
    expect(b.toString('hex')).toBe(
      'ff8000ffff80000000ffffffff0100400921fb54442d18' + '00112233445566778899aabbccddeeff' + 'ffeeddccbbaa99887766554433221100',
    );
  });

  it('writes int64 exactly within ±2^53', () => {
    const cases: [number, string][] = [
      [0, '0000000000000000'],
      [-1, 'ffffffffffffffff'],
      [2 ** 31, '0000000080000000'],
      [-(2 ** 31), 'ffffffff80000000'],
      [2 ** 32, '0000000100000000'],
      [-(2 ** 32), 'ffffffff00000000'],
      [2 ** 53 - 1, '001fffffffffffff'],
      [-(2 ** 53 - 1), 'ffe0000000000001'],
    ];
    for (const [n, h] of cases) {
      const b = bytesOf((w) => w.int64(n));
      expect(b.toString('hex'), String(n)).toBe(h);
      expect(new Reader(b).int64()).toBe(n);
    }
  });

  it('rejects a malformed uuid', () => {
    expect(() => bytesOf((w) => w.uuid('not-a-uuid'))).toThrow(RangeError);
  });
});

describe('Writer varints', () => {
  it('writes unsigned varints', () => {
    const cases: [number, string][] = [
      [0, '00'],
      [127, '7f'],
      [128, '8001'],
      [300, 'ac02'],
      [2 ** 31 - 1, 'ffffffff07'],
      [2 ** 32 - 1, 'ffffffff0f'],
    ];
    for (const [n, h] of cases) expect(bytesOf((w) => w.uvarint(n)).toString('hex'), String(n)).toBe(h);
  });

  it('writes zigzag varints and reads them back', () => {
    const cases: [number, string][] = [
      [0, '00'],
      [-1, '01'],
      [1, '02'],
      [-64, '7f'],
      [64, '8001'],
      [2 ** 31 - 1, 'feffffff0f'],
      [-(2 ** 31), 'ffffffff0f'],
    ];
    for (const [n, h] of cases) {
      const b = bytesOf((w) => w.varint(n));
      expect(b.toString('hex'), String(n)).toBe(h);
      expect(new Reader(b).varint()).toBe(n);
    }
  });

  it('writes zigzag varlongs up to ±(2^53 - 1) and reads them back', () => {
    const cases: [number, string][] = [
      [0, '00'],
      [-1, '01'],
      [1, '02'],
      [2 ** 31, '8080808010'],
      [-(2 ** 31), 'ffffffff0f'],
      [2 ** 32, '8080808020'],
      [2 ** 53 - 1, 'feffffffffffff1f'],
      [-(2 ** 53 - 1), 'fdffffffffffff1f'],
      [2 ** 53 - 2, 'fcffffffffffff1f'],
      [-(2 ** 53 - 2), 'fbffffffffffff1f'],
    ];
    for (const [n, h] of cases) {
      const b = bytesOf((w) => w.varlong(n));
      expect(b.toString('hex'), String(n)).toBe(h);
      expect(new Reader(b).varlong(), String(n)).toBe(n);
    }
  });

  it('round-trips every power of two and its neighbours through varlong', () => {
    for (let e = 0; e <= 53; e++) {
      for (const base of [2 ** e - 1, 2 ** e, 2 ** e + 1]) {
        if (base > Number.MAX_SAFE_INTEGER) continue;
        for (const n of base === 0 ? [0] : [base, -base]) {
          const b = bytesOf((w) => w.varlong(n));
          expect(new Reader(b).varlong(), String(n)).toBe(n);
        }
      }
    }
  });
});

describe('Writer strings, bytes and arrays', () => {
  it('writes classic lengths (int16 strings, int32 bytes and arrays) and nulls', () => {
    const b = bytesOf((w) => {
      w.string('abc', false);
      w.nullableString(null, false);
      w.bytes(hex('abcd'), false);
      w.nullableBytes(null, false);
      w.arrayLength(2, false);
      w.arrayLength(-1, false);
    });
    expect(b.toString('hex')).toBe('0003616263' + 'ffff' + '00000002abcd' + 'ffffffff' + '00000002' + 'ffffffff');
  });

  it('writes compact lengths (uvarint length + 1) and nulls', () => {
    const b = bytesOf((w) => {
      w.string('abc', true);
      w.string('', true);
      w.nullableString(null, true);
      w.bytes(hex('abcd'), true);
      w.nullableBytes(null, true);
      w.arrayLength(2, true);
      w.arrayLength(-1, true);
      w.arrayLength(0, true);
    });
    expect(b.toString('hex')).toBe('04616263' + '01' + '00' + '03abcd' + '00' + '03' + '00' + '01');
  });

  it('writes a compact length past one varint byte', () => {
    const s = 'x'.repeat(200);
    const b = bytesOf((w) => w.string(s, true));
    expect(b.subarray(0, 2).toString('hex')).toBe('c901'); // 201
    expect(new Reader(b).string(true)).toBe(s);
  });

  it('measures and encodes strings as UTF-8', () => {
    const s = 'é中😀';
    const b = bytesOf((w) => w.string(s, false));
    expect(b.readInt16BE(0)).toBe(Buffer.byteLength(s));
    expect(new Reader(b).string(false)).toBe(s);
  });

  it('grows its scratch buffer past the initial size', () => {
    const s = 'é'.repeat(5000);
    const b = bytesOf((w) => {
      for (let i = 0; i < 3; i++) w.string(s, true);
    });
    const r = new Reader(b);
    for (let i = 0; i < 3; i++) expect(r.string(true)).toBe(s);
    expect(r.remaining).toBe(0);
  });
});

describe('Writer chunking', () => {
  it('keeps a large bytes field as its own chunk, by reference', () => {
    const big = Buffer.alloc(4096, 7);
    const w = new Writer();
    w.int32(1);
    w.bytes(big, false);
    w.int16(2);
    const chunks = w.finish();
    expect(chunks.length).toBe(3);
    expect(chunks[0].toString('hex')).toBe('00000001' + '00001000');
    expect(chunks[1]).toBe(big); // the very same Buffer, not a copy
    expect(chunks[2].toString('hex')).toBe('0002');
    expect(w.length).toBe(8 + 4096 + 2);
  });

  it('keeps a Uint8Array of 1024 bytes by reference too (a view, no copy)', () => {
    const big = new Uint8Array(1024).fill(9);
    const w = new Writer();
    w.raw(big);
    const [chunk] = w.finish();
    expect(chunk.length).toBe(1024);
    expect(chunk.buffer).toBe(big.buffer);
  });

  it('copies fields below the threshold into the scratch', () => {
    const small = Buffer.alloc(1023, 1);
    const w = new Writer();
    w.bytes(small, true);
    const chunks = w.finish();
    expect(chunks.length).toBe(1);
    expect(chunks[0].buffer).not.toBe(small.buffer);
  });

  it('handles adjacent references and a reference at the very start', () => {
    const a = Buffer.alloc(2000, 1);
    const b = Buffer.alloc(1500, 2);
    const w = new Writer();
    w.raw(a);
    w.raw(b);
    w.int8(3);
    const chunks = w.finish();
    expect(chunks.map((c) => c.length)).toEqual([2000, 1500, 1]);
    expect(chunks[0]).toBe(a);
    expect(chunks[1]).toBe(b);
  });

  it('finishBuffer concatenates the chunks in order', () => {
    const big = Buffer.alloc(3000);
    for (let i = 0; i < big.length; i++) big[i] = i & 0xff;
    const w = new Writer();
    w.string('head', true);
    w.nullableBytes(big, true);
    w.string('mid', false);
    w.bytes(big, false);
    w.int32(-1);
    const out = w.finishBuffer();
    expect(out.length).toBe(w.length);
    const r = new Reader(out);
    expect(r.string(true)).toBe('head');
    expect(r.nullableBytes(true)).toEqual(big);
    expect(r.string(false)).toBe('mid');
    expect(r.bytes(false)).toEqual(big);
    expect(r.int32()).toBe(-1);
    expect(r.remaining).toBe(0);
  });

  it('append() takes over another writer, references included', () => {
    const big = Buffer.alloc(2048, 5);
    const inner = new Writer();
    inner.int16(7);
    inner.raw(big);
    const outer = new Writer();
    outer.int8(1);
    outer.append(inner);
    outer.int8(2);
    const chunks = outer.finish();
    expect(chunks).toContain(big);
    expect(Buffer.concat(chunks).toString('hex')).toBe('01' + '0007' + '05'.repeat(2048) + '02');
  });

  it('patchInt32 overwrites a size written earlier', () => {
    const w = new Writer();
    w.int32(0);
    w.string('abc', false);
    w.patchInt32(0, w.length - 4);
    expect(w.finishBuffer().toString('hex')).toBe('00000005' + '0003616263');
  });
});

describe('Writer pooling', () => {
  it('release then acquire reuses the same, emptied writer', () => {
    const w = Writer.acquire();
    w.int32(42);
    w.raw(Buffer.alloc(2048));
    const first = w.finish();
    Writer.release(w);
    const again = Writer.acquire();
    expect(again).toBe(w);
    expect(again.length).toBe(0);
    again.int8(1);
    expect(again.finish()).toEqual([Buffer.from([1])]);
    // Chunks returned before release stay valid.
    expect(first[0].readInt32BE(0)).toBe(42);
    Writer.release(again);
  });

  it('gives distinct writers to concurrent holders', () => {
    const a = Writer.acquire();
    const b = Writer.acquire();
    expect(a).not.toBe(b);
    Writer.release(a);
    Writer.release(b);
  });

  it('reset forgets everything written', () => {
    const w = new Writer();
    w.int64(5);
    w.raw(Buffer.alloc(1024));
    w.reset();
    expect(w.length).toBe(0);
    expect(w.finish()).toEqual([Buffer.alloc(0)]);
  });
});

describe('Writer growth', () => {
  // The scratch buffer starts at 4 KiB and doubles; every primitive must land
  // in the new buffer when it is the one that makes it grow.
  const cases: [string, (w: Writer, v: number) => void, (r: Reader) => number, (i: number) => number][] = [
    ['int8', (w, v) => w.int8(v), (r) => r.int8(), (i) => (i % 200) - 100],
    ['bool', (w, v) => w.bool(v === 1), (r) => (r.bool() ? 1 : 0), (i) => i % 2],
    ['int16', (w, v) => w.int16(v), (r) => r.int16(), (i) => i - 2500],
    ['int32', (w, v) => w.int32(v), (r) => r.int32(), (i) => i * 7919 - 1_000_000],
    ['uint32', (w, v) => w.uint32(v), (r) => r.uint32(), (i) => i * 800_000],
    ['float64', (w, v) => w.float64(v), (r) => r.float64(), (i) => i / 4],
    ['uvarint', (w, v) => w.uvarint(v), (r) => r.uvarint(), (i) => i * 1000],
    ['varlong', (w, v) => w.varlong(v), (r) => r.varlong(), (i) => -i * 100_000],
  ];
  for (const [name, write, read, value] of cases) {
    it(`${name} values written across every growth boundary read back`, () => {
      for (let skew = 0; skew < 8; skew++) {
        const w = new Writer();
        for (let k = 0; k < skew; k++) w.int8(0);
        const n = 5000;
        for (let i = 0; i < n; i++) write(w, value(i));
        const r = new Reader(w.finishBuffer());
        for (let k = 0; k < skew; k++) r.int8();
        for (let i = 0; i < n; i++) {
          const got = read(r);
          if (got !== value(i)) throw new Error(`${name} #${i} (skew ${skew}): ${got} !== ${value(i)}`);
        }
      }
    });
  }
});
