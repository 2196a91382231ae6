// The not-found view, the same as the server's 404 page (broker/http/not-found-page.ts):
// what was not found, why, and a link back to the list it would be in.
import { h, fill } from './dom.js';

/** Replaces `main` with the not-found view: {kind, name, detail, back: {href, label}}. */
export function notFoundView(main, { kind, name, detail, back }) {
  document.title = `${kind} not found: ${name} · Tributary`;
  fill(
    main,
    h(
      'section',
      { class: 'not-found', 'data-testid': 'not-found' },
      h('div', { class: 'code' }, '404'),
      h('h1', {}, `${kind} not found`),
      h('p', { class: 'what' }, `${kind} `, h('code', { 'data-testid': 'not-found-name' }, name)),
      h('p', {}, detail),
      h('p', {}, h('a', { href: back.href, 'data-testid': 'not-found-back' }, `← ${back.label}`)),
    ),
  );
}
