// Overview: cluster cards, total throughput, and the busiest topics.
import { h, fill, table, num, bytes, duration, getJson, card, badge } from './dom.js';
import { lineChart, rate, byteRate, sumSeries } from './charts.js';

/** The overview page. */
export function overviewPage(main) {
  const cards = h('div', { class: 'cards', 'data-testid': 'cluster-cards' });
  const chartPanel = h('div', { class: 'panel' });
  const brokers = h('div', { class: 'panel' });
  const topics = h('div', { class: 'panel' });
  main.append(
    h('h1', {}, 'Cluster'),
    cards,
    h('div', { class: 'charts' }, chartPanel),
    h('h2', {}, 'Brokers'),
    brokers,
    h('h2', {}, 'Topics'),
    topics,
  );
  const chart = lineChart(chartPanel, 'Messages per second (all topics)', [{ label: 'in' }, { label: 'out' }], rate);
  return {
    async refresh() {
      const [c, t, s] = await Promise.all([getJson('/api/cluster'), getJson('/api/topics'), getJson('/api/stats?seconds=300')]);
      fill(
        cards,
        card('Cluster id', c.clusterId, 'cluster-id'),
        card('Controller', `broker ${c.controllerId}`, 'controller'),
        card('Brokers', num(c.brokers.length), 'brokers'),
        card('Topics', num(c.topics), 'topic-count'),
        card('Partitions', num(c.partitions), 'partition-count'),
        card('Under-replicated', num(c.underReplicatedPartitions), 'urp'),
        card('Offline partitions', num(c.offlinePartitions), 'offline'),
        card('Connections', num(c.connections), 'connections'),
        card('Consumer groups', c.groups === null ? '–' : num(c.groups), 'group-count'),
        card('Uptime', duration(c.uptimeMs), 'uptime'),
      );
      fill(
        brokers,
        table(
          [{ label: 'Id' }, { label: 'Host' }, { label: 'Port', num: true }, { label: 'Rack' }, { label: 'Role' }],
          c.brokers.map((b) => ({
            cells: [String(b.nodeId), b.host, String(b.port), b.rack || '–', b.nodeId === c.controllerId ? badge('controller', 'ok') : ''],
          })),
        ),
      );
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
      const last = (arr) => (arr.length ? arr[arr.length - 1] : 0);
      fill(
        topics,
        t.topics.length === 0
          ? h('div', { class: 'empty' }, 'No topics yet.')
          : table(
              [
                { label: 'Topic' },
                { label: 'Partitions', num: true },
                { label: 'Messages', num: true },
                { label: 'Size', num: true },
                { label: 'In msg/s', num: true },
                { label: 'In bytes/s', num: true },
                { label: 'Out msg/s', num: true },
              ],
              t.topics.map((x) => {
                const r = s.topics[x.name];
                return {
                  attrs: { 'data-topic': x.name },
                  cells: [
                    h('a', { href: `#/topics/${encodeURIComponent(x.name)}` }, x.name),
                    num(x.partitions),
                    num(x.messages),
                    bytes(x.size),
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
      chart.destroy();
    },
  };
}
