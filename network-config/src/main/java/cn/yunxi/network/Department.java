package cn.yunxi.network;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A member department of the consortium: its identity on chain, its keys, its nodes and people.
 *
 * @param code the department's code, at most 32 ASCII characters (e.g. {@code JB-ZHXZZF}); on chain
 *     it is a {@code bytes32}, left-aligned and zero-padded ({@link #codeBytes32()})
 * @param name the department's full name, e.g. {@code 宁波市江北区综合行政执法局}
 * @param sealKey the department seal (盖章) key that stamps its responses
 * @param encryptionKey the key evidence and responses for the department are encrypted to
 * @param nodes the Besu nodes it runs (may be empty)
 * @param members the accounts acting for it
 */
public record Department(
    String code,
    String name,
    KeyRef sealKey,
    KeyRef encryptionKey,
    List<Node> nodes,
    List<Member> members) {

  public Department {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sealKey, "sealKey");
    Objects.requireNonNull(encryptionKey, "encryptionKey");
    nodes = List.copyOf(nodes);
    members = List.copyOf(members);
  }

  /** The code as the contract's {@code bytes32}: ASCII, left-aligned, zero-padded. */
  public byte[] codeBytes32() {
    byte[] ascii = code.getBytes(StandardCharsets.US_ASCII);
    if (ascii.length > 32) {
      throw new IllegalStateException("department code longer than 32 bytes: " + code);
    }
    byte[] out = new byte[32];
    System.arraycopy(ascii, 0, out, 0, ascii.length);
    return out;
  }
}
