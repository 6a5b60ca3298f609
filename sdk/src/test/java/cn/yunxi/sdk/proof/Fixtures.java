package cn.yunxi.sdk.proof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The packages EvidencePackageIT exported from Anvil (written with -Dyunxi.proof.fixtures) and the
 * files they are about, from src/test/resources/proof/.
 */
final class Fixtures {
  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/proof/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /proof/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EvidencePackage deposit() {
    return EvidencePackage.parse(bytes("deposit-package.json"));
  }

  static byte[] depositContent() {
    return bytes("deposit-evidence.txt");
  }

  static EvidencePackage batch() {
    return EvidencePackage.parse(bytes("batch-package.json"));
  }

  static byte[] batchContent() {
    return bytes("batch-evidence.txt");
  }

  /** The anchor that knows exactly the package's block (as a trusted source would publish it). */
  static TrustAnchor anchorFor(EvidencePackage pkg) {
    return TrustAnchor.blockHashes(pkg.chainId(), pkg.registry(), List.of(pkg.blockHash()));
  }
}
