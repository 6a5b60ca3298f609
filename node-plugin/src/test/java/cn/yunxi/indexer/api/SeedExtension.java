package cn.yunxi.indexer.api;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands the API's integration tests one {@link Seed} for the whole run: the workflow on Anvil takes
 * a while, and every test only reads what it left. Kept in the root context's store, which closes
 * it (Anvil, servers, index) when the run ends. Other test packages (the console's) share it.
 */
public final class SeedExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SeedExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Seed.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return seed(context);
  }

  /** The run's one seed, played on first use. */
  public static Seed seed(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Seed.class, key -> start(), Seed.class);
  }

  private static Seed start() {
    try {
      return new Seed();
    } catch (Exception e) {
      throw new IllegalStateException("the seed workflow could not be played and indexed", e);
    }
  }
}
