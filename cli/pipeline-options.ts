/**
 * The generator's command-line options, shared by `tributary pipeline` and
 * `tributary pipeline generate`, and their checks.
 */
import { UsageError, type OptionSpec, type ParsedArgs } from './common/args.js';
import { parseLogTime } from '../pipeline/access-log.js';

/** What the generator options parse to. */
export interface GeneratorArgs {
  rate: number;
  count: number;
  seed: number;
  startTime?: Date;
  stepMs?: number;
  malformedRatio: number;
}

/** The generator's options. */
export const GENERATOR_OPTIONS: readonly OptionSpec[] = [
  { name: 'rate', arg: 'required', metavar: 'LINES/S', desc: 'Lines written per second.', default: '10' },
  { name: 'count', arg: 'required', metavar: 'N', desc: 'Stop writing after N lines (0: never).', default: '0' },
  {
    name: 'seed',
    arg: 'required',
    metavar: 'N',
    desc: 'Seed of the generator: the same seed writes the same lines (default: random, printed).',
  },
  {
    name: 'start-time',
    arg: 'required',
    metavar: '"yyyy-MM-dd HH:mm:ss"',
    desc: 'Time of the first line, then --step-ms per line (a simulated clock); default: each line gets the wall clock.',
  },
  { name: 'step-ms', arg: 'required', metavar: 'MS', desc: 'With --start-time: milliseconds between two lines (default 1000 / rate).' },
  { name: 'malformed-ratio', arg: 'required', metavar: 'R', desc: 'Share of malformed lines, 0 to 1.', default: '0.01' },
];

function number(args: ParsedArgs, name: string): number | undefined {
  const v = args.value(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new UsageError(`Cannot parse argument '${v}' of option ${name}`);
  return n;
}

/** The generator options of `args`, checked. */
export function generatorOptions(args: ParsedArgs): GeneratorArgs {
  const rate = number(args, 'rate') ?? 10;
  if (rate <= 0) throw new UsageError('--rate must be more than 0 lines per second');
  const count = args.int('count') ?? 0;
  if (count < 0) throw new UsageError('--count must be 0 (no limit) or more');
  const seed = args.int('seed') ?? Math.floor(Math.random() * 2 ** 31);
  const start = args.value('start-time');
  let startTime: Date | undefined;
  if (start !== undefined) {
    try {
      startTime = parseLogTime(start);
    } catch (err) {
      throw new UsageError(`--start-time: ${(err as Error).message}`);
    }
  }
  const stepMs = number(args, 'step-ms');
  if (stepMs !== undefined && (stepMs < 0 || startTime === undefined))
    throw new UsageError('--step-ms needs --start-time and must be 0 or more');
  const malformedRatio = number(args, 'malformed-ratio') ?? 0.01;
  if (malformedRatio < 0 || malformedRatio > 1) throw new UsageError('--malformed-ratio must be between 0 and 1');
  return { rate, count, seed, startTime, stepMs, malformedRatio };
}
