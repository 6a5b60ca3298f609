package cn.yunxi.sdk.internal.client;

import cn.yunxi.contracts.generated.CaseRegistry;
import cn.yunxi.sdk.CaseOperations;
import cn.yunxi.sdk.internal.tx.Rpc;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CaseStatus;
import cn.yunxi.sdk.model.CloseResult;
import cn.yunxi.sdk.model.Decision;
import cn.yunxi.sdk.tx.Inclusion;
import java.math.BigInteger;
import org.web3j.protocol.core.RemoteFunctionCall;

/** The case lifecycle through the CaseRegistry. */
final class Web3jCaseOperations implements CaseOperations {
  private final CaseRegistry registry;
  private final ContractCalls calls;
  private final Rpc rpc;

  Web3jCaseOperations(CaseRegistry registry, ContractCalls calls, Rpc rpc) {
    this.registry = registry;
    this.calls = calls;
    this.rpc = rpc;
  }

  private Inclusion send(RemoteFunctionCall<?> call) {
    return calls.send(call);
  }

  private static byte[] b(Bytes32 value) {
    return value.toByteArray();
  }

  @Override
  public Inclusion open(Bytes32 caseId, int caseType, boolean simple) {
    if (caseType < 0 || caseType > 0xFFFF) {
      throw new IllegalArgumentException("caseType not a uint16: " + caseType);
    }
    return send(registry.open(b(caseId), BigInteger.valueOf(caseType), simple));
  }

  @Override
  public Inclusion startInvestigation(Bytes32 caseId) {
    return send(registry.startInvestigation(b(caseId)));
  }

  @Override
  public Inclusion decide(Bytes32 caseId, Decision d) {
    return send(
        registry.decide(
            b(caseId),
            new CaseRegistry.Decision(
                b(d.decisionHash()),
                b(d.provisionsHash()),
                BigInteger.valueOf(d.fineFen()),
                BigInteger.valueOf(d.paymentDue() == null ? 0 : d.paymentDue().getEpochSecond()),
                BigInteger.valueOf(d.reviewDeadline().getEpochSecond()))));
  }

  @Override
  public Inclusion recordPayment(Bytes32 caseId, Bytes32 receiptHash) {
    return send(registry.recordPayment(b(caseId), b(receiptHash)));
  }

  @Override
  public Inclusion recordReminder(Bytes32 caseId, Bytes32 noticeHash) {
    return send(registry.recordReminder(b(caseId), b(noticeHash)));
  }

  @Override
  public Inclusion recordNotice(Bytes32 caseId, Bytes32 noticeHash) {
    return send(registry.recordNotice(b(caseId), b(noticeHash)));
  }

  @Override
  public Inclusion referToCourt(Bytes32 caseId, Bytes32 referralHash) {
    return send(registry.referToCourt(b(caseId), b(referralHash)));
  }

  @Override
  public Inclusion close(Bytes32 caseId, CloseResult result, Bytes32 summaryHash) {
    return send(registry.close(b(caseId), BigInteger.valueOf(result.ordinal()), b(summaryHash)));
  }

  @Override
  public Inclusion handOff(Bytes32 caseId, Bytes32 toDepartment) {
    return send(registry.handOff(b(caseId), b(toDepartment)));
  }

  @Override
  public Inclusion proposeTransfer(Bytes32 caseId, Bytes32 toDepartment) {
    return send(registry.proposeTransfer(b(caseId), b(toDepartment)));
  }

  @Override
  public Inclusion cancelTransfer(Bytes32 caseId) {
    return send(registry.cancelTransfer(b(caseId)));
  }

  @Override
  public Inclusion acceptTransfer(Bytes32 caseId) {
    return send(registry.acceptTransfer(b(caseId)));
  }

  @Override
  public CaseStatus statusOf(Bytes32 caseId) {
    BigInteger code = rpc.call("statusOf", () -> registry.statusOf(b(caseId)).send());
    return CaseStatus.ofCode(code.intValueExact());
  }
}
