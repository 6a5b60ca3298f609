package cn.yunxi.sdk.internal.crypto;

import cn.yunxi.sdk.crypto.Recipient;
import java.security.SecureRandom;

/** Wraps a data key for a {@link Recipient} with the recipient's scheme. */
final class KeyWraps {
  private KeyWraps() {}

  static byte[] wrap(Recipient recipient, byte[] dataKey, SecureRandom random) {
    var point = Curves.decodePublicKey(recipient.scheme(), recipient.publicKey());
    return switch (recipient.scheme()) {
      case ECIES_SECP256K1 -> EciesKeyWrap.wrap(point, dataKey, random);
      case SM2 -> Sm2KeyWrap.wrap(point, dataKey, random);
    };
  }
}
