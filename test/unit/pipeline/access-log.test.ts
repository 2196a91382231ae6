import { describe, expect, it } from 'vitest';
import { cleanLine, formatAccessLine, formatLogTime, parseLogTime } from '../../../pipeline/access-log.js';

const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const line = (fields: string[]): string => fields.join('\t');
const good = ['36.110.12.7', '2024-05-01 13:04:59', '"GET /class/128.html HTTP/1.1"', '200', 'https://www.baidu.com/s?wd=Spark', UA];

describe('cleanLine', () => {
  it('turns a course request into a visit with its day and minute', () => {
    expect(cleanLine(line(good))).toEqual({
      kind: 'visit',
      visit: {
        ip: '36.110.12.7',
        day: '20240501',
        minute: '1304',
        courseId: '128',
        status: 200,
        referer: 'https://www.baidu.com/s?wd=Spark',
        userAgent: UA,
      },
    });
  });

  it("accepts the course's five fields (no user agent), a trailing \\r, IPv6, a query string and unquoted requests", () => {
    const five = cleanLine(line(good.slice(0, 5)));
    expect(five.kind === 'visit' && five.visit.userAgent).toBe('-');
    expect(cleanLine(`${line(good)}\r`).kind).toBe('visit');
    const v6 = cleanLine(line(['2001:db8::1', ...good.slice(1)]));
    expect(v6.kind === 'visit' && v6.visit.ip).toBe('2001:db8::1');
    const q = cleanLine(line([good[0], good[1], '"GET /class/0112.html?from=home#top HTTP/1.1"', '404', '-']));
    expect(q.kind === 'visit' && [q.visit.courseId, q.visit.status, q.visit.referer]).toEqual(['112', 404, '-']);
    expect(cleanLine(line([good[0], good[1], 'GET /class/7.html HTTP/1.0', '200', '-'])).kind).toBe('visit');
  });

  it('sorts well-formed requests for other pages out, keeping their day', () => {
    for (const path of ['/learn/821', '/course/list', '/', '/class/abc.html', '/class/112.htm', '/class/112.html/x', '/CLASS/112.html'])
      expect(cleanLine(line([good[0], good[1], `"GET ${path} HTTP/1.1"`, '200', '-'])), path).toEqual({
        kind: 'other-url',
        day: '20240501',
        path: path.replace(/[?#].*/, ''),
      });
  });

  it('drops malformed lines, saying why', () => {
    const cases: [string, RegExp][] = [
      ['', /5 or 6 tab-separated fields, got 1/],
      [line(good.slice(0, 3)), /got 3/],
      [line([...good, 'extra']), /got 7/],
      [`36.110.12.7 ${line(good.slice(1))}`, /not an IP address/],
      [line(['999.1.1.1', ...good.slice(1)]), /'999.1.1.1' is not an IP address/],
      [line([good[0], '2024-13-01 10:00:00', ...good.slice(2)]), /not a time/],
      [line([good[0], '2023-02-29 10:00:00', ...good.slice(2)]), /not a time/],
      [line([good[0], '2024-05-01 24:00:00', ...good.slice(2)]), /not a time/],
      [line([good[0], '2024-05-01T10:00:00', ...good.slice(2)]), /not a time/],
      [line([good[0], good[1], '"GET /class/1.html"', ...good.slice(3)]), /not a request line/],
      [line([good[0], good[1], good[2], '-', ...good.slice(4)]), /not an HTTP status/],
      [line([good[0], good[1], good[2], '700', ...good.slice(4)]), /not an HTTP status/],
      [line([...good.slice(0, 4), '', UA]), /referer is empty/],
    ];
    for (const [text, why] of cases) {
      const c = cleanLine(text);
      expect(c.kind, text).toBe('malformed');
      expect(c.kind === 'malformed' && c.reason, text).toMatch(why);
    }
  });

  it('accepts 29 February in a leap year', () => {
    const c = cleanLine(line([good[0], '2024-02-29 23:59:59', ...good.slice(2)]));
    expect(c.kind === 'visit' && [c.visit.day, c.visit.minute]).toEqual(['20240229', '2359']);
  });
});

describe('line format', () => {
  it('formats what cleanLine reads', () => {
    const text = formatAccessLine({
      ip: '1.2.3.4',
      time: '2024-05-01 00:00:07',
      method: 'GET',
      path: '/class/145.html',
      status: 500,
      referer: '-',
      userAgent: UA,
    });
    expect(text).toBe(`1.2.3.4\t2024-05-01 00:00:07\t"GET /class/145.html HTTP/1.1"\t500\t-\t${UA}`);
    const c = cleanLine(text);
    expect(c.kind === 'visit' && [c.visit.courseId, c.visit.day, c.visit.minute, c.visit.status]).toEqual(['145', '20240501', '0000', 500]);
  });

  it('formats and parses local times', () => {
    const d = new Date(2024, 0, 9, 8, 7, 6);
    expect(formatLogTime(d)).toBe('2024-01-09 08:07:06');
    expect(parseLogTime('2024-01-09 08:07:06').getTime()).toBe(d.getTime());
    expect(() => parseLogTime('2024-01-32 08:07:06')).toThrow("'2024-01-32 08:07:06' is not a time in the form yyyy-MM-dd HH:mm:ss");
  });
});
