package cn.yunxi.indexer.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.Cache;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.Filter;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.Snapshot;
import org.rocksdb.WriteOptions;

/**
 * A RocksDB database in a directory, with one column family per {@link ColumnSpec} (created when
 * missing). Writes go through {@link StoreBatch}es, atomically, with the write-ahead log on (see
 * {@link StoreSettings} for what is durable when). Thread-safe: reads run concurrently with each
 * other and with writes; {@link #close} waits for running operations and makes later ones fail with
 * {@link StoreException} instead of touching freed native memory.
 */
public final class RocksStore implements StoreReader, AutoCloseable {
  static {
    RocksDB.loadLibrary();
  }

  /**
   * Uncompressed blocks kept in memory, shared by every column family (RocksDB's default: 8 MB).
   */
  static final long BLOCK_CACHE_BYTES = 256L << 20;

  /** Bloom filter bits per key: ~1% false positives. */
  private static final double BLOOM_BITS_PER_KEY = 10;

  private final Path directory;
  private final DBOptions dbOptions;
  private final ColumnFamilyOptions columnOptions;
  private final Filter bloomFilter;
  private final Cache blockCache;
  private final WriteOptions writeOptions;
  private final List<ColumnFamilyHandle> handles;
  private final ColumnFamilyHandle[] byId = new ColumnFamilyHandle[256];
  private final RocksDB db;
  // Read side: every native call. Write side: close. Keeps close from freeing what a call uses.
  private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private boolean closed;

  private RocksStore(
      Path directory,
      DBOptions dbOptions,
      ColumnFamilyOptions columnOptions,
      Filter bloomFilter,
      Cache blockCache,
      WriteOptions writeOptions,
      List<ColumnFamilyHandle> handles,
      RocksDB db) {
    this.directory = directory;
    this.dbOptions = dbOptions;
    this.columnOptions = columnOptions;
    this.bloomFilter = bloomFilter;
    this.blockCache = blockCache;
    this.writeOptions = writeOptions;
    this.handles = handles;
    this.db = db;
  }

  /**
   * Opens (or creates) the database in {@code directory} with these column families.
   *
   * @throws IllegalArgumentException if two columns share an id or a name, or an id is not 1..255
   * @throws StoreException if RocksDB cannot open it
   */
  public static RocksStore open(
      Path directory, List<? extends ColumnSpec> columns, StoreSettings settings) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(settings, "settings");
    checkColumns(columns);
    DBOptions dbOptions = null;
    ColumnFamilyOptions columnOptions = null;
    Filter bloomFilter = null;
    Cache blockCache = null;
    WriteOptions writeOptions = null;
    List<ColumnFamilyHandle> handles = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      dbOptions =
          new DBOptions()
              .setCreateIfMissing(true)
              .setCreateMissingColumnFamilies(true)
              // One WAL serves every column family and is kept until all of them have flushed
              // what it holds; a cap makes RocksDB flush the quiet ones instead of keeping WAL
              // files forever.
              .setMaxTotalWalSize(64L << 20)
              .setKeepLogFileNum(10);
      // Point reads dominate both sides: applying a block reads the prior value of every key it
      // writes (its undo record; most keys are new), and a query reads each event a list points
      // to. Bloom filters answer "not in this file" without touching it; a block cache bigger
      // than RocksDB's 8 MB default keeps hot blocks uncompressed in memory.
      bloomFilter = new BloomFilter(BLOOM_BITS_PER_KEY);
      blockCache = new LRUCache(BLOCK_CACHE_BYTES);
      columnOptions =
          new ColumnFamilyOptions()
              .setTableFormatConfig(
                  new BlockBasedTableConfig()
                      .setFilterPolicy(bloomFilter)
                      .setBlockCache(blockCache)
                      .setWholeKeyFiltering(true));
      // The WAL stays on (setDisableWAL(false)): it is what makes a batch survive a process kill.
      writeOptions = new WriteOptions().setSync(settings.syncWrites()).setDisableWAL(false);
      List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
      descriptors.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, columnOptions));
      for (ColumnSpec c : columns) {
        descriptors.add(new ColumnFamilyDescriptor(bytes(c.columnName()), columnOptions));
      }
      // RocksDB refuses to open a database without all of its column families: keep unknown ones.
      Set<String> known = new HashSet<>();
      columns.forEach(c -> known.add(c.columnName()));
      known.add("default");
      for (String existing : existingColumns(directory)) {
        if (!known.contains(existing)) {
          descriptors.add(new ColumnFamilyDescriptor(bytes(existing), columnOptions));
        }
      }
      RocksDB db = RocksDB.open(dbOptions, directory.toString(), descriptors, handles);
      RocksStore store =
          new RocksStore(
              directory,
              dbOptions,
              columnOptions,
              bloomFilter,
              blockCache,
              writeOptions,
              handles,
              db);
      for (int i = 0; i < columns.size(); i++) {
        store.byId[columns.get(i).id()] = handles.get(i + 1);
      }
      return store;
    } catch (RocksDBException | java.io.IOException e) {
      handles.forEach(ColumnFamilyHandle::close);
      closeAll(writeOptions, columnOptions, dbOptions, bloomFilter, blockCache);
      throw new StoreException("cannot open the store in " + directory + ": " + e.getMessage(), e);
    }
  }

  /** The directory the database lives in. */
  public Path directory() {
    return directory;
  }

  @Override
  public byte[] get(ColumnSpec column, byte[] key) {
    return locked(
        () -> {
          try {
            return db.get(handle(column), key);
          } catch (RocksDBException e) {
            throw new StoreException("get in " + column.columnName() + " failed", e);
          }
        });
  }

  @Override
  public void scan(ColumnSpec column, byte[] from, byte[] to, ScanVisitor visitor) {
    scan(column, from, to, null, visitor);
  }

  /** Commits the batch atomically. */
  public void write(StoreBatch batch) {
    if (batch.store() != this) {
      throw new IllegalArgumentException("the batch was made for another store");
    }
    locked(
        () -> {
          try {
            db.write(writeOptions, batch.writeBatch());
            return null;
          } catch (RocksDBException e) {
            throw new StoreException("write failed: " + e.getMessage(), e);
          }
        });
  }

  /** A new, empty batch for this store. */
  public StoreBatch newBatch() {
    return new StoreBatch(this);
  }

  /** A new batch that records the prior value of every key it writes. */
  public TrackedBatch newTrackedBatch() {
    return new TrackedBatch(this);
  }

  /**
   * Whether RocksDB is flushing or compacting, or has compactions queued. After a large backfill it
   * compacts for a while in the background, taking CPU from queries: operators and benchmarks can
   * tell a store that is still settling from one in its steady state.
   */
  public boolean backgroundWorkPending() {
    return locked(
        () -> {
          try {
            if (db.getLongProperty("rocksdb.num-running-compactions") > 0
                || db.getLongProperty("rocksdb.num-running-flushes") > 0) {
              return true;
            }
            for (ColumnFamilyHandle h : handles) {
              if (db.getLongProperty(h, "rocksdb.compaction-pending") > 0
                  || db.getLongProperty(h, "rocksdb.mem-table-flush-pending") > 0) {
                return true;
              }
            }
            return false;
          } catch (RocksDBException e) {
            throw new StoreException("cannot read RocksDB's background work", e);
          }
        });
  }

  /** A consistent view of the store as it is now; close it when done. */
  public StoreSnapshot snapshot() {
    return locked(() -> new StoreSnapshot(this, db.getSnapshot()));
  }

  void scan(ColumnSpec column, byte[] from, byte[] to, Snapshot snapshot, ScanVisitor visitor) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(visitor, "visitor");
    if (Keys.compare(from, to) >= 0) {
      return;
    }
    locked(
        () -> {
          // The bounds are native slices that must outlive the iterator: closed after it.
          try (Slice lower = new Slice(from);
              Slice upper = new Slice(to);
              ReadOptions options =
                  new ReadOptions().setIterateLowerBound(lower).setIterateUpperBound(upper)) {
            if (snapshot != null) {
              options.setSnapshot(snapshot);
            }
            try (RocksIterator it = db.newIterator(handle(column), options)) {
              for (it.seek(from); it.isValid(); it.next()) {
                if (!visitor.visit(it.key(), it.value())) {
                  return null;
                }
              }
              it.status();
            }
          } catch (RocksDBException e) {
            throw new StoreException("scan of " + column.columnName() + " failed", e);
          }
          return null;
        });
  }

  /** A get with {@code options} (a snapshot's, made once for all of its gets). */
  byte[] get(ColumnSpec column, byte[] key, ReadOptions options) {
    return locked(
        () -> {
          try {
            return db.get(handle(column), options, key);
          } catch (RocksDBException e) {
            throw new StoreException("get in " + column.columnName() + " failed", e);
          }
        });
  }

  void release(Snapshot snapshot) {
    lifecycle.readLock().lock();
    try {
      if (!closed) {
        db.releaseSnapshot(snapshot);
      }
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  ColumnFamilyHandle handle(ColumnSpec column) {
    ColumnFamilyHandle h = column.id() > 0 && column.id() < 256 ? byId[column.id()] : null;
    if (h == null) {
      throw new IllegalArgumentException("the store has no column " + column.columnName());
    }
    return h;
  }

  private <T> T locked(Supplier<T> operation) {
    lifecycle.readLock().lock();
    try {
      if (closed) {
        throw new StoreException("the store in " + directory + " is closed");
      }
      return operation.get();
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      handles.forEach(ColumnFamilyHandle::close);
      db.close();
      closeAll(writeOptions, columnOptions, dbOptions, bloomFilter, blockCache);
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  private static void checkColumns(List<? extends ColumnSpec> columns) {
    Objects.requireNonNull(columns, "columns");
    Set<Integer> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (ColumnSpec c : columns) {
      if (c.id() < 1 || c.id() > 255) {
        throw new IllegalArgumentException("column id not 1..255: " + c.id());
      }
      if (!ids.add(c.id()) || !names.add(c.columnName()) || c.columnName().equals("default")) {
        throw new IllegalArgumentException("duplicate column: " + c.id() + " " + c.columnName());
      }
    }
  }

  private static List<String> existingColumns(Path directory) throws RocksDBException {
    if (!Files.exists(directory.resolve("CURRENT"))) {
      return List.of();
    }
    try (Options options = new Options()) {
      List<String> names = new ArrayList<>();
      for (byte[] name : RocksDB.listColumnFamilies(options, directory.toString())) {
        names.add(new String(name, java.nio.charset.StandardCharsets.UTF_8));
      }
      return names;
    }
  }

  private static byte[] bytes(String name) {
    return name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void closeAll(AutoCloseable... resources) {
    for (AutoCloseable r : resources) {
      if (r != null) {
        try {
          r.close();
        } catch (Exception ignored) {
          // Native option objects do not fail to close; nothing to do if one did.
        }
      }
    }
  }
}
