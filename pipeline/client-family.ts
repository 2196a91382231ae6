/**
 * The client family of a visit: the browser named by its user agent, as
 * ua-parser-js reads it ("Chrome", "Mobile Safari", "Firefox", "Edge",
 * "WeChat", ...). A user agent no browser rule matches is "Bot" when
 * ua-parser-js's bot detection recognizes a crawler or a script (Baiduspider,
 * Googlebot, curl, ...) and "Other" otherwise; `-` or an empty one is "unknown".
 *
 * Parsing a user agent runs many regular expressions, and a log repeats a
 * few hundred user agents, so results are cached (a bounded map, cleared
 * when full). Not safe to share across threads (there are none).
 */
import { UAParser } from 'ua-parser-js';
import { isBot } from 'ua-parser-js/bot-detection';

const MAX_CACHED = 10_000;

/** Classifies user agents into client families, caching the answers. */
export class ClientFamilies {
  private readonly cache = new Map<string, string>();

  /** The client family of `userAgent`. */
  of(userAgent: string): string {
    const hit = this.cache.get(userAgent);
    if (hit !== undefined) return hit;
    const family = clientFamilyOf(userAgent);
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(userAgent, family);
    return family;
  }
}

/** The client family of `userAgent`, uncached. */
export function clientFamilyOf(userAgent: string): string {
  const ua = userAgent.trim();
  if (ua === '' || ua === '-') return 'unknown';
  const result = UAParser(ua);
  if (result.browser.name) return result.browser.name;
  return isBot(ua) ? 'Bot' : 'Other';
}
