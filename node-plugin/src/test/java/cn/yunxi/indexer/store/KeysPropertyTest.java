package cn.yunxi.indexer.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CaseStatus;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The key encodings round-trip and order their encodings as their values are ordered. */
class KeysPropertyTest {

  @Property
  void uint64OrdersAsUnsignedLongs(@ForAll long a, @ForAll long b) {
    assertThat(Integer.signum(Keys.compare(Keys.uint64(a), Keys.uint64(b))))
        .isEqualTo(Integer.signum(Long.compareUnsigned(a, b)));
    assertThat(Keys.uint64(Keys.uint64(a), 0)).isEqualTo(a);
  }

  @Property
  void int64OrdersAsSignedLongs(@ForAll long a, @ForAll long b) {
    assertThat(Integer.signum(Keys.compare(Keys.int64(a), Keys.int64(b))))
        .isEqualTo(Integer.signum(Long.compare(a, b)));
    assertThat(Keys.int64(Keys.int64(a), 0)).isEqualTo(a);
  }

  @Property
  void int32OrdersAsSignedInts(@ForAll int a, @ForAll int b) {
    assertThat(Integer.signum(Keys.compare(Keys.int32(a), Keys.int32(b))))
        .isEqualTo(Integer.signum(Integer.compare(a, b)));
    assertThat(Keys.int32(Keys.int32(a), 0)).isEqualTo(a);
  }

  @Property
  void uint32OrdersAsUnsignedInts(
      @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long a,
      @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long b) {
    assertThat(Integer.signum(Keys.compare(Keys.uint32(a), Keys.uint32(b))))
        .isEqualTo(Integer.signum(Long.compare(a, b)));
    assertThat(Keys.uint32(Keys.uint32(a), 0)).isEqualTo(a);
  }

  @Property
  void enumsOrderByOrdinal(@ForAll CaseStatus a, @ForAll CaseStatus b) {
    byte[] ka = KeyWriter.key().ordinal(a).build();
    byte[] kb = KeyWriter.key().ordinal(b).build();
    assertThat(Integer.signum(Keys.compare(ka, kb))).isEqualTo(Integer.signum(a.compareTo(b)));
    assertThat(KeyReader.of(ka).ordinal(CaseStatus.class)).isEqualTo(a);
  }

  @Property
  void compositesOrderComponentByComponent(
      @ForAll @Size(32) byte[] dept1,
      @ForAll long time1,
      @ForAll @IntRange(min = 0, max = 255) int status1,
      @ForAll @Size(32) byte[] dept2,
      @ForAll long time2,
      @ForAll @IntRange(min = 0, max = 255) int status2,
      @ForAll boolean sameDepartment) {
    Bytes32 d1 = Bytes32.of(dept1);
    Bytes32 d2 = sameDepartment ? d1 : Bytes32.of(dept2);
    byte[] k1 = KeyWriter.key().bytes32(d1).int64(time1).uint8(status1).build();
    byte[] k2 = KeyWriter.key().bytes32(d2).int64(time2).uint8(status2).build();

    int expected = d1.compareTo(d2);
    if (expected == 0) {
      expected = Long.compare(time1, time2);
    }
    if (expected == 0) {
      expected = Integer.compare(status1, status2);
    }
    assertThat(Integer.signum(Keys.compare(k1, k2))).isEqualTo(Integer.signum(expected));
  }

  @Property
  void aWriterAndAReaderRoundTripEveryComponent(
      @ForAll @Size(32) byte[] word,
      @ForAll @Size(20) byte[] account,
      @ForAll long u64,
      @ForAll int i32,
      @ForAll @LongRange(min = -4_000_000_000L, max = 40_000_000_000L) long seconds,
      @ForAll @Size(max = 40) byte[] blob,
      @ForAll boolean present,
      @ForAll @Size(32) byte[] wide) {
    BigInteger uint256 = new BigInteger(1, wide);
    byte[] encoded =
        KeyWriter.key()
            .bytes32(Bytes32.of(word))
            .address(Address.of(account))
            .uint64(u64)
            .int32(i32)
            .time(Instant.ofEpochSecond(seconds))
            .bytes(blob)
            .optionalBytes32(present ? Bytes32.of(word) : null)
            .uint256(uint256)
            .build();

    KeyReader in = KeyReader.of(encoded);
    assertThat(in.bytes32()).isEqualTo(Bytes32.of(word));
    assertThat(in.address()).isEqualTo(Address.of(account));
    assertThat(in.uint64()).isEqualTo(u64);
    assertThat(in.int32()).isEqualTo(i32);
    assertThat(in.time()).isEqualTo(Instant.ofEpochSecond(seconds));
    assertThat(in.bytes()).isEqualTo(blob);
    assertThat(in.optionalBytes32()).isEqualTo(present ? Bytes32.of(word) : null);
    assertThat(in.uint256()).isEqualTo(uint256);
    in.end();
  }

  @Property
  void prefixEndBoundsExactlyTheKeysWithThePrefix(
      @ForAll @Size(max = 5) byte[] prefix,
      @ForAll @Size(max = 6) byte[] other,
      @ForAll boolean extendPrefix) {
    byte[] key = other;
    if (extendPrefix) {
      key = Arrays.copyOf(prefix, prefix.length + other.length);
      System.arraycopy(other, 0, key, prefix.length, other.length);
    }
    byte[] end = Keys.prefixEnd(prefix);

    if (Keys.startsWith(key, prefix)) {
      assertThat(Keys.compare(key, prefix)).isGreaterThanOrEqualTo(0);
      assertThat(Keys.compare(key, end)).isLessThan(0);
    } else if (Keys.compare(key, prefix) > 0) {
      assertThat(Keys.compare(key, end)).isGreaterThanOrEqualTo(0);
    } else {
      assertThat(Keys.compare(key, prefix)).isLessThan(0);
    }
  }

  @Property
  void theSuccessorIsTheNextKey(
      @ForAll @Size(max = 6) byte[] key, @ForAll @Size(max = 6) byte[] other) {
    byte[] next = Keys.successor(key);
    assertThat(Keys.compare(next, key)).isGreaterThan(0);
    // Nothing lies strictly between a key and its successor.
    assertThat(Keys.compare(other, key) > 0 && Keys.compare(other, next) < 0).isFalse();
  }
}
