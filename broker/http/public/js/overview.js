// Overview: cluster cards, the brokers (up or down), throughput through this
// broker, its event-loop delay and GC pauses, and the topics with their
// under-replicated partitions.
import { h, fill, table, num, bytes, duration, getJson, badge } from './dom.js';
import { lineChart, rate, byteRate, sumSeries } from './charts.js';

/** Milliseconds with one decimal below 10. */
function ms(v) {
  return v < 10 ? v.toFixed(1) : v.toFixed(0);
}

/** A card of the overview grid; `kind` (warn, bad) highlights it. */
function card(label, value, testid, kind) {
  return h(
    'div',
    { class: kind ? `card ${kind}` : 'card', 'data-testid': testid ? `card-${testid}` : null },
    h('div', { class: 'label' }, label),
    h('div', { class: 'value', 'data-testid': testid }, value),
  );
}

/** The brokers table: one row per broker, a down one in red with the reason. */
export function brokersTable(c) {
  return table(
    [
      { label: 'Id', num: true },
      { label: 'Status' },
      { label: 'Host' },
      { label: 'Port', num: true },
      { label: 'Rack' },
      { label: 'Role' },
      { label: 'Leads', num: true },
      { label: 'Replicas', num: true },
      { label: '' },
    ],
    c.brokers.map((b) => ({
      attrs: { 'data-broker': b.nodeId, 'data-status': b.status, class: b.status === 'down' ? 'row-bad' : null },
      cells: [
        String(b.nodeId),
        badge(b.status, b.status === 'up' ? 'ok' : 'bad'),
        b.host || '–',
        b.port === null ? '–' : String(b.port),
        b.rack || '–',
        h(
          'span',
          { class: 'roles' },
          b.nodeId === c.controllerId ? badge('controller', 'info') : null,
          b.self ? badge('this broker', 'plain') : null,
        ),
        num(b.leaderPartitions),
        num(b.replicaPartitions),
        h('span', { class: 'reason', 'data-testid': 'broker-reason' }, b.reason || ''),
      ],
    })),
    { 'data-testid': 'brokers-table' },
  );
}

/** The overview page. */
export function overviewPage(main) {
  const cards = h('div', { class: 'cards', 'data-testid': 'cluster-cards' });
  const chartPanel = h('div', { class: 'panel' });
  const loopPanel = h('div', { class: 'panel', 'data-testid': 'loop-delay-chart' });
  const gcPanel = h('div', { class: 'panel', 'data-testid': 'gc-chart' });
  const brokers = h('div', { class: 'panel' });
  const topics = h('div', { class: 'panel' });
  const title = h('h1', {}, 'Cluster');
  main.append(
    title,
    cards,
    h('h2', {}, 'Brokers'),
    brokers,
    h('div', { class: 'charts' }, chartPanel, loopPanel, gcPanel),
    h('h2', {}, 'Topics'),
    topics,
  );
  let chart = null;
  let loopChart = null;
  let gcChart = null;
  return {
    async refresh() {
      const [c, t, s, rt] = await Promise.all([
        getJson('/api/cluster'),
        getJson('/api/topics'),
        getJson('/api/stats?seconds=300'),
        getJson('/api/runtime?seconds=300'),
      ]);
      if (!chart)
        chart = lineChart(
          chartPanel,
          `Messages per second through broker ${c.brokerId} (all topics)`,
          [{ label: 'in' }, { label: 'out' }],
          rate,
        );
      if (!loopChart)
        loopChart = lineChart(
          loopPanel,
          `Event-loop delay of broker ${c.brokerId}, ms (per ${rt.windowMs / 1000} s)`,
          [{ label: 'p50' }, { label: 'p99' }, { label: 'p99.9' }, { label: 'max' }],
          ms,
        );
      if (!gcChart)
        gcChart = lineChart(
          gcPanel,
          `GC pauses of broker ${c.brokerId}, ms (per ${rt.windowMs / 1000} s)`,
          [{ label: 'total' }, { label: 'longest' }],
          ms,
        );
      fill(title, 'Cluster ', h('span', { class: 'muted', 'data-testid': 'cluster-id' }, c.clusterId));
      const down = c.brokersDown;
      fill(
        cards,
        card(
          'Brokers',
          down > 0 ? `${num(c.brokers.length)} (${num(down)} down)` : num(c.brokers.length),
          'brokers',
          down > 0 ? 'bad' : null,
        ),
        card('Controller', c.controllerId >= 0 ? `broker ${c.controllerId}` : 'none', 'controller', c.controllerId < 0 ? 'bad' : null),
        card('Topics', num(c.topics), 'topic-count'),
        card('Partitions', num(c.partitions), 'partition-count'),
        card('Under-replicated', num(c.underReplicatedPartitions), 'urp', c.underReplicatedPartitions > 0 ? 'warn' : null),
        card('Offline partitions', num(c.offlinePartitions), 'offline', c.offlinePartitions > 0 ? 'bad' : null),
        card('Consumer groups', c.groups === null ? '–' : num(c.groups), 'group-count'),
        card(`Connections to broker ${c.brokerId}`, num(c.connections), 'connections'),
        card(`Broker ${c.brokerId} uptime`, duration(c.uptimeMs), 'uptime'),
        card(
          `Event-loop delay p99 / max, last minute`,
          `${ms(rt.lastMinute.p99)} / ${ms(rt.lastMinute.max)} ms`,
          'loop-delay',
          rt.lastMinute.max >= 100 ? 'warn' : null,
        ),
        card('GC pauses, last minute', `${ms(rt.lastMinute.gcMs)} ms (longest ${ms(rt.lastMinute.gcMaxMs)})`, 'gc-pauses'),
      );
      fill(brokers, brokersTable(c));
      const names = Object.keys(s.topics);
      const n = s.times.length;
      chart.update(s.times, [
        sumSeries(
          names.map((k) => s.topics[k].messagesInPerSec),
          n,
        ),
        sumSeries(
          names.map((k) => s.topics[k].messagesOutPerSec),
          n,
        ),
      ]);
      loopChart.update(rt.times, [rt.loopP50, rt.loopP99, rt.loopP999, rt.loopMax]);
      gcChart.update(rt.times, [rt.gcMs, rt.gcMaxMs]);
      const last = (arr) => (arr.length ? arr[arr.length - 1] : 0);
      fill(
        topics,
        t.topics.length === 0
          ? h('div', { class: 'empty' }, 'No topics yet.')
          : table(
              [
                { label: 'Topic' },
                { label: 'Partitions', num: true },
                { label: 'Under-replicated', num: true },
                { label: 'Messages', num: true },
                { label: 'In msg/s', num: true },
                { label: 'In bytes/s', num: true },
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
                    x.underReplicatedPartitions > 0 ? badge(num(x.underReplicatedPartitions), 'warn') : '0',
                    num(x.messages),
                    rate(r ? last(r.messagesInPerSec) : 0),
                    byteRate(r ? last(r.bytesInPerSec) : 0),
                    rate(r ? last(r.messagesOutPerSec) : 0),
                  ],
                };
              }),
            ),
      );
    },
    stop() {
      if (chart) chart.destroy();
      if (loopChart) loopChart.destroy();
      if (gcChart) gcChart.destroy();
    },
  };
}
