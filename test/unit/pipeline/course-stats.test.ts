import { describe, expect, it } from 'vitest';
import { ClientFamilies } from '../../../pipeline/client-family.js';
import { countLines, dayStats, TOTAL_KEYS, type Classifiers } from '../../../pipeline/course-stats.js';
import { regionOf } from '../../../pipeline/region.js';

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0';
const classify: Classifiers = { clients: new ClientFamilies(), regionOf };
const l = (...f: string[]): string => f.join('\t');

const LINES = [
  l('36.110.1.1', '2024-05-01 23:59:58', '"GET /class/112.html HTTP/1.1"', '200', 'https://www.baidu.com/s?wd=x', CHROME),
  l('36.110.1.2', '2024-05-01 23:59:59', '"GET /class/112.html HTTP/1.1"', '404', '-', FIREFOX),
  l('10.0.0.1', '2024-05-01 23:59:59', '"GET /class/128.html HTTP/1.1"', '200', 'https://cn.bing.com/search?q=y', CHROME),
  l('8.8.8.8', '2024-05-02 00:00:01', '"GET /class/128.html HTTP/1.1"', '200', 'https://www.sogou.com/web?query=z'),
  l('8.8.8.8', '2024-05-02 00:00:02', '"GET /course/list HTTP/1.1"', '200', '-', CHROME),
  'garbage',
];

describe('countLines', () => {
  it('counts visits per day by course, engine, client, region and minute, and the totals', () => {
    const counts = Object.fromEntries(countLines(LINES, classify));
    expect(counts).toEqual({
      [TOTAL_KEYS.lines]: 6,
      [TOTAL_KEYS.visits]: 4,
      [TOTAL_KEYS.otherUrl]: 1,
      [TOTAL_KEYS.malformed]: 1,
      'days/20240501': 3,
      'day/20240501/course/112': 2,
      'day/20240501/course/128': 1,
      'day/20240501/engine/baidu/112': 1,
      'day/20240501/engine/bing/128': 1,
      'day/20240501/client/Chrome': 2,
      'day/20240501/client/Firefox': 1,
      'day/20240501/region/CN-BJ': 2,
      'day/20240501/region/unknown': 1,
      'day/20240501/minute/2359': 3,
      'days/20240502': 1,
      'day/20240502/course/128': 1,
      'day/20240502/engine/sogou/128': 1,
      'day/20240502/client/unknown': 1,
      'day/20240502/region/US': 1,
      'day/20240502/minute/0000': 1,
    });
  });
});

describe('dayStats', () => {
  it("gathers one day's counters for the page, ordered", () => {
    const counts = countLines(
      [
        ...LINES,
        l('36.110.1.1', '2024-05-01 10:00:00', '"GET /class/9.html HTTP/1.1"', '200', 'https://github.com/x', FIREFOX),
        l('36.110.1.1', '2024-05-01 10:00:00', '"GET /class/112.html HTTP/1.1"', '200', 'https://www.baidu.com/s?wd=x', FIREFOX),
      ],
      classify,
    );
    const s = dayStats('20240501', counts.get('days/20240501')!, counts);
    expect(s).toEqual({
      day: '20240501',
      visits: 5,
      courses: [
        ['9', 1],
        ['112', 3],
        ['128', 1],
      ],
      engines: [
        {
          engine: 'baidu',
          visits: 2,
          courses: [['112', 2]],
        },
        { engine: 'bing', visits: 1, courses: [['128', 1]] },
        { engine: 'other', visits: 1, courses: [['9', 1]] },
      ],
      clients: [
        ['Firefox', 3],
        ['Chrome', 2],
      ],
      regions: [
        ['CN-BJ', 4],
        ['unknown', 1],
      ],
      minutes: [
        ['1000', 2],
        ['2359', 3],
      ],
    });
    expect(dayStats('20240503', 0, counts)).toEqual({
      day: '20240503',
      visits: 0,
      courses: [],
      engines: [],
      clients: [],
      regions: [],
      minutes: [],
    });
  });
});
