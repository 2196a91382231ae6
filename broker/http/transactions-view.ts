/**
 * GET /api/transactions: every transactional id of the cluster, each with
 * the broker coordinating it, its state, producer id and epoch, the
 * partitions of its open transaction and how long that transaction has been
 * open. This broker's ids come from its coordinator; the other brokers' from
 * ListTransactions + DescribeTransactions (PeerClient), asked of the brokers
 * the cluster snapshot found up. A broker that fails to answer is named in
 * `unavailableBrokers` (its ids are missing).
 */
import type { ClusterSnapshot } from './cluster-view.js';
import type { PeerClient } from './peer-client.js';
import type { HttpSource, TxnView } from './source.js';
import { TransactionsUnavailable } from './errors.js';

/** One transactional id as the API answers it. */
export interface TxnJson extends TxnView {
  /** The broker coordinating it (leader of its `__transaction_state` partition). */
  coordinator: number;
  /** How long the open transaction has been open (ms, by this broker's clock); null when none is open. */
  ageMs: number | null;
}

function toJson(t: TxnView, coordinator: number, now: number): TxnJson {
  return { ...t, coordinator, ageMs: t.startTimeMs >= 0 ? Math.max(0, now - t.startTimeMs) : null };
}

/** GET /api/transactions */
export async function transactionsView(
  src: HttpSource,
  peers: PeerClient,
  snap: ClusterSnapshot,
): Promise<{
  transactions: TxnJson[];
  completions: { committed: number; aborted: number; timedOut: number };
  unavailableBrokers: { nodeId: number; error: string }[];
}> {
  const local = src.transactions?.() ?? null;
  if (local === null) throw new TransactionsUnavailable();
  const self = src.services.brokerId;
  const now = Date.now();
  const byId = new Map<string, TxnJson>();
  for (const t of local.list()) byId.set(t.transactionalId, toJson(t, self, now));
  const unavailable: { nodeId: number; error: string }[] = [];
  await Promise.all(
    snap.brokers
      .filter((b) => !b.self && b.status === 'up' && b.host !== null && b.port !== null)
      .map(async (b) => {
        try {
          const described = await peers.transactions({ nodeId: b.nodeId, host: b.host!, port: b.port! });
          for (const d of described) {
            // While a coordinator moves, two brokers may answer for an id: this broker's (or the first) answer wins.
            if (byId.has(d.transactionalId)) continue;
            const view: TxnView = {
              transactionalId: d.transactionalId,
              state: d.transactionState,
              producerId: d.producerId,
              producerEpoch: d.producerEpoch,
              timeoutMs: d.transactionTimeoutMs,
              startTimeMs: d.transactionStartTimeMs,
              topics: d.topics.map((tp) => ({ topic: tp.topic, partitions: [...tp.partitions].sort((x, y) => x - y) })),
            };
            byId.set(d.transactionalId, toJson(view, b.nodeId, now));
          }
        } catch (err) {
          unavailable.push({ nodeId: b.nodeId, error: (err as Error).message });
        }
      }),
  );
  const transactions = [...byId.values()].sort((a, b) =>
    a.transactionalId < b.transactionalId ? -1 : a.transactionalId > b.transactionalId ? 1 : 0,
  );
  const c = local.completions;
  return {
    transactions,
    completions: { committed: c.committed, aborted: c.aborted, timedOut: c.timedOut },
    unavailableBrokers: unavailable.sort((a, b) => a.nodeId - b.nodeId),
  };
}
