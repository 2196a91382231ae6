// Topics: the list, and one topic's throughput, partitions, configs and live tail.
import { h, fill, table, num, bytes, getJson } from './dom.js';
import { lineChart, rate, byteRate } from './charts.js';

const last = (arr) => (arr && arr.length ? arr[arr.length - 1] : 0);

/** The topic list. */
export function topicsPage(main) {
  const internal = h('input', { type: 'checkbox', id: 'internal' });
  const list = h('div', { class: 'panel', 'data-testid': 'topics-table' });
  main.append(
    h('h1', {}, 'Topics'),
    h('div', { class: 'toolbar' }, internal, h('label', { for: 'internal' }, 'show internal topics')),
    list,
  );
  return {
    async refresh() {
      const [t, s] = await Promise.all([getJson(`/api/topics?internal=${internal.checked}`), getJson('/api/stats?seconds=10')]);
      fill(
        list,
        t.topics.length === 0
          ? h('div', { class: 'empty' }, 'No topics yet.')
          : table(
              [
                { label: 'Topic' },
                { label: 'Partitions', num: true },
                { label: 'Replication', num: true },
                { label: 'Messages', num: true },
                { label: 'Size', num: true },
                { label: 'In msg/s', num: true },
                { label: 'Out msg/s', num: true },
                { label: 'Produced', num: true },
                { label: 'Under-replicated', num: true },
              ],
              t.topics.map((x) => {
                const r = s.topics[x.name];
                return {
                  attrs: { 'data-topic': x.name },
                  cells: [
                    h('a', { href: `#/topics/${encodeURIComponent(x.name)}` }, x.name),
                    num(x.partitions),
                    num(x.replicationFactor),
                    num(x.messages),
                    bytes(x.size),
                    rate(r ? last(r.messagesInPerSec) : 0),
                    rate(r ? last(r.messagesOutPerSec) : 0),
                    num(x.messagesIn),
                    num(x.underReplicatedPartitions),
                  ],
                };
              }),
            ),
      );
    },
    stop() {},
  };
}

/** One topic. */
export function topicPage(main, { name }) {
  const summary = h('div', { class: 'cards' });
  const msgPanel = h('div', { class: 'panel', 'data-testid': 'throughput-chart' });
  const bytePanel = h('div', { class: 'panel' });
  const parts = h('div', { class: 'panel', 'data-testid': 'partitions-table' });
  const configs = h('div', { class: 'panel' });
  const tail = tailPanel(name);
  main.append(
    h('h1', {}, `Topic ${name}`),
    summary,
    h('div', { class: 'charts' }, msgPanel, bytePanel),
    h('h2', {}, 'Partitions'),
    parts,
    h('h2', {}, 'Live tail'),
    tail.el,
    h('h2', {}, 'Configuration'),
    configs,
  );
  const msgChart = lineChart(msgPanel, 'Messages per second', [{ label: 'in' }, { label: 'out' }], rate);
  const byteChart = lineChart(bytePanel, 'Bytes per second', [{ label: 'in' }, { label: 'out' }], byteRate);
  let configsShown = false;
  return {
    async refresh() {
      const [t, s] = await Promise.all([getJson(`/api/topics/${encodeURIComponent(name)}`), getJson('/api/stats?seconds=300')]);
      const r = s.topics[name];
      fill(
        summary,
        h('div', { class: 'card' }, h('div', { class: 'label' }, 'Partitions'), h('div', { class: 'value' }, num(t.partitions))),
        h(
          'div',
          { class: 'card' },
          h('div', { class: 'label' }, 'Messages held'),
          h('div', { class: 'value', 'data-testid': 'topic-messages' }, num(t.messages)),
        ),
        h('div', { class: 'card' }, h('div', { class: 'label' }, 'Size'), h('div', { class: 'value' }, bytes(t.size))),
        h(
          'div',
          { class: 'card' },
          h('div', { class: 'label' }, 'In msg/s'),
          h('div', { class: 'value', 'data-testid': 'rate-in' }, rate(r ? last(r.messagesInPerSec) : 0)),
        ),
        h(
          'div',
          { class: 'card' },
          h('div', { class: 'label' }, 'Out msg/s'),
          h('div', { class: 'value', 'data-testid': 'rate-out' }, rate(r ? last(r.messagesOutPerSec) : 0)),
        ),
        h(
          'div',
          { class: 'card' },
          h('div', { class: 'label' }, 'Produced since start'),
          h('div', { class: 'value', 'data-testid': 'topic-messages-in' }, num(t.messagesIn)),
        ),
      );
      if (r) {
        msgChart.update(s.times, [r.messagesInPerSec, r.messagesOutPerSec]);
        byteChart.update(s.times, [r.bytesInPerSec, r.bytesOutPerSec]);
      }
      fill(
        parts,
        table(
          [
            { label: 'Partition', num: true },
            { label: 'Leader', num: true },
            { label: 'Replicas' },
            { label: 'ISR' },
            { label: 'Start offset', num: true },
            { label: 'End offset', num: true },
            { label: 'High watermark', num: true },
            { label: 'Size', num: true },
            { label: 'Segments', num: true },
          ],
          t.partitionDetails.map((p) => ({
            attrs: { 'data-partition': p.partition },
            cells: [
              String(p.partition),
              String(p.leader),
              p.replicas.join(', '),
              p.isr.join(', '),
              num(p.logStartOffset),
              num(p.logEndOffset),
              num(p.highWatermark),
              bytes(p.size),
              num(p.segments),
            ],
          })),
        ),
      );
      tail.setPartitions(t.partitions);
      if (!configsShown) {
        configsShown = true;
        fill(
          configs,
          table(
            [{ label: 'Key' }, { label: 'Value' }, { label: 'Source' }],
            Object.entries(t.configs)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, v]) => ({ cells: [k, v.value, v.source] })),
          ),
        );
      }
    },
    stop() {
      tail.stop();
      msgChart.destroy();
      byteChart.destroy();
    },
  };
}

const MAX_ROWS = 200;

function show(field) {
  if (!field) return h('span', { class: 'muted' }, 'null');
  const text = field.encoding === 'base64' ? `base64:${field.data}` : field.data;
  return field.truncated ? `${text}… (${field.size} bytes)` : text;
}

/** The live tail: an EventSource on /api/topics/<name>/tail, newest records on top. */
function tailPanel(name) {
  const partition = h('select', { 'data-testid': 'tail-partition' }, h('option', { value: '' }, 'all partitions'));
  const from = h(
    'select',
    {},
    h('option', { value: '-10' }, 'last 10'),
    h('option', { value: 'end' }, 'new only'),
    h('option', { value: 'beginning' }, 'from beginning'),
  );
  const button = h('button', { 'data-testid': 'tail-toggle' }, 'Start');
  const info = h('span', { class: 'muted', 'data-testid': 'tail-info' });
  const body = h('tbody', { 'data-testid': 'tail-rows' });
  const el = h(
    'div',
    { class: 'panel' },
    h('div', { class: 'toolbar' }, partition, from, button, info),
    h(
      'div',
      { class: 'tail' },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Partition', 'Offset', 'Time', 'Key', 'Value'].map((x) => h('th', {}, x)),
          ),
        ),
        body,
      ),
    ),
  );
  let source = null;
  let count = 0;
  let known = 0;
  const stop = () => {
    if (source) source.close();
    source = null;
    button.textContent = 'Start';
  };
  const start = () => {
    stop();
    body.replaceChildren();
    count = 0;
    const q = new URLSearchParams({ from: from.value });
    if (partition.value !== '') q.set('partition', partition.value);
    source = new EventSource(`/api/topics/${encodeURIComponent(name)}/tail?${q}`);
    button.textContent = 'Stop';
    info.textContent = 'connecting…';
    source.addEventListener('hello', () => {
      info.textContent = 'following';
    });
    source.addEventListener('record', (e) => {
      const r = JSON.parse(e.data);
      count++;
      body.prepend(
        h(
          'tr',
          { 'data-offset': r.offset },
          h('td', {}, String(r.partition)),
          h('td', {}, String(r.offset)),
          h('td', {}, new Date(r.timestamp).toLocaleTimeString()),
          h('td', {}, show(r.key)),
          h('td', {}, show(r.value)),
        ),
      );
      while (body.childElementCount > MAX_ROWS) body.lastElementChild.remove();
      info.textContent = `${count} records received`;
    });
    source.addEventListener('skipped', (e) => {
      const s = JSON.parse(e.data);
      body.prepend(
        h('tr', {}, h('td', { colspan: 5, class: 'muted' }, `partition ${s.partition}: skipped offsets ${s.from}–${s.to - 1} to keep up`)),
      );
    });
    source.addEventListener('end', (e) => {
      info.textContent = `ended: ${JSON.parse(e.data).reason}`;
      stop();
    });
    source.onerror = () => {
      if (source && source.readyState === EventSource.CLOSED) {
        info.textContent = 'disconnected';
        stop();
      }
    };
  };
  button.addEventListener('click', () => (source ? stop() : start()));
  return {
    el,
    stop,
    setPartitions(n) {
      if (n === known) return;
      known = n;
      const keep = partition.value;
      fill(
        partition,
        h('option', { value: '' }, 'all partitions'),
        Array.from({ length: n }, (_, i) => h('option', { value: String(i) }, `partition ${i}`)),
      );
      partition.value = keep;
    },
  };
}
