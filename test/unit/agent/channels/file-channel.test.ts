import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileChannel, fileChannelOptions } from '../../../../agent/channels/file-channel.js';
import { ChannelFullError } from '../../../../agent/errors.js';
import { makeEvent } from '../../../../agent/event.js';
import { MemoryLog, ctxOf } from '../helpers.js';

const dirs: string[] = [];
const open: FileChannel[] = [];
afterEach(async () => {
  for (const c of open.splice(0)) await c.stop();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-fc-'));
  dirs.push(d);
  return d;
}

async function channel(dir: string, props: Record<string, string> = {}): Promise<FileChannel> {
  const ch = new FileChannel(
    'c1',
    fileChannelOptions(
      ctxOf({
        checkpointDir: path.join(dir, 'cp'),
        dataDirs: path.join(dir, 'data'),
        minimumRequiredSpace: '0',
        'keep-alive': '0',
        checkpointInterval: '3600000',
        ...props,
      }),
    ),
    new MemoryLog().for('c1', 'FileChannel'),
  );
  await ch.start();
  open.push(ch);
  return ch;
}

/**
 * What a crash leaves: a copy of the channel's directories as they are now
 * (every commit was fsynced, so the files hold what the disk would), with the
 * lock files of a process that no longer exists. Returns the copy's root.
 */
function crashCopy(dir: string): string {
  const copy = tmp();
  fs.cpSync(dir, copy, { recursive: true });
  for (const d of ['cp', 'data']) fs.writeFileSync(path.join(copy, d, 'in_use.lock'), '999999\n');
  return copy;
}

async function put(ch: FileChannel, bodies: string[], headers: Record<string, string> = {}, mark?: [string, string]): Promise<void> {
  const tx = ch.begin();
  for (const b of bodies) tx.put(makeEvent(b, headers));
  if (mark) tx.setMark(...mark);
  await tx.commit();
}

async function takeAll(ch: FileChannel, commit = true): Promise<string[]> {
  const tx = ch.begin();
  const events = await tx.take(10_000);
  if (commit) await tx.commit();
  else await tx.rollback();
  return events.map((e) => e.body.toString());
}

describe('FileChannel', () => {
  it('keeps events, headers and order across a clean restart', async () => {
    const dir = tmp();
    let ch = await channel(dir);
    await put(ch, ['a', 'b'], { h: 'v' });
    await put(ch, ['c']);
    await ch.stop();
    open.splice(open.indexOf(ch), 1);
    ch = await channel(dir);
    const tx = ch.begin();
    const events = await tx.take(10);
    expect(events.map((e) => [e.body.toString(), e.headers])).toEqual([
      ['a', { h: 'v' }],
      ['b', { h: 'v' }],
      ['c', {}],
    ]);
    await tx.commit();
    expect(ch.size()).toBe(0);
  });

  it('loses nothing committed when the process dies without a checkpoint, and keeps uncommitted takes', async () => {
    const dir = tmp();
    const ch = await channel(dir);
    for (let i = 0; i < 50; i++) await put(ch, [`e${i}`]);
    expect((await takeAll(ch)).length).toBe(50);
    await put(ch, ['x', 'y']);
    const tx = ch.begin();
    await tx.take(1);
    const again = await channel(crashCopy(dir));
    expect(await takeAll(again)).toEqual(['x', 'y']);
  });

  it('replays after a checkpoint, and truncates a torn last block', async () => {
    const dir = tmp();
    const ch = await channel(dir);
    await put(ch, ['before-1', 'before-2']);
    await ch.checkpoint();
    await takeAll(ch).then((l) => expect(l).toEqual(['before-1', 'before-2']));
    await put(ch, ['after']);
    const copy = crashCopy(dir);
    const file = fs
      .readdirSync(path.join(copy, 'data'))
      .filter((f) => f.startsWith('log-'))
      .sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)))
      .at(-1)!;
    fs.appendFileSync(path.join(copy, 'data', file), Buffer.from([0, 0, 0, 40, 1, 2, 3]));
    const again = await channel(copy);
    expect(await takeAll(again)).toEqual(['after']);
    await put(again, ['next']);
    expect(await takeAll(again)).toEqual(['next']);
  });

  it('returns rolled-back takes to the head', async () => {
    const ch = await channel(tmp());
    await put(ch, ['1', '2', '3']);
    expect(await takeAll(ch, false)).toEqual(['1', '2', '3']);
    expect(await takeAll(ch)).toEqual(['1', '2', '3']);
  });

  it('keeps source marks with the commits, across restarts', async () => {
    const dir = tmp();
    const ch = await channel(dir);
    await put(ch, ['a'], {}, ['src', '10']);
    await put(ch, ['b'], {}, ['src', '20']);
    const copy = crashCopy(dir);
    const again = await channel(copy);
    expect(again.mark('src')).toBe('20');
    await again.checkpoint();
    await again.stop();
    open.splice(open.indexOf(again), 1);
    expect((await channel(copy)).mark('src')).toBe('20');
  });

  it('refuses commits past capacity', async () => {
    const ch = await channel(tmp(), { capacity: '3', transactionCapacity: '3' });
    await put(ch, ['1', '2']);
    await expect(put(ch, ['3', '4'])).rejects.toBeInstanceOf(ChannelFullError);
    await put(ch, ['3']);
    expect(ch.size()).toBe(3);
  });

  it('rolls data files at maxFileSize and deletes the ones no checkpoint needs', async () => {
    const dir = tmp();
    const ch = await channel(dir, { maxFileSize: '2048' });
    for (let i = 0; i < 40; i++) await put(ch, ['x'.repeat(200)]);
    const count = (): number => fs.readdirSync(path.join(dir, 'data')).filter((f) => f.startsWith('log-')).length;
    expect(count()).toBeGreaterThan(3);
    expect((await takeAll(ch)).length).toBe(40);
    await put(ch, ['last']);
    await ch.checkpoint();
    await ch.checkpoint();
    expect(count()).toBeLessThanOrEqual(2);
    expect(await takeAll(await channel(crashCopy(dir), { maxFileSize: '2048' }))).toEqual(['last']);
  });

  it('keeps concurrent commits consistent (group commit): committed puts = committed takes + what a restart finds', async () => {
    const dir = tmp();
    const ch = await channel(dir, { checkpointInterval: '50' });
    const committed: string[] = [];
    const taken: string[] = [];
    const producer = async (p: number): Promise<void> => {
      for (let i = 0; i < 30; i++) {
        const bodies = [`${p}-${i}-a`, `${p}-${i}-b`];
        await put(ch, bodies);
        committed.push(...bodies);
      }
    };
    const consumer = async (): Promise<void> => {
      for (let i = 0; i < 40; i++) {
        const tx = ch.begin();
        const events = await tx.take(3);
        if (i % 4 === 3) {
          await tx.rollback();
          continue;
        }
        await tx.commit();
        taken.push(...events.map((e) => e.body.toString()));
      }
    };
    await Promise.all([producer(1), producer(2), producer(3), consumer(), consumer()]);
    const copy = crashCopy(dir);
    const rest = await takeAll(await channel(copy));
    expect([...taken, ...rest].sort()).toEqual([...committed].sort());
    expect(new Set(taken).size).toBe(taken.length);
  });

  it('refuses a directory another live process holds', async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'cp'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'cp', 'in_use.lock'), `${process.ppid}\n`);
    await expect(channel(dir)).rejects.toThrow(`is in use by process ${process.ppid}`);
  });
});
