package cn.yunxi.sdk.tx;

import cn.yunxi.sdk.model.Bytes32;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contract refused the call with one of its custom errors (e.g. {@code
 * DataRequestRegistry_SelfApproval}), decoded from the revert data with its named arguments.
 * Argument values are {@code Bytes32}, {@code Address}, {@code BigInteger}, {@code Boolean} or
 * {@code String}.
 */
public class ContractRevertException extends TransactionException {
  private static final long serialVersionUID = 1L;

  private final String error;
  private final transient Map<String, Object> arguments;

  public ContractRevertException(
      String error, Map<String, Object> arguments, Bytes32 transactionHash) {
    super(describe(error, arguments), transactionHash, null);
    this.error = error;
    this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  /** The error's name, e.g. {@code LetterRegistry_Revoked}; {@code Error} or {@code Panic} too. */
  public String error() {
    return error;
  }

  /** The error's arguments by parameter name, in declaration order. */
  public Map<String, Object> arguments() {
    return arguments;
  }

  private static String describe(String error, Map<String, Object> arguments) {
    StringBuilder b = new StringBuilder("refused by the contract: ").append(error).append('(');
    String sep = "";
    for (Map.Entry<String, Object> e : arguments.entrySet()) {
      b.append(sep).append(e.getKey()).append('=').append(e.getValue());
      sep = ", ";
    }
    return b.append(')').toString();
  }
}
