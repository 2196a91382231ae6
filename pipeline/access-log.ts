/**
 * The access-log line of the course-statistics pipeline, and its cleaner.
 *
 * One request per line, fields separated by one tab (the course's format,
 * plus the user agent):
 *
 *   ip \t yyyy-MM-dd HH:mm:ss \t "GET /class/112.html HTTP/1.1" \t status \t referer [\t user agent]
 *
 *   36.110.12.7	2024-05-01 13:04:59	"GET /class/128.html HTTP/1.1"	200	https://www.baidu.com/s?wd=Spark	Mozilla/5.0 (...)
 *
 * - ip: IPv4 (dotted quad) or IPv6.
 * - time: the server's local time, `yyyy-MM-dd HH:mm:ss`, a real calendar
 *   date; it gives the visit's day `yyyyMMdd` and minute `HHmm`.
 * - request: `METHOD PATH PROTOCOL`, quoted (quotes may be left out).
 * - status: three digits, 100 to 599.
 * - referer: `-` (none) or the referring URL; never empty.
 * - user agent: optional (`-` when absent); a line of five fields is the
 *   course's format without it.
 *
 * cleanLine() sorts a line into one of three outcomes: a course visit (path
 * `/class/<id>.html`, query string ignored), a well-formed line of another
 * page (`other-url`: dropped from the statistics, counted), or a malformed
 * line (dropped, counted, with the reason). A trailing `\r` is ignored.
 */
import { isIP } from 'node:net';

/** A cleaned course visit. */
export interface CourseVisit {
  ip: string;
  /** yyyyMMdd of the request's time. */
  day: string;
  /** HHmm of the request's time. */
  minute: string;
  /** The course id: the digits of /class/<id>.html, without leading zeros. */
  courseId: string;
  status: number;
  /** `-` or a URL. */
  referer: string;
  /** `-` when the line has none. */
  userAgent: string;
}

/** What cleanLine made of a line. */
export type CleanedLine =
  { kind: 'visit'; visit: CourseVisit } | { kind: 'other-url'; day: string; path: string } | { kind: 'malformed'; reason: string };

/** The fields of a line as the generator writes it. */
export interface AccessLogFields {
  ip: string;
  /** `yyyy-MM-dd HH:mm:ss` (formatLogTime). */
  time: string;
  method: string;
  path: string;
  status: number;
  /** `-` or a URL. */
  referer: string;
  userAgent: string;
}

const TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const REQUEST = /^"?([A-Z]+) (\S+) (HTTP\/\d(?:\.\d)?)"?$/;
const STATUS = /^[1-5]\d\d$/;
const COURSE_PATH = /^\/class\/(\d{1,9})\.html$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `yyyy-MM-dd HH:mm:ss` of `date` in local time (the time field of a line). */
export function formatLogTime(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

/** Parses `yyyy-MM-dd HH:mm:ss` as local time; throws naming the value when it is not one. */
export function parseLogTime(text: string): Date {
  const p = splitTime(text);
  if (!p) throw new Error(`'${text}' is not a time in the form yyyy-MM-dd HH:mm:ss`);
  return new Date(p[0], p[1] - 1, p[2], p[3], p[4], p[5]);
}

/** [year, month 1-12, day, hour, minute, second] of a valid time field, else null. */
function splitTime(text: string): number[] | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [+m[1], +m[2], +m[3], +m[4], +m[5], +m[6]];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  // Day 0 of the next month is the last day of this one (leap years included).
  if (d > new Date(y, mo, 0).getDate()) return null;
  return [y, mo, d, h, mi, s];
}

/** One line from its fields (no newline). */
export function formatAccessLine(f: AccessLogFields): string {
  return `${f.ip}\t${f.time}\t"${f.method} ${f.path} HTTP/1.1"\t${f.status}\t${f.referer}\t${f.userAgent}`;
}

function malformed(reason: string): CleanedLine {
  return { kind: 'malformed', reason };
}

/** Cleans one line (see the header for the rules). */
export function cleanLine(raw: string): CleanedLine {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  const f = line.split('\t');
  if (f.length < 5 || f.length > 6) return malformed(`expected 5 or 6 tab-separated fields, got ${f.length}`);
  const ip = f[0];
  if (isIP(ip) === 0) return malformed(`'${ip}' is not an IP address`);
  const t = splitTime(f[1]);
  if (!t) return malformed(`'${f[1]}' is not a time in the form yyyy-MM-dd HH:mm:ss`);
  const req = REQUEST.exec(f[2]);
  if (!req) return malformed(`'${f[2]}' is not a request line ("GET /path HTTP/1.1")`);
  if (!STATUS.test(f[3])) return malformed(`'${f[3]}' is not an HTTP status`);
  const referer = f[4];
  if (referer === '') return malformed('the referer is empty (use - for none)');
  const day = `${t[0]}${pad(t[1])}${pad(t[2])}`;
  let path = req[2];
  const q = path.search(/[?#]/);
  if (q >= 0) path = path.slice(0, q);
  const course = COURSE_PATH.exec(path);
  if (!course) return { kind: 'other-url', day, path };
  const userAgent = f.length === 6 && f[5] !== '' ? f[5] : '-';
  return {
    kind: 'visit',
    visit: {
      ip,
      day,
      minute: `${pad(t[3])}${pad(t[4])}`,
      courseId: String(Number(course[1])),
      status: Number(f[3]),
      referer,
      userAgent,
    },
  };
}
