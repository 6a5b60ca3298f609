package cn.yunxi.cli.letter;

import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Records;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.index.LetterView;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.DataCategory;
import java.time.Instant;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code yunxi letter show ID}: a letter and whether it is valid now. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show a letter (from the index) and whether the chain holds it valid now.")
public final class LetterShowCommand extends UserCommand {
  @Parameters(
      index = "0",
      paramLabel = "LETTER-ID",
      converter = Args.Id.class,
      description = "the letter id")
  Bytes32 id;

  @Override
  protected int run(Session s) {
    LetterView v = Records.letterView(s, id);
    Instant now = Instant.now();
    boolean valid = s.reader().letters().isValid(id, now);
    String state = state(v, valid, now);
    Map<String, Object> json = object();
    json.put("letter", v);
    json.put("validNow", valid);
    json.put("state", state);
    print(
        json,
        out -> {
          out.println("letter " + v.letterId() + ": " + state);
          out.println(
              "  from        "
                  + Show.department(v.issuerDepartment())
                  + ", issued by "
                  + s.nameOf(v.issuer())
                  + " at "
                  + Show.time(v.issuedAt()));
          out.println("  holder      " + s.nameOf(v.holder()));
          out.println("  to          " + Show.department(v.targetDepartment()));
          out.println("  case        " + v.caseId());
          out.println("  request     " + v.requestId());
          out.println("  categories  " + DataCategory.fromMask(v.categories().longValue()));
          out.println(
              "  valid       " + Show.time(v.validFrom()) + " – " + Show.time(v.validUntil()));
          if (v.revokedAt() != null) {
            out.println(
                "  revoked     " + Show.time(v.revokedAt()) + " by " + s.nameOf(v.revokedBy()));
          }
        });
    return 0;
  }

  static String state(LetterView v, boolean valid, Instant now) {
    if (v.revokedAt() != null) {
      return "REVOKED";
    }
    if (valid) {
      return "VALID";
    }
    return now.isBefore(v.validFrom()) ? "NOT_YET_VALID" : "EXPIRED";
  }
}
