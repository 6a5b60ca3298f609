package cn.yunxi.sdk.internal.proof;

import cn.yunxi.contracts.generated.EvidenceRegistry;
import cn.yunxi.sdk.internal.AbiWords;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.EvidenceRecord;
import cn.yunxi.sdk.proof.AnchoredBatch;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.datatypes.Event;
import org.web3j.utils.Numeric;

/**
 * The EvidenceRegistry events a package rests on, {@code EvidenceDeposited} and {@code
 * BatchAnchored}: the exact log a record or a batch must have produced (topics and ABI-encoded
 * data, every parameter a static word), and the comparison of a log with it that names the first
 * field that differs. Event signatures come from the generated wrapper's event definitions.
 */
public final class RegistryEvents {
  public static final Event DEPOSITED = EvidenceRegistry.EVIDENCEDEPOSITED_EVENT;
  public static final Event ANCHORED = EvidenceRegistry.BATCHANCHORED_EVENT;
  public static final byte[] DEPOSITED_TOPIC = topic(DEPOSITED);
  public static final byte[] ANCHORED_TOPIC = topic(ANCHORED);

  /** Parameter names in ABI order: indexed (topics 1–3), then the data words. */
  static final List<String> DEPOSITED_INDEXED = List.of("evidenceId", "caseId", "contentSha256");

  static final List<String> DEPOSITED_DATA =
      List.of(
          "contentSm3",
          "kind",
          "blobRef",
          "metadataHash",
          "depositor",
          "depositedAt",
          "supersedes");
  static final List<String> ANCHORED_INDEXED = List.of("root", "department", "anchorer");
  static final List<String> ANCHORED_DATA =
      List.of("itemCount", "manifestRef", "metadataHash", "anchoredAt");

  private RegistryEvents() {}

  private static byte[] topic(Event event) {
    return Numeric.hexStringToByteArray(EventEncoder.encode(event));
  }

  /** The {@code EvidenceDeposited} log the registry emits for {@code r}. */
  public static ReceiptLog deposited(Address registry, EvidenceRecord r) {
    byte[] data =
        new AbiWords()
            .add(r.contentSm3())
            .add(r.kind())
            .add(r.blobRef())
            .add(r.metadataHash())
            .add(r.depositor())
            .add(r.depositedAt().getEpochSecond())
            .add(r.supersedes())
            .encoded();
    return new ReceiptLog(
        registry.toByteArray(),
        List.of(
            DEPOSITED_TOPIC,
            r.evidenceId().toByteArray(),
            r.caseId().toByteArray(),
            r.contentSha256().toByteArray()),
        data);
  }

  /** The {@code BatchAnchored} log the registry emits for {@code b}. */
  public static ReceiptLog anchored(Address registry, AnchoredBatch b) {
    byte[] data =
        new AbiWords()
            .add(b.itemCount())
            .add(b.manifestRef())
            .add(b.metadataHash())
            .add(b.anchoredAt().getEpochSecond())
            .encoded();
    return new ReceiptLog(
        registry.toByteArray(),
        List.of(
            ANCHORED_TOPIC,
            b.root().toByteArray(),
            b.department().toByteArray(),
            new AbiWords().add(b.anchorer()).encoded()),
        data);
  }

  /** Why {@code actual} is not the expected {@code EvidenceDeposited} log, if it is not. */
  public static Optional<String> differenceFromDeposit(ReceiptLog actual, ReceiptLog expected) {
    return difference(
        actual, expected, "EvidenceDeposited", "record", DEPOSITED_INDEXED, DEPOSITED_DATA);
  }

  /** Why {@code actual} is not the expected {@code BatchAnchored} log, if it is not. */
  public static Optional<String> differenceFromAnchor(ReceiptLog actual, ReceiptLog expected) {
    return difference(actual, expected, "BatchAnchored", "batch", ANCHORED_INDEXED, ANCHORED_DATA);
  }

  private static Optional<String> difference(
      ReceiptLog actual,
      ReceiptLog expected,
      String event,
      String subject,
      List<String> indexed,
      List<String> data) {
    if (!Arrays.equals(actual.address(), expected.address())) {
      return Optional.of(
          "the log was emitted by "
              + Address.of(actual.address())
              + ", not by the EvidenceRegistry "
              + Address.of(expected.address()));
    }
    if (actual.topics().isEmpty()
        || !Arrays.equals(actual.topics().get(0), expected.topics().get(0))) {
      return Optional.of("the log is not an " + event + " event");
    }
    if (actual.topics().size() != expected.topics().size()) {
      return Optional.of("the " + event + " log has " + actual.topics().size() + " topics");
    }
    for (int i = 1; i < expected.topics().size(); i++) {
      if (!Arrays.equals(actual.topics().get(i), expected.topics().get(i))) {
        String name = indexed.get(i - 1);
        byte[] topic = actual.topics().get(i);
        String value =
            name.equals("anchorer")
                ? Address.of(Arrays.copyOfRange(topic, 12, 32)).toHex()
                : Bytes32.of(topic).toHex();
        return Optional.of(
            "the event's " + name + " " + value + " differs from the " + subject + "'s");
      }
    }
    if (actual.data().length != expected.data().length) {
      return Optional.of(
          "the "
              + event
              + " log has "
              + actual.data().length
              + " bytes of data, not "
              + expected.data().length);
    }
    for (int w = 0; w < data.size(); w++) {
      if (!Arrays.equals(
          actual.data(), 32 * w, 32 * w + 32, expected.data(), 32 * w, 32 * w + 32)) {
        return Optional.of("the event's " + data.get(w) + " differs from the " + subject + "'s");
      }
    }
    return Optional.empty();
  }
}
