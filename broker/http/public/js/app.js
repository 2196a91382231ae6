// The console's router: /, /topics, /topics/<name>, /groups, /groups/<id>, /transactions
// (old #/... links are rewritten to these). The server answers each path
// with this page, or with a 404 page when the topic or group does not exist;
// links inside the console change the path without reloading. A page is a
// function (main, params) returning {refresh(), stop(), notFound?}; the
// router calls refresh() at once and every second. When refresh() fails with
// a 404 and the page has `notFound`, the not-found view replaces it.
import { overviewPage } from './overview.js';
import { topicsPage, topicPage } from './topics.js';
import { groupsPage, groupPage } from './groups.js';
import { transactionsPage } from './transactions.js';
import { notFoundView } from './not-found.js';

const REFRESH_MS = 1000;
const main = document.getElementById('main');
const status = document.getElementById('status');
let current = null;
let timer = null;

function route(pathname) {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { nav: 'overview', page: overviewPage, params: {} };
  if (parts[0] === 'topics' && parts.length === 1) return { nav: 'topics', page: topicsPage, params: {} };
  if (parts[0] === 'topics' && parts.length === 2) return { nav: 'topics', page: topicPage, params: { name: parts[1] } };
  if (parts[0] === 'groups' && parts.length === 1) return { nav: 'groups', page: groupsPage, params: {} };
  if (parts[0] === 'groups' && parts.length === 2) return { nav: 'groups', page: groupPage, params: { id: parts[1] } };
  if (parts[0] === 'transactions' && parts.length === 1) return { nav: 'transactions', page: transactionsPage, params: {} };
  return { nav: null, page: missingPage, params: { path: pathname } };
}

/** A path the console has no page for. */
function missingPage(el, { path }) {
  notFoundView(el, {
    kind: 'Page',
    name: path,
    detail: 'The console has no page at this address.',
    back: { href: '/', label: 'Cluster overview' },
  });
  return { refresh() {}, stop() {} };
}

function stopTimer() {
  if (timer) clearInterval(timer);
  timer = null;
}

async function tick() {
  if (!current) return;
  const mine = current;
  try {
    await mine.refresh();
    if (mine !== current) return;
    status.className = '';
    status.textContent = `updated ${new Date().toLocaleTimeString()}`;
  } catch (err) {
    if (mine !== current) return;
    if (err.status === 404 && mine.notFound) {
      // Deleted while shown, or reached by a link inside the console: say so, stop polling.
      stopTimer();
      mine.stop();
      notFoundView(main, { ...mine.notFound, detail: `${err.message}.` });
      status.className = '';
      status.textContent = '';
      return;
    }
    status.className = 'error';
    status.textContent = `error: ${err.message}`;
  }
}

function show() {
  if (current) current.stop();
  stopTimer();
  const r = route(location.pathname);
  for (const a of document.querySelectorAll('[data-nav]')) a.classList.toggle('active', a.dataset.nav === r.nav);
  main.replaceChildren();
  current = r.page(main, r.params);
  void tick();
  timer = setInterval(tick, REFRESH_MS);
}

// Links inside the console change the path without a reload.
document.addEventListener('click', (e) => {
  const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || a.target) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname === '/metrics') return;
  e.preventDefault();
  if (url.pathname !== location.pathname) history.pushState(null, '', url.pathname);
  show();
});
window.addEventListener('popstate', show);

// Bookmarks from before path routing: #/topics/x → /topics/x (on load, or typed into the address bar).
function fromHash() {
  if (location.hash.startsWith('#/')) history.replaceState(null, '', location.hash.slice(1));
}
window.addEventListener('hashchange', () => {
  fromHash();
  show();
});
fromHash();
show();
