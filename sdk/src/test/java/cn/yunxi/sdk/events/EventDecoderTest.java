package cn.yunxi.sdk.events;

import static cn.yunxi.sdk.events.SyntheticLogs.CONTRACTS;
import static cn.yunxi.sdk.events.SyntheticLogs.abi;
import static cn.yunxi.sdk.events.SyntheticLogs.bool;
import static cn.yunxi.sdk.events.SyntheticLogs.uint;
import static cn.yunxi.sdk.events.SyntheticLogs.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yunxi.sdk.internal.events.AbiEvent;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CloseResult;
import cn.yunxi.sdk.model.EvidenceRecord;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Type;

/** What the decoder accepts, ignores and refuses, on logs built as Solidity emits them. */
class EventDecoderTest {
  private static final Address FOREIGN =
      Address.fromHex("0x9999999999999999999999999999999999999999");
  private static final Bytes32 CASE = Bytes32.fromHex("0x" + "ca".repeat(32));
  private static final Address OFFICER =
      Address.fromHex("0x00000000000000000000000000000000000000aa");

  private final EventDecoder decoder = EventDecoder.of(CONTRACTS);

  @Test
  void decodesAnEvidenceDepositIntoItsRecord() {
    EvidenceDeposited event =
        (EvidenceDeposited) decoder.decode(deposit(CONTRACTS.evidence(), false)).orElseThrow();

    EvidenceRecord record = event.record();
    assertThat(record.caseId()).isEqualTo(CASE);
    assertThat(record.depositor()).isEqualTo(OFFICER);
    assertThat(record.depositedAt()).isEqualTo(Instant.ofEpochSecond(1_790_000_000L));
    assertThat(record.kind()).isEqualTo(2);
    assertThat(record.evidenceId()).isEqualTo(event.evidenceId());
    assertThat(event.time()).contains(Instant.ofEpochSecond(1_790_000_000L));
  }

  @Test
  void ignoresAnEvidenceDepositedShapedLogFromAForeignContract() {
    assertThat(decoder.decode(deposit(FOREIGN, false))).isEmpty();
  }

  @Test
  void ignoresAnEventOfOneTrustedContractEmittedByAnother() {
    assertThat(decoder.decode(deposit(CONTRACTS.cases(), false))).isEmpty();
    assertThat(decoder.decode(deposit(CONTRACTS.consortium(), false))).isEmpty();
  }

  @Test
  void ignoresUnknownTopicsAndTopiclessLogsOfTrustedContracts() {
    RawLog valid = deposit(CONTRACTS.evidence(), false);
    List<Bytes32> topics = new ArrayList<>(valid.topics());
    topics.set(0, Bytes32.fromHex("0x" + "12".repeat(32)));
    assertThat(decoder.decode(rawLog(CONTRACTS.evidence(), topics, valid.data()))).isEmpty();
    assertThat(decoder.decode(rawLog(CONTRACTS.evidence(), List.of(), valid.data()))).isEmpty();
  }

  @Test
  void ignoresEip712DomainChangedWhichTheRegistriesDeclareButNeverEmit() {
    AbiEvent domainChanged = abi(YunxiContract.LETTERS, "EIP712DomainChanged");
    assertThat(decoder.decode(SyntheticLogs.log(CONTRACTS.letters(), domainChanged, Map.of())))
        .isEmpty();
    assertThat(decoder.topic0s()).doesNotContain(domainChanged.topic0());
  }

  @Test
  void refusesTruncatedDataNamingTheEventAndTheLogPosition() {
    RawLog valid = deposit(CONTRACTS.evidence(), false);
    RawLog truncated = rawLog(valid.emitter(), valid.topics(), Arrays.copyOf(valid.data(), 32 * 4));

    assertThatThrownBy(() -> decoder.decode(truncated))
        .isInstanceOfSatisfying(
            EventDecodingException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(EventDecodingException.Reason.MALFORMED_DATA);
              assertThat(e.eventName()).isEqualTo("EvidenceDeposited");
              assertThat(e.meta()).isEqualTo(truncated.meta());
            })
        .hasMessageContaining("EvidenceDeposited")
        .hasMessageContaining("block 4711")
        .hasMessageContaining(truncated.transactionHash().toHex())
        .hasMessageContaining("log 9");
  }

  @Test
  void refusesEmptyDataAndTrailingBytes() {
    RawLog valid = deposit(CONTRACTS.evidence(), false);
    byte[] longer = Arrays.copyOf(valid.data(), valid.data().length + 32);

    assertMalformed(rawLog(valid.emitter(), valid.topics(), new byte[0]));
    assertMalformed(rawLog(valid.emitter(), valid.topics(), longer));
  }

  @Test
  void refusesDirtyHighBitsThatWeb3jAloneWouldIgnore() {
    RawLog valid = deposit(CONTRACTS.evidence(), false);
    // Word 1 is the uint8 kind, word 4 the depositor's address (12 zero bytes, then 20).
    byte[] dirtyKind = valid.data();
    dirtyKind[32] = 1;
    byte[] dirtyAddress = valid.data();
    dirtyAddress[4 * 32] = 1;

    assertMalformed(rawLog(valid.emitter(), valid.topics(), dirtyKind));
    assertMalformed(rawLog(valid.emitter(), valid.topics(), dirtyAddress));
  }

  @Test
  void refusesDynamicBytesAtAnotherOffsetWithDirtyPaddingOrALengthBeyondTheData() {
    AbiEvent fulfilled = abi(YunxiContract.REQUESTS, "RequestFulfilled");
    Map<String, Type<?>> values = new HashMap<>();
    values.put("requestId", word(CASE));
    values.put("custodian", word(OFFICER));
    values.put("responseHash", word(CASE));
    values.put("blobRef", word(CASE));
    values.put("seal", word(OFFICER));
    values.put("stampDeadline", uint("uint64", BigInteger.TEN));
    values.put("stamp", SyntheticLogs.bytes(new byte[] {1, 2, 3, 4, 5}));
    values.put("timestamp", uint("uint64", BigInteger.ONE));
    RawLog valid = SyntheticLogs.log(CONTRACTS.requests(), fulfilled, values);
    // Data: six head words (stamp's offset is word 4, 0xc0), then the length word and one
    // padded word holding the five stamp bytes.
    int stampHead = 4 * 32;
    int length = 6 * 32;
    int payload = 7 * 32;
    byte[] movedOffset = valid.data();
    movedOffset[stampHead + 31] = (byte) 0xe0;
    byte[] dirtyOffset = valid.data();
    dirtyOffset[stampHead] = 1;
    byte[] dirtyPadding = valid.data();
    dirtyPadding[payload + 5] = 9;
    byte[] tooLong = valid.data();
    tooLong[length + 31] = 33;
    byte[] shorter = valid.data();
    shorter[length + 31] = 4; // four bytes claimed: the fifth is then non-zero padding

    RequestFulfilled decoded = (RequestFulfilled) decoder.decode(valid).orElseThrow();
    assertThat(decoded.stamp()).containsExactly(1, 2, 3, 4, 5);
    assertMalformed(rawLog(valid.emitter(), valid.topics(), movedOffset));
    assertMalformed(rawLog(valid.emitter(), valid.topics(), dirtyOffset));
    assertMalformed(rawLog(valid.emitter(), valid.topics(), dirtyPadding));
    assertMalformed(rawLog(valid.emitter(), valid.topics(), tooLong));
    assertMalformed(rawLog(valid.emitter(), valid.topics(), shorter));
  }

  @Test
  void refusesABoolOtherThanZeroOrOne() {
    AbiEvent opened = abi(YunxiContract.CASES, "CaseOpened");
    Map<String, Type<?>> values = caseOpened();
    RawLog valid = SyntheticLogs.log(CONTRACTS.cases(), opened, values);
    byte[] two = valid.data();
    two[63] = 2; // word 1 is `simple`

    assertThat(decoder.decode(valid)).isPresent();
    assertMalformed(rawLog(valid.emitter(), valid.topics(), two));
  }

  @Test
  void refusesAnIndexedAddressWithDirtyPadding() {
    RawLog valid =
        SyntheticLogs.log(CONTRACTS.cases(), abi(YunxiContract.CASES, "CaseOpened"), caseOpened());
    List<Bytes32> topics = new ArrayList<>(valid.topics());
    byte[] officer = topics.get(3).toByteArray();
    officer[0] = 1;
    topics.set(3, Bytes32.of(officer));

    assertMalformed(rawLog(valid.emitter(), topics, valid.data()));
  }

  @Test
  void refusesAWrongNumberOfTopics() {
    RawLog valid = deposit(CONTRACTS.evidence(), false);
    RawLog missing = rawLog(valid.emitter(), valid.topics().subList(0, 3), valid.data());

    assertThatThrownBy(() -> decoder.decode(missing))
        .isInstanceOfSatisfying(
            EventDecodingException.class,
            e -> assertThat(e.reason()).isEqualTo(EventDecodingException.Reason.WRONG_TOPIC_COUNT))
        .hasMessageContaining("EvidenceDeposited");
  }

  @Test
  void refusesAnEnumValueTheContractDoesNotHave() {
    AbiEvent closed = abi(YunxiContract.CASES, "CaseClosed");
    Map<String, Type<?>> values = new HashMap<>();
    values.put("caseId", word(CASE));
    values.put("by", word(OFFICER));
    values.put("result", uint("uint8", BigInteger.valueOf(CloseResult.values().length)));
    values.put("summaryHash", word(CASE));
    values.put("timestamp", uint("uint64", BigInteger.TEN));
    RawLog log = SyntheticLogs.log(CONTRACTS.cases(), closed, values);

    assertThatThrownBy(() -> decoder.decode(log))
        .isInstanceOfSatisfying(
            EventDecodingException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(EventDecodingException.Reason.VALUE_OUT_OF_RANGE);
              assertThat(e.eventName()).isEqualTo("CaseClosed");
            })
        .hasMessageContaining("CloseResult");
  }

  @Test
  void carriesTheRemovedFlagOfAReorganisedLog() {
    YunxiEvent removed = decoder.decode(deposit(CONTRACTS.evidence(), true)).orElseThrow();
    YunxiEvent kept = decoder.decode(deposit(CONTRACTS.evidence(), false)).orElseThrow();

    assertThat(removed.meta().removed()).isTrue();
    assertThat(kept.meta().removed()).isFalse();
    assertThat(removed).isNotEqualTo(kept);
  }

  @Test
  void mapsAnUncappedDeadlinePastInstantMaxToInstantMaxAndKeepsUint64Bits() {
    BigInteger maxUint64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    Map<String, Type<?>> values = new HashMap<>();
    values.put("requestId", word(CASE));
    values.put("caseId", word(CASE));
    values.put("targetDepartment", word(Bytes32.fromAscii("JB-JJDD")));
    values.put("requesterDepartment", word(Bytes32.fromAscii("JB-ZHXZZF")));
    values.put("creator", word(OFFICER));
    values.put("categories", uint("uint256", BigInteger.ONE.shiftLeft(255)));
    values.put("queryCommitment", word(CASE));
    values.put("deadline", uint("uint64", maxUint64));
    values.put("salt", uint("uint64", maxUint64));
    values.put("timestamp", uint("uint64", BigInteger.ZERO));
    RawLog log =
        SyntheticLogs.log(
            CONTRACTS.requests(), abi(YunxiContract.REQUESTS, "RequestCreated"), values);

    RequestCreated created = (RequestCreated) decoder.decode(log).orElseThrow();

    assertThat(created.deadline()).isEqualTo(Instant.MAX);
    assertThat(created.salt()).isEqualTo(-1L);
    assertThat(Long.toUnsignedString(created.salt())).isEqualTo(maxUint64.toString());
    assertThat(created.categories()).isEqualTo(BigInteger.ONE.shiftLeft(255));
    assertThat(created.timestamp()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void exposesTheTopicsAndAddressesForLogFilters() {
    assertThat(decoder.topic0s(YunxiContract.EVIDENCE))
        .hasSize(4)
        .contains(
            Bytes32.fromHex(
                org.web3j.crypto.Hash.sha3String(
                    "EvidenceDeposited(bytes32,bytes32,bytes32,bytes32,uint8,bytes32,bytes32,address,uint64,bytes32)")));
    assertThat(decoder.topic0s(YunxiContract.CONSORTIUM)).hasSize(10);
    assertThat(decoder.topic0s(YunxiContract.CASES)).hasSize(12);
    assertThat(decoder.topic0s(YunxiContract.LETTERS)).hasSize(2);
    assertThat(decoder.topic0s(YunxiContract.REQUESTS)).hasSize(9);
    assertThat(decoder.contractAt(CONTRACTS.letters())).contains(YunxiContract.LETTERS);
    assertThat(decoder.contractAt(FOREIGN)).isEmpty();
    assertThat(decoder.contracts().all()).hasSize(5).doesNotHaveDuplicates();
  }

  @Test
  void decodesTheSameLogsIdenticallyFromManyThreads() throws Exception {
    List<RawLog> logs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      logs.add(deposit(CONTRACTS.evidence(), i % 2 == 0));
      logs.add(
          SyntheticLogs.log(
              CONTRACTS.cases(), abi(YunxiContract.CASES, "CaseOpened"), caseOpened()));
    }
    List<Optional<YunxiEvent>> expected = logs.stream().map(decoder::decode).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        tasks.add(
            () -> {
              for (int round = 0; round < 20; round++) {
                if (!logs.stream().map(decoder::decode).toList().equals(expected)) {
                  return false;
                }
              }
              return true;
            });
      }
      for (Future<Boolean> result : pool.invokeAll(tasks)) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void assertMalformed(RawLog log) {
    assertThatThrownBy(() -> decoder.decode(log))
        .isInstanceOfSatisfying(
            EventDecodingException.class,
            e -> assertThat(e.reason()).isEqualTo(EventDecodingException.Reason.MALFORMED_DATA));
  }

  private static RawLog deposit(Address emitter, boolean removed) {
    Map<String, Type<?>> values = new HashMap<>();
    Bytes32 sha256 = Bytes32.fromHex("0x" + "5a".repeat(32));
    values.put("evidenceId", word(EvidenceRecord.evidenceIdOf(CASE, sha256, Bytes32.ZERO)));
    values.put("caseId", word(CASE));
    values.put("contentSha256", word(sha256));
    values.put("contentSm3", word(Bytes32.fromHex("0x" + "53".repeat(32))));
    values.put("kind", uint("uint8", BigInteger.TWO));
    values.put("blobRef", word(Bytes32.fromHex("0x" + "b0".repeat(32))));
    values.put("metadataHash", word(Bytes32.fromHex("0x" + "3d".repeat(32))));
    values.put("depositor", word(OFFICER));
    values.put("depositedAt", uint("uint64", BigInteger.valueOf(1_790_000_000L)));
    values.put("supersedes", word(Bytes32.ZERO));
    return SyntheticLogs.log(
        emitter, abi(YunxiContract.EVIDENCE, "EvidenceDeposited"), values, removed);
  }

  private static Map<String, Type<?>> caseOpened() {
    Map<String, Type<?>> values = new HashMap<>();
    values.put("caseId", word(CASE));
    values.put("department", word(Bytes32.fromAscii("JB-ZHXZZF")));
    values.put("officer", word(OFFICER));
    values.put("caseType", uint("uint16", BigInteger.valueOf(101)));
    values.put("simple", bool(true));
    values.put("timestamp", uint("uint64", BigInteger.valueOf(1_790_000_000L)));
    return values;
  }

  private static RawLog rawLog(Address emitter, List<Bytes32> topics, byte[] data) {
    return SyntheticLogs.rawLog(emitter, topics, data, false);
  }
}
