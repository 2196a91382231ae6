// A streaming job's UI: statistics cards, the batch timeline (input rate,
// scheduling delay, processing time, total delay, records per batch) and the
// latest batches, refreshed every second from /api/streaming/*.
import { h, fill, table, num, duration, getJson, card, badge } from './dom.js';
import { lineChart, rate } from './charts.js';

const main = document.getElementById('main');
const status = document.getElementById('status');
const appName = document.getElementById('app-name');
const cards = h('div', { class: 'cards', 'data-testid': 'streaming-cards' });
const panels = ['input-rate', 'scheduling-delay', 'processing-time', 'records-per-batch'].map((id) =>
  h('div', { class: 'panel', 'data-testid': `chart-${id}` }),
);
const batches = h('div', { class: 'panel', 'data-testid': 'batches-table' });
main.append(
  h('h1', {}, 'Streaming statistics'),
  cards,
  h('div', { class: 'charts' }, ...panels),
  h('h2', {}, 'Batches (newest first)'),
  batches,
);

const ms = (v) => `${Math.round(v)} ms`;
/** A batch time as the wall clock, with milliseconds when batches come faster than one a second. */
const batchTimeText = (t, interval) =>
  new Date(t).toLocaleTimeString(
    undefined,
    interval < 1000 || t % 1000 !== 0 ? { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 } : undefined,
  );
const charts = {
  inputRate: lineChart(panels[0], 'Input rate (records/s)', [{ label: 'records/s' }], rate),
  scheduling: lineChart(panels[1], 'Scheduling delay', [{ label: 'scheduling delay', color: '#ea580c' }], ms),
  processing: lineChart(
    panels[2],
    'Processing time',
    [
      { label: 'processing time', color: '#16a34a' },
      { label: 'total delay', color: '#9333ea' },
      { label: 'batch interval', color: '#9ca3af' },
    ],
    ms,
  ),
  records: lineChart(panels[3], 'Records per batch', [{ label: 'records', color: '#2563eb' }], (v) => rate(v), 220, { bars: true }),
};

function statusBadge(s) {
  return badge(s, s === 'completed' ? 'ok' : s === 'failed' ? 'bad' : 'warn');
}

async function refresh() {
  const [s, b] = await Promise.all([getJson('/api/streaming/statistics'), getJson('/api/streaming/batches?limit=300')]);
  appName.textContent = `${s.appName} · ${s.state}`;
  const done = b.batches.filter((x) => x.status === 'completed' || x.status === 'failed');
  fill(
    cards,
    card('Batch interval', ms(s.batchDuration), 'batch-interval'),
    card('Running for', duration(s.uptimeMs), 'uptime'),
    card('Completed batches', num(s.numCompletedBatches), 'completed-batches'),
    card('Failed batches', num(s.numFailedBatches), 'failed-batches'),
    card('Active batches', num(s.numActiveBatches), 'active-batches'),
    card('Records processed', num(s.numTotalProcessedRecords), 'records-processed'),
    card('Avg input rate', s.avgInputRate === null ? '–' : `${rate(s.avgInputRate)}/s`, 'avg-input-rate'),
    card('Avg scheduling delay', s.avgSchedulingDelay === null ? '–' : ms(s.avgSchedulingDelay), 'avg-scheduling-delay'),
    card('Avg processing time', s.avgProcessingTime === null ? '–' : ms(s.avgProcessingTime), 'avg-processing-time'),
  );
  const times = done.map((x) => x.batchTime);
  charts.inputRate.update(times, [done.map((x) => x.inputRate)]);
  charts.scheduling.update(times, [done.map((x) => x.schedulingDelay)]);
  charts.processing.update(times, [done.map((x) => x.processingTime), done.map((x) => x.totalDelay), done.map(() => s.batchDuration)]);
  charts.records.update(times, [done.map((x) => x.inputSize)]);
  const newest = [...b.batches].reverse().slice(0, 50);
  fill(
    batches,
    newest.length === 0
      ? h('div', { class: 'empty' }, 'No batches yet.')
      : table(
          [
            { label: 'Batch time' },
            { label: 'Status' },
            { label: 'Records', num: true },
            { label: 'Input rate', num: true },
            { label: 'Scheduling delay', num: true },
            { label: 'Processing time', num: true },
            { label: 'Total delay', num: true },
            { label: 'Attempts', num: true },
          ],
          newest.map((x) => ({
            attrs: { 'data-batch': x.batchTime },
            cells: [
              batchTimeText(x.batchTime, s.batchDuration),
              statusBadge(x.status),
              num(x.inputSize),
              `${rate(x.inputRate)}/s`,
              x.schedulingDelay === null ? '–' : ms(x.schedulingDelay),
              x.processingTime === null ? '–' : ms(x.processingTime),
              x.totalDelay === null ? '–' : ms(x.totalDelay),
              num(x.attempts),
            ],
          })),
        ),
  );
}

async function tick() {
  try {
    await refresh();
    status.className = '';
    status.textContent = `updated ${new Date().toLocaleTimeString()}`;
  } catch (err) {
    status.className = 'error';
    status.textContent = `error: ${err.message}`;
  }
}

void tick();
setInterval(tick, 1000);
