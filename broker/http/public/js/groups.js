// Consumer groups of the whole cluster (each coordinated by some broker):
// the list, and one group's members, lag per partition, lag over time and
// rebalance history.
import { h, fill, table, num, getJson, badge } from './dom.js';
import { lineChart, rate } from './charts.js';

async function groupsOrNull(url) {
  try {
    return await getJson(url);
  } catch (err) {
    if (err.code === 'TRB_ERR_GROUPS_UNAVAILABLE') return null;
    throw err;
  }
}

/** A notice naming brokers whose groups could not be listed. */
function unavailableNotice(list) {
  if (!list || list.length === 0) return null;
  return h(
    'div',
    { class: 'notice bad', 'data-testid': 'groups-unavailable' },
    list.map((u) => h('div', {}, `Broker ${u.nodeId} did not answer; groups it coordinates are not shown (${u.error}).`)),
  );
}

/** The group list. */
export function groupsPage(main) {
  const notice = h('div');
  const list = h('div', { class: 'panel', 'data-testid': 'groups-table' });
  main.append(h('h1', {}, 'Consumer groups'), notice, list);
  return {
    async refresh() {
      const g = await groupsOrNull('/api/groups');
      if (g === null) return fill(list, h('div', { class: 'empty' }, 'This broker has no group coordinator.'));
      fill(notice, unavailableNotice(g.unavailableBrokers));
      fill(
        list,
        g.groups.length === 0
          ? h('div', { class: 'empty' }, 'No consumer groups yet.')
          : table(
              [
                { label: 'Group' },
                { label: 'Coordinator' },
                { label: 'State' },
                { label: 'Protocol' },
                { label: 'Generation', num: true },
                { label: 'Members', num: true },
                { label: 'Total lag', num: true },
              ],
              g.groups.map((x) => ({
                attrs: { 'data-group': x.groupId, 'data-coordinator': x.coordinator },
                cells: [
                  h('a', { href: `/groups/${encodeURIComponent(x.groupId)}` }, x.groupId),
                  h('span', { 'data-testid': 'group-coordinator' }, `broker ${x.coordinator}`),
                  badge(x.state),
                  x.protocol || '–',
                  num(x.generationId),
                  num(x.members),
                  h('span', { 'data-testid': 'group-lag' }, num(x.totalLag)),
                ],
              })),
            ),
      );
    },
    stop() {},
  };
}

/** One group. */
export function groupPage(main, { id }) {
  const head = h('div', { class: 'cards' });
  const chartPanel = h('div', { class: 'panel', 'data-testid': 'lag-chart' });
  const lag = h('div', { class: 'panel', 'data-testid': 'lag-table' });
  const members = h('div', { class: 'panel', 'data-testid': 'members-table' });
  const history = h('div', { class: 'panel', 'data-testid': 'rebalance-history' });
  main.append(
    h('h1', {}, 'Consumer group ', h('span', { class: 'name' }, id)),
    head,
    h('div', { class: 'charts' }, chartPanel),
    h('h2', {}, 'Lag per partition'),
    lag,
    h('h2', {}, 'Members'),
    members,
    h('h2', {}, 'Rebalance history'),
    history,
  );
  const chart = lineChart(chartPanel, 'Total lag (records)', [{ label: 'lag', color: '#dc2626' }], rate);
  return {
    notFound: { kind: 'Consumer group', name: id, back: { href: '/groups', label: 'All consumer groups' } },
    async refresh() {
      const [g, s] = await Promise.all([groupsOrNull(`/api/groups/${encodeURIComponent(id)}`), getJson('/api/stats?seconds=300')]);
      if (g === null) return fill(lag, h('div', { class: 'empty' }, 'This broker has no group coordinator.'));
      const card = (label, value, testid) =>
        h('div', { class: 'card' }, h('div', { class: 'label' }, label), h('div', { class: 'value', 'data-testid': testid }, value));
      fill(
        head,
        card('State', badge(g.state), 'group-state'),
        card('Coordinator', `broker ${g.coordinator}`, 'group-coordinator'),
        card('Protocol', g.protocol || '–'),
        card('Generation', num(g.generationId)),
        card('Members', num(g.members.length)),
        card('Total lag', num(g.totalLag), 'lag-total'),
      );
      const series = s.series[`lag:${id}`];
      if (series) chart.update(s.times, [series]);
      const max = Math.max(1, ...g.lag.map((r) => r.lag || 0));
      fill(
        lag,
        g.lag.length === 0
          ? h('div', { class: 'empty' }, 'No committed offsets or assignments.')
          : table(
              [
                { label: 'Topic' },
                { label: 'Partition', num: true },
                { label: 'Committed', num: true },
                { label: 'Log end', num: true },
                { label: 'Lag', num: true },
                { label: '' },
                { label: 'Member' },
              ],
              g.lag.map((r) => ({
                attrs: { 'data-lag-row': `${r.topic}-${r.partition}` },
                cells: [
                  h('a', { href: `/topics/${encodeURIComponent(r.topic)}` }, r.topic),
                  String(r.partition),
                  num(r.committedOffset),
                  num(r.logEndOffset),
                  h('span', { 'data-testid': 'partition-lag' }, num(r.lag)),
                  h('div', { class: 'lagbar', style: `width:${Math.round(((r.lag || 0) / max) * 200)}px` }),
                  r.clientId ? `${r.clientId} (${r.memberId})` : '–',
                ],
              })),
            ),
      );
      fill(
        members,
        g.members.length === 0
          ? h('div', { class: 'empty' }, 'No members.')
          : table(
              [{ label: 'Member' }, { label: 'Client id' }, { label: 'Host' }, { label: 'Assignment' }],
              g.members.map((m) => ({
                cells: [
                  m.memberId,
                  m.clientId,
                  m.clientHost,
                  m.assignment.map((a) => `${a.topic}: ${a.partitions.join(', ')}`).join('; ') || '–',
                ],
              })),
            ),
      );
      fill(
        history,
        g.history.length === 0
          ? h('div', { class: 'empty' }, 'No transitions observed yet.')
          : table(
              [
                { label: 'Time' },
                { label: 'State' },
                { label: 'Generation', num: true },
                { label: 'Members', num: true },
                { label: 'Protocol' },
                { label: 'Leader' },
              ],
              [...g.history].reverse().map((x) => ({
                cells: [
                  new Date(x.time).toLocaleTimeString(),
                  badge(x.state),
                  num(x.generationId),
                  num(x.members),
                  x.protocol || '–',
                  x.leaderId || '–',
                ],
              })),
            ),
      );
    },
    stop() {
      chart.destroy();
    },
  };
}
