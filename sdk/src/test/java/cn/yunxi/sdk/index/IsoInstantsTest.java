package cn.yunxi.sdk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {
  private static final long YEAR_9999_END = 253_402_300_799L;

  @Test
  void writesWhatInstantToStringWritesForAnyInstant() {
    SplittableRandom random = new SplittableRandom(20261128);
    for (int i = 0; i < 200_000; i++) {
      Instant t =
          switch (i % 4) {
            case 0 -> Instant.ofEpochSecond(random.nextLong(0, YEAR_9999_END + 1));
            case 1 -> Instant.ofEpochSecond(random.nextLong(-100_000_000_000L, 0));
            case 2 ->
                Instant.ofEpochSecond(
                    random.nextLong(0, 4_000_000_000L), random.nextInt(1, 1_000_000_000));
            default ->
                Instant.ofEpochSecond(random.nextLong(YEAR_9999_END - 10, YEAR_9999_END + 10));
          };
      assertThat(IsoInstants.format(t)).as("%s", t).isEqualTo(t.toString());
      assertThat(IsoInstants.parse(t.toString())).as("%s", t).isEqualTo(t);
    }
    assertThat(IsoInstants.format(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
    assertThat(IsoInstants.format(Instant.MAX)).isEqualTo(Instant.MAX.toString());
  }

  @Test
  void readsOtherIsoFormsThroughTheFullParser() {
    assertThat(IsoInstants.parse("2026-03-01T08:00:00.250Z"))
        .isEqualTo(Instant.parse("2026-03-01T08:00:00.250Z"));
    assertThat(IsoInstants.parse("2026-12-31T23:59:60Z"))
        .isEqualTo(Instant.parse("2026-12-31T23:59:60Z"));
  }

  @Test
  void refusesTextThatIsNotAnInstant() {
    for (String bad :
        new String[] {
          "2026-02-30T08:00:00Z",
          "2026-13-01T08:00:00Z",
          "2026-03-01T08:60:00Z",
          "2026-03-01 08:00:00Z",
          "2026-03-01T08:00:00",
          "2026-0a-01T08:00:00Z",
          "+026-03-01T08:00:00Z",
          "",
          "yesterday"
        }) {
      assertThatThrownBy(() -> IsoInstants.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad);
    }
  }
}
