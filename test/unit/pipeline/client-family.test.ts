import { describe, expect, it } from 'vitest';
import { ClientFamilies, clientFamilyOf } from '../../../pipeline/client-family.js';

describe('clientFamilyOf', () => {
  it('names the browser', () => {
    expect(
      clientFamilyOf('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36'),
    ).toBe('Chrome');
    expect(clientFamilyOf('Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0')).toBe('Firefox');
    expect(
      clientFamilyOf(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Mobile Safari');
    expect(
      clientFamilyOf(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67',
      ),
    ).toBe('Edge');
  });

  it('tells crawlers and scripts (Bot) from what nothing recognizes (Other) and from no user agent (unknown)', () => {
    expect(clientFamilyOf('Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)')).toBe('Bot');
    expect(clientFamilyOf('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toBe('Bot');
    expect(clientFamilyOf('curl/8.5.0')).toBe('Bot');
    expect(clientFamilyOf('xyzzy')).toBe('Other');
    expect(clientFamilyOf('-')).toBe('unknown');
    expect(clientFamilyOf('  ')).toBe('unknown');
  });

  it('caches answers, and the cached answer is the same', () => {
    const families = new ClientFamilies();
    const ua = 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0';
    expect(families.of(ua)).toBe('Firefox');
    expect(families.of(ua)).toBe('Firefox');
    expect(families.of('-')).toBe('unknown');
  });
});
