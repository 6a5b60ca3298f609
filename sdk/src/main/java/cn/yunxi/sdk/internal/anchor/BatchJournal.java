package cn.yunxi.sdk.internal.anchor;

import cn.yunxi.sdk.YunxiException;
import cn.yunxi.sdk.model.BatchLeaf;
import cn.yunxi.sdk.model.Bytes32;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The batcher's write-ahead journal: an append-only file of checksummed records — ITEM (a leaf),
 * BATCH (a root over the next {@code count} unbatched items, in journal order), ANCHORED (that root
 * is on chain). Appends are group-committed with one {@code fsync}. A crash can only leave a torn
 * last record, which replay detects by its checksum and cuts off: everything before it — all that
 * was acknowledged — is read back. A bad record with records after it is disk corruption, not a
 * crash: opening then fails rather than drop acknowledged records.
 *
 * <p>Record: {@code type u8 ‖ length u32 ‖ payload ‖ crc32c u32} (crc over type, length, payload).
 */
final class BatchJournal implements AutoCloseable {
  static final byte ITEM = 1;
  static final byte BATCH = 2;
  static final byte ANCHORED = 3;
  private static final int LEAF_BYTES = 5 * 32 + 1;

  private final Path file;
  private final FileChannel channel;

  sealed interface Record permits Item, Batch, Anchored {}

  record Item(BatchLeaf leaf) implements Record {}

  record Batch(Bytes32 root, int count) implements Record {}

  record Anchored(Bytes32 root) implements Record {}

  private BatchJournal(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /** Opens (or creates) the journal, replays it, and truncates a torn tail. */
  static BatchJournal open(Path file, List<Record> replayed) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      long good = replay(channel, replayed);
      channel.truncate(good);
      channel.position(good);
      return new BatchJournal(file, channel);
    } catch (IOException e) {
      throw new YunxiException("cannot open the batch journal " + file + ": " + e.getMessage(), e);
    }
  }

  private static long replay(FileChannel channel, List<Record> out) throws IOException {
    ByteBuffer all = ByteBuffer.allocate((int) Math.min(channel.size(), Integer.MAX_VALUE - 8));
    channel.read(all, 0);
    all.flip();
    long good = 0;
    while (all.remaining() >= 9) {
      int start = all.position();
      byte type = all.get();
      int length = all.getInt();
      if (length < 0 || all.remaining() < length + 4) {
        break; // torn tail
      }
      byte[] payload = new byte[length];
      all.get(payload);
      int crc = all.getInt();
      if (crc != checksum(type, payload)) {
        if (all.hasRemaining()) {
          // Not the last record: a crash cannot do that, the disk did. Truncating here would
          // silently drop acknowledged records after it.
          throw new YunxiException(
              "batch journal corrupted at byte " + start + ": refusing to truncate what follows");
        }
        break; // torn tail
      }
      out.add(decode(type, payload));
      good = all.position();
      if (good <= start) {
        break;
      }
    }
    return good;
  }

  /** Appends the records and forces them to disk before returning. */
  synchronized void append(List<Record> records) {
    try {
      for (Record r : records) {
        byte[] payload = encode(r);
        ByteBuffer b = ByteBuffer.allocate(9 + payload.length);
        byte type = typeOf(r);
        b.put(type).putInt(payload.length).put(payload).putInt(checksum(type, payload)).flip();
        while (b.hasRemaining()) {
          channel.write(b);
        }
      }
      channel.force(false);
    } catch (IOException e) {
      throw new YunxiException("cannot write the batch journal " + file + ": " + e.getMessage(), e);
    }
  }

  private static byte typeOf(Record r) {
    if (r instanceof Item) {
      return ITEM;
    }
    return r instanceof Batch ? BATCH : ANCHORED;
  }

  private static byte[] encode(Record r) {
    if (r instanceof Item item) {
      BatchLeaf l = item.leaf();
      return ByteBuffer.allocate(LEAF_BYTES)
          .put(l.caseId().toByteArray())
          .put(l.contentSha256().toByteArray())
          .put(l.contentSm3().toByteArray())
          .put((byte) l.kind())
          .put(l.blobRef().toByteArray())
          .put(l.metadataHash().toByteArray())
          .array();
    }
    if (r instanceof Batch batch) {
      return ByteBuffer.allocate(36).put(batch.root().toByteArray()).putInt(batch.count()).array();
    }
    return ((Anchored) r).root().toByteArray();
  }

  private static Record decode(byte type, byte[] payload) {
    ByteBuffer b = ByteBuffer.wrap(payload);
    switch (type) {
      case ITEM:
        return new Item(
            new BatchLeaf(read32(b), read32(b), read32(b), b.get() & 0xFF, read32(b), read32(b)));
      case BATCH:
        return new Batch(read32(b), b.getInt());
      case ANCHORED:
        return new Anchored(read32(b));
      default:
        throw new YunxiException("batch journal: unknown record type " + type);
    }
  }

  private static Bytes32 read32(ByteBuffer b) {
    byte[] v = new byte[32];
    b.get(v);
    return Bytes32.of(v);
  }

  private static int checksum(byte type, byte[] payload) {
    CRC32C crc = new CRC32C();
    crc.update(type);
    crc.update(ByteBuffer.allocate(4).putInt(payload.length).array());
    crc.update(payload);
    return (int) crc.getValue();
  }

  @Override
  public synchronized void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new YunxiException("cannot close the batch journal " + file, e);
    }
  }
}
