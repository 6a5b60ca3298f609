package cn.yunxi.indexer.store;

/** Receives the entries of a range scan in key order. */
@FunctionalInterface
public interface ScanVisitor {

  /**
   * One entry; the arrays are the caller's to keep.
   *
   * @return true to go on, false to stop the scan here
   */
  boolean visit(byte[] key, byte[] value);
}
