package cn.yunxi.sdk.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yunxi.sdk.internal.crypto.ChunkAead;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/** The primitives under the envelope against published test vectors. */
class KnownVectorsTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void sha256OfAbcIsTheFips180Vector() {
    ContentDigests digests = ContentDigests.of(ascii("abc"));
    assertThat(digests.sha256().toHex())
        .isEqualTo("0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(digests.size()).isEqualTo(3);
  }

  @Test
  void sm3OfAbcIsTheGbt32905Vector() {
    assertThat(ContentDigests.of(ascii("abc")).sm3().toHex())
        .isEqualTo("0x66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  }

  @Test
  void sm3OfSixteenAbcdIsTheGbt32905Vector() {
    assertThat(ContentDigests.of(ascii("abcd".repeat(16))).sm3().toHex())
        .isEqualTo("0xdebe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
  }

  @Test
  void digestsOfAMultiChunkStreamEqualOneShotDigests() throws Exception {
    // 3 MiB + 5 bytes: the SM3 lane runs on its own thread here.
    byte[] content = TestKeys.content((3 << 20) + 5, 1);
    SM3Digest sm3 = new SM3Digest();
    sm3.update(content, 0, content.length);
    byte[] expectedSm3 = new byte[32];
    sm3.doFinal(expectedSm3, 0);
    byte[] expectedSha = java.security.MessageDigest.getInstance("SHA-256").digest(content);

    ContentDigests digests = ContentDigests.of(new ByteArrayInputStream(content));

    assertThat(digests.sm3().toByteArray()).isEqualTo(expectedSm3);
    assertThat(digests.sha256().toByteArray()).isEqualTo(expectedSha);
    assertThat(digests.size()).isEqualTo(content.length);
  }

  @Test
  void sm4EncryptsTheGbt32907Example() {
    byte[] key = HEX.parseHex("0123456789abcdeffedcba9876543210");
    SM4Engine sm4 = new SM4Engine();
    sm4.init(true, new KeyParameter(key));
    byte[] out = new byte[16];
    sm4.processBlock(key, 0, out, 0);
    assertThat(HEX.formatHex(out)).isEqualTo("681edf34d206965e86b3e94f536e4246");
  }

  @Test
  void aesGcmSealsNistTestCase16() {
    // McGrew & Viega, "The Galois/Counter Mode of Operation", test case 16 (AES-256, with AAD).
    byte[] key = HEX.parseHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    byte[] iv = HEX.parseHex("cafebabefacedbaddecaf888");
    byte[] aad = HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    byte[] plaintext =
        HEX.parseHex(
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    String expected =
        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
            + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
            + "76fc6ece0f4e1768cddf8853bb2d551b";

    assertSealsAndOpens(CipherSuite.AES_256_GCM, key, iv, aad, plaintext, expected);
  }

  @Test
  void sm4GcmSealsTheRfc8998Vector() {
    // RFC 8998, appendix A.1.
    byte[] key = HEX.parseHex("0123456789abcdeffedcba9876543210");
    byte[] iv = HEX.parseHex("00001234567800000000abcd");
    byte[] aad = HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    byte[] plaintext =
        HEX.parseHex(
            "aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbccccccccccccccccdddddddddddddddd"
                + "eeeeeeeeeeeeeeeeffffffffffffffffeeeeeeeeeeeeeeeeaaaaaaaaaaaaaaaa");
    String expected =
        "17f399f08c67d5ee19d0dc9969c4bb7d5fd46fd3756489069157b282bb200735"
            + "d82710ca5c22f0ccfa7cbf93d496ac15a56834cbcf98c397b4024a2691233b8d"
            + "83de3541e4c2b58177e065a9bf7b62ec";

    assertSealsAndOpens(CipherSuite.SM4_GCM, key, iv, aad, plaintext, expected);
  }

  @Test
  void slicedAesGcmEncryptionEqualsOneShotEncryption() throws Exception {
    // The sealer feeds AES-GCM in slices for the JIT's sake; the result must be the same bytes.
    byte[] key = TestKeys.content(32, 2);
    byte[] iv = TestKeys.content(12, 3);
    byte[] aad = TestKeys.content(44, 4);
    for (int size : new int[] {0, 7679, 7680, 7681, 100_000, 1 << 20}) {
      byte[] plaintext = TestKeys.content(size, size);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
      cipher.updateAAD(aad);
      byte[] expected = cipher.doFinal(plaintext);

      byte[] out = new byte[size + 16];
      ChunkAead.of(CipherSuite.AES_256_GCM, key).seal(iv, aad, plaintext, 0, size, out, 0);

      assertThat(out).as("size %d", size).isEqualTo(expected);
    }
  }

  @Test
  void aesGcmOpeningAgreesWithTheJdksDecryptionAndRefusesEveryForgery() throws Exception {
    // JceAesGcm opens by re-encryption (see its comment); check it against Cipher.DECRYPT_MODE.
    java.util.Random random = new java.util.Random(5);
    for (int size : new int[] {0, 1, 15, 16, 7680, 7681, 50_000, 1 << 20}) {
      byte[] key = TestKeys.content(32, size);
      byte[] iv = TestKeys.content(12, size + 1);
      byte[] aad = TestKeys.content(44, size + 2);
      byte[] plaintext = TestKeys.content(size, size + 3);
      Cipher jdk = Cipher.getInstance("AES/GCM/NoPadding");
      jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
      jdk.updateAAD(aad);
      byte[] sealed = jdk.doFinal(plaintext);
      ChunkAead aead = ChunkAead.of(CipherSuite.AES_256_GCM, key);

      byte[] opened = new byte[sealed.length];
      assertThat(aead.open(iv, aad, sealed, 0, sealed.length, opened, 0)).isTrue();
      assertThat(Arrays.copyOf(opened, size)).isEqualTo(plaintext);

      for (int k = 0; k < 20; k++) {
        byte[] forged = sealed.clone();
        forged[random.nextInt(forged.length)] ^= (byte) (1 << random.nextInt(8));
        byte[] refused = new byte[sealed.length];
        boolean jdkAccepts;
        try {
          jdk.init(
              Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
          jdk.updateAAD(aad);
          jdk.doFinal(forged);
          jdkAccepts = true;
        } catch (javax.crypto.AEADBadTagException e) {
          jdkAccepts = false;
        }
        assertThat(jdkAccepts).isFalse();
        assertThat(aead.open(iv, aad, forged, 0, forged.length, refused, 0)).isFalse();
        assertThat(refused).isEqualTo(new byte[sealed.length]);
      }
    }
  }

  private static void assertSealsAndOpens(
      CipherSuite suite, byte[] key, byte[] iv, byte[] aad, byte[] plaintext, String expected) {
    byte[] sealed = new byte[plaintext.length + 16];
    ChunkAead.of(suite, key).seal(iv, aad, plaintext, 0, plaintext.length, sealed, 0);
    assertThat(HEX.formatHex(sealed)).isEqualTo(expected);

    byte[] opened = new byte[sealed.length];
    assertThat(ChunkAead.of(suite, key).open(iv, aad, sealed, 0, sealed.length, opened, 0))
        .isTrue();
    assertThat(Arrays.copyOf(opened, plaintext.length)).isEqualTo(plaintext);

    for (int at : new int[] {0, plaintext.length / 2, sealed.length - 1}) {
      byte[] forged = sealed.clone();
      forged[at] ^= 1;
      byte[] refused = new byte[sealed.length];
      assertThat(ChunkAead.of(suite, key).open(iv, aad, forged, 0, forged.length, refused, 0))
          .as("byte %d changed", at)
          .isFalse();
      assertThat(refused).as("nothing of a forgery is left").isEqualTo(new byte[sealed.length]);
    }
    byte[] refused = new byte[sealed.length];
    byte[] otherAad = Arrays.copyOf(aad, aad.length);
    otherAad[0] ^= 1;
    assertThat(ChunkAead.of(suite, key).open(iv, otherAad, sealed, 0, sealed.length, refused, 0))
        .isFalse();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
