package cn.yunxi.indexer.store;

/**
 * How the store writes.
 *
 * <p>The write-ahead log is always on: every committed batch is in the WAL before {@link
 * RocksStore#write} returns. With {@code syncWrites} false (the default) the WAL is written to the
 * operating system's page cache but not fsynced. That survives a crash or {@code SIGKILL} of the
 * <em>process</em> — the kernel still holds the written pages and flushes them later — so a
 * committed batch is never lost when the indexer dies; only a crash of the operating system or a
 * power loss can lose the last batches (never a part of one: recovery stops at the first torn WAL
 * record, so a batch is wholly there or wholly absent). That is safe for an index that can re-read
 * lost blocks from the chain, and much faster. {@code syncWrites} true fsyncs the WAL on every
 * batch, for deployments that want committed blocks to survive power loss too.
 *
 * @param syncWrites fsync the WAL on every write
 */
public record StoreSettings(boolean syncWrites) {
  /** WAL on, no fsync per write: survives process crashes, fast. */
  public static final StoreSettings DEFAULTS = new StoreSettings(false);
}
