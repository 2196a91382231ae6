/**
 * Regex filtering interceptor (`regex_filter`): keeps the events whose body
 * (as UTF-8 text) contains a match of `regex` (default `.*`, every event), or
 * with excludeEvents=true drops them instead. The pattern is a JavaScript
 * regular expression, which agrees with Java's for the usual patterns.
 */
import type { ComponentContext } from '../config/context.js';
import type { FlumeEvent } from '../event.js';
import type { Interceptor } from './interceptor.js';

/** Compiles a configured pattern, naming the key when it does not compile. */
export function compilePattern(ctx: ComponentContext, key: string, def?: string): RegExp {
  const src = def === undefined ? ctx.required(key) : ctx.string(key, def);
  try {
    return new RegExp(src);
  } catch (err) {
    throw ctx.error(key, `'${src}' is not a valid regular expression: ${(err as Error).message}`);
  }
}

/** Flume's regex filtering interceptor. */
export class RegexFilterInterceptor implements Interceptor {
  private readonly regex: RegExp;
  private readonly exclude: boolean;

  /** Reads regex and excludeEvents. */
  constructor(ctx: ComponentContext) {
    this.regex = compilePattern(ctx, 'regex', '.*');
    this.exclude = ctx.bool('excludeEvents', false);
  }

  intercept(event: FlumeEvent): FlumeEvent | null {
    const matches = this.regex.test(event.body.toString('utf8'));
    return matches !== this.exclude ? event : null;
  }
}
