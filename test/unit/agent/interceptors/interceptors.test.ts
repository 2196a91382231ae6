import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../../agent/event.js';
import { TimestampInterceptor } from '../../../../agent/interceptors/timestamp.js';
import { HostInterceptor, localAddress } from '../../../../agent/interceptors/host.js';
import { StaticInterceptor } from '../../../../agent/interceptors/static.js';
import { RegexFilterInterceptor } from '../../../../agent/interceptors/regex-filter.js';
import { RegexExtractorInterceptor } from '../../../../agent/interceptors/regex-extractor.js';
import { compileDatePattern } from '../../../../agent/interceptors/joda-pattern.js';
import { interceptAll } from '../../../../agent/interceptors/interceptor.js';
import { ctxOf } from '../helpers.js';

describe('interceptors', () => {
  it('timestamp sets epoch ms, and keeps an existing one with preserveExisting', () => {
    const before = Date.now();
    const e = new TimestampInterceptor(ctxOf({})).intercept(makeEvent('x'));
    expect(Number(e.headers.timestamp)).toBeGreaterThanOrEqual(before);
    const kept = new TimestampInterceptor(ctxOf({ preserveExisting: 'true', headerName: 'ts' })).intercept(makeEvent('x', { ts: '5' }));
    expect(kept.headers.ts).toBe('5');
  });

  it('host sets the address (or the host name)', () => {
    expect(new HostInterceptor(ctxOf({})).intercept(makeEvent('x')).headers.host).toBe(localAddress());
    expect(new HostInterceptor(ctxOf({ useIP: 'false', hostHeader: 'h' })).intercept(makeEvent('x')).headers.h).toMatch(/\S/);
  });

  it('static sets a fixed header and by default keeps an existing value', () => {
    const i = new StaticInterceptor(ctxOf({ key: 'datacenter', value: 'NEW_YORK' }));
    expect(i.intercept(makeEvent('x')).headers).toEqual({ datacenter: 'NEW_YORK' });
    expect(i.intercept(makeEvent('x', { datacenter: 'SF' })).headers).toEqual({ datacenter: 'SF' });
  });

  it('regex_filter keeps matching events, or drops them with excludeEvents', () => {
    const events = () => [makeEvent('GET /a'), makeEvent('POST /b'), makeEvent('GET /c')];
    const keep = new RegexFilterInterceptor(ctxOf({ regex: '^GET' }));
    expect(interceptAll([keep], events()).map((e) => e.body.toString())).toEqual(['GET /a', 'GET /c']);
    const drop = new RegexFilterInterceptor(ctxOf({ regex: '^GET', excludeEvents: 'true' }));
    expect(interceptAll([drop], events()).map((e) => e.body.toString())).toEqual(['POST /b']);
    expect(() => new RegexFilterInterceptor(ctxOf({ regex: '(' }))).toThrow("a1.test.regex: '(' is not a valid regular expression");
  });

  it('regex_extractor puts groups into headers, dates as epoch ms', () => {
    const i = new RegexExtractorInterceptor(
      ctxOf({
        regex: '^(\\d\\d\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d) (\\S+)',
        serializers: 's1 s2',
        'serializers.s1.type': 'org.apache.flume.interceptor.RegexExtractorInterceptorMillisSerializer',
        'serializers.s1.name': 'timestamp',
        'serializers.s1.pattern': 'yyyy-MM-dd HH:mm:ss',
        'serializers.s2.name': 'level',
      }),
    );
    const e = i.intercept(makeEvent('2024-03-05 10:20:30 WARN disk'));
    expect(e.headers).toEqual({ timestamp: String(new Date(2024, 2, 5, 10, 20, 30).getTime()), level: 'WARN' });
    expect(i.intercept(makeEvent('no date here')).headers).toEqual({});
  });

  it('regex_extractor requires serializers and known serializer types', () => {
    expect(() => new RegexExtractorInterceptor(ctxOf({ regex: '(a)' }))).toThrow('a1.test.serializers: is required');
    expect(
      () =>
        new RegexExtractorInterceptor(
          ctxOf({ regex: '(a)', serializers: 's1', 'serializers.s1.name': 'x', 'serializers.s1.type': 'weird' }),
        ),
    ).toThrow("a1.test.serializers.s1.type: unknown serializer type 'weird'");
  });

  it('parses Joda-style patterns with names, 12-hour clocks and offsets', () => {
    expect(compileDatePattern('dd/MMM/yyyy:HH:mm:ss Z').parse('10/Oct/2000:13:55:36 -0700')).toBe(Date.UTC(2000, 9, 10, 20, 55, 36));
    expect(compileDatePattern("yyyy-MM-dd'T'hh:mm a").parse('2021-01-02T01:05 PM')).toBe(new Date(2021, 0, 2, 13, 5).getTime());
    expect(compileDatePattern('yyyy-MM-dd').parse('nope')).toBeNull();
    expect(() => compileDatePattern('yyyy-QQ')).toThrow("unsupported pattern letter 'Q'");
  });
});
