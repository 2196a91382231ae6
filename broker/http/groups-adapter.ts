/**
 * GroupsSource over the group coordinator: reads the loaded groups of
 * GroupManager (the groups this broker coordinates) and turns each into a
 * GroupView. Member assignments are decoded from the consumer protocol
 * (ConsumerProtocolAssignment, version prefix int16, capped at 3 as the
 * coordinator does for subscriptions); other protocol types show none.
 * Read-only: nothing here changes group state.
 */
import { Reader } from '../../protocol/reader.js';
import { decodeConsumerProtocolAssignment } from '../../protocol/generated/consumer-protocol-assignment.js';
import type { GroupCoordinator } from '../group/group-coordinator.js';
import type { Group } from '../group/group.js';
import type { GroupSummary } from '../metrics/broker-metrics.js';
import type { GroupMemberView, GroupView, GroupsSource } from './source.js';

/** Decodes a consumer-protocol assignment; [] when empty or not decodable. */
export function decodeAssignment(buf: Buffer): GroupMemberView['assignment'] {
  if (buf.length < 2) return [];
  try {
    const r = new Reader(buf);
    const version = Math.min(r.int16(), 3);
    if (version < 0) return [];
    return decodeConsumerProtocolAssignment(r, version).assignedPartitions.map((tp) => ({
      topic: tp.topic,
      partitions: [...tp.partitions].sort((a, b) => a - b),
    }));
  } catch {
    return [];
  }
}

/** One group as the API shows it. */
export function groupViewOf(g: Group): GroupView {
  const consumer = g.protocolType === 'consumer';
  const members: GroupMemberView[] = [];
  for (const m of g.members.values()) {
    members.push({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      clientId: m.clientId,
      clientHost: m.clientHost,
      assignment: consumer ? decodeAssignment(m.assignment) : [],
    });
  }
  const offsets: GroupView['offsets'] = [];
  for (const [topic, parts] of g.offsets) {
    for (const [partition, v] of parts) offsets.push({ topic, partition, offset: v.offset, metadata: v.metadata ?? null });
  }
  return {
    groupId: g.groupId,
    state: g.state,
    protocolType: g.protocolType,
    protocol: g.protocolName,
    generationId: g.generationId,
    leaderId: g.leaderId,
    members,
    offsets,
  };
}

/** The coordinator's groups as a GroupsSource. */
export function groupsSourceOf(coordinator: GroupCoordinator): GroupsSource {
  const groups = (): Map<string, Group> => coordinator.manager.groups;
  return {
    list() {
      const out: GroupView[] = [];
      for (const g of groups().values()) if (g.state !== 'Dead') out.push(groupViewOf(g));
      out.sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0));
      return out;
    },
    get(groupId) {
      const g = groups().get(groupId);
      return g && g.state !== 'Dead' ? groupViewOf(g) : undefined;
    },
  };
}

/** Group summaries for the Prometheus group gauges. */
export function groupSummariesOf(coordinator: GroupCoordinator): GroupSummary[] {
  const out: GroupSummary[] = [];
  for (const g of coordinator.manager.groups.values()) out.push({ groupId: g.groupId, state: g.state, members: g.members.size });
  return out;
}
