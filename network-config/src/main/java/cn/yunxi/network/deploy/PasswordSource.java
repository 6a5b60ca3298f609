package cn.yunxi.network.deploy;

import cn.yunxi.network.KeyRef;
import java.util.Objects;
import java.util.function.Function;

/**
 * Gives the password of a {@code keystore:} or {@code pkcs12:} key when the {@link KeyResolver}
 * opens it. The caller owns the returned array and clears it after use.
 */
@FunctionalInterface
public interface PasswordSource {
  /**
   * The password of {@code key}.
   *
   * @throws DeploymentException if there is none
   */
  char[] password(KeyRef key);

  /** No passwords: opening a keystore or PKCS#12 key fails, saying how to give one. */
  static PasswordSource none() {
    return key -> {
      throw new DeploymentException(
          key
              + " needs a password: give the deployer a password source (e.g. an environment"
              + " variable)");
    };
  }

  /** The same password for every key. */
  static PasswordSource of(char[] password) {
    char[] copy = Objects.requireNonNull(password, "password").clone();
    return key -> copy.clone();
  }

  /** The password in the environment variable {@code variable}, for every key. */
  static PasswordSource environment(String variable) {
    return environment(variable, System::getenv);
  }

  /** As {@link #environment(String)}, reading variables through {@code env} (tests). */
  static PasswordSource environment(String variable, Function<String, String> env) {
    Objects.requireNonNull(variable, "variable");
    return key -> {
      String value = env.apply(variable);
      if (value == null) {
        throw new DeploymentException(
            key + " needs a password: set the environment variable " + variable);
      }
      return value.toCharArray();
    };
  }
}
