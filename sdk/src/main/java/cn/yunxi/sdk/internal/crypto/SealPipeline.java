package cn.yunxi.sdk.internal.crypto;

import static cn.yunxi.sdk.internal.crypto.EnvelopeFormat.AAD_LENGTH;
import static cn.yunxi.sdk.internal.crypto.EnvelopeFormat.NONCE_LENGTH;
import static cn.yunxi.sdk.internal.crypto.EnvelopeFormat.PREFIX_LENGTH;
import static cn.yunxi.sdk.internal.crypto.EnvelopeFormat.TAG_LENGTH;

import cn.yunxi.sdk.crypto.CipherSuite;
import cn.yunxi.sdk.crypto.ContentDigests;
import cn.yunxi.sdk.crypto.Recipient;
import cn.yunxi.sdk.crypto.SealedEnvelope;
import cn.yunxi.sdk.model.Bytes32;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * One streaming pass from plaintext to envelope: SHA-256 and encryption on the calling thread, SM3
 * on its {@link Sm3Lane}, chunk buffers from a bounded {@link BufferPool}, each chunk sealed with
 * one AEAD call and written at once. Memory: about {@code (pool + 1) × chunk size}.
 */
public final class SealPipeline {
  /** Chunk indexes stay below 2^32 so that nonces never repeat under one key (ENVELOPE.md §4). */
  private static final long MAX_CHUNKS = 1L << 32;

  private final CipherSuite suite;
  private final int chunkSize;
  private final SecureRandom random;

  public SealPipeline(CipherSuite suite, int chunkSize, SecureRandom random) {
    this.suite = suite;
    this.chunkSize = chunkSize;
    this.random = random;
  }

  public SealedEnvelope seal(InputStream plaintext, List<Recipient> recipients, ChunkSink sink) {
    checkRecipients(recipients);
    byte[] dataKey = new byte[suite.keyLength()];
    byte[] baseNonce = new byte[NONCE_LENGTH];
    random.nextBytes(dataKey);
    random.nextBytes(baseNonce);
    try {
      List<Header.Entry> entries = new ArrayList<>(recipients.size());
      for (Recipient r : recipients) {
        entries.add(
            new Header.Entry(
                r.scheme(), r.keyId().toByteArray(), KeyWraps.wrap(r, dataKey, random)));
      }
      byte[] header = HeaderCodec.encode(suite, chunkSize, baseNonce, entries);
      sink.write(header, 0, header.length);
      return sealChunks(plaintext, ChunkAead.of(suite, dataKey), baseNonce, header, sink);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  private SealedEnvelope sealChunks(
      InputStream plaintext, ChunkAead aead, byte[] baseNonce, byte[] header, ChunkSink sink) {
    byte[] headerHash = Sha256.of(header);
    BufferPool pool = new BufferPool(chunkSize);
    byte[] out = new byte[PREFIX_LENGTH + chunkSize + TAG_LENGTH];
    byte[] nonce = new byte[NONCE_LENGTH];
    byte[] aad = new byte[AAD_LENGTH];
    MessageDigest sha256 = Sha256.newDigest();
    long size = 0;
    long envelopeSize = header.length;
    long index = 0;
    try (Sm3Lane sm3 = new Sm3Lane(pool)) {
      ChunkReader chunks = new ChunkReader(plaintext, pool, chunkSize);
      while (chunks.next()) {
        if (index == MAX_CHUNKS) {
          throw new IllegalArgumentException("content exceeds 2^32 chunks of " + chunkSize);
        }
        byte[] buffer = chunks.buffer();
        int length = chunks.length();
        int prefix = EnvelopeFormat.prefix(length, chunks.last());
        EnvelopeFormat.putInt(out, 0, prefix);
        EnvelopeFormat.chunkNonce(baseNonce, index, nonce);
        EnvelopeFormat.chunkAad(headerHash, index, prefix, aad);
        aead.seal(nonce, aad, buffer, 0, length, out, PREFIX_LENGTH);
        int recordLength = PREFIX_LENGTH + length + TAG_LENGTH;
        sink.write(out, 0, recordLength);
        sha256.update(buffer, 0, length);
        sm3.hash(buffer, length, chunks.last());
        size += length;
        envelopeSize += recordLength;
        index++;
      }
      ContentDigests digests =
          new ContentDigests(Bytes32.of(sha256.digest()), Bytes32.of(sm3.finish()), size);
      return new SealedEnvelope(digests, envelopeSize);
    }
  }

  private static void checkRecipients(List<Recipient> recipients) {
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("recipients is empty");
    }
    if (recipients.size() > EnvelopeFormat.MAX_RECIPIENTS) {
      throw new IllegalArgumentException(
          "recipients.size() > " + EnvelopeFormat.MAX_RECIPIENTS + ": " + recipients.size());
    }
    if (new HashSet<>(recipients).size() != recipients.size()) {
      throw new IllegalArgumentException("recipients has duplicates: " + recipients);
    }
  }
}
