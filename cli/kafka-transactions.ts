#!/usr/bin/env node
/**
 * kafka-transactions: Apache Kafka's TransactionsCommand — the state of
 * transactional producers and the repair of hanging transactions.
 *
 *   kafka-transactions --bootstrap-server HOST:PORT list
 *   kafka-transactions --bootstrap-server HOST:PORT describe --transactional-id ID
 *   kafka-transactions --bootstrap-server HOST:PORT describe-producers --topic T --partition P [--broker-id B]
 *   kafka-transactions --bootstrap-server HOST:PORT find-hanging (--broker-id B | --topic T [--partition P])
 *       [--max-transaction-timeout MINUTES]
 *   kafka-transactions --bootstrap-server HOST:PORT abort --topic T --partition P
 *       (--start-offset N | --producer-id PID --producer-epoch E --coordinator-epoch C)
 *
 * list asks every broker (ListTransactions), describe the id's coordinator
 * (FindCoordinator key type 1, DescribeTransactions), describe-producers the
 * partition's leader or the given broker (DescribeProducers), and abort
 * writes an ABORT marker at the partition's leader (WriteTxnMarkers), as
 * Kafka's Admin.abortTransaction does; with --start-offset the producer is
 * the one whose open transaction starts there. find-hanging: see
 * transactions/find-hanging.ts. Output is Kafka's table:
 * every cell padded to its column's width and followed by a tab.
 */
import { UsageError, requireOptions, type ParsedArgs } from './common/args.js';
import { loadClientProperties, openCluster, resolveBootstrap } from './common/tool-clients.js';
import { runTool, ToolError } from './common/tool.js';
import type { KafkaClient } from '../client/index.js';
import { ApiKey } from '../protocol/generated/api-keys.js';
import { ErrorCode, errorName } from '../protocol/generated/errors.js';
import { encodeListTransactionsRequest } from '../protocol/generated/list-transactions-request.js';
import { decodeListTransactionsResponse } from '../protocol/generated/list-transactions-response.js';
import { encodeFindCoordinatorRequest } from '../protocol/generated/find-coordinator-request.js';
import { decodeFindCoordinatorResponse } from '../protocol/generated/find-coordinator-response.js';
import { encodeDescribeTransactionsRequest } from '../protocol/generated/describe-transactions-request.js';
import { decodeDescribeTransactionsResponse } from '../protocol/generated/describe-transactions-response.js';
import { encodeDescribeProducersRequest } from '../protocol/generated/describe-producers-request.js';
import { decodeDescribeProducersResponse, type ProducerState } from '../protocol/generated/describe-producers-response.js';
import { encodeWriteTxnMarkersRequest } from '../protocol/generated/write-txn-markers-request.js';
import { decodeWriteTxnMarkersResponse } from '../protocol/generated/write-txn-markers-response.js';
import { formatTable } from './transactions/table.js';
import { findHanging } from './transactions/find-hanging.js';

const COMMANDS = ['list', 'describe', 'describe-producers', 'find-hanging', 'abort'] as const;

const OPTIONS = [
  {
    name: 'bootstrap-server',
    arg: 'required',
    metavar: 'host:port',
    desc: 'Hostname and port for the broker to connect to, in the form `host:port`  (multiple comma-separated entries can be given). REQUIRED.',
  },
  { name: 'command-config', arg: 'required', metavar: 'FILE', desc: 'Property file containing configs to be passed to admin client.' },
  { name: 'transactional-id', arg: 'required', metavar: 'TRANSACTIONAL-ID', desc: 'describe: transactional id to describe.' },
  { name: 'topic', arg: 'required', metavar: 'TOPIC', desc: 'describe-producers, find-hanging, abort: topic name.' },
  { name: 'partition', arg: 'required', metavar: 'PARTITION', desc: 'describe-producers, find-hanging, abort: partition number.' },
  {
    name: 'broker-id',
    arg: 'required',
    metavar: 'BROKER-ID',
    desc: 'describe-producers: the broker to ask (its replica of the partition); default the leader. find-hanging: search the partitions with a replica on this broker.',
  },
  {
    name: 'max-transaction-timeout',
    arg: 'required',
    metavar: 'MAX-TRANSACTION-TIMEOUT',
    desc: 'find-hanging: the maximum transaction timeout in minutes (transaction.max.timeout.ms of the brokers); open transactions whose last write is older are checked with their coordinator. Default 15.',
  },
  { name: 'start-offset', arg: 'required', metavar: 'START-OFFSET', desc: 'abort: start offset of the transaction to abort.' },
  { name: 'producer-id', arg: 'required', metavar: 'PRODUCER-ID', desc: 'abort: producer id of the transaction to abort.' },
  { name: 'producer-epoch', arg: 'required', metavar: 'PRODUCER-EPOCH', desc: 'abort: producer epoch of the transaction to abort.' },
  {
    name: 'coordinator-epoch',
    arg: 'required',
    metavar: 'COORDINATOR-EPOCH',
    desc: 'abort: coordinator epoch of the transaction to abort.',
  },
] as const;

function exception(code: number): string {
  return errorName(code);
}

async function list(client: KafkaClient): Promise<void> {
  await client.refreshMetadata([]);
  const rows: string[][] = [];
  for (const b of [...client.brokers.values()].sort((x, y) => x.nodeId - y.nodeId)) {
    const conn = await client.nodeConnection(b.nodeId);
    const res = await conn.send(
      ApiKey.ListTransactions,
      (w, v) => encodeListTransactionsRequest(w, v, { stateFilters: [], producerIdFilters: [], durationFilter: v >= 1 ? -1 : undefined }),
      decodeListTransactionsResponse,
    );
    if (res.errorCode !== ErrorCode.NONE)
      throw new ToolError(`Failed to list transactions of broker ${b.nodeId}: ${exception(res.errorCode)}`);
    for (const s of res.transactionStates) rows.push([s.transactionalId, String(b.nodeId), String(s.producerId), s.transactionState]);
  }
  console.log(formatTable(['TransactionalId', 'Coordinator', 'ProducerId', 'TransactionState'], rows));
}

async function describe(client: KafkaClient, id: string): Promise<void> {
  const any = await client.anyConnection();
  const fc = await any.send(
    ApiKey.FindCoordinator,
    (w, v) => encodeFindCoordinatorRequest(w, v, v >= 4 ? { keyType: 1, coordinatorKeys: [id] } : { keyType: 1, key: id }),
    decodeFindCoordinatorResponse,
  );
  const c = fc.coordinators.length > 0 ? fc.coordinators[0]! : { errorCode: fc.errorCode, nodeId: fc.nodeId };
  if (c.errorCode !== ErrorCode.NONE)
    throw new ToolError(`Failed to find the coordinator of transactional-id \`${id}\`: ${exception(c.errorCode)}`);
  const conn = await client.nodeConnection(c.nodeId);
  const res = await conn.send(
    ApiKey.DescribeTransactions,
    (w, v) => encodeDescribeTransactionsRequest(w, v, { transactionalIds: [id] }),
    decodeDescribeTransactionsResponse,
  );
  const s = res.transactionStates[0];
  if (!s || s.errorCode !== ErrorCode.NONE)
    throw new ToolError(
      `Failed to describe transaction state of transactional-id \`${id}\`: ${exception(s?.errorCode ?? ErrorCode.UNKNOWN_SERVER_ERROR)}`,
    );
  const started = s.transactionStartTimeMs >= 0;
  const tps: string[] = [];
  for (const t of s.topics) for (const p of t.partitions) tps.push(`${t.topic}-${p}`);
  console.log(
    formatTable(
      [
        'CoordinatorId',
        'TransactionalId',
        'ProducerId',
        'ProducerEpoch',
        'TransactionState',
        'TransactionTimeoutMs',
        'CurrentTransactionStartTimeMs',
        'TransactionDurationMs',
        'TopicPartitions',
      ],
      [
        [
          String(c.nodeId),
          s.transactionalId,
          String(s.producerId),
          String(s.producerEpoch),
          s.transactionState,
          String(s.transactionTimeoutMs),
          started ? String(s.transactionStartTimeMs) : 'None',
          started ? String(Math.max(0, Date.now() - s.transactionStartTimeMs)) : 'None',
          tps.join(','),
        ],
      ],
    ),
  );
}

async function producersOf(client: KafkaClient, topic: string, partition: number, brokerId: number | undefined): Promise<ProducerState[]> {
  const node = brokerId ?? (await client.leaderFor({ topic, partition }));
  const conn = await client.nodeConnection(node);
  const res = await conn.send(
    ApiKey.DescribeProducers,
    (w, v) => encodeDescribeProducersRequest(w, v, { topics: [{ name: topic, partitionIndexes: [partition] }] }),
    decodeDescribeProducersResponse,
  );
  const p = res.topics[0]?.partitions[0];
  if (!p || p.errorCode !== ErrorCode.NONE)
    throw new ToolError(
      `Failed to describe producers for partition ${topic}-${partition} on broker ${node}: ${exception(p?.errorCode ?? ErrorCode.UNKNOWN_SERVER_ERROR)}`,
    );
  return p.activeProducers;
}

async function describeProducers(client: KafkaClient, topic: string, partition: number, brokerId: number | undefined): Promise<void> {
  const producers = await producersOf(client, topic, partition, brokerId);
  const rows = producers.map((p) => [
    String(p.producerId),
    String(p.producerEpoch),
    String(p.coordinatorEpoch),
    String(p.lastSequence),
    String(p.lastTimestamp),
    p.currentTxnStartOffset >= 0 ? String(p.currentTxnStartOffset) : 'None',
  ]);
  console.log(
    formatTable(
      ['ProducerId', 'ProducerEpoch', 'LatestCoordinatorEpoch', 'LastSequence', 'LastTimestamp', 'CurrentTransactionStartOffset'],
      rows,
    ),
  );
}

async function abort(client: KafkaClient, args: ParsedArgs, topic: string, partition: number): Promise<void> {
  let producerId: number;
  let producerEpoch: number;
  let coordinatorEpoch: number;
  if (args.has('start-offset')) {
    const start = args.int('start-offset')!;
    const match = (await producersOf(client, topic, partition, undefined)).find((p) => p.currentTxnStartOffset === start);
    if (!match) throw new ToolError(`Could not find any open transactions starting at offset ${start} on partition ${topic}-${partition}`);
    producerId = match.producerId;
    producerEpoch = match.producerEpoch;
    coordinatorEpoch = Math.max(match.coordinatorEpoch, 0);
  } else {
    requireOptions(args, 'producer-id', 'producer-epoch', 'coordinator-epoch');
    producerId = args.int('producer-id')!;
    producerEpoch = args.int('producer-epoch')!;
    coordinatorEpoch = args.int('coordinator-epoch')!;
  }
  const conn = await client.nodeConnection(await client.leaderFor({ topic, partition }));
  const res = await conn.send(
    ApiKey.WriteTxnMarkers,
    (w, v) =>
      encodeWriteTxnMarkersRequest(w, v, {
        markers: [
          {
            producerId,
            producerEpoch,
            transactionResult: false,
            coordinatorEpoch,
            topics: [{ name: topic, partitionIndexes: [partition] }],
          },
        ],
      }),
    decodeWriteTxnMarkersResponse,
  );
  const err = res.markers[0]?.topics[0]?.partitions[0]?.errorCode ?? ErrorCode.UNKNOWN_SERVER_ERROR;
  if (err !== ErrorCode.NONE)
    throw new ToolError(`Failed to abort the transaction of producer ${producerId} on ${topic}-${partition}: ${exception(err)}`);
}

async function run(args: ParsedArgs): Promise<number> {
  const command = args.positional[0];
  if (command === undefined) throw new UsageError(`A command is required: one of ${COMMANDS.join(', ')}`);
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new UsageError(`Unknown command '${command}': expected one of ${COMMANDS.join(', ')}`);
  if (args.positional.length > 1) throw new UsageError(`Unexpected argument '${args.positional[1]}'`);
  const tp = (): { topic: string; partition: number } => {
    requireOptions(args, 'topic', 'partition');
    const partition = args.int('partition')!;
    if (partition < 0) throw new UsageError(`Invalid partition: ${partition}`);
    return { topic: args.value('topic')!, partition };
  };
  if (command === 'describe') requireOptions(args, 'transactional-id');
  if (command === 'find-hanging' && !args.has('topic') && !args.has('broker-id'))
    throw new UsageError('The `find-hanging` command requires either --topic or --broker-id to limit the search');
  const props = loadClientProperties(args.value('command-config'));
  const bootstrap = props.get('bootstrap.servers') ?? (await resolveBootstrap(args));
  const client = await openCluster(bootstrap, { clientId: 'kafka-transactions', props });
  try {
    if (command === 'list') await list(client);
    else if (command === 'describe') await describe(client, args.value('transactional-id')!);
    else if (command === 'find-hanging') {
      const minutes = args.has('max-transaction-timeout') ? args.int('max-transaction-timeout')! : 15;
      if (minutes < 0) throw new UsageError(`Invalid --max-transaction-timeout: ${minutes}`);
      const partition = args.has('partition') ? args.int('partition')! : undefined;
      if (partition !== undefined && partition < 0) throw new UsageError(`Invalid partition: ${partition}`);
      console.log(
        await findHanging(client, {
          brokerId: args.has('broker-id') ? args.int('broker-id')! : undefined,
          topic: args.value('topic'),
          partition,
          maxTransactionTimeoutMs: minutes * 60_000,
        }),
      );
    } else if (command === 'describe-producers') {
      const { topic, partition } = tp();
      await describeProducers(client, topic, partition, args.has('broker-id') ? args.int('broker-id')! : undefined);
    } else {
      const { topic, partition } = tp();
      await abort(client, args, topic, partition);
    }
    return 0;
  } finally {
    client.close();
  }
}

runTool({
  name: 'kafka-transactions',
  summary:
    'This tool is used to analyze the transactional state of producers in the cluster. It can be used to detect and recover from hanging transactions. Commands: list, describe, describe-producers, find-hanging, abort.',
  options: OPTIONS,
  run,
});
