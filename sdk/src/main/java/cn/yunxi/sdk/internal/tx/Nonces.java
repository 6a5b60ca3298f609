package cn.yunxi.sdk.internal.tx;

import java.util.Locale;

/**
 * Reads nodes' refusal messages about nonces (Besu, geth and Anvil word them alike). Only a nonce
 * that is really used up counts as "too low": a gap ("nonce too high") is not a reason to rewind.
 */
final class Nonces {
  private Nonces() {}

  static boolean tooLow(String message) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    return m.contains("nonce too low")
        || m.contains("replacement transaction underpriced")
        || m.contains("replacement underpriced");
  }

  static boolean alreadyKnown(String message) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    return m.contains("already known") || m.contains("known transaction");
  }
}
