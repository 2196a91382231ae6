/**
 * The agent configuration of the pipeline, in Flume's format: an exec source
 * following the access log with `tail -F`, a memory channel, and a Kafka
 * sink writing each line as a record of the topic. `tributary pipeline`
 * writes it into its data directory and starts `tributary agent` on it;
 * examples/pipeline/tail-memory-kafka.conf is the same text with the default
 * paths (a unit test keeps the two equal).
 *
 * `tail -n +1 -F` rather than the course's `tail -F`: `tail -F` starts with
 * the last ten lines of a file that already exists, so lines written before
 * the agent's tail opened the file would be lost; `-n +1` reads the file from
 * its first line, whenever the file appears. The pipeline starts each run
 * with a fresh log file (the previous one is renamed), so nothing is read
 * twice. The exec source, like Flume's, gives no delivery guarantee across a
 * restart of the agent; the pipeline's exactly-once holds from Kafka on.
 */

/** Parameters of the configuration. */
export interface PipelineAgentConfig {
  /** The agent's name (the first part of every key; default a1). */
  agent?: string;
  /** The access log to follow. */
  logFile: string;
  /** Kafka bootstrap servers. */
  brokers: string;
  topic: string;
}

/** The log file, topic and broker of examples/pipeline/tail-memory-kafka.conf. */
export const EXAMPLE_AGENT_CONFIG: PipelineAgentConfig = {
  agent: 'a1',
  logFile: '/tmp/tributary-pipeline/access.log',
  brokers: 'localhost:9092',
  topic: 'access-log',
};

/** `s` as one argument of /bin/sh (single-quoted). */
function shellQuote(s: string): string {
  return /^[\w./@%+=:,-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}

/** `s` as a .properties value (backslashes escaped; line breaks refused). */
function propertyValue(s: string): string {
  if (/[\r\n]/.test(s)) throw new Error(`a line break cannot be part of an agent property: ${JSON.stringify(s)}`);
  return s.replaceAll('\\', '\\\\');
}

/** The configuration text (Flume's properties format). */
export function pipelineAgentConfig(c: PipelineAgentConfig): string {
  const a = c.agent ?? 'a1';
  if (!/^[\w-]+$/.test(a)) throw new Error(`agent name '${a}' may only hold letters, digits, _ and -`);
  return `# tail-memory-kafka.conf: the collection agent of the log analytics pipeline.
# exec source (tail -F the web server's access log) -> memory channel -> Kafka sink.
# \`tributary pipeline\` writes this file (with its own paths) and runs it; by hand:
#   npx tributary agent --conf-file examples/pipeline/tail-memory-kafka.conf --name ${a}
# (tail -n +1 -F reads the log from its first line: see pipeline/agent-config.ts.)

${a}.sources = r1
${a}.channels = c1
${a}.sinks = k1

${a}.sources.r1.type = exec
${a}.sources.r1.command = ${propertyValue(`tail -n +1 -F ${shellQuote(c.logFile)}`)}
${a}.sources.r1.shell = /bin/sh -c
${a}.sources.r1.batchSize = 100
${a}.sources.r1.batchTimeout = 200
${a}.sources.r1.channels = c1

${a}.channels.c1.type = memory
${a}.channels.c1.capacity = 10000
${a}.channels.c1.transactionCapacity = 1000

${a}.sinks.k1.type = org.apache.flume.sink.kafka.KafkaSink
${a}.sinks.k1.kafka.bootstrap.servers = ${propertyValue(c.brokers)}
${a}.sinks.k1.kafka.topic = ${propertyValue(c.topic)}
${a}.sinks.k1.flumeBatchSize = 100
${a}.sinks.k1.kafka.producer.acks = all
${a}.sinks.k1.channel = c1
`;
}
