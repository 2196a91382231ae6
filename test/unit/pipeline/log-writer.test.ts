import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AccessLogGenerator } from '../../../pipeline/generator.js';
import { LogWriter } from '../../../pipeline/log-writer.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tempFile(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'log-writer-'));
  dirs.push(d);
  return path.join(d, 'access.log');
}

describe('LogWriter', () => {
  it('writes `count` whole lines, then stops by itself; a simulated clock gives the generator its times', async () => {
    const file = tempFile();
    const start = new Date(2024, 4, 1, 12, 0, 0);
    const w = new LogWriter({ file, rate: 5000, count: 1234, seed: 5, startTime: start, stepMs: 250 });
    await w.start();
    await w.done;
    const text = fs.readFileSync(file, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(1234);
    expect(w.written).toBe(1234);
    const g = new AccessLogGenerator(5);
    for (let i = 0; i < lines.length; i++) expect(lines[i]).toBe(g.next(new Date(start.getTime() + i * 250)));
  });

  it('appends to an existing file and stops on stop()', async () => {
    const file = tempFile();
    fs.writeFileSync(file, 'old line\n');
    const w = new LogWriter({ file, rate: 200, seed: 1 });
    await w.start();
    while (w.written < 3) await new Promise((r) => setTimeout(r, 20));
    await w.stop();
    await w.done;
    const after = w.written;
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('old line');
    expect(lines).toHaveLength(after + 1);
    await new Promise((r) => setTimeout(r, 250));
    expect(fs.readFileSync(file, 'utf8').trimEnd().split('\n')).toHaveLength(after + 1);
  });

  it('refuses bad options', () => {
    expect(() => new LogWriter({ file: 'x', rate: 0, seed: 1 })).toThrow('rate must be a positive number of lines per second, got 0');
    expect(() => new LogWriter({ file: 'x', rate: 1, seed: 1, count: -1 })).toThrow('count must be a whole number ≥ 0, got -1');
  });
});
