package cn.yunxi.cli.cases;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Args.CaseRef;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.tx.Inclusion;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yunxi case open NUMBER --type N [--simple]}. */
@Command(
    name = "open",
    mixinStandardHelpOptions = true,
    description = {
      "Open (立案) a case owned by your department. Caller: OFFICER.",
      "The case's id on chain is keccak-256 of its number; every other command takes either."
    })
public final class CaseOpenCommand extends UserCommand {
  @Parameters(
      index = "0",
      paramLabel = "CASE-NUMBER",
      converter = Args.Case.class,
      description = "the case number, e.g. 甬江北综执立字〔2026〕第0001号")
  CaseRef ref;

  @Option(
      names = "--type",
      required = true,
      paramLabel = "N",
      description = "the department's case-type code (0–65535)")
  int type;

  @Option(
      names = "--simple",
      description = "a simple-enforcement (简易程序) case: decided by the officer on the spot")
  boolean simple;

  @Override
  protected int run(Session s) {
    if (type < 0 || type > 65_535) {
      throw CliException.usage("--type must be between 0 and 65535: " + type);
    }
    Inclusion inclusion = s.client().cases().open(ref.id(), type, simple);
    Map<String, Object> json = object();
    json.put("case", ref.id());
    json.put("number", ref.number());
    json.put("type", type);
    json.put("simple", simple);
    json.put("department", s.department());
    json.putAll(tx(inclusion));
    print(
        json,
        out -> {
          out.println("opened case " + ref.describe());
          out.println(
              "  "
                  + s.requireActor().describe()
                  + ", type "
                  + type
                  + (simple ? ", simple procedure" : ""));
          out.println("  " + Show.where(inclusion));
        });
    return 0;
  }
}
