package cn.yunxi.demo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Stand-ins for the photos and videos a PDA takes: a few hundred KB, deterministic for a given
 * caption (so a run can be reproduced), with a JPEG or MP4 header so tools recognise the kind. The
 * caption (it names the case) is embedded, so every case's files differ.
 */
final class EvidenceMedia {
  static final int PHOTO_BYTES = 256 * 1024;
  static final int VIDEO_BYTES = 640 * 1024;

  private EvidenceMedia() {}

  /** A JPEG-shaped file: SOI, APP0 "JFIF", a comment with the caption, noise, EOI. */
  static byte[] photo(String caption) {
    byte[] head = {
      (byte) 0xFF,
      (byte) 0xD8,
      (byte) 0xFF,
      (byte) 0xE0,
      0,
      16,
      'J',
      'F',
      'I',
      'F',
      0,
      1,
      1,
      0,
      0,
      1,
      0,
      1,
      0,
      0
    };
    byte[] tail = {(byte) 0xFF, (byte) 0xD9};
    return compose(head, caption, PHOTO_BYTES, tail);
  }

  /** An MP4-shaped file: an {@code ftyp} box, the caption, noise. */
  static byte[] video(String caption) {
    byte[] head = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};
    return compose(head, caption, VIDEO_BYTES, new byte[0]);
  }

  private static byte[] compose(byte[] head, String caption, int size, byte[] tail) {
    byte[] text = caption.getBytes(StandardCharsets.UTF_8);
    ByteBuffer out = ByteBuffer.allocate(size);
    out.put(head).put(text);
    // Seeded by the caption: the same caption always gives the same bytes.
    SplittableRandom noise = new SplittableRandom(caption.hashCode() * 0x9E3779B97F4A7C15L);
    while (out.position() < size - tail.length) {
      out.put((byte) noise.nextInt(256));
    }
    out.put(tail);
    return out.array();
  }
}
