package cn.yunxi.cli.letter;

import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Args.Document;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.model.Bytes32;
import cn.yunxi.sdk.tx.Inclusion;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yunxi letter revoke ID --reason TEXT}. */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    description = "Revoke a letter from now on. Caller: OFFICE of the issuing department.")
public final class LetterRevokeCommand extends UserCommand {
  @Parameters(
      index = "0",
      paramLabel = "LETTER-ID",
      converter = Args.Id.class,
      description = "the letter id")
  Bytes32 id;

  @Option(
      names = "--reason",
      required = true,
      paramLabel = "DOC",
      converter = Args.Doc.class,
      description = "why: text, @FILE or 0xHASH")
  Document reason;

  @Override
  protected int run(Session s) {
    Inclusion inclusion = s.client().letters().revoke(id, reason.hash());
    Map<String, Object> json = object();
    json.put("letter", id);
    json.putAll(tx(inclusion));
    print(
        json,
        out -> {
          out.println("revoked letter " + id);
          out.println("  by " + s.requireActor().describe() + ", " + Show.where(inclusion));
        });
    return 0;
  }
}
