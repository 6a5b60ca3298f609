package cn.yunxi.cli;

import picocli.CommandLine;

/** {@code yunxi --version}: the jar's version, from its manifest when there is one. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = YunxiCli.class.getPackage().getImplementationVersion();
    return new String[] {"yunxi " + (v == null ? "0.1.0-SNAPSHOT" : v)};
  }
}
