package cn.yunxi.network;

import cn.yunxi.network.internal.ConsortiumChecks;
import cn.yunxi.network.internal.ConsortiumParser;
import cn.yunxi.network.internal.Findings;
import cn.yunxi.network.internal.Origins;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Loads and validates {@code consortium.yaml} (schema: {@code network-config/README.md}).
 *
 * <p>Every problem is collected before anything is thrown: an invalid file raises one {@link
 * InvalidConsortiumException} listing all its {@link ValidationError}s, each naming the field
 * ({@code departments[2].nodes[0].p2pPort}), its line and the fix. Warnings are returned with the
 * model, never printed. The clock decides whether credentials have expired.
 */
public final class ConsortiumLoader {
  private final Clock clock;

  private ConsortiumLoader(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A loader that judges credential expiry by the system clock. */
  public static ConsortiumLoader create() {
    return new ConsortiumLoader(Clock.systemUTC());
  }

  /** A loader that judges credential expiry by {@code clock} (tests, reproducible runs). */
  public static ConsortiumLoader withClock(Clock clock) {
    return new ConsortiumLoader(clock);
  }

  /**
   * Reads and validates {@code file} (UTF-8).
   *
   * @throws InvalidConsortiumException listing every error, if there is any
   * @throws NetworkConfigException if the file cannot be read
   */
  public LoadedConsortium load(Path file) {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidConsortiumException(
          file.toString(),
          List.of(
              new ValidationError(
                  "(file)",
                  0,
                  "is not UTF-8 text",
                  "save the file as UTF-8 (the names are Chinese)")),
          List.of());
    } catch (IOException e) {
      throw new NetworkConfigException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /**
   * Validates YAML text; {@code source} names it in messages (e.g. a file name).
   *
   * @throws InvalidConsortiumException listing every error, if there is any
   */
  public LoadedConsortium parse(String yaml, String source) {
    Findings findings = new Findings();
    ConsortiumParser.Parsed parsed = ConsortiumParser.parse(yaml, findings);
    // Checks also run on a partly read model, so one run shows the structural errors and the
    // rule violations together.
    parsed
        .consortium()
        .ifPresent(c -> ConsortiumChecks.check(c, parsed.origins(), findings, clock));
    if (findings.hasErrors() || parsed.consortium().isEmpty()) {
      throw new InvalidConsortiumException(source, findings.errors(), findings.warnings());
    }
    return new LoadedConsortium(parsed.consortium().get(), findings.warnings());
  }

  /**
   * Validates a consortium built in code, by the same rules as a loaded file (field paths follow
   * list positions; there are no line numbers).
   *
   * @throws InvalidConsortiumException listing every error, if there is any
   */
  public LoadedConsortium validate(Consortium consortium) {
    Findings findings = new Findings();
    ConsortiumChecks.check(consortium, Origins.of(consortium), findings, clock);
    if (findings.hasErrors()) {
      throw new InvalidConsortiumException(
          "consortium " + consortium.name(), findings.errors(), findings.warnings());
    }
    return new LoadedConsortium(consortium, findings.warnings());
  }
}
