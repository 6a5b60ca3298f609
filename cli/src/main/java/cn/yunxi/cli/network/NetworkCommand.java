package cn.yunxi.cli.network;

import picocli.CommandLine.Command;

/** {@code yunxi network …}: the Besu network of a consortium. */
@Command(
    name = "network",
    description = "Generate the Besu QBFT network of a consortium.yaml.",
    mixinStandardHelpOptions = true,
    subcommands = {NetworkGenerateCommand.class})
public final class NetworkCommand {}
