package cn.yunxi.sdk.internal.crypto;

import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.NOT_A_RECIPIENT;
import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.TAMPERED;
import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.TRAILING_DATA;
import static cn.yunxi.sdk.crypto.EnvelopeException.Reason.TRUNCATED;
import static cn.yunxi.sdk.internal.crypto.EnvelopeFormat.AAD_LENGTH;
import static cn.yunxi.sdk.internal.crypto.EnvelopeFormat.FINAL_FLAG;
import static cn.yunxi.sdk.internal.crypto.EnvelopeFormat.NONCE_LENGTH;
import static cn.yunxi.sdk.internal.crypto.EnvelopeFormat.PREFIX_LENGTH;
import static cn.yunxi.sdk.internal.crypto.EnvelopeFormat.TAG_LENGTH;

import cn.yunxi.sdk.crypto.ContentDigests;
import cn.yunxi.sdk.crypto.DecryptionKey;
import cn.yunxi.sdk.crypto.EnvelopeException;
import cn.yunxi.sdk.model.Bytes32;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * One streaming pass from envelope to plaintext. A chunk's plaintext is released (hashed, written)
 * only after its tag verified; the final chunk's only after the input is also known to end there.
 * SM3 runs on its own thread as in sealing.
 */
public final class OpenPipeline {
  private OpenPipeline() {}

  public static ContentDigests open(InputStream envelope, DecryptionKey key, ChunkSink plaintext) {
    Header header = HeaderCodec.read(envelope);
    byte[] dataKey = unwrap(header, key);
    try {
      return openChunks(envelope, header, ChunkAead.of(header.suite(), dataKey), plaintext);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  private static byte[] unwrap(Header header, DecryptionKey key) {
    // Through Recipient, so that a key returning its public key in another encoding still matches.
    byte[] keyId = key.recipient().keyId().toByteArray();
    for (Header.Entry entry : header.entries()) {
      if (entry.scheme() == key.scheme() && Arrays.equals(entry.keyId(), keyId)) {
        byte[] dataKey = key.unwrap(entry.wrappedKey());
        if (dataKey == null || dataKey.length != header.suite().keyLength()) {
          throw new EnvelopeException(
              TAMPERED, "the unwrapped data key does not fit " + header.suite());
        }
        return dataKey;
      }
    }
    throw new EnvelopeException(
        NOT_A_RECIPIENT,
        "no entry for "
            + key.scheme()
            + " key "
            + Bytes32.of(keyId)
            + " among "
            + header.entries().size()
            + " recipient(s)");
  }

  private static ContentDigests openChunks(
      InputStream in, Header header, ChunkAead aead, ChunkSink plaintext) {
    int chunkSize = header.chunkSize();
    // Room for the tag too: AES-GCM opening writes it there before it is checked (JceAesGcm).
    BufferPool pool = new BufferPool(chunkSize + TAG_LENGTH);
    byte[] record = new byte[chunkSize + TAG_LENGTH];
    byte[] prefixBytes = new byte[PREFIX_LENGTH];
    byte[] nonce = new byte[NONCE_LENGTH];
    byte[] aad = new byte[AAD_LENGTH];
    MessageDigest sha256 = Sha256.newDigest();
    long size = 0;
    try (Sm3Lane sm3 = new Sm3Lane(pool)) {
      for (long index = 0; ; index++) {
        int got = StreamIo.readFully(in, prefixBytes, 0, PREFIX_LENGTH, "the envelope");
        if (got < PREFIX_LENGTH) {
          throw new EnvelopeException(
              TRUNCATED,
              got == 0
                  ? "the envelope ends after " + index + " chunk(s) without a final chunk"
                  : "the envelope ends inside the prefix of chunk " + index);
        }
        int prefix = EnvelopeFormat.getInt(prefixBytes, 0);
        boolean last = (prefix & FINAL_FLAG) != 0;
        int length = prefix & ~FINAL_FLAG;
        if (length > chunkSize || (!last && length != chunkSize)) {
          throw new EnvelopeException(
              TAMPERED,
              "chunk "
                  + index
                  + " claims "
                  + length
                  + " bytes (last: "
                  + last
                  + ")"
                  + ", chunk size is "
                  + chunkSize);
        }
        int recordLength = length + TAG_LENGTH;
        if (StreamIo.readFully(in, record, 0, recordLength, "the envelope") < recordLength) {
          throw new EnvelopeException(TRUNCATED, "the envelope ends inside chunk " + index);
        }
        EnvelopeFormat.chunkNonce(header.baseNonce(), index, nonce);
        EnvelopeFormat.chunkAad(header.hash(), index, prefix, aad);
        byte[] buffer = pool.take();
        if (!aead.open(nonce, aad, record, 0, recordLength, buffer, 0)) {
          throw new EnvelopeException(
              TAMPERED,
              "chunk "
                  + index
                  + " does not authenticate (changed, moved, or the header was changed)");
        }
        if (last && StreamIo.read(in, "the envelope") >= 0) {
          throw new EnvelopeException(TRAILING_DATA, "bytes follow the final chunk " + index);
        }
        plaintext.write(buffer, 0, length);
        sha256.update(buffer, 0, length);
        sm3.hash(buffer, length, last);
        size += length;
        if (last) {
          break;
        }
      }
      return new ContentDigests(Bytes32.of(sha256.digest()), Bytes32.of(sm3.finish()), size);
    }
  }
}
