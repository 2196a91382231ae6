/**
 * AccessLogGenerator: realistic access-log lines for the course-statistics
 * pipeline (the format of access-log.ts), the same sequence for the same
 * seed and times.
 *
 * Each line draws, from weighted tables: a client address (mostly public
 * IPv4 networks of China, where the course's site is, and of the rest of the
 * world, so that geolocation finds real regions; a few private and loopback
 * addresses, which have none), a page (course pages /class/<id>.html most of
 * the time, the site's other pages otherwise), a status (200 mostly, some
 * 404, 500 and 304), a referer (no referer `-` half of the time, else a
 * search engine's result page for a course keyword, or another site) and a
 * user agent (desktop and mobile browsers, and crawlers). A share of lines
 * (`malformedRatio`, default 1%) is broken the ways real logs break:
 * truncated, a field missing its tab, a time that does not exist, a status
 * that is not a number. The time of a line is the caller's (`next(time)`).
 *
 * The random numbers are mulberry32 (a 32-bit state, good enough for test
 * data, not for anything secret).
 */
import { formatAccessLine, formatLogTime } from './access-log.js';

/** Options of a generator. */
export interface GeneratorOptions {
  /** Share of malformed lines, 0 to 1 (default 0.01). */
  malformedRatio?: number;
}

type Weighted<T> = readonly (readonly [T, number])[];

/** First octets of public IPv4 networks (all of them routed unicast space), weighted. */
const PUBLIC_NETS: Weighted<number> = [
  // Chinese networks (China Telecom, Unicom, Mobile, education and cloud ranges).
  [36, 5],
  [39, 3],
  [42, 3],
  [58, 5],
  [59, 3],
  [60, 4],
  [61, 5],
  [101, 3],
  [106, 3],
  [110, 3],
  [111, 4],
  [112, 4],
  [113, 5],
  [114, 4],
  [115, 3],
  [116, 4],
  [117, 4],
  [118, 3],
  [119, 3],
  [120, 4],
  [121, 3],
  [122, 3],
  [123, 3],
  [124, 3],
  [125, 3],
  [180, 3],
  [182, 3],
  [183, 4],
  [202, 2],
  [210, 2],
  [211, 2],
  [218, 3],
  [219, 2],
  [220, 2],
  [221, 3],
  [222, 2],
  [223, 2],
  // The rest of the world.
  [3, 2],
  [24, 2],
  [73, 2],
  [77, 2],
  [81, 2],
  [86, 2],
  [90, 1],
  [126, 2],
  [177, 1],
  [189, 1],
  [212, 1],
];

/** Share of client addresses that are private or loopback (no region). */
const PRIVATE_SHARE = 0.03;

/** Course ids and how popular each is. */
const COURSES: Weighted<number> = [
  [112, 18],
  [128, 14],
  [130, 9],
  [131, 11],
  [145, 16],
  [146, 12],
  [151, 6],
  [160, 4],
];

/** Pages of the site that are not course pages. */
const OTHER_PAGES: Weighted<string> = [
  ['/learn/821', 3],
  ['/course/list', 4],
  ['/', 3],
  ['/search?words=spark', 1],
  ['/static/js/app.js', 1],
];

/** Share of requests for course pages. */
const COURSE_SHARE = 0.8;

const STATUSES: Weighted<number> = [
  [200, 86],
  [304, 5],
  [404, 6],
  [500, 3],
];

const KEYWORDS = [
  'Spark SQL实战',
  'Hadoop基础',
  'Storm实战',
  'Spark Streaming实战',
  '大数据面试',
  'Kafka入门',
  'Flume日志收集',
  'Scala编程',
];

/** Result-page URL templates of search engines (`%s`: the encoded keyword). */
const SEARCH_REFERERS: Weighted<string> = [
  ['https://www.baidu.com/s?wd=%s', 40],
  ['https://www.sogou.com/web?query=%s', 20],
  ['https://cn.bing.com/search?q=%s', 22],
  ['https://search.yahoo.com/search?p=%s', 10],
  ['https://www.google.com/search?q=%s', 8],
];

/** Share of requests with no referer, from a search engine, from another site (the rest). */
const NO_REFERER_SHARE = 0.5;
const SEARCH_SHARE = 0.45;
const OTHER_SITES = ['https://www.imooc.com/course/list', 'https://github.com/apache/spark', 'https://news.ycombinator.com/'];

const USER_AGENTS: Weighted<string> = [
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 30],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36', 8],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67', 9],
  ['Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 6],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 6],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    12,
  ],
  ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36', 10],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
    7,
  ],
  [
    'Mozilla/5.0 (Linux; U; Android 13; zh-CN; V2227A Build/TP1A.220624.014) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.58 UCBrowser/15.5.0.1280 Mobile Safari/537.36',
    5,
  ],
  ['Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)', 4],
  ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 2],
  ['curl/8.5.0', 1],
];

/** A seeded source of random numbers (mulberry32). */
class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One value of a weighted table. */
  pick<T>(table: Weighted<T>): T {
    let total = 0;
    for (const [, w] of table) total += w;
    let r = this.next() * total;
    for (const [v, w] of table) {
      r -= w;
      if (r < 0) return v;
    }
    return table[table.length - 1][0];
  }
}

/** Generates access-log lines (see the header). */
export class AccessLogGenerator {
  private readonly random: SeededRandom;
  private readonly malformedRatio: number;

  /** A generator whose lines depend only on `seed` and the times given to next(). */
  constructor(
    readonly seed: number,
    options: GeneratorOptions = {},
  ) {
    if (!Number.isInteger(seed)) throw new Error(`the seed must be an integer, got ${seed}`);
    const ratio = options.malformedRatio ?? 0.01;
    if (!(ratio >= 0 && ratio <= 1)) throw new Error(`malformedRatio must be between 0 and 1, got ${ratio}`);
    this.random = new SeededRandom(seed);
    this.malformedRatio = ratio;
  }

  /** The next line (no newline), stamped with `time`. */
  next(time: Date): string {
    const r = this.random;
    const line = formatAccessLine({
      ip: this.ip(),
      time: formatLogTime(time),
      method: 'GET',
      path: r.next() < COURSE_SHARE ? `/class/${r.pick(COURSES)}.html` : r.pick(OTHER_PAGES),
      status: r.pick(STATUSES),
      referer: this.referer(),
      userAgent: r.pick(USER_AGENTS),
    });
    return r.next() < this.malformedRatio ? this.breakLine(line) : line;
  }

  private ip(): string {
    const r = this.random;
    if (r.next() < PRIVATE_SHARE) {
      switch (r.int(0, 3)) {
        case 0:
          return `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
        case 1:
          return `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
        case 2:
          return `192.168.${r.int(0, 255)}.${r.int(1, 254)}`;
        default:
          return '127.0.0.1';
      }
    }
    return `${r.pick(PUBLIC_NETS)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }

  private referer(): string {
    const r = this.random;
    const x = r.next();
    if (x < NO_REFERER_SHARE) return '-';
    if (x < NO_REFERER_SHARE + SEARCH_SHARE) {
      const keyword = KEYWORDS[r.int(0, KEYWORDS.length - 1)];
      return r.pick(SEARCH_REFERERS).replace('%s', encodeURIComponent(keyword));
    }
    return OTHER_SITES[r.int(0, OTHER_SITES.length - 1)];
  }

  /** `line` broken in one of the ways real logs break. */
  private breakLine(line: string): string {
    const fields = line.split('\t');
    switch (this.random.int(0, 3)) {
      case 0: // cut short (a write interrupted mid-line)
        return fields.slice(0, 3).join('\t');
      case 1: // a tab lost between two fields
        return `${fields[0]} ${fields.slice(1).join('\t')}`;
      case 2: // a time that does not exist
        fields[1] = fields[1].replace(/^(\d{4})-\d{2}-\d{2}/, '$1-13-32');
        return fields.join('\t');
      default: // a status that is not a number
        fields[3] = '-';
        return fields.join('\t');
    }
  }
}
