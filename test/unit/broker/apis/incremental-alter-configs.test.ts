/**
 * IncrementalAlterConfigs handler over real services: SET, DELETE, APPEND
 * and SUBTRACT on a broker level's dynamic configs (merged with what the
 * level stores) and on a topic's overrides, with Kafka's refusals.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import incrementalAlterConfigs from '../../../../broker/apis/incremental-alter-configs.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { startServices, type TestServices } from './services.js';

const TOPIC = 2;
const BROKER = 4;
const [SET, DELETE, APPEND, SUBTRACT] = [0, 1, 2, 3];

describe('IncrementalAlterConfigs handler', () => {
  let t: TestServices;

  beforeEach(async () => {
    t = await startServices();
    await t.createTopic('inc', 1);
  });

  afterEach(async () => {
    await t?.close();
  });

  const alter = async (resourceType: number, resourceName: string, ops: [string, number, string | null][], validateOnly = false) => {
    const r = await t.call(incrementalAlterConfigs, 1, {
      resources: [{ resourceType, resourceName, configs: ops.map(([name, configOperation, value]) => ({ name, configOperation, value })) }],
      validateOnly,
    });
    return r!.responses[0];
  };

  it("merges with the level's stored configs: set, append to the value in force, delete", async () => {
    expect((await alter(BROKER, '', [['log.retention.ms', SET, '70000']])).errorCode).toBe(ErrorCode.NONE);
    expect((await alter(BROKER, '', [['log.cleanup.policy', APPEND, 'compact']])).errorCode).toBe(ErrorCode.NONE);
    expect(t.svc.config.dynamicDefaultConfigs).toEqual({ 'log.retention.ms': '70000', 'log.cleanup.policy': 'delete,compact' });
    expect(t.svc.replicas.get('inc', 0)!.log.config.cleanupPolicy).toEqual(['delete', 'compact']);
    expect((await alter(BROKER, '', [['log.cleanup.policy', SUBTRACT, 'delete']])).errorCode).toBe(ErrorCode.NONE);
    expect(t.svc.config.dynamicDefaultConfigs['log.cleanup.policy']).toBe('compact');
    expect((await alter(BROKER, '', [['log.retention.ms', DELETE, null]])).errorCode).toBe(ErrorCode.NONE);
    expect(t.svc.config.dynamicDefaultConfigs).toEqual({ 'log.cleanup.policy': 'compact' });
    expect(t.svc.config.logRetentionMs).toBe(168 * 3600_000);
  });

  it('sets this broker level, validate_only changing nothing', async () => {
    expect((await alter(BROKER, '0', [['num.io.threads', SET, '16']], true)).errorCode).toBe(ErrorCode.NONE);
    expect(t.svc.config.numIoThreads).toBe(8);
    expect((await alter(BROKER, '0', [['num.io.threads', SET, '16']])).errorCode).toBe(ErrorCode.NONE);
    expect(t.svc.config.numIoThreads).toBe(16);
    expect(t.svc.config.dynamicBrokerConfigs).toEqual({ 'num.io.threads': '16' });
  });

  it("refuses appends to non-list configs, unknown names and read-only keys with Kafka's codes", async () => {
    const append = await alter(BROKER, '', [['log.retention.ms', APPEND, '1']]);
    expect([append.errorCode, append.errorMessage]).toEqual([
      ErrorCode.INVALID_REQUEST,
      'Config value append is not allowed for config key: log.retention.ms',
    ]);
    const unknown = await alter(BROKER, '', [['log.retention.msx', SET, '1']]);
    expect([unknown.errorCode, unknown.errorMessage]).toEqual([ErrorCode.INVALID_CONFIG, 'Unknown broker config: log.retention.msx']);
    const readOnly = await alter(BROKER, '', [['num.partitions', SET, '3']]);
    expect([readOnly.errorCode, readOnly.errorMessage]).toEqual([
      ErrorCode.INVALID_CONFIG,
      'Cannot update these configs dynamically: Set(num.partitions)',
    ]);
    const topicAppend = await alter(TOPIC, 'inc', [['retention.ms', APPEND, '1']]);
    expect(topicAppend.errorCode).toBe(ErrorCode.INVALID_REQUEST);
    const dup = await alter(TOPIC, 'inc', [
      ['retention.ms', SET, '1'],
      ['retention.ms', DELETE, null],
    ]);
    expect([dup.errorCode, dup.errorMessage]).toEqual([ErrorCode.INVALID_REQUEST, 'Error due to duplicate config keys']);
  });

  it("sets, appends to and deletes a topic's overrides", async () => {
    expect((await alter(TOPIC, 'inc', [['cleanup.policy', APPEND, 'compact']])).errorCode).toBe(ErrorCode.NONE);
    expect(t.svc.metadata.topic('inc')!.configs).toEqual({ 'cleanup.policy': 'delete,compact' });
    expect((await alter(TOPIC, 'inc', [['cleanup.policy', DELETE, null]])).errorCode).toBe(ErrorCode.NONE);
    expect(t.svc.metadata.topic('inc')!.configs).toEqual({});
  });
});
