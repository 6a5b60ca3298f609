package cn.yunxi.indexer.besu;

import cn.yunxi.sdk.ContractAddresses;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Parses {@code --plugin-yunxi-contracts}: either five comma-separated addresses in deployment
 * order (consortium, cases, evidence, letters, requests) or the path of a properties file naming
 * them. A value with a comma is taken as addresses, anything else as a file.
 */
final class ContractsOption {
  private static final String[] KEYS = {"consortium", "cases", "evidence", "letters", "requests"};

  private ContractsOption() {}

  static ContractAddresses parse(String value) {
    String trimmed = value.strip();
    if (trimmed.contains(",")) {
      return fromList(trimmed);
    }
    return fromFile(Path.of(trimmed));
  }

  private static ContractAddresses fromList(String list) {
    String[] parts = list.split(",", -1);
    if (parts.length != KEYS.length) {
      throw new IllegalArgumentException(
          "--plugin-yunxi-contracts needs 5 addresses (consortium,cases,evidence,letters,requests),"
              + " got "
              + parts.length);
    }
    return ContractAddresses.fromHex(
        parts[0].strip(), parts[1].strip(), parts[2].strip(), parts[3].strip(), parts[4].strip());
  }

  private static ContractAddresses fromFile(Path file) {
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read --plugin-yunxi-contracts file " + file, e);
    }
    String[] values = new String[KEYS.length];
    for (int i = 0; i < KEYS.length; i++) {
      String v = props.getProperty(KEYS[i]);
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException(file + " has no " + KEYS[i] + "= address");
      }
      values[i] = v.strip();
    }
    return ContractAddresses.fromHex(values[0], values[1], values[2], values[3], values[4]);
  }
}
