/**
 * Command-line parsing the way Kafka's tools do it (joptsimple): long options
 * `--name value` or `--name=value`, flags without a value, options that may be
 * repeated (`--property a=b --property c=d`), and unambiguous prefixes
 * (`--from-beg` is `--from-beginning`). Anything else is a UsageError, which
 * the tool runner prints together with the usage table.
 */

/** One option a tool accepts. */
export interface OptionSpec {
  /** Without the leading dashes: "bootstrap-server". */
  name: string;
  /** Help text. */
  desc: string;
  /**
   * 'required' takes a value, 'optional' may take one, 'many' takes every
   * following argument up to the next option (argparse's nargs='+', as the
   * perf tools' --producer-props), absent is a flag.
   */
  arg?: 'required' | 'optional' | 'many';
  /** What the value is, shown in the usage table: "server to connect to". */
  metavar?: string;
  /** Shown as "(default: ...)" in the usage table. */
  default?: string;
}

/** Wrong arguments: the runner prints the message and the usage, exit code 1. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** `--help` was given: the runner prints the usage on stdout, exit code 0. */
export class HelpRequested extends Error {
  constructor() {
    super('help');
    this.name = 'HelpRequested';
  }
}

/** The parsed command line. */
export class ParsedArgs {
  /** Arguments that are not options, in order. */
  readonly positional: string[] = [];
  /** The options given, in command-line order (one entry per occurrence). */
  readonly order: string[] = [];
  private readonly seen = new Map<string, string[]>();

  /** Records `value` for option `name` (used by the parser). */
  add(name: string, value: string): void {
    this.order.push(name);
    const list = this.seen.get(name);
    if (list) list.push(value);
    else this.seen.set(name, [value]);
  }

  /** Whether the option was given. */
  has(name: string): boolean {
    return this.seen.has(name);
  }

  /** The last value of an option (joptsimple's valueOf), or undefined. */
  value(name: string): string | undefined {
    const list = this.seen.get(name);
    if (!list) return undefined;
    const v = list[list.length - 1];
    return v === '' ? undefined : v;
  }

  /** Every value of a repeatable option, in order. */
  values(name: string): string[] {
    return (this.seen.get(name) ?? []).filter((v) => v !== '');
  }

  /** The value parsed as an integer; a UsageError names the option when it is not one. */
  int(name: string): number | undefined {
    const v = this.value(name);
    if (v === undefined) return undefined;
    if (!/^[+-]?\d+$/.test(v.trim())) throw new UsageError(`Cannot parse argument '${v}' of option ${name}`);
    return Number(v.trim());
  }

  /** The names of the options that were given. */
  names(): string[] {
    return [...this.seen.keys()];
  }
}

function resolve(specs: readonly OptionSpec[], raw: string): OptionSpec {
  const exact = specs.find((s) => s.name === raw);
  if (exact) return exact;
  const prefixed = specs.filter((s) => s.name.startsWith(raw));
  if (prefixed.length === 1) return prefixed[0];
  if (prefixed.length > 1) throw new UsageError(`Option '${raw}' is ambiguous: ${prefixed.map((s) => s.name).join(', ')}`);
  throw new UsageError(`${raw} is not a recognized option`);
}

/**
 * Parses `argv` (without node and the script) against `specs`. `--help` and
 * `-h` throw HelpRequested. Values may start with a dash only with `=`
 * (`--offset=-1` ... Kafka's parser behaves the same for negative numbers).
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const out = new ParsedArgs();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') throw new HelpRequested();
    if (a === '--') {
      out.positional.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a.length === 2) {
      out.positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const rawName = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    const spec = resolve(specs, rawName);
    if (eq >= 0) {
      if (!spec.arg) throw new UsageError(`Option ${spec.name} does not take an argument`);
      out.add(spec.name, a.slice(eq + 1));
      continue;
    }
    if (spec.arg === 'many') {
      let n = 0;
      while (i + 1 < argv.length && !(argv[i + 1].startsWith('--') && argv[i + 1].length > 2)) {
        out.add(spec.name, argv[++i]);
        n++;
      }
      if (n === 0) throw new UsageError(`Option ${spec.name} requires an argument`);
    } else if (spec.arg === 'required') {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2))
        throw new UsageError(`Option ${spec.name} requires an argument`);
      out.add(spec.name, next);
      i++;
    } else if (spec.arg === 'optional') {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('-')) {
        out.add(spec.name, next);
        i++;
      } else out.add(spec.name, '');
    } else out.add(spec.name, '');
  }
  return out;
}

/** The usage table Kafka's tools print: "Option  Description" with wrapped text. */
export function formatUsage(summary: string, specs: readonly OptionSpec[]): string {
  const all: OptionSpec[] = [...specs, { name: 'help', desc: 'Print usage information.' }];
  const left = all.map((s) => {
    let l = `--${s.name}`;
    if (s.arg === 'required') l += ` <${s.metavar ?? 'String'}>`;
    else if (s.arg === 'many') l += ` <${s.metavar ?? 'String'}> [...]`;
    else if (s.arg === 'optional') l += ` [${s.metavar ?? 'String'}]`;
    return l;
  });
  const width = Math.min(40, Math.max(6, ...left.map((l) => l.length)));
  const lines = [summary, `${'Option'.padEnd(width)}  Description`, `${'------'.padEnd(width)}  -----------`];
  all.forEach((s, i) => {
    const desc = s.default !== undefined ? `${s.desc} (default: ${s.default})` : s.desc;
    const wrapped = wrap(desc, 72);
    if (left[i].length > width) {
      lines.push(left[i]);
      for (const w of wrapped) lines.push(`${' '.repeat(width)}  ${w}`);
    } else {
      lines.push(`${left[i].padEnd(width)}  ${wrapped[0] ?? ''}`);
      for (const w of wrapped.slice(1)) lines.push(`${' '.repeat(width)}  ${w}`);
    }
  });
  return lines.join('\n');
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/)) {
      if (word === '') continue;
      if (line.length > 0 && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line.length > 0 ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

/** Throws a UsageError unless exactly one of `actions` was given. */
export function requireOneAction(args: ParsedArgs, actions: readonly string[]): string {
  const given = actions.filter((a) => args.has(a));
  if (given.length !== 1) throw new UsageError(`Command must include exactly one action: ${actions.map((a) => `--${a}`).join(', ')}`);
  return given[0];
}

/** Throws a UsageError naming the first of `names` that is missing. */
export function requireOptions(args: ParsedArgs, ...names: string[]): void {
  for (const n of names) if (!args.has(n) || args.value(n) === undefined) throw new UsageError(`Missing required argument "[${n}]"`);
}

/** Throws a UsageError when `option` is combined with any of `invalid` ("Option "[x]" can't be used with option "[y]""). */
export function rejectCombination(args: ParsedArgs, option: string, invalid: readonly string[]): void {
  if (!args.has(option)) return;
  for (const other of invalid) {
    if (args.has(other)) throw new UsageError(`Option "[${option}]" can't be used with option "[${other}]"`);
  }
}

/** Parses `k=v` strings (from --property, --config, ...) into a map; a UsageError names a malformed one. */
export function parseKeyValues(items: readonly string[], what: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new UsageError(`Invalid ${what} '${item}': expected key=value`);
    out.set(item.slice(0, eq).trim(), item.slice(eq + 1).trim());
  }
  return out;
}
