package cn.yunxi.cli.letter;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Args.Document;
import cn.yunxi.cli.user.Args.Moment;
import cn.yunxi.cli.user.Records;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.LetterOperations.IssuedLetter;
import cn.yunxi.sdk.index.RequestView;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.DataRequest;
import cn.yunxi.sdk.model.IntroductionLetter;
import cn.yunxi.sdk.model.RequestStatus;
import cn.yunxi.sdk.tx.Inclusion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yunxi letter issue --request ID --purpose TEXT}: the letter for an approved request — its
 * holder the request's creator, its scope the request's — registered on chain, signed as an
 * off-chain document, and bound to the request.
 */
@Command(
    name = "issue",
    mixinStandardHelpOptions = true,
    description = {
      "Issue the introduction letter for an approved data request of your department: holder,"
          + " target, case and categories are the request's; signed by you as the letter's"
          + " document (EIP-712), registered on chain and bound to the request. Caller: OFFICE."
    })
public final class LetterIssueCommand extends UserCommand {
  @Option(
      names = "--request",
      required = true,
      paramLabel = "REQUEST-ID",
      converter = Args.Id.class,
      description = "the request the letter is for")
  Bytes32 requestId;

  @Option(
      names = "--purpose",
      required = true,
      paramLabel = "DOC",
      converter = Args.Doc.class,
      description = "the stated purpose: text, @FILE or 0xHASH (only its hash goes on chain)")
  Document purpose;

  @Option(
      names = "--valid",
      paramLabel = "WHEN",
      converter = Args.When.class,
      defaultValue = "7d",
      description = "valid until (default ${DEFAULT-VALUE} from now)")
  Moment valid;

  @Option(names = "--no-bind", description = "do not bind the letter to the request")
  boolean noBind;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "also write the signed letter document (JSON)")
  Path out;

  @Override
  protected int run(Session s) throws IOException {
    RequestView view = Records.requestView(s, requestId);
    DataRequest request = Records.request(view);
    Instant now = Instant.ofEpochSecond(Instant.now().getEpochSecond());
    // A minute's grace: the block that registers it may carry a time slightly behind ours.
    IntroductionLetter letter =
        new IntroductionLetter(
            request.requesterDepartment(),
            s.requireActor().address(),
            request.creator(),
            request.targetDepartment(),
            request.caseId(),
            request.requestId(),
            request.categories(),
            purpose.hash(),
            now.minusSeconds(60),
            valid.from(now),
            s.client().letters().nextNonce());
    IssuedLetter issued = s.client().letters().issue(letter);
    Inclusion bound = null;
    if (!noBind) {
      if (view.status() != RequestStatus.APPROVED) {
        err()
            .println(
                "yunxi: request "
                    + requestId
                    + " is "
                    + view.status()
                    + ": the letter is issued but not bound");
      } else {
        bound = s.client().requests().bindLetter(request, letter);
      }
    }
    String signature = "0x" + HexFormat.of().formatHex(issued.signature().toBytes());
    Map<String, Object> json = object();
    json.put("letter", issued.letterId());
    json.put("request", requestId);
    json.put("document", letter);
    json.put("signature", signature);
    json.put("issued", tx(issued.inclusion()));
    json.put("bound", bound == null ? null : tx(bound));
    if (out != null) {
      if (Files.exists(out)) {
        throw new CliException(
            out
                + " exists: the letter "
                + issued.letterId()
                + " is issued; write its document elsewhere");
      }
      Map<String, Object> doc = object();
      doc.put("letterId", issued.letterId());
      doc.put("letter", letter);
      doc.put("signature", signature);
      Files.writeString(out, cn.yunxi.cli.OutputOptions.mapper().writeValueAsString(doc));
    }
    Inclusion boundAt = bound;
    print(
        json,
        o -> {
          o.println("letter " + issued.letterId());
          o.println(
              "  for request "
                  + requestId
                  + ", holder "
                  + s.nameOf(letter.holder())
                  + ", to "
                  + Show.department(letter.targetDepartment())
                  + ", valid until "
                  + Show.time(letter.validUntil()));
          o.println(
              "  issued by " + s.requireActor().describe() + ", " + Show.where(issued.inclusion()));
          if (boundAt != null) {
            o.println("  bound to the request, " + Show.where(boundAt));
          }
          if (out != null) {
            o.println("  signed document: " + out);
          }
        });
    return 0;
  }
}
