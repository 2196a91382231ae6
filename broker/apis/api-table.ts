/**
 * The table of served APIs: an entry per API key with the version range
 * ApiVersions advertises. registry.ts fills it; api-versions.ts reads it. It
 * imports no handler, so the ApiVersions handler and the registry do not
 * import each other (whichever module loads first).
 *
 * An entry is either a loaded handler (the hot APIs, imported with the
 * broker) or a {@link LazyApi}: the key, name and version range of a handler
 * file that is imported on the API's first request, so that rarely used
 * handlers and their codecs cost nothing at start. ApiVersions and the
 * version check answer from the entry alone; once the file is loaded the
 * entry is replaced by its handler. Loading checks that the file declares the
 * range the table advertised (a mismatch is a bug, and
 * test/unit/broker/apis/registry.test.ts loads every entry to catch it).
 */
import { APIS } from '../../protocol/generated/api-keys.js';
import type { ApiHandler } from './types.js';

/** What the table knows of every API, loaded or not: enough for ApiVersions and the version check. */
export interface ApiRange {
  readonly apiKey: number;
  readonly name: string;
  /** Lowest version served, inclusive. */
  readonly minVersion: number;
  /** Highest version served, inclusive. */
  readonly maxVersion: number;
  /** Lowest version advertised when it differs from minVersion (see HandlerSpec). */
  readonly advertisedMinVersion?: number;
}

/** An API whose handler file is imported on its first request. */
export interface LazyApi extends ApiRange {
  readonly lazy: true;
  /** Imports the handler file (once; every call returns the same promise) and puts its handler in the table. */
  load(): Promise<ApiHandler>;
}

/** A table entry: a loaded handler or an API still to load. */
export type ApiEntry = ApiHandler | LazyApi;

/** The import of a handler file (`() => import('./create-acls.js')`): its default export is the handler. */
export type HandlerImport = () => Promise<{ default: ApiHandler<any, any> }>;

const entries: ApiEntry[] = [];
const byKey: (ApiEntry | undefined)[] = [];

/** True for an entry whose handler file is not loaded yet. */
export function isLazy(e: ApiEntry): e is LazyApi {
  return 'lazy' in e;
}

/**
 * A lazily loaded API: `apiKey` and the range `minVersion`-`maxVersion`
 * (inclusive) as its handler file declares them in `defineApi`, and the
 * import of that file. The name comes from the generated API list.
 */
export function lazyApi(apiKey: number, minVersion: number, maxVersion: number, load: HandlerImport): LazyApi {
  const info = APIS.find((a) => a.apiKey === apiKey);
  if (!info) throw new Error(`lazy API: no schema has key ${apiKey}`);
  let loading: Promise<ApiHandler> | null = null;
  const entry: LazyApi = {
    lazy: true,
    apiKey,
    name: info.name,
    minVersion,
    maxVersion,
    load() {
      loading ??= load().then(({ default: h }) => {
        if (h.apiKey !== apiKey || h.minVersion !== minVersion || h.maxVersion !== maxVersion || h.advertisedMinVersion !== undefined) {
          throw new Error(
            `${info.name} (key ${apiKey}) is registered lazily with versions ${minVersion}-${maxVersion}, ` +
              `but its handler file declares ${h.name} (key ${h.apiKey}) ${h.minVersion}-${h.maxVersion}`,
          );
        }
        put(h as ApiHandler);
        return h as ApiHandler;
      });
      return loading;
    },
  };
  return entry;
}

/** Replaces the entry of the same key (a lazy API once its handler is loaded). */
function put(e: ApiEntry): void {
  byKey[e.apiKey] = e;
  const i = entries.findIndex((x) => x.apiKey === e.apiKey);
  entries[i] = e;
}

/** Adds handlers and lazy APIs to the table; an API key may be registered once. */
export function registerApis(...list: (ApiHandler<any, any> | LazyApi)[]): void {
  for (const e of list) {
    if (byKey[e.apiKey]) throw new Error(`API ${e.name} (key ${e.apiKey}) registered twice`);
    byKey[e.apiKey] = e as ApiEntry;
    entries.push(e as ApiEntry);
  }
  entries.sort((a, b) => a.apiKey - b.apiKey);
}

/** The entry of an API key, if served: its handler, or a {@link LazyApi} to load first. */
export function apiEntry(apiKey: number): ApiEntry | undefined {
  return byKey[apiKey];
}

/** Every registered entry, by ascending API key (lazy ones not loaded). */
export function registeredApis(): readonly ApiEntry[] {
  return entries;
}

/** Every registered handler, by ascending API key, loading the lazy ones (tests and tools; never at start). */
export function loadAllApis(): Promise<ApiHandler[]> {
  return Promise.all(entries.map((e) => (isLazy(e) ? e.load() : e)));
}

/** Every API with the version range advertised in ApiVersions (min and max inclusive). */
export function advertisedVersions(): { apiKey: number; minVersion: number; maxVersion: number }[] {
  return entries.map((h) => ({ apiKey: h.apiKey, minVersion: h.advertisedMinVersion ?? h.minVersion, maxVersion: h.maxVersion }));
}
