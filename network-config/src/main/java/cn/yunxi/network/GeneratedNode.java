package cn.yunxi.network;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One node of a generated network.
 *
 * @param name the node's name (and directory)
 * @param departmentCode the code of the department that runs it
 * @param validator whether it is a genesis validator
 * @param address the node's account address ({@code 0x}, lower case): its validator address
 * @param publicKey the node's public key, {@code 0x} and 128 hex digits
 * @param enode the node's enode URL, as in every node's allowlist
 * @param directory the node's directory (config.toml, start.sh, data/)
 * @param privateKeyWritten whether {@code data/key} was written; false when the YAML gave the
 *     node's public key because its private key lives on the node's machine
 */
public record GeneratedNode(
    String name,
    String departmentCode,
    boolean validator,
    String address,
    String publicKey,
    String enode,
    Path directory,
    boolean privateKeyWritten) {

  public GeneratedNode {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(departmentCode, "departmentCode");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(enode, "enode");
    Objects.requireNonNull(directory, "directory");
  }
}
