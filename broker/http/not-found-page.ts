/**
 * The console's not-found page, rendered on the server so that a missing
 * topic, group or page answers a real HTTP 404 (bookmarks, links from
 * alerts, crawlers and `curl -f` all see it) with a page that says what was
 * not found and links back to the list it would be in. It has the console's
 * header and styles and needs no script. Every name is HTML-escaped.
 */

/** What was not found. */
export interface NotFound {
  /** "Topic", "Consumer group" or "Page". */
  kind: string;
  /** The name asked for (topic name, group id or path). */
  name: string;
  /** One or more sentences saying why, shown under the title. */
  detail: string;
  /** Where to go back to: URL and link text. */
  back: { href: string; label: string };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` with &, <, >, " and ' escaped for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** The complete HTML document of a not-found page. */
export function notFoundPage(nf: NotFound): string {
  const title = `${nf.kind} not found`;
  const nav = (href: string, label: string, key: string): string =>
    `<a href="${href}" data-nav="${key}"${nf.back.href === href ? ' class="active"' : ''}>${label}</a>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(`${title}: ${nf.name}`)} · Tributary</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/app.css" />
    <link rel="stylesheet" href="/console.css" />
  </head>
  <body>
    <header>
      <a class="brand" href="/">Tributary</a>
      <nav>${nav('/', 'Overview', 'overview')} ${nav('/topics', 'Topics', 'topics')} ${nav('/groups', 'Consumer groups', 'groups')}</nav>
    </header>
    <main>
      <section class="not-found" data-testid="not-found">
        <div class="code">404</div>
        <h1>${escapeHtml(title)}</h1>
        <p class="what">${escapeHtml(nf.kind)} <code data-testid="not-found-name">${escapeHtml(nf.name)}</code></p>
        <p>${escapeHtml(nf.detail)}</p>
        <p><a href="${escapeHtml(nf.back.href)}" data-testid="not-found-back">← ${escapeHtml(nf.back.label)}</a></p>
      </section>
    </main>
  </body>
</html>
`;
}
