/**
 * Unit tests of the tools' shared pieces: argument parsing (joptsimple's
 * rules), the console producer's line reader, the console consumer's
 * formatter, the perf statistics and throttle, and the small parsers
 * (replica assignment, durations, datetimes, ZooKeeper broker znodes).
 */
import { describe, expect, it } from 'vitest';
import { HelpRequested, parseArgs, UsageError, type OptionSpec } from '../../../cli/common/args.js';
import { lineReaderConfig, LineFormatError, parseLine } from '../../../cli/common/line-reader.js';
import { formatRecord, formatterConfig } from '../../../cli/common/message-formatter.js';
import { ProducerStats, ThroughputThrottler } from '../../../cli/common/perf-stats.js';
import { parseReplicaAssignment, parseTopicConfigs } from '../../../cli/common/topic-admin.js';
import { parseDateTime, parseDuration } from '../../../cli/common/group-admin.js';
import { fullMatchRegex } from '../../../cli/common/format.js';

const SPECS: OptionSpec[] = [
  { name: 'topic', arg: 'required', desc: '' },
  { name: 'from-beginning', desc: '' },
  { name: 'property', arg: 'required', desc: '' },
  { name: 'compression-codec', arg: 'optional', desc: '' },
  { name: 'producer-props', arg: 'many', desc: '' },
  { name: 'shift-by', arg: 'required', desc: '' },
];

describe('parseArgs', () => {
  it('takes --k v, --k=v, repeated options, prefixes and negative numbers', () => {
    const a = parseArgs(['--topic', 't', '--property=a=b', '--property', 'c=d', '--from-beg', '--shift-by', '-2'], SPECS);
    expect(a.value('topic')).toBe('t');
    expect(a.values('property')).toEqual(['a=b', 'c=d']);
    expect(a.has('from-beginning')).toBe(true);
    expect(a.int('shift-by')).toBe(-2);
  });

  it('handles optional and many-valued arguments', () => {
    expect(parseArgs(['--compression-codec', '--topic', 't'], SPECS).has('compression-codec')).toBe(true);
    expect(parseArgs(['--compression-codec', '--topic', 't'], SPECS).value('compression-codec')).toBeUndefined();
    expect(parseArgs(['--compression-codec', 'lz4'], SPECS).value('compression-codec')).toBe('lz4');
    expect(parseArgs(['--producer-props', 'a=1', 'b=2', '--topic', 't'], SPECS).values('producer-props')).toEqual(['a=1', 'b=2']);
  });

  it('rejects unknown, ambiguous and valueless options; --help is HelpRequested', () => {
    expect(() => parseArgs(['--nope'], SPECS)).toThrow(new UsageError('nope is not a recognized option'));
    expect(() => parseArgs(['--p', 'x'], SPECS)).toThrow(/ambiguous/);
    expect(() => parseArgs(['--topic'], SPECS)).toThrow(/requires an argument/);
    expect(() => parseArgs(['--from-beginning=yes'], SPECS)).toThrow(/does not take an argument/);
    expect(() => parseArgs(['--help'], SPECS)).toThrow(HelpRequested);
    expect(() => parseArgs(['--topic', 'x'], SPECS).int('topic')).toThrow(/Cannot parse argument 'x'/);
  });
});

describe('console producer line reader', () => {
  const cfg = lineReaderConfig(
    new Map([
      ['parse.key', 'true'],
      ['key.separator', '::'],
      ['null.marker', 'NULL'],
    ]),
  );
  it('splits keys at the first separator and maps the null marker', () => {
    expect(parseLine('k::v::w', 1, cfg)).toEqual({ key: 'k', value: 'v::w', headers: [] });
    expect(parseLine('NULL::v', 1, cfg)).toEqual({ key: null, value: 'v', headers: [] });
    expect(parseLine('plain', 1, lineReaderConfig(new Map()))).toEqual({ key: null, value: 'plain', headers: [] });
  });
  it('fails on a missing separator unless ignore.error', () => {
    expect(() => parseLine('nokey', 3, cfg)).toThrow(new LineFormatError("No key separator found on line number 3: 'nokey'"));
    const lenient = lineReaderConfig(
      new Map([
        ['parse.key', 'true'],
        ['ignore.error', 'true'],
      ]),
    );
    expect(parseLine('nokey', 3, lenient)).toEqual({ key: null, value: 'nokey', headers: [] });
  });
  it('parses headers before the key', () => {
    const h = lineReaderConfig(
      new Map([
        ['parse.headers', 'true'],
        ['parse.key', 'true'],
      ]),
    );
    expect(parseLine('h1:v1,h2\tk\tval', 1, h)).toEqual({
      key: 'k',
      value: 'val',
      headers: [
        { key: 'h1', value: 'v1' },
        { key: 'h2', value: null },
      ],
    });
  });
});

describe('console consumer formatter', () => {
  const rec = {
    topic: 't',
    partition: 2,
    offset: 7,
    timestamp: 1000,
    timestampType: 0,
    key: null,
    value: Buffer.from('v'),
    headers: [{ key: 'h', value: Buffer.from('x') }],
    size: 1,
  };
  it("prints Kafka's default: the value and a newline", () => {
    expect(formatRecord(rec, formatterConfig(new Map())).toString()).toBe('v\n');
  });
  it('prints every field in Kafka order with the separators', () => {
    const all = formatterConfig(
      new Map(['timestamp', 'partition', 'offset', 'headers', 'key'].map((k) => [`print.${k}`, 'true'] as [string, string])),
    );
    expect(formatRecord(rec, all).toString()).toBe('CreateTime:1000\tPartition:2\tOffset:7\th:x\tnull\tv\n');
    const keyOnly = formatterConfig(
      new Map([
        ['print.key', 'true'],
        ['print.value', 'false'],
        ['null.literal', 'NIL'],
      ]),
    );
    expect(formatRecord({ ...rec, headers: [] }, keyOnly).toString()).toBe('NIL\n');
  });
});

describe('perf statistics', () => {
  it("formats Kafka's window and total lines with percentiles", () => {
    const s = new ProducerStats(4, 0);
    for (const l of [10, 20, 30, 40]) s.record(l, 1024 * 1024);
    expect(s.windowLine(2000)).toBe('4 records sent, 2.0 records/sec (2.00 MB/sec), 25.0 ms avg latency, 40.0 ms max latency.');
    expect(s.totalLine(4000)).toBe(
      '4 records sent, 1.000000 records/sec (1.00 MB/sec), 25.00 ms avg latency, 40.00 ms max latency, 30 ms 50th, 40 ms 95th, 40 ms 99th, 40 ms 99.9th.',
    );
  });
  it("throttles like Kafka's ThroughputThrottler", async () => {
    const t = new ThroughputThrottler(1000, 0);
    // Above the target once the average since the start exceeds it; never in the first millisecond.
    expect(t.shouldThrottle(10, 0)).toBe(false);
    expect(t.shouldThrottle(10, 5)).toBe(true);
    expect(t.shouldThrottle(4, 5)).toBe(false);
    expect(new ThroughputThrottler(-1, 0).shouldThrottle(1e9, 1)).toBe(false);
    // At 1,000/s each record adds 1 ms of deficit: no sleep at 1 ms, a 2 ms sleep at 2 ms, then paid off.
    let clock = 0;
    const sleeps: number[] = [];
    const fake = new ThroughputThrottler(
      1000,
      0,
      async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
      () => clock,
    );
    await fake.throttle();
    expect(sleeps).toEqual([]);
    await fake.throttle();
    expect(sleeps).toEqual([2]);
    await fake.throttle();
    expect(sleeps).toEqual([2]);
    await fake.throttle();
    expect(sleeps).toEqual([2, 2]);
  });
});

describe('small parsers', () => {
  it('parses replica assignments and topic configs like Kafka', () => {
    expect(parseReplicaAssignment('0:1,1:2')).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(() => parseReplicaAssignment('0:0')).toThrow(/duplicate entries: 0/);
    expect(() => parseReplicaAssignment('0:1,2')).toThrow(/Partition 1 has different replication factor/);
    expect([...parseTopicConfigs(['a = 1', 'b=2'])]).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
    expect(() => parseTopicConfigs(['novalue'])).toThrow(/key=val/);
  });
  it('parses ISO-8601 durations and datetimes', () => {
    expect(parseDuration('PT1H30M')).toBe(90 * 60_000);
    expect(parseDuration('P1DT0.5S')).toBe(86_400_000 + 500);
    expect(() => parseDuration('1h')).toThrow(/ISO-8601/);
    expect(parseDateTime('2024-01-02T03:04:05.006Z')).toBe(Date.UTC(2024, 0, 2, 3, 4, 5, 6));
    expect(parseDateTime('2024-01-02T03:04:05+0100')).toBe(Date.UTC(2024, 0, 2, 2, 4, 5));
    expect(() => parseDateTime('yesterday')).toThrow(/format/);
  });
  it('matches topic regexes against the whole name', () => {
    expect(fullMatchRegex('test').test('test2')).toBe(false);
    expect(fullMatchRegex('te.*').test('test2')).toBe(true);
    expect(fullMatchRegex('a,b').test('b')).toBe(true);
  });
});
