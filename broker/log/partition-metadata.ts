/**
 * `partition.metadata`: the topic id a partition directory belongs to
 * (Kafka's PartitionMetadataFile, KIP-516), so that a log left behind by a
 * deleted topic is never taken for the partition of a new topic of the same
 * name.
 *
 * Format (UTF-8 text, Kafka's, one `key: value` per line):
 * ```
 * version: 0
 * topic_id: <topic id: 16 bytes in URL-safe base64 without padding, 22 chars>
 * ```
 * Written atomically (a reader sees the old file or the new one) when a
 * replica is hosted with a known topic id and the file is missing; never
 * changed afterwards (a different id means the directory is stale and is
 * deleted instead). A file that cannot be parsed reads as absent and is
 * rewritten. Stateless functions over a PartitionStore; callers serialize.
 */
import type { PartitionStore } from './partition-store.js';

/** The file's name inside the partition directory. */
export const PARTITION_METADATA_FILE = 'partition.metadata';

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/** Canonical UUID text → Kafka's base64url form (Uuid.toString()). */
function toBase64(uuid: string): string {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex').toString('base64url');
}

/** Kafka's base64url form → canonical UUID text, or null when it is not 16 bytes. */
function fromBase64(b64: string): string | null {
  if (!/^[A-Za-z0-9_-]{22}$/.test(b64)) return null;
  const h = Buffer.from(b64, 'base64url').toString('hex');
  if (h.length !== 32) return null;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The file's content for a topic id (canonical UUID text). */
export function formatPartitionMetadata(topicId: string): string {
  return `version: 0\ntopic_id: ${toBase64(topicId)}\n`;
}

/** The topic id (canonical UUID text) in a file's content, or null when it is malformed or of an unknown version. */
export function parsePartitionMetadata(text: string): string | null {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) fields.set(line.slice(0, i).trim(), line.slice(i + 1).trim());
  }
  if (fields.get('version') !== '0') return null;
  const id = fields.get('topic_id');
  return id === undefined ? null : fromBase64(id);
}

/** The topic id recorded in a partition directory, or null when there is no (readable) file. */
export function readPartitionTopicId(store: PartitionStore): string | null {
  const data = store.readFile(PARTITION_METADATA_FILE);
  return data === null ? null : parsePartitionMetadata(data.toString('utf8'));
}

/** Records `topicId` in the partition directory (atomically); the all-zero id (unknown) writes nothing. */
export function writePartitionTopicId(store: PartitionStore, topicId: string): void {
  if (topicId === ZERO_UUID) return;
  store.writeFileAtomic(PARTITION_METADATA_FILE, formatPartitionMetadata(topicId));
}
