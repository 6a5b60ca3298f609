package cn.yunxi.cli.dev;

import cn.yunxi.cli.CliException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@code dev.json}: what {@code yunxi dev up} tells users and scripts — the RPC URL, chain id,
 * contracts, every member's address (and dev key), every department's index, console and gateway
 * URLs with its token. Read back by {@code status}, {@code down}, {@code console} and the user
 * commands.
 */
public final class DevJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DevJson() {}

  /** A new, empty document. */
  public static ObjectNode create() {
    return JSON.createObjectNode();
  }

  /** The document, if {@code dev up} has written one. */
  public static Optional<JsonNode> read(DevHome home) {
    Path file = home.devJson();
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(file.toFile()));
    } catch (IOException e) {
      throw new CliException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The document, or a failure telling the user to run {@code yunxi dev up}. */
  public static JsonNode require(DevHome home) {
    return read(home)
        .orElseThrow(
            () ->
                new CliException(
                    "no dev consortium in " + home.dir() + ": run `yunxi dev up` first"));
  }

  /** Writes {@code doc} atomically (readers never see half a file). */
  public static void write(DevHome home, JsonNode doc) throws IOException {
    writeFile(home.devJson(), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
  }

  /** Writes {@code text} to {@code file} through a sibling temporary file and a rename. */
  public static void writeFile(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, text.endsWith("\n") ? text : text + "\n");
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The port of a URL recorded in {@code doc} at {@code pointer}, or 0. */
  public static int port(Optional<JsonNode> doc, String pointer) {
    return doc.map(d -> d.at(pointer))
        .filter(JsonNode::isTextual)
        .map(n -> URI.create(n.asText()).getPort())
        .filter(p -> p > 0)
        .orElse(0);
  }
}
