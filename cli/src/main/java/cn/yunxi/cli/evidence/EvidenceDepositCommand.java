package cn.yunxi.cli.evidence;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.UserCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code yunxi evidence deposit FILE… --case CASE}. */
@Command(
    name = "deposit",
    mixinStandardHelpOptions = true,
    description = {
      "Deposit files as evidence of a case (数据存证). Each file is hashed (SHA-256 and SM3) and"
          + " encrypted before it leaves this machine; the encrypted blob goes to your department's"
          + " blob store, the digests on chain. Caller: OFFICER of a department entitled to the case.",
      "A file already on chain in the case is reported and skipped."
    })
public final class EvidenceDepositCommand extends UserCommand {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "the files to deposit")
  List<Path> files;

  @Mixin DepositOptions deposit;

  @Override
  protected int run(Session s) {
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new CliException("no such file: " + f);
      }
    }
    Depositor depositor = deposit.depositor(s);
    List<Depositor.Item> items = new ArrayList<>();
    for (Path f : files) {
      try {
        items.add(depositor.deposit(f).join());
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    Map<String, Object> json = object();
    json.put("case", deposit.caseRef.id());
    json.put("number", deposit.caseRef.number());
    json.put("items", items.stream().map(DepositOptions::json).toList());
    print(
        json,
        out -> {
          out.println(
              "case " + deposit.caseRef.describe() + ", by " + s.requireActor().describe() + ":");
          items.forEach(i -> out.println("  " + DepositOptions.line(i)));
        });
    return 0;
  }
}
