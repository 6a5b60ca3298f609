package cn.yunxi.sdk.internal.crypto;

import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/** SM4-GCM (BouncyCastle's SM4 engine in its GCM mode), 96-bit nonces, 128-bit tags. */
final class BcSm4Gcm implements ChunkAead {
  private final KeyParameter key;
  private final GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());

  BcSm4Gcm(byte[] dataKey) {
    if (dataKey.length != 16) {
      throw new IllegalArgumentException("SM4 key is " + dataKey.length + " bytes, not 16");
    }
    this.key = new KeyParameter(dataKey);
  }

  @Override
  public void seal(
      byte[] nonce, byte[] aad, byte[] in, int inOff, int len, byte[] out, int outOff) {
    cipher.init(true, new AEADParameters(key, 128, nonce, aad));
    int n = cipher.processBytes(in, inOff, len, out, outOff);
    try {
      cipher.doFinal(out, outOff + n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("SM4-GCM encryption failed", e);
    }
  }

  @Override
  public boolean open(
      byte[] nonce, byte[] aad, byte[] in, int inOff, int len, byte[] out, int outOff) {
    cipher.init(false, new AEADParameters(key, 128, nonce, aad));
    try {
      int n = cipher.processBytes(in, inOff, len, out, outOff);
      cipher.doFinal(out, outOff + n);
      return true;
    } catch (InvalidCipherTextException | IllegalStateException e) {
      // BouncyCastle writes plaintext before it checks the tag: wipe it, it must never be used.
      Arrays.fill(out, outOff, outOff + Math.max(0, len - 16), (byte) 0);
      return false;
    }
  }
}
