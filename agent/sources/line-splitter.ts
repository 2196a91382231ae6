/**
 * Splits a byte stream into lines at `\n`. Complete lines are handed out as
 * Buffers without the `\n`; a `\r` before it is kept or stripped as asked
 * (netcat keeps it, as Flume's netcat source does; exec strips it, as Java's
 * readLine does). A partial line is kept until its end arrives. Lines longer
 * than `maxLength` bytes (newline included) are reported as too long and
 * skipped up to their end.
 */

/** What the splitter found. */
export interface LineSink {
  line(body: Buffer): void;
  /** A line was longer than maxLength; its bytes were dropped. */
  tooLong?(length: number): void;
}

/** A stateful splitter for one stream. */
export class LineSplitter {
  private partial: Buffer[] = [];
  private partialLength = 0;
  private skipping = false;

  /** @param maxLength most bytes of a line including its newline (Infinity: no limit). */
  constructor(
    private readonly sink: LineSink,
    private readonly stripCr: boolean,
    private readonly maxLength = Infinity,
  ) {}

  /** Feeds a chunk. */
  push(chunk: Buffer): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      if (nl < 0) break;
      const length = this.partialLength + (nl - start) + 1;
      if (this.skipping || length > this.maxLength) {
        this.sink.tooLong?.(length);
        this.skipping = false;
      } else {
        let line = this.partialLength === 0 ? chunk.subarray(start, nl) : Buffer.concat([...this.partial, chunk.subarray(start, nl)]);
        if (this.stripCr && line.length > 0 && line[line.length - 1] === 13) line = line.subarray(0, line.length - 1);
        // A copy: the chunk may be large, and events may live long in a channel.
        this.sink.line(Buffer.from(line));
      }
      this.partial = [];
      this.partialLength = 0;
      start = nl + 1;
    }
    if (start < chunk.length) {
      if (this.skipping) return;
      this.partialLength += chunk.length - start;
      if (this.partialLength >= this.maxLength) {
        this.skipping = true;
        this.partial = [];
        this.partialLength = 0;
        return;
      }
      this.partial.push(chunk.subarray(start));
    }
  }

  /** The end of the stream: a last line without a newline is handed out (unless skipping). */
  end(): void {
    if (this.partialLength > 0 && !this.skipping) {
      let line = Buffer.concat(this.partial);
      if (this.stripCr && line[line.length - 1] === 13) line = line.subarray(0, line.length - 1);
      this.sink.line(line);
    }
    this.partial = [];
    this.partialLength = 0;
    this.skipping = false;
  }
}

/** The address to listen on for a configured bind host: `localhost` is 127.0.0.1 (not whichever of ::1 and 127.0.0.1 resolves first). */
export function listenHost(bind: string): string {
  return bind === 'localhost' ? '127.0.0.1' : bind;
}
