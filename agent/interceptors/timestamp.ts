/**
 * Timestamp interceptor (`timestamp`): sets header `timestamp` (headerName) to
 * the time the event passed, in epoch milliseconds, unless preserveExisting
 * (default false) and the header is already there.
 */
import type { ComponentContext } from '../config/context.js';
import type { FlumeEvent } from '../event.js';
import type { Interceptor } from './interceptor.js';

/** Flume's timestamp interceptor. */
export class TimestampInterceptor implements Interceptor {
  private readonly header: string;
  private readonly preserve: boolean;

  /** Reads headerName and preserveExisting. */
  constructor(ctx: ComponentContext) {
    this.header = ctx.string('headerName', 'timestamp');
    this.preserve = ctx.bool('preserveExisting', false);
  }

  intercept(event: FlumeEvent): FlumeEvent {
    if (!(this.preserve && this.header in event.headers)) event.headers[this.header] = String(Date.now());
    return event;
  }
}
