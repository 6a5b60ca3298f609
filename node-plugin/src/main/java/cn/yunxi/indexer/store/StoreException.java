package cn.yunxi.indexer.store;

/** RocksDB failed (I/O error, corruption, a closed store): the operation did not happen. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
