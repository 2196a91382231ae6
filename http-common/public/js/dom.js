// DOM and formatting helpers shared by the console pages. Text is always set
// with textContent (topic names and record values are untrusted).

/** Creates an element: h('td', {class: 'num'}, 'text', childNode, ...). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Replaces the children of `el`. */
export function fill(el, ...children) {
  el.replaceChildren();
  for (const c of children.flat())
    if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** A table: columns [{label, num?}], rows as arrays of cells (strings or nodes). */
export function table(columns, rows, attrs = {}) {
  return h(
    'table',
    attrs,
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map((c) => h('th', { class: c.num ? 'num' : null }, c.label)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((r) => {
        const tr = h('tr', r.attrs || {});
        r.cells.forEach((cell, i) => tr.append(h('td', { class: columns[i] && columns[i].num ? 'num' : null }, cell)));
        return tr;
      }),
    ),
  );
}

/** A number with thousands separators (null → "–"). */
export function num(n, digits = 0) {
  if (n === null || n === undefined || Number.isNaN(n)) return '–';
  return Number(n).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** Bytes in B / KiB / MiB / GiB. */
export function bytes(n) {
  if (n === null || n === undefined) return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

/** A duration in ms as "3d 4h", "5m 2s", "800 ms". */
export function duration(ms) {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86400),
    hh = Math.floor((s % 86400) / 3600),
    m = Math.floor((s % 3600) / 60),
    ss = s % 60;
  if (d > 0) return `${d}d ${hh}h`;
  if (hh > 0) return `${hh}h ${m}m`;
  if (m > 0) return `${m}m ${ss}s`;
  return `${ss}s`;
}

/** A badge span. */
export function badge(text, kind = text) {
  return h('span', { class: `badge ${kind}` }, text);
}

/** GET a JSON resource; throws an Error carrying the API's error code and message. */
export async function getJson(url) {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const err = new Error(body && body.message ? body.message : `${res.status} ${res.statusText}`);
    err.status = res.status;
    err.code = body && body.code;
    throw err;
  }
  return body;
}

/** A card of the overview grid. */
export function card(label, value, testid) {
  return h('div', { class: 'card' }, h('div', { class: 'label' }, label), h('div', { class: 'value', 'data-testid': testid }, value));
}
