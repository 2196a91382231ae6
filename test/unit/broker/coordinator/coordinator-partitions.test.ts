import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { CoordinatorPartitions } from '../../../../broker/coordinator/coordinator-partitions.js';
import { silentLogger } from '../../../../broker/logger.js';
import { startServices, type TestServices } from '../apis/services.js';

let services: TestServices | null = null;
afterEach(async () => {
  await services?.close();
  services = null;
});

function partitionsOver(t: TestServices, events: string[], loads: Map<number, () => void>): CoordinatorPartitions {
  const { metadata, controller, replicas } = t.svc;
  return new CoordinatorPartitions(
    { metadata, controller, replicas, logger: silentLogger },
    {
      name: '__test_state',
      numPartitions: 3,
      replicationFactor: 3,
      replicationFactorKey: 'test.replication.factor',
      configs: (rf) => ({ 'cleanup.policy': 'compact', 'min.insync.replicas': String(rf) }),
    },
    {
      load: (p) => {
        events.push(`load ${p}`);
        if (p !== 1) return null;
        return new Promise<string>((resolve) => loads.set(p, () => resolve('things')));
      },
      onLoaded: (p) => events.push(`loaded ${p}`),
      unload: (p, quiet) => events.push(`unload ${p}${quiet ? ' quiet' : ''}`),
    },
  );
}

describe('CoordinatorPartitions', () => {
  it('creates the topic capped at the live brokers, loads led partitions, answers load-in-progress until loaded', async () => {
    services = await startServices();
    const events: string[] = [];
    const loads = new Map<number, () => void>();
    const parts = partitionsOver(services, events, loads);
    expect(parts.status(0)).toBe(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    expect(await parts.ensureTopic()).toBe(ErrorCode.NONE);
    const topic = services.svc.metadata.topic('__test_state');
    expect(topic?.partitions.length).toBe(3);
    expect(topic?.partitions[0]?.replicas.length).toBe(1);
    expect(parts.status(0)).toBe(ErrorCode.NONE);
    expect(parts.status(1)).toBe(ErrorCode.COORDINATOR_LOAD_IN_PROGRESS);
    expect(parts.isLoading()).toBe(true);
    expect(parts.epochOf(1)).toBe(-1);
    loads.get(1)!();
    await parts.loadsSettled();
    expect(parts.status(1)).toBe(ErrorCode.NONE);
    expect(parts.epochOf(1)).toBeGreaterThanOrEqual(0);
    parts.syncLeadership();
    expect(parts.loadedPartitions()).toEqual([0, 1, 2]);
    expect(parts.coordinatorOf('some-key')).toBe(services.svc.brokerId);
    parts.shutdown();
    expect(events).toEqual([
      'load 0',
      'loaded 0',
      'load 1',
      'loaded 1',
      'load 2',
      'loaded 2',
      'unload 0 quiet',
      'unload 1 quiet',
      'unload 2 quiet',
    ]);
  });

  it('answers NOT_COORDINATOR and unloads once the partition is no longer led here', async () => {
    services = await startServices();
    const events: string[] = [];
    const parts = partitionsOver(services, events, new Map());
    await parts.ensureTopic();
    expect(parts.status(2)).toBe(ErrorCode.NONE);
    services.svc.replicas.get('__test_state', 2)!.leaderId = 99;
    expect(parts.status(2)).toBe(ErrorCode.NOT_COORDINATOR);
    expect(events).toContain('unload 2');
    expect(parts.loadedPartitions()).toEqual([]);
  });
});
