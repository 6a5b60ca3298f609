package cn.yunxi.cli.request;

import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Args.CaseRef;
import cn.yunxi.cli.user.Args.Moment;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.DataCategory;
import cn.yunxi.sdk.model.DataRequest;
import cn.yunxi.sdk.tx.Inclusion;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yunxi request create --case CASE --to CODE --categories … --query TEXT}. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = {
      "File a data request to another department for a case of yours. Caller: OFFICER.",
      "The query itself (e.g. a plate number) stays here: the chain gets a salted commitment."
    })
public final class RequestCreateCommand extends UserCommand {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Option(
      names = "--case",
      required = true,
      paramLabel = "CASE",
      converter = Args.Case.class,
      description = "the case number or id")
  CaseRef caseRef;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "CODE",
      converter = Args.Department.class,
      description = "the department asked, e.g. JB-JJDD")
  String to;

  @Option(
      names = "--categories",
      required = true,
      paramLabel = "LIST",
      converter = Args.Categories.class,
      description =
          "comma-separated: VEHICLE_REGISTRATION, OWNER_REGISTRATION, BUSINESS_LICENCE, HOUSEHOLD_REGISTRATION, PROPERTY_REGISTRATION, SURVEILLANCE_VIDEO")
  BigInteger categories;

  @Option(
      names = "--query",
      required = true,
      paramLabel = "TEXT",
      description = "what is asked for, e.g. the plate number (only its salted hash goes on chain)")
  String query;

  @Option(
      names = "--deadline",
      paramLabel = "WHEN",
      converter = Args.When.class,
      defaultValue = "3d",
      description = "after this the request can only expire (default ${DEFAULT-VALUE})")
  Moment deadline;

  @Override
  protected int run(Session s) {
    long salt = RANDOM.nextLong() & Long.MAX_VALUE;
    DataRequest request =
        new DataRequest(
            caseRef.id(),
            Bytes32.fromAscii(s.department()),
            Bytes32.fromAscii(to),
            categories,
            Args.sha256(query + "|" + caseRef.id() + "|" + salt),
            s.requireActor().address(),
            deadline.from(Instant.ofEpochSecond(Instant.now().getEpochSecond())),
            salt);
    Inclusion inclusion = s.client().requests().create(request);
    Map<String, Object> json = object();
    json.put("request", request.requestId());
    json.put("case", caseRef.id());
    json.put("from", s.department());
    json.put("to", to);
    json.put("categories", DataCategory.fromMask(categories.longValue()));
    json.put("deadline", request.deadline());
    json.put("salt", Long.toUnsignedString(salt));
    json.putAll(tx(inclusion));
    print(
        json,
        out -> {
          out.println("request " + request.requestId());
          out.println(
              "  case "
                  + caseRef.describe()
                  + ": "
                  + s.department()
                  + " asks "
                  + to
                  + " for "
                  + DataCategory.fromMask(categories.longValue()));
          out.println("  deadline " + Show.time(request.deadline()) + ", " + Show.where(inclusion));
          out.println(
              "  next: a captain approves it (`yunxi request approve "
                  + request.requestId()
                  + "`)");
        });
    return 0;
  }
}
