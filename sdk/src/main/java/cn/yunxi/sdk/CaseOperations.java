package cn.yunxi.sdk;

import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CaseStatus;
import cn.yunxi.sdk.model.CloseResult;
import cn.yunxi.sdk.model.Decision;
import cn.yunxi.sdk.tx.Inclusion;

/**
 * The case lifecycle (立案 → 调查 → 处罚决定 → 缴款 / 非诉执行 → 结案) and hand-offs between departments. Each call
 * waits until its transaction is mined; refusals come as typed exceptions ({@link
 * cn.yunxi.sdk.tx.NotAuthorisedException}, {@link cn.yunxi.sdk.tx.ContractRevertException}).
 */
public interface CaseOperations {
  /** {@code keccak256(utf8(caseNumber))}: the on-chain id of an external case number. */
  static Bytes32 caseIdOf(String caseNumber) {
    return Bytes32.of(
        cn.yunxi.sdk.internal.AbiWords.keccak256(
            caseNumber.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  Inclusion open(Bytes32 caseId, int caseType, boolean simple);

  Inclusion startInvestigation(Bytes32 caseId);

  Inclusion decide(Bytes32 caseId, Decision decision);

  Inclusion recordPayment(Bytes32 caseId, Bytes32 receiptHash);

  Inclusion recordReminder(Bytes32 caseId, Bytes32 noticeHash);

  Inclusion recordNotice(Bytes32 caseId, Bytes32 noticeHash);

  Inclusion referToCourt(Bytes32 caseId, Bytes32 referralHash);

  Inclusion close(Bytes32 caseId, CloseResult result, Bytes32 summaryHash);

  Inclusion handOff(Bytes32 caseId, Bytes32 toDepartment);

  Inclusion proposeTransfer(Bytes32 caseId, Bytes32 toDepartment);

  Inclusion cancelTransfer(Bytes32 caseId);

  Inclusion acceptTransfer(Bytes32 caseId);

  /** The case's status now ({@link CaseStatus#NONE} if unknown). */
  CaseStatus statusOf(Bytes32 caseId);
}
