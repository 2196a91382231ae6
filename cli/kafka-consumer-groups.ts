#!/usr/bin/env node
/**
 * kafka-consumer-groups: list, describe (offsets, --members, --state) and
 * delete consumer groups, reset their offsets (--reset-offsets with
 * --to-earliest/--to-latest/--to-offset/--to-current/--shift-by/--to-datetime/
 * --by-duration, --dry-run is the default, --execute applies) and delete
 * their offsets (--delete-offsets), with Kafka's flags and table layouts.
 * Errors Kafka prints as "Error: ..." go to stderr here, with exit code 1.
 */
import type { Admin } from 'kafkajs';
import { rejectCombination, requireOneAction, UsageError, type ParsedArgs } from './common/args.js';
import { clusterClient, connectAdmin, loadClientProperties, makeKafka, resolveBootstrap } from './common/tool-clients.js';
import { tpKey, type KafkaClient, type TopicPartition } from '../client/index.js';
import { col } from './common/format.js';
import { errorMessage, runTool, ToolError } from './common/tool.js';
import {
  committedOffsets,
  deleteOffsets,
  describeGroups,
  errorText,
  groupCoordinator,
  listGroupIds,
  offsetsForTime,
  parseDateTime,
  parseDuration,
  topicPartitions,
  watermarks,
  type GroupInfo,
} from './common/group-admin.js';
import { connectionOption } from './common/connection-options.js';

const ACTIONS = ['list', 'describe', 'delete', 'reset-offsets', 'delete-offsets'];
const SCENARIOS = ['to-earliest', 'to-latest', 'to-offset', 'to-current', 'shift-by', 'to-datetime', 'by-duration'];

const OPTIONS = [
  connectionOption('bootstrap-server'),
  connectionOption('command-config', { desc: 'Property file containing configs to be passed to Admin Client and Consumer.' }),
  { name: 'list', desc: 'List all consumer groups.' },
  { name: 'describe', desc: 'Describe consumer group and list offset lag (number of messages not yet processed) related to given group.' },
  { name: 'delete', desc: 'Pass in groups to delete topic partition offsets and ownership information over the entire consumer group.' },
  {
    name: 'reset-offsets',
    desc: 'Reset offsets of consumer group. Supports one consumer group at the time, and instances should be inactive. Has 2 execution options: --dry-run (the default) to plan which offsets to reset, and --execute to update the offsets.',
  },
  { name: 'delete-offsets', desc: 'Delete offsets of consumer group. Supports one consumer group at the time, and multiple topics.' },
  { name: 'group', arg: 'required', metavar: 'String: consumer group', desc: 'The consumer group we wish to act on.' },
  { name: 'all-groups', desc: 'Apply to all consumer groups.' },
  {
    name: 'topic',
    arg: 'required',
    metavar: 'String: topic',
    desc: 'The topic whose consumer group information should be deleted or topic whose should be included in the reset offset process. In `reset-offsets` case, partitions can be specified using this format: `topic1:0,1,2`.',
  },
  { name: 'all-topics', desc: 'Consider all topics assigned to a group in the `reset-offsets` process.' },
  {
    name: 'members',
    desc: "Describe members of the group. This option may be used with '--describe' and '--bootstrap-server' options only.",
  },
  {
    name: 'offsets',
    desc: 'Describe the group and list all topic partitions in the group along with their offset lag. This is the default sub-action.',
  },
  {
    name: 'state',
    arg: 'optional',
    metavar: 'String',
    desc: "When specified with '--describe', includes the state of the group. When specified with '--list', it displays the state of all groups.",
  },
  { name: 'verbose', desc: 'Provide additional information, if any, when describing the group.' },
  { name: 'to-earliest', desc: 'Reset offsets to earliest offset.' },
  { name: 'to-latest', desc: 'Reset offsets to latest offset.' },
  { name: 'to-offset', arg: 'required', metavar: 'Long: offset', desc: 'Reset offsets to a specific offset.' },
  { name: 'to-current', desc: 'Reset offsets to current offset.' },
  {
    name: 'shift-by',
    arg: 'required',
    metavar: 'Long: number-of-offsets',
    desc: "Reset offsets shifting current offset by 'n', where 'n' can be positive or negative.",
  },
  {
    name: 'to-datetime',
    arg: 'required',
    metavar: 'String: datetime',
    desc: "Reset offsets to offset from datetime. Format: 'YYYY-MM-DDTHH:mm:SS.sss'",
  },
  {
    name: 'by-duration',
    arg: 'required',
    metavar: 'String: duration',
    desc: "Reset offsets to offset by duration from current timestamp. Format: 'PnDTnHnMnS'",
  },
  { name: 'dry-run', desc: 'Only show results without executing changes on Consumer Groups. Supported operations: reset-offsets.' },
  { name: 'execute', desc: 'Execute operation. Supported operations: reset-offsets.' },
  {
    name: 'timeout',
    arg: 'required',
    metavar: 'Long: timeout (ms)',
    desc: 'The timeout that can be set for some use cases.',
    default: '5000',
  },
] as const;

const out = (s: string): boolean => process.stdout.write(s);

function groupsOf(args: ParsedArgs): string[] {
  if (args.has('all-groups')) return [];
  const groups = args.values('group');
  if (groups.length === 0) throw new UsageError('Option [--group] or [--all-groups] is required');
  return groups;
}

/** Kafka's shouldPrintMemberState: false (after an error or note) when there is nothing to print. */
function checkState(g: GroupInfo, rows: number): boolean {
  if (g.state === 'Dead') throw new ToolError(`Error: Consumer group '${g.groupId}' does not exist.`);
  if (g.state === 'Empty') process.stderr.write(`\nConsumer group '${g.groupId}' has no active members.\n`);
  if (g.state === 'PreparingRebalance' || g.state === 'CompletingRebalance')
    process.stderr.write(`\nWarning: Consumer group '${g.groupId}' is rebalancing.\n`);
  return rows > 0;
}

interface OffsetRow {
  group: string;
  topic: string;
  partition: number;
  current: string;
  end: string;
  lag: string;
  consumerId: string;
  host: string;
  clientId: string;
}

async function offsetRows(admin: Admin, g: GroupInfo): Promise<OffsetRow[]> {
  const committed = await committedOffsets(admin, g.groupId);
  const assigned = new Set<string>();
  const owned: { tp: TopicPartition; m: GroupInfo['members'][number] | null }[] = [];
  const members = [...g.members].filter((m) => m.assignment.length > 0).sort((a, b) => b.assignment.length - a.assignment.length);
  for (const m of members) {
    const tps = [...m.assignment].sort((a, b) => (a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1));
    for (const tp of tps) {
      assigned.add(tpKey(tp));
      owned.push({ tp, m });
    }
  }
  const rest = [...committed.values()].filter((c) => !assigned.has(tpKey(c.tp))).map((c) => c.tp);
  rest.sort((a, b) => (a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1));
  for (const tp of rest) owned.push({ tp, m: null });
  const ends = await watermarks(
    admin,
    owned.map((o) => o.tp.topic),
  );
  return owned.map(({ tp, m }) => {
    const c = committed.get(tpKey(tp))?.offset;
    const end = ends.get(tpKey(tp))?.high;
    return {
      group: g.groupId,
      topic: tp.topic,
      partition: tp.partition,
      current: c === undefined ? '-' : String(c),
      end: end === undefined ? '-' : String(end),
      lag: c === undefined || end === undefined ? '-' : String(end - c),
      consumerId: m?.consumerId ?? '-',
      host: m?.host ?? '-',
      clientId: m?.clientId ?? '-',
    };
  });
}

async function describe(admin: Admin, cluster: KafkaClient, args: ParsedArgs, ids: string[]): Promise<void> {
  const groups = (await describeGroups(admin, ids)).sort((a, b) => (a.groupId < b.groupId ? -1 : 1));
  for (const g of groups) {
    if (args.has('members')) {
      if (!checkState(g, 1)) continue;
      const w = (f: (m: GroupInfo['members'][number]) => string, min: number): number =>
        Math.max(min, ...g.members.map((m) => f(m).length));
      const gl = Math.max(15, g.groupId.length);
      const [cl, hl, il] = [w((m) => m.consumerId, 15), w((m) => m.host, 15), w((m) => m.clientId, 15)];
      const withInstance = g.members.some((m) => m.groupInstanceId !== '');
      const gil = w((m) => m.groupInstanceId, 17);
      const row = (a: string[]): string =>
        `${col(a[0], gl)} ${col(a[1], cl)} ${withInstance ? `${col(a[2], gil)} ` : ''}${col(a[3], hl)} ${col(a[4], il)} ${col(a[5], 15)} `;
      out(
        `\n${row(['GROUP', 'CONSUMER-ID', 'GROUP-INSTANCE-ID', 'HOST', 'CLIENT-ID', '#PARTITIONS'])}${args.has('verbose') ? 'ASSIGNMENT' : ''}\n`,
      );
      for (const m of g.members) {
        const assignment = args.has('verbose') ? summarize(m.assignment) : '';
        out(`${row([g.groupId, m.consumerId, m.groupInstanceId, m.host, m.clientId, String(m.assignment.length)])}${assignment}\n`);
      }
    } else if (args.has('state')) {
      if (!checkState(g, 1)) continue;
      const c = await groupCoordinator(cluster, g.groupId);
      const coordinator = `${c.host}:${c.port}  (${c.nodeId})`;
      const fmt = (a: string[]): string =>
        `${col(a[0], Math.max(15, g.groupId.length))} ${col(a[1], Math.max(25, coordinator.length))} ${col(a[2], 20)} ${col(a[3], 20)} ${a[4]}`;
      out(
        `\n${fmt(['GROUP', 'COORDINATOR (ID)', 'ASSIGNMENT-STRATEGY', 'STATE', '#MEMBERS'])}\n${fmt([g.groupId, coordinator, g.protocol || '-', g.state, String(g.members.length)])}\n`,
      );
    } else {
      const rows = await offsetRows(admin, g);
      if (!checkState(g, rows.length)) continue;
      const gl = Math.max(15, ...rows.map((r) => r.group.length));
      const tl = Math.max(15, ...rows.map((r) => r.topic.length));
      const cl = Math.max(15, ...rows.map((r) => r.consumerId.length));
      const hl = Math.max(15, ...rows.map((r) => r.host.length));
      const fmt = (a: (string | number)[]): string =>
        `${col(a[0], gl)} ${col(a[1], tl)} ${col(a[2], 10)} ${col(a[3], 15)} ${col(a[4], 15)} ${col(a[5], 15)} ${col(a[6], cl)} ${col(a[7], hl)} ${a[8]}`;
      out(`\n${fmt(['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID', 'HOST', 'CLIENT-ID'])}`);
      for (const r of rows) out(`\n${fmt([r.group, r.topic, r.partition, r.current, r.end, r.lag, r.consumerId, r.host, r.clientId])}`);
      out('\n');
    }
  }
}

function summarize(tps: TopicPartition[]): string {
  if (tps.length === 0) return '-';
  const by = new Map<string, number[]>();
  for (const tp of tps) by.set(tp.topic, [...(by.get(tp.topic) ?? []), tp.partition]);
  return [...by]
    .map(([t, ps]) => `${t}:${ps.sort((a, b) => a - b).join(',')}`)
    .sort()
    .join(';');
}

/** The partitions --topic names ("t" or "t:0,1") or, with --all-topics, the group's committed ones. */
async function resetScope(admin: Admin, args: ParsedArgs, groupId: string): Promise<TopicPartition[]> {
  if (args.has('all-topics')) return [...(await committedOffsets(admin, groupId)).values()].map((c) => c.tp);
  const topics = args.values('topic');
  if (topics.length === 0) throw new UsageError('One of the reset scopes should be defined: --all-topics, --topic.');
  const out: TopicPartition[] = [];
  for (const t of topics) {
    const [topic, list] = t.split(':');
    const all = await topicPartitions(admin, topic);
    const parts = list ? list.split(',').map((p) => Number(p.trim())) : all;
    for (const p of parts) {
      if (!all.includes(p))
        throw new ToolError(`Error: Executing consumer group command failed due to partition ${topic}-${p} does not exist`);
      out.push({ topic, partition: p });
    }
  }
  return out;
}

async function planReset(admin: Admin, args: ParsedArgs, groupId: string): Promise<Map<string, { tp: TopicPartition; offset: number }>> {
  const tps = await resetScope(admin, args, groupId);
  const marks = await watermarks(
    admin,
    tps.map((tp) => tp.topic),
  );
  const committed = await committedOffsets(admin, groupId);
  const clamp = (tp: TopicPartition, o: number): number => {
    const w = marks.get(tpKey(tp))!;
    return Math.min(w.high, Math.max(w.low, o));
  };
  let byTime: number | null = null;
  if (args.has('to-datetime')) byTime = parseDateTime(args.value('to-datetime')!);
  if (args.has('by-duration')) byTime = Date.now() - parseDuration(args.value('by-duration')!);
  const timed = new Map<string, Map<number, number>>();
  if (byTime !== null) for (const t of new Set(tps.map((tp) => tp.topic))) timed.set(t, await offsetsForTime(admin, t, byTime));
  const plan = new Map<string, { tp: TopicPartition; offset: number }>();
  for (const tp of tps) {
    const w = marks.get(tpKey(tp))!;
    const current = committed.get(tpKey(tp))?.offset;
    let offset: number;
    if (args.has('to-earliest')) offset = w.low;
    else if (args.has('to-latest')) offset = w.high;
    else if (args.has('to-offset')) offset = clamp(tp, Number(args.value('to-offset')));
    else if (args.has('to-current')) offset = current ?? w.high;
    else if (args.has('shift-by')) offset = clamp(tp, (current ?? w.low) + Number(args.value('shift-by')));
    else {
      const o = timed.get(tp.topic)?.get(tp.partition);
      offset = o === undefined || o < 0 ? w.high : o;
    }
    plan.set(tpKey(tp), { tp, offset });
  }
  return plan;
}

async function resetOffsets(admin: Admin, args: ParsedArgs, ids: string[]): Promise<number> {
  const scenarios = SCENARIOS.filter((s) => args.has(s));
  if (scenarios.length !== 1)
    throw new UsageError(
      `Option '[reset-offsets]' requires one of the following scenarios: [${SCENARIOS.map((s) => `--${s}`).join(', ')}]`,
    );
  if (args.has('dry-run') && args.has('execute')) throw new UsageError('Option "[dry-run]" can\'t be used with option "[execute]"');
  if (!args.has('dry-run') && !args.has('execute')) {
    process.stderr.write(
      'WARN: No action will be performed as the --execute option is missing. You should add the --dry-run option explicitly if you are scripting this command.\n',
    );
  }
  const groups = await describeGroups(admin, ids);
  const plans = new Map<string, Map<string, { tp: TopicPartition; offset: number }>>();
  let code = 0;
  for (const g of groups) {
    if (g.state !== 'Empty' && g.state !== 'Dead') {
      process.stderr.write(
        `\nError: Assignments can only be reset if the group '${g.groupId}' is inactive, but the current state is ${g.state}.\n`,
      );
      code = 1;
      continue;
    }
    const plan = await planReset(admin, args, g.groupId);
    if (args.has('execute')) {
      const byTopic = new Map<string, { partition: number; offset: string }[]>();
      for (const { tp, offset } of plan.values())
        byTopic.set(tp.topic, [...(byTopic.get(tp.topic) ?? []), { partition: tp.partition, offset: String(offset) }]);
      for (const [topic, partitions] of byTopic) await admin.setOffsets({ groupId: g.groupId, topic, partitions });
    }
    plans.set(g.groupId, plan);
  }
  const gl = Math.max(15, ...[...plans.keys()].map((g) => g.length));
  const tl = Math.max(15, ...[...plans.values()].flatMap((p) => [...p.values()].map((e) => e.tp.topic.length)));
  const fmt = (a: (string | number)[]): string => `${col(a[0], gl)} ${col(a[1], tl)} ${col(a[2], 10)} ${a[3]}`;
  if (plans.size > 0) out(`\n${fmt(['GROUP', 'TOPIC', 'PARTITION', 'NEW-OFFSET'])}`);
  for (const [g, plan] of plans) for (const { tp, offset } of plan.values()) out(`\n${fmt([g, tp.topic, tp.partition, offset])}`);
  out('\n');
  return code;
}

async function run(args: ParsedArgs): Promise<number> {
  const action = requireOneAction(args, ACTIONS);
  rejectCombination(args, 'members', ['list', 'delete', 'reset-offsets', 'delete-offsets']);
  rejectCombination(args, 'all-topics', ['list', 'describe', 'delete', 'delete-offsets']);
  const bootstrap = await resolveBootstrap(args);
  const props = loadClientProperties(args.value('command-config'));
  const timeoutMs = args.int('timeout') ?? 5000;
  const kafka = makeKafka({ bootstrap, clientId: 'kafka-consumer-groups', props });
  const admin = await connectAdmin(kafka, bootstrap);
  const cluster = clusterClient(bootstrap, { clientId: 'kafka-consumer-groups', requestTimeoutMs: Math.max(timeoutMs, 5000), props });
  try {
    if (action === 'list') {
      const ids = await listGroupIds(admin);
      if (!args.has('state')) {
        for (const id of ids) out(`${id}\n`);
        return 0;
      }
      const filter = (args.value('state') ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== '');
      const groups = (await describeGroups(admin, ids)).filter((g) => filter.length === 0 || filter.includes(g.state.toLowerCase()));
      const w = Math.max(15, ...groups.map((g) => g.groupId.length)) + 10;
      out(`${col('GROUP', w)} ${col('STATE', 20)}\n`);
      for (const g of groups) out(`${col(g.groupId, w)} ${col(g.state, 20)}\n`);
      return 0;
    }
    const ids = groupsOf(args);
    const all = ids.length === 0 ? await listGroupIds(admin) : ids;
    if (action === 'describe') await describe(admin, cluster, args, all);
    else if (action === 'reset-offsets') return await resetOffsets(admin, args, all);
    else if (action === 'delete') {
      const results = await admin.deleteGroups(all).catch((err: { groups?: { groupId: string; error?: Error }[] }) => {
        if (!err.groups) throw err;
        return err.groups;
      });
      const failed = results.filter((r) => (r as { error?: Error }).error);
      if (failed.length === 0) out(`Deletion of requested consumer groups (${all.map((g) => `'${g}'`).join(', ')}) was successful.\n`);
      else {
        process.stderr.write('\nError: Deletion of some consumer groups failed:\n');
        for (const f of failed)
          process.stderr.write(`* Group '${f.groupId}' could not be deleted due to: ${errorMessage((f as { error?: Error }).error)}\n`);
        return 1;
      }
    } else if (action === 'delete-offsets') {
      if (all.length !== 1) throw new UsageError('Option [delete-offsets] takes exactly one --group');
      const topics = args.values('topic');
      if (topics.length === 0) throw new UsageError('Option [delete-offsets] takes at least one --topic');
      const tps: TopicPartition[] = [];
      for (const t of topics) {
        const [topic, list] = t.split(':');
        const parts = list ? list.split(',').map((p) => Number(p.trim())) : await topicPartitions(admin, topic);
        for (const partition of parts) tps.push({ topic, partition });
      }
      const res = await deleteOffsets(cluster, all[0], tps);
      if (res.errorCode === 0) out(`Request succeeded for deleting offsets from group ${all[0]}.\n`);
      else
        process.stderr.write(
          `\nError: ${[69, 68, 24, 30].includes(res.errorCode) ? errorText(res.errorCode) : 'Encountered some partition-level error, see the follow-up details.'}\n`,
        );
      const tl = Math.max(15, ...tps.map((tp) => tp.topic.length));
      out(`\n${col('TOPIC', tl)} ${col('PARTITION', 10)} ${col('STATUS', 15)}`);
      for (const tp of tps) {
        const code = res.partitions.get(tpKey(tp)) ?? res.errorCode;
        out(`\n${col(tp.topic, tl)} ${col(tp.partition, 10)} ${col(code === 0 ? 'Successful' : `Error: ${errorText(code)}`, 15)}`);
      }
      out('\n');
      return res.errorCode === 0 ? 0 : 1;
    }
    return 0;
  } catch (err) {
    if (err instanceof ToolError || err instanceof UsageError) throw err;
    throw new ToolError(`Error: Executing consumer group command failed due to ${errorMessage(err)}`);
  } finally {
    cluster.close();
    await admin.disconnect().catch(() => undefined);
  }
}

runTool({
  name: 'kafka-consumer-groups',
  summary:
    'This tool helps to list all consumer groups, describe a consumer group, delete consumer group info, or reset consumer group offsets.',
  options: OPTIONS,
  run,
});
