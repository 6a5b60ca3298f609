package cn.yunxi.cli.user;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Who acts and on which consortium, shared by every user command. By default the running dev
 * consortium ({@code .yunxi/dev/dev.json}: node, chain id, contracts, indexers) and a member picked
 * by {@code --as}; {@code --key} with {@code --rpc} and {@code --contracts} for any other node.
 */
public final class UserOptions {
  @Option(
      names = "--as",
      paramLabel = "MEMBER",
      defaultValue = "${env:YUNXI_AS}",
      description =
          "act as this member of the dev consortium: its name (CODE/NAME when two departments use"
              + " it), its seed key's name (e.g. officer) or its address; default $YUNXI_AS")
  String as;

  @Option(
      names = "--key",
      paramLabel = "KEYREF",
      description =
          "act with this key instead: keystore:PATH, pkcs12:PATH#ALIAS or seed:TEXT (dev only);"
              + " the password comes from $YUNXI_KEY_PASSWORD or is asked")
  String key;

  @Option(
      names = "--rpc",
      paramLabel = "URL",
      description = "a node other than the dev chain (needs --contracts)")
  URI rpc;

  @Option(
      names = "--contracts",
      paramLabel = "FILE",
      description =
          "the five contract addresses (JSON: consortium, cases, evidence, letters, requests, at"
              + " the top level or under \"contracts\"), with --rpc")
  Path contracts;

  @Option(
      names = "--chain-id",
      paramLabel = "N",
      description = "the chain id, with --rpc (default: asked from the node)")
  Long chainId;

  @Option(
      names = "--index",
      paramLabel = "URL",
      description = "the indexer's query API (default: the dev consortium's, for your department)")
  URI index;

  @Option(
      names = "--index-token",
      paramLabel = "TOKEN",
      defaultValue = "${env:YUNXI_INDEX_TOKEN}",
      description = "the bearer token of --index; default $YUNXI_INDEX_TOKEN")
  String indexToken;

  @Option(
      names = "--home",
      paramLabel = "DIR",
      description = "the dev consortium's state directory (default: $YUNXI_HOME, else .yunxi/)")
  Path home;
}
