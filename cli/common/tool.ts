/**
 * The frame every tool runs in: parse the arguments, run, and turn every
 * failure into Kafka's behaviour — a usage error prints the message and the
 * usage table on stderr (exit 1), `--help` prints the table on stdout
 * (exit 0), any other error prints one line on stderr (exit 1). Output is
 * flushed before the process exits, so piping a tool into `head` or a file
 * loses nothing.
 */
import { formatUsage, HelpRequested, parseArgs, UsageError, type OptionSpec, type ParsedArgs } from './args.js';

/** An error whose message is already the one line to print (no "Error: " prefix added). */
export class ToolError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'ToolError';
  }
}

/** What a tool declares about itself. */
export interface ToolDefinition {
  /** Kafka's name without ".sh": "kafka-topics". */
  name: string;
  /** First line of the usage: what the tool does. */
  summary: string;
  options: readonly OptionSpec[];
  /** Runs the tool; resolves to the exit code (default 0). */
  run: (args: ParsedArgs) => Promise<number | void>;
}

/** Writes `text` to a stream and resolves once it is flushed. */
export function flush(stream: NodeJS.WriteStream, text = ''): Promise<void> {
  return new Promise((resolve) => {
    if (!stream.write(text)) stream.once('drain', () => resolve());
    else if (text === '') resolve();
    else stream.write('', () => resolve());
  });
}

/** Flushes stdout and stderr, then exits with `code`. */
export async function exitAfterFlush(code: number): Promise<never> {
  await Promise.all([flush(process.stdout), flush(process.stderr)]);
  process.exit(code);
}

/** A one-line description of any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) {
    const msg = err.message || err.name;
    return msg.split('\n')[0];
  }
  return String(err);
}

/** Runs a tool as the main program of this process. */
export function runTool(def: ToolDefinition): void {
  process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';
  // A closed pipe (`... | head`) ends the tool quietly, as Kafka's tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  const usage = formatUsage(def.summary, def.options);
  const main = async (): Promise<number> => {
    const argv = process.argv.slice(2);
    const args = parseArgs(argv, def.options);
    const code = await def.run(args);
    return code ?? 0;
  };
  main()
    .then((code) => exitAfterFlush(code))
    .catch(async (err: unknown) => {
      if (err instanceof HelpRequested) {
        process.stdout.write(`${usage}\n`);
        return exitAfterFlush(0);
      }
      if (err instanceof UsageError) {
        process.stderr.write(`${err.message}\n${usage}\n`);
        return exitAfterFlush(1);
      }
      if (err instanceof ToolError) {
        process.stderr.write(`${err.message}\n`);
        return exitAfterFlush(err.exitCode);
      }
      process.stderr.write(`Error: ${errorMessage(err)}\n`);
      if (process.env.TRIBUTARY_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
      return exitAfterFlush(1);
    });
}
