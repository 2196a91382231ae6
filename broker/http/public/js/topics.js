// Topics: the list, and one topic's throughput, partitions, configs and live tail.
import { h, fill, table, num, bytes, getJson, badge } from './dom.js';
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
                { label: 'Under-replicated', num: true },
                { label: 'Offline', num: true },
                { label: 'Messages', num: true },
                { label: 'Size here', num: true },
                { label: 'In msg/s', num: true },
                { label: 'Out msg/s', num: true },
              ],
              t.topics.map((x) => {
                const r = s.topics[x.name];
                return {
                  attrs: {
                    'data-topic': x.name,
                    class: x.offlinePartitions > 0 ? 'row-bad' : x.underReplicatedPartitions > 0 ? 'row-warn' : null,
                  },
                  cells: [
                    h('a', { href: `/topics/${encodeURIComponent(x.name)}` }, x.name),
                    num(x.partitions),
                    num(x.replicationFactor),
                    x.underReplicatedPartitions > 0
                      ? badge(num(x.underReplicatedPartitions), 'warn')
                      : h('span', { 'data-testid': 'topic-urp' }, '0'),
                    x.offlinePartitions > 0 ? badge(num(x.offlinePartitions), 'bad') : '0',
                    num(x.messages),
                    bytes(x.size),
                    rate(r ? last(r.messagesInPerSec) : 0),
                    rate(r ? last(r.messagesOutPerSec) : 0),
                  ],
                };
              }),
            ),
      );
    },
    stop() {},
  };
}

/** A card of the topic's summary; `kind` (warn, bad) highlights it. */
function card(label, value, testid, kind) {
  return h(
    'div',
    { class: kind ? `card ${kind}` : 'card' },
    h('div', { class: 'label' }, label),
    h('div', { class: 'value', 'data-testid': testid || null }, value),
  );
}

/** Broker ids as chips; a replica on a down broker is struck through in red. */
function brokerChips(ids, down, testid) {
  return h(
    'span',
    { class: 'chips', 'data-testid': testid },
    ids.map((id) =>
      h('span', { class: down.includes(id) ? 'chip down' : 'chip', title: down.includes(id) ? `broker ${id} is down` : null }, String(id)),
    ),
  );
}

/** The state of a partition: ok, under-replicated or offline. */
function partitionState(p) {
  if (p.offline) return badge('offline', 'bad');
  if (p.underReplicated) return badge('under-replicated', 'warn');
  return badge('in sync', 'ok');
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
    h('h1', {}, 'Topic ', h('span', { class: 'name' }, name)),
    summary,
    h('h2', {}, 'Partitions'),
    parts,
    h('h2', {}, 'Traffic through this broker'),
    h('div', { class: 'charts' }, msgPanel, bytePanel),
    h('h2', {}, 'Live tail'),
    tail.el,
    h('h2', {}, 'Configuration'),
    configs,
  );
  const msgChart = lineChart(msgPanel, 'Messages per second', [{ label: 'in' }, { label: 'out' }], rate);
  const byteChart = lineChart(bytePanel, 'Bytes per second', [{ label: 'in' }, { label: 'out' }], byteRate);
  let configsShown = false;
  return {
    notFound: { kind: 'Topic', name, back: { href: '/topics', label: 'All topics' } },
    async refresh() {
      const [t, s] = await Promise.all([getJson(`/api/topics/${encodeURIComponent(name)}`), getJson('/api/stats?seconds=300')]);
      const r = s.topics[name];
      fill(
        summary,
        card('Partitions', num(t.partitions)),
        card('Replication factor', num(t.replicationFactor)),
        card('Under-replicated', num(t.underReplicatedPartitions), 'topic-urp-count', t.underReplicatedPartitions > 0 ? 'warn' : null),
        card('Offline', num(t.offlinePartitions), 'topic-offline-count', t.offlinePartitions > 0 ? 'bad' : null),
        card('Messages held', num(t.messages), 'topic-messages'),
        card('Size on this broker', bytes(t.size)),
        card('In msg/s', rate(r ? last(r.messagesInPerSec) : 0), 'rate-in'),
        card('Out msg/s', rate(r ? last(r.messagesOutPerSec) : 0), 'rate-out'),
        card('Produced here', num(t.messagesIn), 'topic-messages-in'),
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
            { label: 'State' },
            { label: 'Leader', num: true },
            { label: 'Replicas' },
            { label: 'In-sync replicas' },
            { label: 'Start offset', num: true },
            { label: 'High watermark', num: true },
            { label: 'Last stable', num: true },
            { label: 'LSO lag', num: true },
            { label: 'End offset', num: true },
            { label: 'Size here', num: true },
            { label: 'Segments', num: true },
          ],
          t.partitionDetails.map((p) => ({
            attrs: {
              'data-partition': p.partition,
              'data-urp': p.underReplicated ? 'true' : 'false',
              class: p.offline ? 'row-bad' : p.underReplicated ? 'row-warn' : null,
            },
            cells: [
              String(p.partition),
              partitionState(p),
              p.leader >= 0 ? String(p.leader) : badge('none', 'bad'),
              brokerChips(p.replicas, p.downReplicas, 'replicas'),
              brokerChips(p.isr, p.downReplicas, 'isr'),
              num(p.logStartOffset),
              num(p.highWatermark),
              num(p.lastStableOffset),
              h('span', { 'data-testid': 'lso-lag' }, num(p.lsoLag)),
              num(p.logEndOffset),
              bytes(p.size),
              num(p.segments),
            ],
          })),
        ),
      );
      tail.setPartitions(t.partitionDetails);
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
  const note = h('div', { class: 'muted', 'data-testid': 'tail-note' });
  const body = h('tbody', { 'data-testid': 'tail-rows' });
  const el = h(
    'div',
    { class: 'panel' },
    h('div', { class: 'toolbar' }, partition, from, button, info),
    note,
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
  let known = null;
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
    setPartitions(details) {
      const local = details.filter((p) => p.local).map((p) => p.partition);
      const key = local.join(',');
      if (key === known) return;
      known = key;
      const keep = partition.value;
      const remote = details.length - local.length;
      fill(
        partition,
        h('option', { value: '' }, remote > 0 ? 'all partitions hosted here' : 'all partitions'),
        local.map((i) => h('option', { value: String(i) }, `partition ${i}`)),
      );
      partition.value = local.includes(Number(keep)) ? keep : '';
      button.disabled = local.length === 0;
      fill(
        note,
        local.length === 0
          ? `No replica of this topic is on this broker; the tail reads local logs: open the console of a broker hosting it (leaders: ${[...new Set(details.map((p) => p.leader))].filter((l) => l >= 0).join(', ') || 'none'}).`
          : remote > 0
            ? `${remote} partition(s) have no replica on this broker and are not tailed here.`
            : '',
      );
    },
  };
}
