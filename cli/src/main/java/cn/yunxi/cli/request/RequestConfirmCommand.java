package cn.yunxi.cli.request;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Records;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.blob.GatewayBlobStore;
import cn.yunxi.sdk.crypto.EvidenceIntake;
import cn.yunxi.sdk.index.RequestView;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.model.DataRequest;
import cn.yunxi.sdk.tx.Inclusion;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code yunxi request confirm ID --out FILE}: fetches the response from the target department's
 * gateway, decrypts it with the department's key, checks it against the stamped hash, writes it and
 * confirms receipt (the chain records the custody) — SeedCaseScenario's receive step.
 */
@Command(
    name = "confirm",
    mixinStandardHelpOptions = true,
    description = {
      "Receive the response of a fulfilled request and confirm receipt (确认收悉): fetched from the"
          + " target's blob gateway, decrypted with your department's key, checked against the"
          + " stamped SHA-256, written to --out; then the chain records the custody. Caller: the"
          + " request's creator."
    })
public final class RequestConfirmCommand extends UserCommand {
  @Parameters(
      index = "0",
      paramLabel = "REQUEST-ID",
      converter = Args.Id.class,
      description = "the request id")
  Bytes32 id;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "where to write the decrypted response")
  Path out;

  @Option(names = "--force", description = "overwrite --out if it exists")
  boolean force;

  @Option(
      names = "--no-fetch",
      description = "confirm without fetching the response (it was received otherwise)")
  boolean noFetch;

  @Option(
      names = "--gateway",
      paramLabel = "URL",
      description = "the target's blob gateway (default: its dev indexer)")
  URI gateway;

  @Option(
      names = "--decryption-key",
      paramLabel = "KEYREF",
      description = "your department's encryption key (default: the dev consortium file's)")
  String decryptionKey;

  @Override
  protected int run(Session s) throws IOException {
    if (noFetch == (out != null)) {
      throw CliException.usage("give --out FILE (fetch, decrypt, check and confirm) or --no-fetch");
    }
    if (out != null && Files.exists(out) && !force) {
      throw new CliException(out + " exists: choose another --out, or --force");
    }
    RequestView view = Records.requestView(s, id);
    DataRequest request = Records.request(view);
    Inclusion inclusion;
    if (noFetch) {
      inclusion = s.client().requests().confirmReceipt(request);
    } else {
      inclusion = receive(s, request);
    }
    Map<String, Object> json = object();
    json.put("request", id);
    json.put("out", out == null ? null : out.toString());
    json.put("sha256", out == null ? null : Args.sha256(out));
    json.putAll(tx(inclusion));
    print(
        json,
        o -> {
          o.println(
              "receipt confirmed: request "
                  + id
                  + (out == null
                      ? ""
                      : ", response decrypted to " + out + " and matches the stamp"));
          o.println("  by " + s.requireActor().describe() + ", " + Show.where(inclusion));
        });
    return 0;
  }

  private Inclusion receive(Session s, DataRequest request) throws IOException {
    String target = Show.department(request.targetDepartment());
    URI url =
        gateway != null
            ? gateway
            : s.gatewayOf(target)
                .orElseThrow(
                    () ->
                        new CliException(
                            "no gateway known for " + target + ": give --gateway URL"));
    // The gateway asks its own index whether the requester is entitled: it must have seen the
    // fulfilment first.
    s.awaitDepartmentIndex(target, s.head());
    GatewayBlobStore store =
        GatewayBlobStore.builder()
            .endpoint(url)
            .chainId(s.connection().chainId())
            .gateway(request.targetDepartment())
            .signer(s.requireActor().signer())
            .build()
            .in(GatewayBlobStore.Scope.request(id));
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    boolean done = false;
    try (OutputStream file = Files.newOutputStream(out)) {
      Inclusion inclusion =
          s.client()
              .requests()
              .receive(
                  request,
                  EvidenceIntake.create(store),
                  s.decryptionKey(s.department(), decryptionKey),
                  file);
      done = true;
      return inclusion;
    } finally {
      if (!done) {
        // Never leave a partial or unverified response behind.
        Files.deleteIfExists(out);
      }
    }
  }
}
