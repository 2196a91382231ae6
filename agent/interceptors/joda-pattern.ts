/**
 * Parsing of date-time text with a Joda-Time style pattern (what Flume's
 * RegexExtractorInterceptorMillisSerializer takes: `yyyy-MM-dd HH:mm:ss`).
 * Supported letters: y (year; `yy` is 2000-2099), M (month number, MMM/MMMM
 * month names in English), d (day), H (hour 0-23), h with a (1-12 and AM/PM),
 * m (minute), s (second), S (fraction of a second), Z (offset `+0100` or
 * `+01:00`), E (day name, checked but unused); text in single quotes and
 * every other character is literal. Without Z the time is local time.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A compiled pattern. */
export interface DatePattern {
  /** Epoch milliseconds of `text`, or null when it does not match. */
  parse(text: string): number | null;
}

/** Compiles `pattern`; throws an Error naming the unsupported letter. */
export function compileDatePattern(pattern: string): DatePattern {
  let re = '^';
  const fields: string[] = [];
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i];
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      const lit = end < 0 ? pattern.slice(i + 1) : pattern.slice(i + 1, end);
      re += lit === '' ? "'" : lit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n++;
    i += n;
    switch (c) {
      case 'y':
        re += n === 2 ? '(\\d{2})' : '(\\d{4})';
        fields.push(n === 2 ? 'yy' : 'y');
        break;
      case 'M':
        re += n >= 3 ? '([A-Za-z]+)' : '(\\d{1,2})';
        fields.push(n >= 3 ? 'Mname' : 'M');
        break;
      case 'd':
      case 'H':
      case 'h':
      case 'm':
      case 's':
        re += '(\\d{1,2})';
        fields.push(c);
        break;
      case 'S':
        re += `(\\d{1,${Math.max(3, n)}})`;
        fields.push('S');
        break;
      case 'a':
        re += '([AaPp][Mm])';
        fields.push('a');
        break;
      case 'Z':
        re += '([+-]\\d{2}:?\\d{2}|Z)';
        fields.push('Z');
        break;
      case 'E':
        re += '[A-Za-z]+';
        break;
      default:
        throw new Error(`unsupported pattern letter '${c}' in '${pattern}'`);
    }
  }
  const regex = new RegExp(`${re}$`);
  return {
    parse(text: string): number | null {
      const m = regex.exec(text.trim());
      if (!m) return null;
      let year = 1970;
      let month = 0;
      let day = 1;
      let hour = 0;
      let minute = 0;
      let second = 0;
      let ms = 0;
      let pm: boolean | null = null;
      let offsetMin: number | null = null;
      for (let f = 0; f < fields.length; f++) {
        const v = m[f + 1];
        switch (fields[f]) {
          case 'y':
            year = Number(v);
            break;
          case 'yy':
            year = 2000 + Number(v);
            break;
          case 'M':
            month = Number(v) - 1;
            break;
          case 'Mname': {
            month = MONTHS.indexOf(v.slice(0, 3).toLowerCase());
            if (month < 0) return null;
            break;
          }
          case 'd':
            day = Number(v);
            break;
          case 'H':
          case 'h':
            hour = Number(v);
            break;
          case 'm':
            minute = Number(v);
            break;
          case 's':
            second = Number(v);
            break;
          case 'S':
            ms = Math.round(Number(`0.${v}`) * 1000);
            break;
          case 'a':
            pm = v.toLowerCase() === 'pm';
            break;
          case 'Z':
            if (v === 'Z') offsetMin = 0;
            else {
              const digits = v.replace(':', '');
              const sign = digits[0] === '-' ? -1 : 1;
              offsetMin = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
            }
            break;
        }
      }
      if (pm !== null) hour = (hour % 12) + (pm ? 12 : 0);
      if (offsetMin === null) return new Date(year, month, day, hour, minute, second, ms).getTime();
      return Date.UTC(year, month, day, hour, minute, second, ms) - offsetMin * 60_000;
    },
  };
}
