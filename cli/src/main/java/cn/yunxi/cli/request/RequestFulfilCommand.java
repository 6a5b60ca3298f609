package cn.yunxi.cli.request;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Args.Moment;
import cn.yunxi.cli.user.Records;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.crypto.EvidenceIntake;
import cn.yunxi.sdk.crypto.KeyWrapScheme;
import cn.yunxi.sdk.index.RequestView;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.IntroductionLetter;
import cn.yunxi.sdk.tx.Inclusion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yunxi request fulfil ID FILE}: answers with FILE, encrypted to the requesting department's
 * registered key into this department's blob store, stamped with the department's seal.
 */
@Command(
    name = "fulfil",
    mixinStandardHelpOptions = true,
    description = {
      "Answer (盖章答复) an accepted request with FILE: encrypted to the requesting department's"
          + " registered key, stored in your department's blob store (served by its gateway), its"
          + " SHA-256 stamped with the department's seal. Caller: CUSTODIAN of the target."
    })
public final class RequestFulfilCommand extends UserCommand {
  @Parameters(
      index = "0",
      paramLabel = "REQUEST-ID",
      converter = Args.Id.class,
      description = "the request id")
  Bytes32 id;

  @Parameters(index = "1", paramLabel = "FILE", description = "the response")
  Path file;

  @Option(
      names = "--stamp-valid",
      paramLabel = "WHEN",
      converter = Args.When.class,
      defaultValue = "10m",
      description = "how long the seal's stamp stays usable (default ${DEFAULT-VALUE})")
  Moment stampValid;

  @Option(
      names = "--seal-key",
      paramLabel = "KEYREF",
      description = "the department's seal key (default: the dev consortium file's)")
  String sealKey;

  @Option(
      names = "--blobs",
      paramLabel = "DIR",
      description = "your department's blob directory (default: the one its dev gateway serves)")
  Path blobs;

  @Override
  protected int run(Session s) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new CliException("no such file: " + file);
    }
    RequestView view = Records.requestView(s, id);
    if (view.letterId() == null || view.letterId().isZero()) {
      throw new CliException(
          "request " + id + " has no letter bound (it is " + view.status() + ")");
    }
    IntroductionLetter letter = Records.letter(Records.letterView(s, view.letterId()));
    Instant now = Instant.now();
    Duration validity = Duration.between(now, stampValid.from(now));
    if (validity.isNegative() || validity.isZero()) {
      throw CliException.usage("--stamp-valid must be in the future");
    }
    byte[] response = Files.readAllBytes(file);
    Inclusion inclusion =
        s.client()
            .requests()
            .fulfilWithResponse(
                Records.request(view),
                letter,
                response,
                EvidenceIntake.create(s.blobStore(blobs)),
                KeyWrapScheme.ECIES_SECP256K1,
                s.seal(s.department(), sealKey),
                validity);
    Map<String, Object> json = object();
    json.put("request", id);
    json.put("sha256", Args.sha256(file));
    json.put("size", response.length);
    json.putAll(tx(inclusion));
    print(
        json,
        out -> {
          out.println(
              "fulfilled request "
                  + id
                  + " with "
                  + file
                  + " ("
                  + response.length
                  + " bytes, stamped)");
          out.println("  by " + s.requireActor().describe() + ", " + Show.where(inclusion));
        });
    return 0;
  }
}
