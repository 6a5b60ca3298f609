package cn.yunxi.sdk.crypto;

import java.util.List;
import java.util.Objects;

/**
 * The public part of an envelope header — version, cipher suite, chunk size and who can open it —
 * as {@link EnvelopeOpener#readHeader} reads it without any key (e.g. for a blob gateway).
 */
public record EnvelopeHeader(
    int version, CipherSuite cipherSuite, int chunkSize, List<RecipientSlot> recipients) {
  public EnvelopeHeader {
    Objects.requireNonNull(cipherSuite, "cipherSuite");
    recipients = List.copyOf(recipients);
  }

  /** Whether the envelope has an entry for {@code recipient}. */
  public boolean isAddressedTo(Recipient recipient) {
    return recipients.stream().anyMatch(slot -> slot.isFor(recipient));
  }
}
