import { describe, expect, it } from 'vitest';
import { BatchTracker } from '../../../../streaming/ui/batch-tracker.js';
import type { BatchInfo } from '../../../../streaming/scheduler/listener.js';

function batch(t: number, records: number): BatchInfo {
  return { batchTime: t, submissionTime: t, numRecords: records, streamIdToNumRecords: { 0: records }, attempts: 0 };
}

function complete(tr: BatchTracker, info: BatchInfo, start: number, end: number, failure?: string): void {
  info.processingStartTime = start;
  info.schedulingDelay = start - info.batchTime;
  info.attempts = 1;
  tr.onBatchStarted({ batchInfo: info });
  info.processingEndTime = end;
  info.processingTime = info.processingDelay = end - start;
  info.totalDelay = end - info.batchTime;
  if (failure) info.failureReason = failure;
  tr.onBatchCompleted({ batchInfo: info });
}

describe('BatchTracker', () => {
  it('follows batches from queued to completed and keeps copies', () => {
    const tr = new BatchTracker(500, 10);
    tr.onStreamingStarted({ time: 1000 });
    const a = batch(1000, 10);
    tr.onBatchSubmitted({ batchInfo: a });
    expect(tr.activeBatches().map((b) => b.status)).toEqual(['queued']);
    complete(tr, a, 1010, 1030);
    a.numRecords = 999; // the scheduler's object may change later; the tracker's copy does not
    const [done] = tr.completedBatches();
    expect(done).toMatchObject({
      batchTime: 1000,
      status: 'completed',
      inputSize: 10,
      inputRate: 20,
      schedulingDelay: 10,
      processingTime: 20,
      totalDelay: 30,
    });
    expect(tr.activeBatches()).toEqual([]);
    expect(tr.totalRecords).toBe(10);
  });

  it('counts failures apart, keeps `retained` batches and averages the completed ones', () => {
    const tr = new BatchTracker(1000, 3);
    for (let i = 0; i < 5; i++) complete(tr, batch(i * 1000, 100 * i), i * 1000 + 10, i * 1000 + 50);
    complete(tr, batch(5000, 7), 5010, 5020, 'boom');
    expect(tr.completedBatches().map((b) => b.batchTime)).toEqual([3000, 4000, 5000]);
    expect(tr.totalCompleted).toBe(5);
    expect(tr.totalFailed).toBe(1);
    expect(tr.totalRecords).toBe(1000);
    expect(tr.completedBatches()[2].status).toBe('failed');
    expect(tr.averages()).toEqual({ inputRate: 350, schedulingDelay: 10, processingTime: 40, totalDelay: 50 });
  });
});
