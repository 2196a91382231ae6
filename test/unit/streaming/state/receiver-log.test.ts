import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReceiverLog } from '../../../../streaming/state/receiver-log.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-wal-'));
  dirs.push(d);
  return path.join(d, 'receivedData', '0');
}

/** Every record from `offset` on, flattened. */
function all<T>(log: ReceiverLog<T>, offset = 0): T[] {
  return log.readFrom(offset).flatMap((e) => e.records);
}

describe('ReceiverLog', () => {
  it('numbers records in store order, reads them back from any offset after a reopen, Buffers included', () => {
    const dir = tmp();
    const log = ReceiverLog.open<unknown>(dir);
    expect(log.append(['a', 'b'])).toBe(0);
    expect(log.append([{ n: 1 }])).toBe(2);
    expect(log.append([Buffer.from([1, 2, 3])])).toBe(3);
    log.close();
    const again = ReceiverLog.open<unknown>(dir);
    expect(again.endOffset).toBe(4);
    expect(all(again)).toEqual(['a', 'b', { n: 1 }, Buffer.from([1, 2, 3])]);
    expect(again.readFrom(1)).toEqual([
      { offset: 1, records: ['b'] },
      { offset: 2, records: [{ n: 1 }] },
      { offset: 3, records: [Buffer.from([1, 2, 3])] },
    ]);
    expect(again.append(['c'])).toBe(4);
    expect(all(again, 4)).toEqual(['c']);
    again.close();
  });

  it('rolls segments by size and deletes the ones wholly below an offset, the active one too; offsets go on', () => {
    const dir = tmp();
    const log = ReceiverLog.open<string>(dir, { segmentBytes: 100 });
    for (let i = 0; i < 10; i++) log.append([`record-${i}-${'x'.repeat(40)}`]);
    const names = fs.readdirSync(dir).sort();
    expect(names.length).toBeGreaterThan(3);
    expect(names[0]).toBe('00000000000000000000.log');
    log.deleteBefore(5);
    expect(log.startOffset).toBeLessThanOrEqual(5);
    expect(all(log, 5).map((r) => r.slice(0, 8))).toEqual(['record-5', 'record-6', 'record-7', 'record-8', 'record-9']);
    log.deleteBefore(10);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(log.append(['next'])).toBe(10);
    expect(fs.readdirSync(dir)).toEqual(['00000000000000000010.log']);
    log.close();
    // A log whose segments were all deleted continues at the checkpoint's offset.
    fs.rmSync(path.join(dir, '00000000000000000010.log'));
    const reopened = ReceiverLog.open<string>(dir, { startAt: 11 });
    expect(reopened.append(['later'])).toBe(11);
    reopened.close();
  });

  it('cuts off a torn entry at the end of the last segment (a write killed half-way)', () => {
    const dir = tmp();
    const log = ReceiverLog.open<string>(dir);
    log.append(['one', 'two']);
    log.append(['three']);
    log.close();
    const file = path.join(dir, '00000000000000000000.log');
    const size = fs.statSync(file).size;
    fs.truncateSync(file, size - 3);
    const again = ReceiverLog.open<string>(dir);
    expect(all(again)).toEqual(['one', 'two']);
    expect(again.append(['four'])).toBe(2);
    again.close();
    expect(all(ReceiverLog.open<string>(dir))).toEqual(['one', 'two', 'four']);
  });

  it('refuses a damaged segment that is not the last, and fresh starts empty', () => {
    const dir = tmp();
    const log = ReceiverLog.open<string>(dir, { segmentBytes: 10 });
    log.append(['aaaa']);
    log.append(['bbbb']);
    log.close();
    const first = path.join(dir, '00000000000000000000.log');
    const buf = fs.readFileSync(first);
    buf[buf.length - 2] ^= 0xff;
    fs.writeFileSync(first, buf);
    expect(() => ReceiverLog.open<string>(dir)).toThrow(/damaged entry at byte 0 of a segment that is not the last/);
    const fresh = ReceiverLog.open<string>(dir, { fresh: true });
    expect(fresh.endOffset).toBe(0);
    expect(fs.readdirSync(dir)).toEqual([]);
    fresh.close();
  });
});
