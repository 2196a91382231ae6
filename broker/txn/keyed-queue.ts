/**
 * KeyedQueue: runs asynchronous operations one after the other per key
 * (operations of different keys run concurrently). The transaction
 * coordinator queues each transactional id's client requests on it: Kafka
 * handles one request per connection at a time, so a producer that
 * pipelines AddPartitionsToTxn requests (kafkajs sends one per partition
 * leader at once) sees them applied in turn; answering the later ones
 * CONCURRENT_TRANSACTIONS instead makes such a client retry whole sends,
 * writing their records twice. A failed operation does not stop the ones
 * queued after it. Runs on the event loop; an idle key holds no memory.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `op` once every earlier operation of `key` has settled; resolves or rejects as `op` does. */
  run<T>(key: string, op: () => Promise<T>): Promise<T> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    const result = prev.then(op);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with an operation queued or running. */
  get size(): number {
    return this.tails.size;
  }
}
