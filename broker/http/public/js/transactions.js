// Transactions of the whole cluster (each transactional id coordinated by
// some broker): this broker's completion counters, then every id with its
// state, producer id and epoch, the partitions of its open transaction and
// how long that transaction has been open.
import { h, fill, table, num, getJson, badge, card, duration } from './dom.js';

const STATE_KIND = {
  Ongoing: 'info',
  PrepareCommit: 'warn',
  PrepareAbort: 'warn',
  PrepareEpochFence: 'warn',
  CompleteCommit: 'ok',
  CompleteAbort: 'bad',
  Empty: 'plain',
};

/** The transactions page. */
export function transactionsPage(main) {
  const notice = h('div');
  const head = h('div', { class: 'cards' });
  const list = h('div', { class: 'panel', 'data-testid': 'transactions-table' });
  main.append(h('h1', {}, 'Transactions'), notice, head, list);
  return {
    async refresh() {
      let t;
      try {
        t = await getJson('/api/transactions');
      } catch (err) {
        if (err.code !== 'TRB_ERR_TRANSACTIONS_UNAVAILABLE') throw err;
        return fill(list, h('div', { class: 'empty' }, 'This broker has no transaction coordinator.'));
      }
      fill(
        notice,
        t.unavailableBrokers.length === 0
          ? null
          : h(
              'div',
              { class: 'notice bad', 'data-testid': 'transactions-unavailable' },
              t.unavailableBrokers.map((u) =>
                h('div', {}, `Broker ${u.nodeId} did not answer; transactions it coordinates are not shown (${u.error}).`),
              ),
            ),
      );
      const open = t.transactions.filter((x) => x.ageMs !== null).length;
      fill(
        head,
        card('Open transactions', num(open), 'txn-open'),
        card('Committed here', num(t.completions.committed), 'txn-committed'),
        card('Aborted here', num(t.completions.aborted), 'txn-aborted'),
        card('Timed out here', num(t.completions.timedOut), 'txn-timed-out'),
      );
      fill(
        list,
        t.transactions.length === 0
          ? h('div', { class: 'empty' }, 'No transactional ids yet.')
          : table(
              [
                { label: 'Transactional id' },
                { label: 'Coordinator' },
                { label: 'State' },
                { label: 'Producer id', num: true },
                { label: 'Epoch', num: true },
                { label: 'Timeout' },
                { label: 'Open for' },
                { label: 'Partitions' },
              ],
              t.transactions.map((x) => ({
                attrs: { 'data-txn': x.transactionalId, 'data-state': x.state },
                cells: [
                  x.transactionalId,
                  `broker ${x.coordinator}`,
                  badge(x.state, STATE_KIND[x.state] || 'plain'),
                  num(x.producerId),
                  num(x.producerEpoch),
                  duration(x.timeoutMs),
                  h('span', { 'data-testid': 'txn-age' }, x.ageMs === null ? '–' : duration(x.ageMs)),
                  x.topics.length === 0
                    ? '–'
                    : x.topics
                        .map((tp) => [
                          h('a', { href: `/topics/${encodeURIComponent(tp.topic)}` }, tp.topic),
                          `: ${tp.partitions.join(', ')} `,
                        ])
                        .flat(),
                ],
              })),
            ),
      );
    },
    stop() {},
  };
}
