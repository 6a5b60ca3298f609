package cn.yunxi.cli.letter;

import cn.yunxi.cli.CliException;
import cn.yunxi.cli.user.Args;
import cn.yunxi.cli.user.Pages;
import cn.yunxi.cli.user.Session;
import cn.yunxi.cli.user.Show;
import cn.yunxi.cli.user.UserCommand;
import cn.yunxi.sdk.index.IndexClient;
import cn.yunxi.sdk.index.LetterView;
import cn.yunxi.sdk.model.Address;
import cn.yunxi.sdk.model.Bytes32;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yunxi letter list [--holder MEMBER | --to CODE]}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description =
        "List letters held by a member (default: the acting one) or addressed to a department.")
public final class LetterListCommand extends UserCommand {
  @Option(
      names = "--holder",
      paramLabel = "MEMBER",
      description = "the holder: a dev member's name or an address")
  String holder;

  @Option(
      names = "--to",
      paramLabel = "CODE",
      converter = Args.Department.class,
      description = "letters introducing holders to this department")
  String to;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      description = "at most N letters (default ${DEFAULT-VALUE})")
  int limit;

  @Override
  protected int run(Session s) {
    if (holder != null && to != null) {
      throw CliException.usage("--holder and --to are two lists: give one");
    }
    IndexClient index;
    List<LetterView> letters;
    String title;
    if (to != null) {
      index = s.caughtUpIndex();
      letters =
          Pages.read(q -> index.lettersToDepartment(Bytes32.fromAscii(to), q), Math.max(1, limit));
      title = "letters to " + to;
    } else {
      Address who;
      if (holder != null) {
        who = s.addressOf(holder);
      } else if (s.actor().isPresent()) {
        who = s.requireActor().address();
      } else {
        throw CliException.usage("whose letters? give --holder MEMBER, --to CODE or --as MEMBER");
      }
      index = s.caughtUpIndex();
      letters = Pages.read(q -> index.lettersByHolder(who, q), Math.max(1, limit));
      title = "letters held by " + s.nameOf(who);
    }
    Map<String, Object> json = object();
    json.put("letters", letters);
    print(
        json,
        out -> {
          out.println(title + " (" + letters.size() + "):");
          for (LetterView l : letters) {
            out.printf(
                "  %s  %s → %s  request %s, until %s%s%n",
                l.letterId(),
                Show.department(l.issuerDepartment()),
                Show.department(l.targetDepartment()),
                l.requestId(),
                Show.time(l.validUntil()),
                l.revokedAt() != null ? ", REVOKED" : "");
          }
        });
    return 0;
  }
}
