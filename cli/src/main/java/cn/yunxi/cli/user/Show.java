package cn.yunxi.cli.user;

import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.tx.Inclusion;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** How the user commands write values for people: Ningbo time, department codes, yuan. */
public final class Show {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Args.ZONE);

  private static final Map<String, String> STEPS =
      Map.ofEntries(
          Map.entry("CaseOpened", "立案 opened"),
          Map.entry("InvestigationStarted", "调查取证 investigation"),
          Map.entry("EvidenceDeposited", "证据存证 evidence"),
          Map.entry("BatchAnchored", "批量存证 batch"),
          Map.entry("CustodyRecorded", "调阅/导出留痕 custody"),
          Map.entry("RequestCreated", "发起数据调取 request"),
          Map.entry("RequestApproved", "队长审批 approved"),
          Map.entry("LetterIssued", "出具介绍信 letter"),
          Map.entry("LetterBound", "绑定介绍信 letter bound"),
          Map.entry("LetterRevoked", "撤销介绍信 letter revoked"),
          Map.entry("RequestAccepted", "对方受理 accepted"),
          Map.entry("RequestRejected", "对方拒绝 rejected"),
          Map.entry("RequestFulfilled", "盖章答复 fulfilled"),
          Map.entry("ReceiptConfirmed", "确认收悉 confirmed"),
          Map.entry("RequestCancelled", "撤回调取 cancelled"),
          Map.entry("RequestExpired", "调取过期 expired"),
          Map.entry("CaseDecided", "处罚决定 decided"),
          Map.entry("PaymentRecorded", "缴纳罚款 paid"),
          Map.entry("ReminderRecorded", "催缴 reminder"),
          Map.entry("ReferredToCourt", "申请法院强制执行 referred"),
          Map.entry("NoticeRecorded", "通知当事人 notice"),
          Map.entry("CaseHandedOff", "流转 handed off"),
          Map.entry("TransferProposed", "提议移交 transfer proposed"),
          Map.entry("TransferCancelled", "撤回移交 transfer cancelled"),
          Map.entry("CaseTransferred", "移交 transferred"),
          Map.entry("CaseClosed", "结案 closed"));

  private Show() {}

  /** {@code 2026-03-01 16:00:00} in Ningbo; {@code -} for none. */
  public static String time(Instant t) {
    return t == null ? "-" : TIME.format(t);
  }

  /** A department's code, or its hex when the bytes are not a code. */
  public static String department(Bytes32 code) {
    if (code == null) {
      return "-";
    }
    String text = code.toAscii();
    return !text.isEmpty() && text.chars().allMatch(c -> c > 32 && c < 127) ? text : code.toHex();
  }

  /** An amount of fen as yuan: {@code ¥500.00}. */
  public static String yuan(long fen) {
    return String.format("¥%d.%02d", fen / 100, fen % 100);
  }

  /** An event type with its Chinese step name. */
  public static String step(String eventType) {
    String name = STEPS.get(eventType);
    return name == null ? eventType : name;
  }

  /** {@code transaction 0x… in block N}. */
  public static String where(Inclusion inclusion) {
    return "transaction " + inclusion.transactionHash() + " in block " + inclusion.blockNumber();
  }
}
