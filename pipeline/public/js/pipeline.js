// The course-statistics page: reads /api/stats (what the streaming job has
// written to its store) and redraws its ECharts charts whenever the job
// announces a written batch on /api/events (Server-Sent Events; the browser
// reconnects by itself when the job restarts). Following the latest day
// unless another day is picked.
import { h, fill, num } from './dom.js';

const ENGINE_COLORS = {
  baidu: '#2932e1',
  sogou: '#fb6022',
  bing: '#0891b2',
  yahoo: '#7e1fff',
  google: '#16a34a',
  so: '#ca8a04',
  other: '#9ca3af',
};
const PALETTE = ['#2563eb', '#16a34a', '#f59e0b', '#db2777', '#7c3aed', '#0891b2', '#ea580c', '#65a30d', '#9ca3af', '#dc2626'];
const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

const $ = (id) => document.getElementById(id);
const charts = {};
let pickedDay = null; // null: follow the latest day
let lastStats = null;
let refreshTimer = null;
let loading = false;
let again = false;

/** "China · BJ" for CN-BJ, "China" for CN. */
function regionLabel(code) {
  if (code === 'unknown') return 'Unknown (private or unlisted)';
  const [country, sub] = code.split('-');
  let name = country;
  try {
    name = (regionNames && regionNames.of(country)) || country;
  } catch {
    // not a region code the browser knows: show it as it is
  }
  return sub ? `${name} · ${sub}` : name;
}

function dayLabel(d) {
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
}

function chart(id) {
  if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
  return charts[id];
}

const AXIS = {
  axisLine: { lineStyle: { color: '#cbd5e1' } },
  axisLabel: { color: '#475569' },
  splitLine: { lineStyle: { color: '#eef2f7' } },
};
const GRID = { left: 48, right: 16, top: 24, bottom: 32, containLabel: true };
const TOOLTIP = { trigger: 'axis', axisPointer: { type: 'shadow' } };

function drawMinutes(day) {
  const data = day.minutes.map(([m, n]) => [`${m.slice(0, 2)}:${m.slice(2)}`, n]);
  chart('chart-minutes').setOption(
    {
      animationDuration: 300,
      grid: { ...GRID, top: 16 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.map((d) => d[0]), boundaryGap: false, ...AXIS },
      yAxis: { type: 'value', minInterval: 1, ...AXIS },
      series: [
        {
          name: 'Visits',
          type: 'line',
          smooth: true,
          showSymbol: data.length < 40,
          data: data.map((d) => d[1]),
          lineStyle: { width: 2, color: '#2563eb' },
          itemStyle: { color: '#2563eb' },
          areaStyle: {
            color: new echarts.graphic.LinearGradient(0, 0, 0, 1, [
              { offset: 0, color: 'rgba(37,99,235,0.35)' },
              { offset: 1, color: 'rgba(37,99,235,0.02)' },
            ]),
          },
        },
      ],
    },
    true,
  );
}

function drawCourses(day) {
  const sorted = [...day.courses].sort((a, b) => b[1] - a[1]);
  chart('chart-courses').setOption(
    {
      animationDuration: 300,
      grid: GRID,
      tooltip: TOOLTIP,
      xAxis: { type: 'category', data: sorted.map(([c]) => `class ${c}`), ...AXIS },
      yAxis: { type: 'value', minInterval: 1, ...AXIS },
      series: [
        {
          name: 'Visits',
          type: 'bar',
          barMaxWidth: 42,
          data: sorted.map(([, n]) => n),
          itemStyle: { color: '#2563eb', borderRadius: [4, 4, 0, 0] },
          label: { show: true, position: 'top', color: '#334155', fontSize: 11 },
        },
      ],
    },
    true,
  );
}

function drawEngines(day) {
  const courses = day.courses.map(([c]) => c);
  chart('chart-engines').setOption(
    {
      animationDuration: 300,
      grid: { ...GRID, top: 36 },
      legend: { top: 0, icon: 'roundRect', itemWidth: 12, itemHeight: 8 },
      tooltip: TOOLTIP,
      xAxis: { type: 'category', data: courses.map((c) => `class ${c}`), ...AXIS },
      yAxis: { type: 'value', minInterval: 1, ...AXIS },
      series: day.engines.map((e) => {
        const by = new Map(e.courses);
        return {
          name: e.engine,
          type: 'bar',
          stack: 'engines',
          barMaxWidth: 42,
          data: courses.map((c) => by.get(c) || 0),
          itemStyle: { color: ENGINE_COLORS[e.engine] || '#64748b' },
        };
      }),
    },
    true,
  );
}

function drawClients(day) {
  const top = day.clients.slice(0, 9);
  const rest = day.clients.slice(9).reduce((s, [, n]) => s + n, 0);
  const data = top.map(([name, value]) => ({ name, value }));
  if (rest > 0) data.push({ name: 'all others', value: rest });
  chart('chart-clients').setOption(
    {
      animationDuration: 300,
      color: PALETTE,
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { orient: 'vertical', right: 8, top: 'middle', icon: 'circle', itemWidth: 10, itemHeight: 10 },
      series: [
        {
          name: 'Client family',
          type: 'pie',
          radius: ['45%', '72%'],
          center: ['36%', '50%'],
          itemStyle: { borderColor: '#fff', borderWidth: 2, borderRadius: 4 },
          label: { show: false },
          data,
        },
      ],
    },
    true,
  );
}

function drawRegions(day) {
  const top = day.regions.slice(0, 12).reverse();
  chart('chart-regions').setOption(
    {
      animationDuration: 300,
      grid: { ...GRID, left: 8, top: 8 },
      tooltip: TOOLTIP,
      xAxis: { type: 'value', minInterval: 1, ...AXIS },
      yAxis: { type: 'category', data: top.map(([r]) => regionLabel(r)), ...AXIS },
      series: [
        {
          name: 'Visits',
          type: 'bar',
          barMaxWidth: 18,
          data: top.map(([, n]) => n),
          itemStyle: { color: '#0891b2', borderRadius: [0, 4, 4, 0] },
          label: { show: true, position: 'right', color: '#334155', fontSize: 11 },
        },
      ],
    },
    true,
  );
}

function drawTable(day) {
  const engines = day.engines.map((e) => e.engine);
  const byEngine = new Map(day.engines.map((e) => [e.engine, new Map(e.courses)]));
  const max = Math.max(1, ...day.courses.map(([, n]) => n));
  const head = ['Course', 'Visits', '', ...engines, 'no search engine'];
  const rows = [...day.courses]
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => {
      const fromEngines = engines.map((e) => byEngine.get(e).get(c) || 0);
      const direct = n - fromEngines.reduce((s, x) => s + x, 0);
      return h(
        'tr',
        { 'data-course': c },
        h('td', {}, `/class/${c}.html`),
        h('td', { class: 'num', 'data-testid': `visits-${c}` }, num(n)),
        h('td', { class: 'share-cell' }, h('span', { class: 'share', style: `width:${Math.round((n / max) * 100)}%` })),
        fromEngines.map((x, i) => h('td', { class: 'num', 'data-testid': `engine-${engines[i]}-${c}` }, num(x))),
        h('td', { class: 'num' }, num(direct)),
      );
    });
  fill(
    $('course-table'),
    day.courses.length === 0
      ? h('div', { class: 'empty' }, 'No course visits on this day yet.')
      : h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              head.map((label, i) => h('th', { class: i === 1 || i > 2 ? 'num' : null }, label)),
            ),
          ),
          h('tbody', {}, rows),
        ),
  );
}

function drawDays(days, current) {
  const select = $('day');
  const options = [...days].reverse().map(([d, n]) => h('option', { value: d, selected: d === current }, `${dayLabel(d)} (${num(n)})`));
  fill(select, options.length ? options : [h('option', { value: '' }, 'no data yet')]);
}

function render(stats) {
  lastStats = stats;
  window.__courseStats = stats;
  const t = stats.totals;
  $('total-lines').textContent = num(t.lines);
  fill($('total-dropped'), `${num(t.otherUrl)} · ${num(t.malformed)}`);
  const b = stats.lastBatch;
  fill($('last-batch'), b ? [num(b.records), h('small', {}, ` lines at ${new Date(b.writtenAt).toLocaleTimeString()}`)] : '–');
  drawDays(stats.days, stats.day && stats.day.day);
  const day = stats.day || { day: '', visits: 0, courses: [], engines: [], clients: [], regions: [], minutes: [] };
  $('day-visits').textContent = num(day.visits);
  $('day-courses').textContent = num(day.courses.length);
  const fromSearch = day.engines.reduce((s, e) => s + e.visits, 0);
  fill($('day-search'), [num(fromSearch), h('small', {}, day.visits ? ` ${Math.round((fromSearch / day.visits) * 100)}%` : '')]);
  drawMinutes(day);
  drawCourses(day);
  drawEngines(day);
  drawClients(day);
  drawRegions(day);
  drawTable(day);
  const offsets = Object.entries(stats.offsets)
    .map(([tp, o]) => `${tp}@${o}`)
    .join(', ');
  $('footnote').textContent =
    `Counts as committed in the job's LevelDB store, together with the Kafka offsets they cover: ${offsets || 'none yet'}.`;
  document.body.dataset.loaded = 'true';
}

async function refresh() {
  if (loading) {
    again = true;
    return;
  }
  loading = true;
  try {
    const q = pickedDay ? `?day=${pickedDay}` : '';
    const res = await fetch(`/api/stats${q}`);
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    render(await res.json());
  } catch (err) {
    setStatus('error', `cannot read the statistics: ${err.message}`);
  } finally {
    loading = false;
    if (again) {
      again = false;
      void refresh();
    }
  }
}

function refreshSoon() {
  if (refreshTimer) return;
  refreshTimer = setTimeout(() => {
    refreshTimer = null;
    void refresh();
  }, 250);
}

function setStatus(kind, text) {
  const s = $('status');
  s.className = kind;
  s.textContent = text;
}

function connect() {
  const events = new EventSource('/api/events');
  events.onopen = () => {
    setStatus('live', 'live');
    refreshSoon();
  };
  events.addEventListener('batch', () => {
    setStatus('live', `live · updated ${new Date().toLocaleTimeString()}`);
    refreshSoon();
  });
  events.onerror = () => setStatus('error', 'job unreachable, reconnecting…');
}

$('day').addEventListener('change', (e) => {
  const v = e.target.value;
  const latest = lastStats && lastStats.days.length ? lastStats.days[lastStats.days.length - 1][0] : null;
  pickedDay = v && v !== latest ? v : null;
  void refresh();
});
window.addEventListener('resize', () => {
  for (const c of Object.values(charts)) c.resize();
});
// A safety net beside the event stream (a proxy that buffers it, a missed event).
setInterval(refreshSoon, 10_000);
connect();
void refresh();
