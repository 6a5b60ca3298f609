package cn.yunxi.demo;

import java.util.Map;

/** Chinese names for the chain events on a case timeline; unknown events keep their type name. */
final class StepNames {
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("CaseOpened", "立案"),
          Map.entry("InvestigationStarted", "调查取证"),
          Map.entry("EvidenceDeposited", "证据存证"),
          Map.entry("BatchAnchored", "批量存证"),
          Map.entry("CustodyRecorded", "调阅/导出留痕"),
          Map.entry("RequestCreated", "发起数据调取"),
          Map.entry("RequestApproved", "队长审批"),
          Map.entry("LetterIssued", "出具介绍信"),
          Map.entry("LetterBound", "绑定介绍信"),
          Map.entry("RequestAccepted", "对方受理"),
          Map.entry("RequestRejected", "对方拒绝"),
          Map.entry("RequestFulfilled", "盖章答复"),
          Map.entry("ReceiptConfirmed", "确认收悉"),
          Map.entry("CaseDecided", "处罚决定"),
          Map.entry("PaymentRecorded", "缴纳罚款"),
          Map.entry("ReminderRecorded", "催缴"),
          Map.entry("ReferredToCourt", "申请法院强制执行"),
          Map.entry("NoticeRecorded", "通知当事人"),
          Map.entry("CaseHandedOff", "流转"),
          Map.entry("TransferProposed", "提议移交"),
          Map.entry("TransferCancelled", "撤回移交"),
          Map.entry("CaseTransferred", "移交"),
          Map.entry("CaseClosed", "结案"));

  private StepNames() {}

  static String of(String eventType) {
    String name = NAMES.get(eventType);
    return name == null ? eventType : name + " " + eventType;
  }
}
