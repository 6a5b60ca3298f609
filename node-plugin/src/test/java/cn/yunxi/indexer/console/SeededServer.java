package cn.yunxi.indexer.console;

import cn.yunxi.indexer.api.Seed;
import cn.yunxi.indexer.api.SeedExtension;
import cn.yunxi.sdk.model.Bytes32;
import java.net.URI;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * What the console test needs of the API tests' seed ({@code cn.yunxi.indexer.api.Seed}): the
 * bureau's server with its index of the seed workflow on Anvil, the tokens, the case number, and
 * the plaintext of the one evidence item deposited with a real SHA-256.
 *
 * <p>{@link Resolver} takes the API tests' seed from their extension, so when both run in one JVM
 * every test class shares one seed (the workflow on Anvil is played once).
 *
 * @param url the bureau's server (query API and console)
 * @param auditorToken the auditor's bearer token
 * @param enforcementToken the bureau's bearer token
 * @param caseNumber the seed case's number (closed, with a decision, a request and a letter)
 * @param enforcement the bureau's department id
 * @param traffic the traffic police's department id
 * @param depositedFile plaintext whose SHA-256 was deposited in the seed case
 */
record SeededServer(
    URI url,
    String auditorToken,
    String enforcementToken,
    String caseNumber,
    Bytes32 enforcement,
    Bytes32 traffic,
    byte[] depositedFile) {

  /** A copy: a test may alter it (to tamper with it) without altering the seed's. */
  @Override
  public byte[] depositedFile() {
    return depositedFile.clone();
  }

  /** Resolves {@link SeededServer} parameters from the API tests' shared seed. */
  static final class Resolver implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == SeededServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      Seed seed = SeedExtension.seed(context);
      return new SeededServer(
          seed.enforcementServer.url(),
          Seed.AUDITOR_TOKEN,
          Seed.ENFORCEMENT_TOKEN,
          Seed.CASE_NUMBER,
          Seed.ENFORCEMENT,
          Seed.TRAFFIC,
          seed.photoContent.clone());
    }
  }
}
