/**
 * Static interceptor (`static`): sets one fixed header, `key` (default "key")
 * to `value` (default "value"), unless preserveExisting (default true) and the
 * event already has it.
 */
import type { ComponentContext } from '../config/context.js';
import type { FlumeEvent } from '../event.js';
import type { Interceptor } from './interceptor.js';

/** Flume's static interceptor. */
export class StaticInterceptor implements Interceptor {
  private readonly key: string;
  private readonly value: string;
  private readonly preserve: boolean;

  /** Reads key, value and preserveExisting. */
  constructor(ctx: ComponentContext) {
    this.key = ctx.string('key', 'key');
    this.value = ctx.string('value', 'value');
    this.preserve = ctx.bool('preserveExisting', true);
  }

  intercept(event: FlumeEvent): FlumeEvent {
    if (!(this.preserve && this.key in event.headers)) event.headers[this.key] = this.value;
    return event;
  }
}
