// The console's router: #/ overview, #/topics, #/topics/<name>, #/groups,
// #/groups/<id>. A page is a function (main, params) returning
// {refresh(), stop()}; the router calls refresh() at once and every second.
import { overviewPage } from './overview.js';
import { topicsPage, topicPage } from './topics.js';
import { groupsPage, groupPage } from './groups.js';

const REFRESH_MS = 1000;
const main = document.getElementById('main');
const status = document.getElementById('status');
let current = null;
let timer = null;

function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const parts = hash.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'topics' && parts.length === 2) return { nav: 'topics', page: topicPage, params: { name: parts[1] } };
  if (parts[0] === 'topics') return { nav: 'topics', page: topicsPage, params: {} };
  if (parts[0] === 'groups' && parts.length === 2) return { nav: 'groups', page: groupPage, params: { id: parts[1] } };
  if (parts[0] === 'groups') return { nav: 'groups', page: groupsPage, params: {} };
  return { nav: 'overview', page: overviewPage, params: {} };
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
    status.className = 'error';
    status.textContent = `error: ${err.message}`;
  }
}

function show() {
  if (current) current.stop();
  if (timer) clearInterval(timer);
  const r = route();
  for (const a of document.querySelectorAll('[data-nav]')) a.classList.toggle('active', a.dataset.nav === r.nav);
  main.replaceChildren();
  current = r.page(main, r.params);
  void tick();
  timer = setInterval(tick, REFRESH_MS);
}

window.addEventListener('hashchange', show);
show();
