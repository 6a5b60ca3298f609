package cn.yunxi.cli.evidence;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.user.Pages;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.crypto.ContentDigests;
import cn.yunxi.sdk.index.EvidenceView;
import cn.yunxi.sdk.index.IndexClient;
import cn.yunxi.sdk.model.EvidenceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code yunxi evidence verify FILE}: is this file deposited — by whom, when, in which case? */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Look a local file up by its SHA-256 in the index: was it deposited, by whom, when, in which"
          + " case? The SM3 recorded is compared too. Exit code 1 when no record is found.",
      "Without --as the dev consortium's auditor view is used (every department's records)."
    })
public final class EvidenceVerifyCommand extends UserCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "the file")
  Path file;

  @Override
  protected int run(Session s) {
    if (!Files.isRegularFile(file)) {
      throw new CliException("no such file: " + file);
    }
    ContentDigests digests = ContentDigests.of(file);
    IndexClient index = s.caughtUpIndex();
    List<EvidenceView> records = Pages.read(q -> index.evidenceBySha256(digests.sha256(), q), 100);
    Map<String, Object> json = object();
    json.put("file", file.toString());
    json.put("sha256", digests.sha256());
    json.put("sm3", digests.sm3());
    json.put("size", digests.size());
    json.put("deposited", !records.isEmpty());
    json.put(
        "records",
        records.stream()
            .map(
                r -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("record", r);
                  m.put("sm3Matches", r.contentSm3().equals(digests.sm3()));
                  m.put("depositor", s.nameOf(r.submittedBy()));
                  return m;
                })
            .toList());
    if (records.isEmpty()) {
      if (output.json) {
        print(json, out -> {});
      }
      throw new CliException(
          file
              + " is not deposited: no record with SHA-256 "
              + digests.sha256()
              + " that the index at "
              + s.indexUrl()
              + " shows");
    }
    print(
        json,
        out -> {
          out.println(
              file + ": deposited, " + records.size() + " record(s) — sha256 " + digests.sha256());
          for (EvidenceView r : records) {
            out.println(
                "  "
                    + (r.evidenceId() != null
                        ? "evidence " + r.evidenceId()
                        : "batch " + r.batchRoot())
                    + " ("
                    + EvidenceKind.ofCode(r.kind())
                    + ")");
            out.println("    case      " + r.caseId());
            out.println("    by        " + s.nameOf(r.submittedBy()));
            out.println("    at        " + Show.time(r.at()) + ", block " + r.blockNumber());
            out.println("    tx        " + r.transactionHash());
            out.println(
                "    sm3       "
                    + (r.contentSm3().equals(digests.sm3())
                        ? "matches"
                        : "DIFFERS: recorded " + r.contentSm3() + ", the file's " + digests.sm3()));
          }
        });
    boolean sm3Differs = records.stream().anyMatch(r -> !r.contentSm3().equals(digests.sm3()));
    if (sm3Differs) {
      throw new CliException(
          file
              + ": the SHA-256 is recorded but the SM3 is not the file's: do not trust this match");
    }
    return 0;
  }
}
