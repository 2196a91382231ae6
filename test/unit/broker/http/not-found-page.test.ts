import { describe, expect, it } from 'vitest';
import { escapeHtml, notFoundPage } from '../../../../broker/http/not-found-page.js';

describe('not-found page', () => {
  it('says what was not found, why, and links back, with every name escaped', () => {
    const html = notFoundPage({
      kind: 'Consumer group',
      name: '<script>alert("x")</script>',
      detail: 'No broker coordinates a consumer group "<b>".',
      back: { href: '/groups', label: 'All consumer groups' },
    });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<h1>Consumer group not found</h1>');
    expect(html).toContain('<code data-testid="not-found-name">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</code>');
    expect(html).toContain('No broker coordinates a consumer group &quot;&lt;b&gt;&quot;.');
    expect(html).toContain('<a href="/groups" data-testid="not-found-back">← All consumer groups</a>');
    expect(html).not.toContain('<script>');
    // The console's header, with the section of the missing thing marked.
    expect(html).toContain('<a href="/groups" data-nav="groups" class="active">Consumer groups</a>');
  });

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
  });
});
