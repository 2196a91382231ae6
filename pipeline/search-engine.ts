/**
 * Which search engine a visit came from, by its referer's host:
 *
 *   baidu   *.baidu.com        https://www.baidu.com/s?wd=...
 *   sogou   *.sogou.com        https://www.sogou.com/web?query=...
 *   bing    *.bing.com         https://cn.bing.com/search?q=...
 *   yahoo   *.yahoo.com        https://search.yahoo.com/search?p=...
 *   google  google.<tld>, *.google.<tld>
 *   so      *.so.com           (360 Search)
 *
 * Any other http(s) referer is `other`; `-`, an empty referer or one that is
 * not an http(s) URL is null: the visit came from no search engine (typed
 * in, a bookmark) and is not counted per engine.
 */

/** The engine names searchEngineOf returns, in display order ("other" last). */
export const SEARCH_ENGINES = ['baidu', 'sogou', 'bing', 'yahoo', 'google', 'so', 'other'] as const;

/** One of SEARCH_ENGINES. */
export type SearchEngine = (typeof SEARCH_ENGINES)[number];

const HOST = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i;
const GOOGLE = /(?:^|\.)google\.[a-z]{2,3}(?:\.[a-z]{2})?$/;

function under(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The search engine of a referer, or null when the visit came from none. */
export function searchEngineOf(referer: string): SearchEngine | null {
  const m = HOST.exec(referer);
  if (!m) return null;
  const host = m[1].toLowerCase();
  if (under(host, 'baidu.com')) return 'baidu';
  if (under(host, 'sogou.com')) return 'sogou';
  if (under(host, 'bing.com')) return 'bing';
  if (under(host, 'yahoo.com')) return 'yahoo';
  if (GOOGLE.test(host)) return 'google';
  if (under(host, 'so.com')) return 'so';
  return 'other';
}
