/**
 * The taildir source's position file, in Flume's format: a JSON array with
 * one entry per tailed file, `[{"inode":2496272,"pos":12,"file":"/var/log/app.log"}]`,
 * `pos` being the byte offset just past the last line committed to the
 * channels (exclusive: reading resumes there). Files are known by inode, so
 * a renamed (rotated) file keeps its position.
 *
 * Written whole to `<file>.tmp`, then renamed over the file, so a crash
 * leaves either the old or the new content, never a torn one. A missing file
 * means "no positions"; a corrupt one is an error naming it.
 */
import fs from 'node:fs';
import path from 'node:path';

/** One tailed file's position. */
export interface TailPosition {
  inode: number;
  pos: number;
  file: string;
}

/** Reads the positions; [] when the file does not exist. */
export function readPositions(file: string): TailPosition[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  if (text.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(`position file ${file} is not valid JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new Error(`position file ${file}: expected a JSON array`);
  const out: TailPosition[] = [];
  for (const e of parsed as Record<string, unknown>[]) {
    if (typeof e?.inode !== 'number' || typeof e.pos !== 'number' || typeof e.file !== 'string')
      throw new Error(`position file ${file}: entry ${JSON.stringify(e)} lacks inode, pos or file`);
    out.push({ inode: e.inode, pos: e.pos, file: e.file });
  }
  return out;
}

/** Writes the positions atomically (temporary file, then rename). */
export function writePositions(file: string, positions: readonly TailPosition[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(positions.map((p) => ({ inode: p.inode, pos: p.pos, file: p.file }))));
  fs.renameSync(tmp, file);
}
