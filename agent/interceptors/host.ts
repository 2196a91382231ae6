/**
 * Host interceptor (`host`): sets header `host` (hostHeader) to this machine's
 * IP address, or its host name with useIP=false, unless preserveExisting
 * (default false) and the header is there. The address is the first
 * non-loopback IPv4 address of the machine (127.0.0.1 when it has none).
 */
import os from 'node:os';
import type { ComponentContext } from '../config/context.js';
import type { FlumeEvent } from '../event.js';
import type { Interceptor } from './interceptor.js';

/** This machine's first non-internal IPv4 address, else 127.0.0.1. */
export function localAddress(): string {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

/** Flume's host interceptor. */
export class HostInterceptor implements Interceptor {
  private readonly header: string;
  private readonly preserve: boolean;
  private readonly value: string;

  /** Reads hostHeader, useIP and preserveExisting. */
  constructor(ctx: ComponentContext) {
    this.header = ctx.string('hostHeader', 'host');
    this.preserve = ctx.bool('preserveExisting', false);
    this.value = ctx.bool('useIP', true) ? localAddress() : os.hostname();
  }

  intercept(event: FlumeEvent): FlumeEvent {
    if (!(this.preserve && this.header in event.headers)) event.headers[this.header] = this.value;
    return event;
  }
}
