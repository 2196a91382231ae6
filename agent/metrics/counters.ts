/**
 * Counters of the agent's components, named as Flume names them so that
 * dashboards written for Flume's JSON monitoring read ours unchanged:
 * sources count events received and accepted (committed to their channels),
 * channels count put and take attempts and successes and report their size,
 * sinks count batches and events drained. Plain numeric fields bumped once
 * per batch; `snapshot()` turns them into Flume's names at scrape time.
 */

/** Counters every component has. */
abstract class ComponentCounter {
  /** Epoch ms of start(), 0 before. */
  startTime = 0;
  /** Epoch ms of stop(), 0 before. */
  stopTime = 0;

  /** @param type Flume's type tag: SOURCE, CHANNEL or SINK. */
  constructor(readonly type: 'SOURCE' | 'CHANNEL' | 'SINK') {}

  /** Flume's counter names with their values. */
  abstract snapshot(): Record<string, number>;
}

/** A source's counters (Flume's SourceCounter). */
export class SourceCounter extends ComponentCounter {
  eventReceivedCount = 0;
  eventAcceptedCount = 0;
  appendReceivedCount = 0;
  appendAcceptedCount = 0;
  appendBatchReceivedCount = 0;
  appendBatchAcceptedCount = 0;
  openConnectionCount = 0;
  /** Batches a channel refused (full or failing); they are retried. */
  channelWriteFail = 0;
  /** Input that could not be read or parsed into events. */
  eventReadFail = 0;
  genericProcessingFail = 0;

  constructor() {
    super('SOURCE');
  }

  /** Flume's names. */
  snapshot(): Record<string, number> {
    return {
      EventReceivedCount: this.eventReceivedCount,
      EventAcceptedCount: this.eventAcceptedCount,
      AppendReceivedCount: this.appendReceivedCount,
      AppendAcceptedCount: this.appendAcceptedCount,
      AppendBatchReceivedCount: this.appendBatchReceivedCount,
      AppendBatchAcceptedCount: this.appendBatchAcceptedCount,
      OpenConnectionCount: this.openConnectionCount,
      ChannelWriteFail: this.channelWriteFail,
      EventReadFail: this.eventReadFail,
      GenericProcessingFail: this.genericProcessingFail,
      StartTime: this.startTime,
      StopTime: this.stopTime,
    };
  }
}

/** A channel's counters (Flume's ChannelCounter); size and capacity are read from the channel. */
export class ChannelCounter extends ComponentCounter {
  eventPutAttemptCount = 0;
  eventPutSuccessCount = 0;
  eventTakeAttemptCount = 0;
  eventTakeSuccessCount = 0;
  /** Commits refused for lack of room. */
  channelFullCount = 0;
  /** Checkpoints written (file channel). */
  checkpointWriteCount = 0;
  checkpointWriteErrorCount = 0;

  /** @param size the current number of events; @param capacity the maximum. */
  constructor(
    private readonly size: () => number,
    private readonly capacity: () => number,
  ) {
    super('CHANNEL');
  }

  /** Flume's names. */
  snapshot(): Record<string, number> {
    const size = this.size();
    const cap = this.capacity();
    return {
      ChannelSize: size,
      ChannelCapacity: cap,
      ChannelFillPercentage: cap > 0 ? (size * 100) / cap : 0,
      EventPutAttemptCount: this.eventPutAttemptCount,
      EventPutSuccessCount: this.eventPutSuccessCount,
      EventTakeAttemptCount: this.eventTakeAttemptCount,
      EventTakeSuccessCount: this.eventTakeSuccessCount,
      ChannelFullCount: this.channelFullCount,
      CheckpointWriteCount: this.checkpointWriteCount,
      CheckpointWriteErrorCount: this.checkpointWriteErrorCount,
      StartTime: this.startTime,
      StopTime: this.stopTime,
    };
  }
}

/** A sink's counters (Flume's SinkCounter). */
export class SinkCounter extends ComponentCounter {
  connectionCreatedCount = 0;
  connectionClosedCount = 0;
  connectionFailedCount = 0;
  batchEmptyCount = 0;
  batchUnderflowCount = 0;
  batchCompleteCount = 0;
  eventDrainAttemptCount = 0;
  eventDrainSuccessCount = 0;
  /** Takes from the channel that failed. */
  channelReadFail = 0;
  /** Deliveries that failed (rolled back, retried later). */
  eventWriteFail = 0;

  constructor() {
    super('SINK');
  }

  /** Flume's names. */
  snapshot(): Record<string, number> {
    return {
      ConnectionCreatedCount: this.connectionCreatedCount,
      ConnectionClosedCount: this.connectionClosedCount,
      ConnectionFailedCount: this.connectionFailedCount,
      BatchEmptyCount: this.batchEmptyCount,
      BatchUnderflowCount: this.batchUnderflowCount,
      BatchCompleteCount: this.batchCompleteCount,
      EventDrainAttemptCount: this.eventDrainAttemptCount,
      EventDrainSuccessCount: this.eventDrainSuccessCount,
      ChannelReadFail: this.channelReadFail,
      EventWriteFail: this.eventWriteFail,
      StartTime: this.startTime,
      StopTime: this.stopTime,
    };
  }
}
