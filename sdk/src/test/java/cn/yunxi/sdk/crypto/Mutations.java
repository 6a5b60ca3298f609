package cn.yunxi.sdk.crypto;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;

/** Random structural damage to a byte string, driven by a seeded {@link Random}. */
final class Mutations {
  private Mutations() {}

  static byte[] apply(byte[] original, Random random) {
    byte[] bytes = original.clone();
    int rounds = 1 + (random.nextInt(4) == 0 ? random.nextInt(4) : 0);
    for (int r = 0; r < rounds; r++) {
      bytes = once(bytes, random);
    }
    return bytes;
  }

  private static byte[] once(byte[] bytes, Random random) {
    int n = bytes.length;
    switch (random.nextInt(9)) {
      case 0 -> { // flip a bit
        if (n > 0) {
          bytes[random.nextInt(n)] ^= (byte) (1 << random.nextInt(8));
        }
        return bytes;
      }
      case 1 -> { // set a byte (possibly to its own value: a no-op change)
        if (n > 0) {
          bytes[random.nextInt(n)] = (byte) random.nextInt(256);
        }
        return bytes;
      }
      case 2 -> { // truncate
        return Arrays.copyOf(bytes, random.nextInt(n + 1));
      }
      case 3 -> { // append
        byte[] extra = new byte[1 + random.nextInt(40)];
        random.nextBytes(extra);
        return concat(bytes, extra);
      }
      case 4 -> { // insert
        int at = random.nextInt(n + 1);
        byte[] extra = new byte[1 + random.nextInt(20)];
        random.nextBytes(extra);
        return concat(concat(Arrays.copyOf(bytes, at), extra), Arrays.copyOfRange(bytes, at, n));
      }
      case 5 -> { // delete a range
        int at = random.nextInt(n + 1);
        int len = random.nextInt(Math.min(40, n - at) + 1);
        return concat(Arrays.copyOf(bytes, at), Arrays.copyOfRange(bytes, at + len, n));
      }
      case 6 -> { // duplicate a range
        int at = random.nextInt(n + 1);
        int len = random.nextInt(Math.min(80, n - at) + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at + len);
        out.write(bytes, at, n - at);
        return out.toByteArray();
      }
      case 7 -> { // swap two equal ranges
        int len = 1 + random.nextInt(Math.max(1, n / 4));
        if (n < 2 * len) {
          return bytes;
        }
        int a = random.nextInt(n - len + 1);
        int b = random.nextInt(n - len + 1);
        byte[] copy = bytes.clone();
        System.arraycopy(bytes, a, copy, b, len);
        System.arraycopy(bytes, b, copy, a, len);
        return copy;
      }
      default -> { // overwrite a run with random bytes
        if (n == 0) {
          return bytes;
        }
        int at = random.nextInt(n);
        byte[] run = new byte[Math.min(n - at, 1 + random.nextInt(16))];
        random.nextBytes(run);
        System.arraycopy(run, 0, bytes, at, run.length);
        return bytes;
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
