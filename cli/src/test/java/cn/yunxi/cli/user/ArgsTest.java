package cn.yunxi.cli.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.cli.CliException;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.DataCategory;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/** The user commands' argument types: what they accept and how they refuse. */
class ArgsTest {
  @TempDir Path tmp;

  @Test
  void aCaseIsItsNumberOrItsId() {
    Args.CaseRef byNumber = new Args.Case().convert(" 甬江北综执立字〔2026〕第0001号 ");
    assertThat(byNumber.id()).isEqualTo(CaseOperations.caseIdOf("甬江北综执立字〔2026〕第0001号"));
    assertThat(byNumber.number()).isEqualTo("甬江北综执立字〔2026〕第0001号");
    Args.CaseRef byId = new Args.Case().convert(byNumber.id().toHex());
    assertThat(byId.id()).isEqualTo(byNumber.id());
    assertThat(byId.number()).isNull();
    assertThatThrownBy(() -> new Args.Case().convert("0x1234"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("not a case id");
    assertThatThrownBy(() -> new Args.Case().convert("  "))
        .isInstanceOf(TypeConversionException.class);
  }

  @Test
  void idsAreThirtyTwoBytesOfHex() {
    String hex = "0x" + "ab".repeat(32);
    assertThat(new Args.Id().convert(hex)).isEqualTo(Bytes32.fromHex(hex));
    assertThatThrownBy(() -> new Args.Id().convert("ab".repeat(32)))
        .isInstanceOf(TypeConversionException.class);
    assertThatThrownBy(() -> new Args.Id().convert("0x" + "zz".repeat(32)))
        .isInstanceOf(TypeConversionException.class);
  }

  @Test
  void momentsAreRelativeOrAbsolute() {
    Instant now = Instant.parse("2026-03-01T00:00:00Z");
    assertThat(new Args.When().convert("15d").from(now)).isEqualTo(now.plus(Duration.ofDays(15)));
    assertThat(new Args.When().convert("2w").from(now)).isEqualTo(now.plus(Duration.ofDays(14)));
    assertThat(new Args.When().convert("90S").from(now)).isEqualTo(now.plusSeconds(90));
    // A day is the end of that day in Ningbo (UTC+8).
    assertThat(new Args.When().convert("2026-12-31").from(now))
        .isEqualTo(Instant.parse("2026-12-31T15:59:59Z"));
    assertThat(new Args.When().convert("2027-01-01T00:00:00Z").from(now))
        .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    assertThatThrownBy(() -> new Args.When().convert("soon"))
        .isInstanceOf(TypeConversionException.class);
    assertThatThrownBy(() -> new Args.When().convert("-3d"))
        .isInstanceOf(TypeConversionException.class);
  }

  @Test
  void amountsAreYuanWithAtMostTwoDecimals() {
    assertThat(new Args.Yuan().convert("500")).isEqualTo(50_000L);
    assertThat(new Args.Yuan().convert("¥200.5")).isEqualTo(20_050L);
    assertThat(new Args.Yuan().convert("0.01")).isEqualTo(1L);
    for (String bad : new String[] {"-1", "1.234", "5x0", ""}) {
      assertThatThrownBy(() -> new Args.Yuan().convert(bad))
          .as(bad)
          .isInstanceOf(TypeConversionException.class);
    }
  }

  @Test
  void categoriesAreNamesInAnyCase() {
    assertThat(new Args.Categories().convert("vehicle_registration, OWNER-REGISTRATION"))
        .isEqualTo(
            BigInteger.valueOf(
                DataCategory.toMask(
                    EnumSet.of(
                        DataCategory.VEHICLE_REGISTRATION, DataCategory.OWNER_REGISTRATION))));
    assertThatThrownBy(() -> new Args.Categories().convert("cars"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("SURVEILLANCE_VIDEO");
  }

  @Test
  void documentsAreHashesFilesOrText() throws Exception {
    String hex = "0x" + "12".repeat(32);
    assertThat(new Args.Doc().convert(hex).hash()).isEqualTo(Bytes32.fromHex(hex));
    assertThat(new Args.Doc().convert("结案报告").hash()).isEqualTo(Args.sha256("结案报告"));
    Path file = Files.writeString(tmp.resolve("decision.txt"), "决定书");
    assertThat(new Args.Doc().convert("@" + file).hash()).isEqualTo(Args.sha256("决定书"));
    assertThatThrownBy(() -> new Args.Doc().convert("@" + tmp.resolve("none")).hash())
        .isInstanceOf(CliException.class)
        .hasMessageContaining("no such file");
    assertThatThrownBy(() -> new Args.Doc().convert("0x12"))
        .isInstanceOf(TypeConversionException.class);
  }

  @Test
  void departmentsAreCodes() {
    assertThat(new Args.Department().convert("JB-JJDD")).isEqualTo("JB-JJDD");
    assertThatThrownBy(() -> new Args.Department().convert("交警"))
        .isInstanceOf(TypeConversionException.class);
  }
}
