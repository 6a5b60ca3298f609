package cn.yunxi.cli.user;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.Failures;
import cn.yunxi.sdk.blob.BlobNotFoundException;
import cn.yunxi.sdk.crypto.EnvelopeException;
import cn.yunxi.sdk.index.IndexApiException;
import cn.yunxi.sdk.index.IndexForbiddenException;
import cn.yunxi.sdk.index.IndexUnauthorizedException;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.CaseStatus;
import cn.yunxi.sdk.model.CloseResult;
import cn.yunxi.sdk.model.Member;
import cn.yunxi.sdk.model.RequestStatus;
import cn.yunxi.sdk.model.Role;
import cn.yunxi.sdk.proof.PackageFormatException;
import cn.yunxi.sdk.tx.ChainUnavailableException;
import cn.yunxi.sdk.tx.ContractRevertException;
import cn.yunxi.sdk.tx.NotAuthorisedException;
import cn.yunxi.sdk.tx.TransactionTimeoutException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the SDK's typed refusals into the one line a user reads: a contract's custom error becomes
 * what it means ("case … is CLOSED: it cannot move to DECIDED"), a missing role says which role and
 * who lacks it, an unreachable node or index says which.
 */
public final class Refusals {
  private Refusals() {}

  /** The one-line failure for {@code e}. */
  public static CliException explain(RuntimeException e, Session session) {
    if (e instanceof CliException c) {
      return c;
    }
    if (e instanceof NotAuthorisedException n) {
      return new CliException(notAuthorised(n, session), e);
    }
    if (e instanceof ContractRevertException r) {
      return new CliException(revert(r.error(), r.arguments(), session), e);
    }
    if (e instanceof ChainUnavailableException) {
      return new CliException(
          "cannot reach the node at " + session.connection().rpc() + ": " + Failures.reason(e), e);
    }
    if (e instanceof TransactionTimeoutException) {
      return new CliException(
          Failures.reason(e) + " (running the same command again is safe: it finds the effect)", e);
    }
    if (e instanceof IndexUnauthorizedException) {
      return new CliException(
          "the index at " + session.indexUrl() + " refused the token (" + Failures.reason(e) + ")",
          e);
    }
    if (e instanceof IndexForbiddenException) {
      return new CliException(
          "the index does not show this to "
              + session.actor().map(Actor::describe).orElse("this token")
              + ": "
              + ((IndexApiException) e).error(),
          e);
    }
    if (e instanceof IndexApiException i && i.status() == 0) {
      return new CliException(
          "cannot reach the index at " + session.indexUrl() + " (see `yunxi dev status`)", e);
    }
    if (e instanceof EnvelopeException) {
      return new CliException("cannot decrypt: " + Failures.reason(e), e);
    }
    if (e instanceof BlobNotFoundException) {
      return new CliException("the encrypted content is not there: " + Failures.reason(e), e);
    }
    if (e instanceof PackageFormatException) {
      return new CliException("not a valid evidence package: " + Failures.reason(e), e);
    }
    return new CliException(Failures.reason(e), e);
  }

  private static String notAuthorised(NotAuthorisedException n, Session session) {
    Address account = n.account();
    String who = session.nameOf(account);
    String needs =
        n.requiredRoles().stream().sorted().map(Refusals::role).collect(Collectors.joining(" or "));
    Member member;
    try {
      member = session.reader().consortium().member(account);
    } catch (RuntimeException unreadable) {
      return who + " may not do this: it needs the role " + needs;
    }
    if (!member.isMember()) {
      return who + " is not a member of the consortium: the chain refuses it";
    }
    Set<Role> has = member.effectiveRoles();
    String holds =
        has.isEmpty()
            ? "no role it may use now"
            : has.stream().sorted().map(Refusals::role).collect(Collectors.joining(", "));
    String why =
        member.roles().equals(has)
            ? ""
            : " (its credential expired or its department is suspended)";
    return who + " may not do this: it needs the role " + needs + ", it has " + holds + why;
  }

  /** The role with its Chinese name: {@code CAPTAIN (队长)}. */
  static String role(Role role) {
    return role
        + switch (role) {
          case OFFICER -> " (执法队员)";
          case CAPTAIN -> " (队长)";
          case OFFICE -> " (局办公室)";
          case CUSTODIAN -> " (数据管理员)";
          case AUDITOR -> " (执法监督)";
          case ADMIN -> " (管理员)";
        };
  }

  static String revert(String error, Map<String, Object> a, Session session) {
    return switch (error) {
      case "CaseRegistry_InvalidCaseId" -> "the case id is zero";
      case "CaseRegistry_CaseExists" -> "case " + a.get("caseId") + " already exists";
      case "CaseRegistry_UnknownCase" ->
          "unknown case " + a.get("caseId") + ": it was never opened";
      case "CaseRegistry_NotEntitled" ->
          "department "
              + dept(a.get("department"))
              + " is not entitled to case "
              + a.get("caseId")
              + ": it neither owns it nor was the case handed off to it";
      case "CaseRegistry_NotOwner" ->
          "department " + dept(a.get("department")) + " does not own case " + a.get("caseId");
      case "CaseRegistry_InvalidTransition" ->
          "case "
              + a.get("caseId")
              + " is "
              + caseStatus(a.get("from"))
              + ": it cannot move to "
              + caseStatus(a.get("to"))
              + " now";
      case "CaseRegistry_InvalidDecision" ->
          "invalid decision for case "
              + a.get("caseId")
              + ": the review deadline must be in the future, a fine needs a payment due date"
              + " between now and the review deadline, no fine none";
      case "CaseRegistry_InvalidHash" -> "a document hash is zero";
      case "CaseRegistry_NotSimpleCase" ->
          "case " + a.get("caseId") + " is not a simple-enforcement (简易程序) case";
      case "CaseRegistry_SimpleCase" ->
          "case "
              + a.get("caseId")
              + " is a simple-enforcement (简易程序) case: it has no investigation step";
      case "CaseRegistry_NoFine" -> "case " + a.get("caseId") + " has no fine";
      case "CaseRegistry_NotOverdue" ->
          "the fine of case "
              + a.get("caseId")
              + " is not overdue before "
              + time(a.get("paymentDue"));
      case "CaseRegistry_ReviewPeriodRunning" ->
          "the review period of case "
              + a.get("caseId")
              + " runs until "
              + time(a.get("reviewDeadline"))
              + ": referral to the court only after it";
      case "CaseRegistry_InvalidResult" ->
          "case "
              + a.get("caseId")
              + " is "
              + caseStatus(a.get("status"))
              + ": it cannot be closed as "
              + closeResult(a.get("result"));
      case "CaseRegistry_InvalidDepartment" ->
          dept(a.get("department")) + " is not another active department";
      case "CaseRegistry_AlreadyEntitled" ->
          dept(a.get("department")) + " is already entitled to case " + a.get("caseId");
      case "CaseRegistry_NoPendingTransfer" ->
          "case " + a.get("caseId") + " has no pending transfer";
      case "CaseRegistry_NotTransferee" ->
          "case " + a.get("caseId") + " is not being transferred to " + dept(a.get("department"));
      case "CaseRegistry_CaseClosed" -> "case " + a.get("caseId") + " is closed";
      case "EvidenceRegistry_InvalidDigest" -> "a content digest is zero";
      case "EvidenceRegistry_InvalidBlobRef" -> "the blob reference is zero";
      case "EvidenceRegistry_DuplicateContent" ->
          "this content is already deposited in case "
              + a.get("caseId")
              + " (evidence "
              + a.get("evidenceId")
              + ")";
      case "EvidenceRegistry_UnknownEvidence" -> "unknown evidence " + a.get("evidenceId");
      case "EvidenceRegistry_RecordMismatch" ->
          "the record given is not the one committed for evidence " + a.get("evidenceId");
      case "LetterRegistry_NotIssuer" ->
          session.nameOf((Address) a.get("caller")) + " is not the letter's issuer";
      case "LetterRegistry_WrongDepartment" ->
          "the letter is from "
              + dept(a.get("issuerDepartment"))
              + ", the caller's department is "
              + dept(a.get("callerDepartment"));
      case "LetterRegistry_InvalidHolder" ->
          "the letter's holder " + a.get("holder") + " is invalid";
      case "LetterRegistry_InvalidTarget" ->
          dept(a.get("targetDepartment")) + " is not an active department to address a letter to";
      case "LetterRegistry_NoCategories" -> "the letter covers no data category";
      case "LetterRegistry_InvalidWindow" ->
          "the letter's validity window is empty or already over ("
              + time(a.get("validFrom"))
              + " – "
              + time(a.get("validUntil"))
              + ")";
      case "LetterRegistry_InvalidNonce" ->
          "the letter's nonce is "
              + a.get("given")
              + ", the issuer's next is "
              + a.get("expected")
              + " (another letter was issued meanwhile: try again)";
      case "LetterRegistry_UnknownLetter" -> "unknown letter " + a.get("letterId");
      case "LetterRegistry_Revoked" ->
          "letter " + a.get("letterId") + " was revoked at " + time(a.get("revokedAt"));
      case "LetterRegistry_NotYetValid" ->
          "letter " + a.get("letterId") + " is valid only from " + time(a.get("validFrom"));
      case "LetterRegistry_LetterExpired" ->
          "letter " + a.get("letterId") + " expired at " + time(a.get("validUntil"));
      case "DataRequestRegistry_NotCreator" ->
          "only the request's creator "
              + session.nameOf((Address) a.get("creator"))
              + " may do this, not "
              + session.nameOf((Address) a.get("caller"));
      case "DataRequestRegistry_WrongDepartment" ->
          "this step belongs to "
              + dept(a.get("expected"))
              + ", the caller is of "
              + dept(a.get("actual"));
      case "DataRequestRegistry_InvalidTarget" ->
          dept(a.get("targetDepartment")) + " is not another active department to ask";
      case "DataRequestRegistry_NoCategories" -> "the request asks for no data category";
      case "DataRequestRegistry_InvalidDeadline" ->
          "the deadline " + time(a.get("deadline")) + " is not in the future";
      case "DataRequestRegistry_CaseClosed" -> "case " + a.get("caseId") + " is closed";
      case "DataRequestRegistry_RequestExists" ->
          "request " + a.get("requestId") + " already exists";
      case "DataRequestRegistry_UnknownRequest" -> "unknown request " + a.get("requestId");
      case "DataRequestRegistry_InvalidStatus" ->
          "request "
              + a.get("requestId")
              + " is "
              + requestStatus(a.get("status"))
              + ": this step is not possible now";
      case "DataRequestRegistry_SelfApproval" ->
          "the creator may not approve his own request: another captain must";
      case "DataRequestRegistry_RequestExpired" ->
          "request " + a.get("requestId") + " expired at " + time(a.get("deadline"));
      case "DataRequestRegistry_NotExpired" ->
          "request " + a.get("requestId") + " runs until " + time(a.get("deadline"));
      case "DataRequestRegistry_LetterOutOfScope" ->
          "letter "
              + a.get("letterId")
              + " does not cover request "
              + a.get("requestId")
              + " (its case, holder, department, request and categories must match)";
      case "DataRequestRegistry_LetterNotBound" ->
          "letter " + a.get("letterId") + " is not the one bound to request " + a.get("requestId");
      case "DataRequestRegistry_InvalidResponse" -> "the response hash or blob reference is zero";
      case "DataRequestRegistry_StampExpired" ->
          "the seal's stamp expired at " + time(a.get("deadline"));
      case "DataRequestRegistry_InvalidStamp" ->
          "the stamp was not made with the department's seal "
              + a.get("seal")
              + " (signed by "
              + a.get("signer")
              + ")";
      case "Consortium_UnknownDepartment" -> "unknown department " + dept(a.get("department"));
      case "Consortium_DepartmentInactive" ->
          "department " + dept(a.get("department")) + " is suspended";
      default -> "refused by the contract: " + describe(error, a);
    };
  }

  private static String describe(String error, Map<String, Object> a) {
    return error
        + a.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", ", "(", ")"));
  }

  /** A department code from its 32 bytes, or the hex if it is not a code. */
  static String dept(Object value) {
    if (value instanceof Bytes32 b) {
      return Show.department(b);
    }
    return String.valueOf(value);
  }

  private static String caseStatus(Object code) {
    return code instanceof BigInteger b ? CaseStatus.ofCode(b.intValue()).name() : "" + code;
  }

  private static String closeResult(Object code) {
    return code instanceof BigInteger b ? CloseResult.ofCode(b.intValue()).name() : "" + code;
  }

  private static String requestStatus(Object code) {
    return code instanceof BigInteger b ? RequestStatus.ofCode(b.intValue()).name() : "" + code;
  }

  private static String time(Object seconds) {
    return seconds instanceof BigInteger b
        ? Show.time(Instant.ofEpochSecond(b.longValue()))
        : String.valueOf(seconds);
  }
}
