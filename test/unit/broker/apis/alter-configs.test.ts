/**
 * AlterConfigs handler over real services: a broker resource's dynamic
 * configs (this broker's level, the cluster default with an empty name),
 * applied at once to the config in force and to every log without an
 * override; validate_only; what Kafka refuses (read-only keys, per-level
 * rules, another broker's id, null values) with its error codes and
 * messages; a topic's overrides as before.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import alterConfigs from '../../../../broker/apis/alter-configs.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { startServices, type TestServices } from './services.js';

const TOPIC = 2;
const BROKER = 4;

describe('AlterConfigs handler', () => {
  let t: TestServices;

  beforeEach(async () => {
    t = await startServices({ 'log.retention.hours': '48' });
    await t.createTopic('plain', 1);
    await t.createTopic('own', 1, { 'retention.ms': '5000' });
  });

  afterEach(async () => {
    await t?.close();
  });

  const alter = async (resourceType: number, resourceName: string, configs: Record<string, string | null>, validateOnly = false) => {
    const r = await t.call(alterConfigs, 2, {
      resources: [{ resourceType, resourceName, configs: Object.entries(configs).map(([name, value]) => ({ name, value })) }],
      validateOnly,
    });
    return r!.responses[0];
  };

  it('sets the cluster default and every log without an override follows at once', async () => {
    const r = await alter(BROKER, '', { 'log.retention.ms': '60000', 'log.cleaner.threads': '2' });
    expect([r.errorCode, r.errorMessage]).toEqual([ErrorCode.NONE, null]);
    expect(t.svc.config.logRetentionMs).toBe(60000);
    expect(t.svc.config.logCleanerThreads).toBe(2);
    expect(t.svc.config.dynamicDefaultConfigs).toEqual({ 'log.retention.ms': '60000', 'log.cleaner.threads': '2' });
    expect(t.svc.topicDefaults['retention.ms']).toBe('60000');
    expect(t.svc.replicas.get('plain', 0)!.log.config.retentionMs).toBe(60000);
    // A topic's own retention.ms beats any broker default.
    expect(t.svc.replicas.get('own', 0)!.log.config.retentionMs).toBe(5000);
  });

  it("puts this broker's level over the default, and replaces a level's whole set", async () => {
    expect((await alter(BROKER, '', { 'message.max.bytes': '2000000' })).errorCode).toBe(ErrorCode.NONE);
    expect((await alter(BROKER, '0', { 'message.max.bytes': '3000000' })).errorCode).toBe(ErrorCode.NONE);
    expect(t.svc.config.messageMaxBytes).toBe(3000000);
    expect(t.svc.replicas.get('plain', 0)!.log.config.maxMessageBytes).toBe(3000000);
    // AlterConfigs replaces the level: without the key, the default level's value is in force again.
    expect((await alter(BROKER, '0', { 'log.retention.ms': '1000' })).errorCode).toBe(ErrorCode.NONE);
    expect(t.svc.config.dynamicBrokerConfigs).toEqual({ 'log.retention.ms': '1000' });
    expect(t.svc.config.messageMaxBytes).toBe(2000000);
    expect(t.svc.config.logRetentionMs).toBe(1000);
  });

  it('validates only when asked to', async () => {
    const r = await alter(BROKER, '', { 'log.retention.ms': '60000' }, true);
    expect(r.errorCode).toBe(ErrorCode.NONE);
    expect(t.svc.config.logRetentionMs).toBe(48 * 3600_000);
    expect(await t.svc.dynamicConfigs.stored(false)).toEqual({});
  });

  it("refuses what Kafka refuses, with Kafka's codes and messages, and changes nothing", async () => {
    const readOnly = await alter(BROKER, '0', { 'log.dirs': '/tmp/x', 'broker.id': '5' });
    expect([readOnly.errorCode, readOnly.errorMessage]).toEqual([
      ErrorCode.INVALID_CONFIG,
      'Cannot update these configs dynamically: Set(log.dirs, broker.id)',
    ]);
    const other = await alter(BROKER, '7', { 'log.retention.ms': '1' });
    expect([other.errorCode, other.errorMessage]).toEqual([ErrorCode.INVALID_REQUEST, 'Unexpected broker id, expected 0, but received 7']);
    const nulls = await alter(BROKER, '', { 'log.retention.ms': null });
    expect([nulls.errorCode, nulls.errorMessage]).toEqual([ErrorCode.INVALID_REQUEST, 'Null value not supported for : log.retention.ms']);
    const bad = await alter(BROKER, '', { 'log.retention.ms': 'soon' });
    expect(bad.errorCode).toBe(ErrorCode.INVALID_CONFIG);
    expect(bad.errorMessage).toContain("invalid value 'soon' for config 'log.retention.ms'");
    const threads = await alter(BROKER, '', { 'log.cleaner.threads': '5' });
    expect([threads.errorCode, threads.errorMessage]).toEqual([
      ErrorCode.INVALID_CONFIG,
      'Log cleaner threads cannot be increased to more than double the current value 1',
    ]);
    expect(t.svc.config.dynamicDefaultConfigs).toEqual({});
    expect(t.svc.config.dynamicBrokerConfigs).toEqual({});
  });

  it("still replaces a topic's overrides", async () => {
    const r = await alter(TOPIC, 'plain', { 'cleanup.policy': 'compact' });
    expect(r.errorCode).toBe(ErrorCode.NONE);
    expect(t.svc.metadata.topic('plain')!.configs).toEqual({ 'cleanup.policy': 'compact' });
  });
});
