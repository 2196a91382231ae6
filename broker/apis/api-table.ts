/**
 * The table of served APIs: handlers by key and the version ranges
 * ApiVersions advertises. registry.ts fills it with every handler file;
 * api-versions.ts reads it. It imports no handler, so the ApiVersions handler
 * and the registry do not import each other (whichever module loads first).
 */
import type { ApiHandler } from './types.js';

const handlers: ApiHandler[] = [];
const byKey: (ApiHandler | undefined)[] = [];

/** Adds handlers to the table; an API key may be registered once. */
export function registerApis(...list: ApiHandler<any, any>[]): void {
  for (const h of list) {
    if (byKey[h.apiKey]) throw new Error(`API ${h.name} (key ${h.apiKey}) registered twice`);
    byKey[h.apiKey] = h as ApiHandler;
    handlers.push(h as ApiHandler);
  }
  handlers.sort((a, b) => a.apiKey - b.apiKey);
}

/** The handler of an API key, if served. */
export function handlerFor(apiKey: number): ApiHandler | undefined {
  return byKey[apiKey];
}

/** Every registered handler, by ascending API key. */
export function registeredApis(): readonly ApiHandler[] {
  return handlers;
}

/** Every API with the version range advertised in ApiVersions (min and max inclusive). */
export function advertisedVersions(): { apiKey: number; minVersion: number; maxVersion: number }[] {
  return handlers.map((h) => ({ apiKey: h.apiKey, minVersion: h.advertisedMinVersion ?? h.minVersion, maxVersion: h.maxVersion }));
}
