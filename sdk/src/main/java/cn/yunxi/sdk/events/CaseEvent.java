package cn.yunxi.sdk.events;

import cn.yunxi.sdk.model.Bytes32;

/** An event of the CaseRegistry; every one concerns one case. */
public sealed interface CaseEvent extends YunxiEvent
    permits CaseClosed,
        CaseDecided,
        CaseHandedOff,
        CaseOpened,
        CaseTransferred,
        InvestigationStarted,
        NoticeRecorded,
        PaymentRecorded,
        ReferredToCourt,
        ReminderRecorded,
        TransferCancelled,
        TransferProposed {

  /** The case: keccak-256 of its external case number. */
  Bytes32 caseId();

  @Override
  default YunxiContract contract() {
    return YunxiContract.CASES;
  }
}
