import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgentLog, formatLogTime } from '../../../agent/log.js';
import { MemoryLog } from './helpers.js';

describe('agent log', () => {
  it("writes log4j's layout with the component in the thread's place, above the level only", () => {
    const log = new MemoryLog('WARN');
    const l = log.for('k1', 'LoggerSink');
    l.info('hidden');
    l.warn('shown');
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} \(k1\) \[WARN - LoggerSink\] shown\n$/);
    expect(formatLogTime(new Date(2024, 0, 2, 3, 4, 5, 6).getTime())).toBe('2024-01-02 03:04:05,006');
  });

  it('reads -Dflume.root.logger, writing LOGFILE to flume.log.dir/flume.log.file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-log-'));
    try {
      const log = AgentLog.fromProperties(
        new Map([
          ['flume.root.logger', 'DEBUG,LOGFILE'],
          ['flume.log.dir', dir],
        ]),
      );
      expect(log.enabled('DEBUG')).toBe(true);
      log.for('a1', 'Agent').debug('to the file');
      expect(fs.readFileSync(path.join(dir, 'flume.log'), 'utf8')).toContain('[DEBUG - Agent] to the file');
      expect(() => AgentLog.fromProperties(new Map([['flume.root.logger', 'LOUD,console']]))).toThrow("unknown level 'LOUD'");
      expect(() => AgentLog.fromProperties(new Map([['flume.root.logger', 'INFO,syslog']]))).toThrow("unknown appender 'syslog'");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
