import { describe, expect, it } from 'vitest';
import { SEARCH_ENGINES, searchEngineOf } from '../../../pipeline/search-engine.js';

describe('searchEngineOf', () => {
  it("names the engine of a result page's URL", () => {
    expect(searchEngineOf('https://www.baidu.com/s?wd=Spark%20SQL')).toBe('baidu');
    expect(searchEngineOf('http://m.baidu.com/s?word=x')).toBe('baidu');
    expect(searchEngineOf('https://www.sogou.com/web?query=Hadoop')).toBe('sogou');
    expect(searchEngineOf('https://cn.bing.com/search?q=Storm')).toBe('bing');
    expect(searchEngineOf('https://www.bing.com/search?q=Storm')).toBe('bing');
    expect(searchEngineOf('https://search.yahoo.com/search?p=Kafka')).toBe('yahoo');
    expect(searchEngineOf('https://www.google.com/search?q=flume')).toBe('google');
    expect(searchEngineOf('https://www.google.co.jp/search?q=flume')).toBe('google');
    expect(searchEngineOf('https://www.so.com/s?q=spark')).toBe('so');
    expect(searchEngineOf('HTTPS://WWW.BAIDU.COM:443/s?wd=x')).toBe('baidu');
  });

  it('counts other sites as other, and no referer as no engine', () => {
    expect(searchEngineOf('https://github.com/apache/spark')).toBe('other');
    expect(searchEngineOf('https://notbaidu.com/s?wd=x')).toBe('other');
    expect(searchEngineOf('https://baidu.com.evil.example/s')).toBe('other');
    expect(searchEngineOf('https://google.evil.example/')).toBe('other');
    expect(searchEngineOf('-')).toBeNull();
    expect(searchEngineOf('')).toBeNull();
    expect(searchEngineOf('www.baidu.com/s?wd=x')).toBeNull();
    expect(searchEngineOf('ftp://www.baidu.com/')).toBeNull();
  });

  it('lists every name it returns, other last', () => {
    expect(SEARCH_ENGINES.at(-1)).toBe('other');
    expect(new Set(SEARCH_ENGINES).size).toBe(SEARCH_ENGINES.length);
  });
});
