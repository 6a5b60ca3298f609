package cn.yunxi.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the committed forge gas snapshots (contracts/snapshots/&lt;Test contract&gt;.json). */
final class GasSnapshots {
  private GasSnapshots() {}

  static long figure(String file, String name) throws IOException {
    Path snapshot = AnvilNode.repositoryRoot().resolve("contracts/snapshots/" + file + ".json");
    JsonNode figures = new ObjectMapper().readTree(Files.readString(snapshot));
    if (!figures.has(name)) {
      throw new IllegalStateException(snapshot + " has no figure named " + name);
    }
    return Long.parseLong(figures.get(name).asText());
  }
}
