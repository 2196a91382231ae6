/**
 * Regex extractor interceptor (`regex_extractor`): matches `regex` against the
 * body (UTF-8 text) and puts match groups into headers. `serializers = s1 s2`
 * names one serializer per group in order (group 1 to s1, ...);
 * `serializers.s1.name` is the header, `serializers.s1.type` is `default`
 * (the group's text as is) or Flume's millis serializer
 * (org.apache.flume.interceptor.RegexExtractorInterceptorMillisSerializer, with
 * `serializers.s1.pattern` a Joda-style date pattern; the header gets epoch
 * milliseconds). Events that do not match pass unchanged; a group that did
 * not take part in the match, or a date that does not parse, sets no header.
 */
import type { ComponentContext } from '../config/context.js';
import type { FlumeEvent } from '../event.js';
import type { Interceptor } from './interceptor.js';
import { compileDatePattern, type DatePattern } from './joda-pattern.js';
import { compilePattern } from './regex-filter.js';

const MILLIS = new Set(['millis', 'org.apache.flume.interceptor.RegexExtractorInterceptorMillisSerializer']);
const PASS_THROUGH = new Set(['default', 'org.apache.flume.interceptor.RegexExtractorInterceptorPassThroughSerializer']);

interface Serializer {
  header: string;
  date: DatePattern | null;
}

/** Flume's regex extractor interceptor. */
export class RegexExtractorInterceptor implements Interceptor {
  private readonly regex: RegExp;
  private readonly serializers: Serializer[];

  /** Reads regex and the serializers. */
  constructor(ctx: ComponentContext) {
    this.regex = compilePattern(ctx, 'regex');
    const names = ctx.list('serializers');
    if (names.length === 0) throw ctx.error('serializers', 'is required: name one serializer per match group (serializers = s1 s2)');
    this.serializers = names.map((s) => {
      const sc = ctx.sub(`serializers.${s}.`);
      const header = sc.required('name', 'the header this group goes to');
      const type = sc.string('type', 'default');
      if (PASS_THROUGH.has(type)) return { header, date: null };
      if (!MILLIS.has(type))
        throw sc.error(
          'type',
          `unknown serializer type '${type}' (known: default, org.apache.flume.interceptor.RegexExtractorInterceptorMillisSerializer)`,
        );
      const pattern = sc.required('pattern', 'a date pattern such as yyyy-MM-dd HH:mm:ss');
      try {
        return { header, date: compileDatePattern(pattern) };
      } catch (err) {
        throw sc.error('pattern', (err as Error).message);
      }
    });
  }

  intercept(event: FlumeEvent): FlumeEvent {
    const m = this.regex.exec(event.body.toString('utf8'));
    if (!m) return event;
    const n = Math.min(this.serializers.length, m.length - 1);
    for (let g = 0; g < n; g++) {
      const v = m[g + 1];
      if (v === undefined) continue;
      const s = this.serializers[g];
      if (s.date === null) event.headers[s.header] = v;
      else {
        const ms = s.date.parse(v);
        if (ms !== null) event.headers[s.header] = String(ms);
      }
    }
    return event;
  }
}
