package cn.yunxi.network;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A consortium description has errors. Carries all of them (not only the first) and the warnings
 * found alongside, so one run shows the operator everything to fix.
 */
public final class InvalidConsortiumException extends NetworkConfigException {
  private static final long serialVersionUID = 1L;

  private final transient List<ValidationError> errors;
  private final transient List<ValidationWarning> warnings;

  public InvalidConsortiumException(
      String source, List<ValidationError> errors, List<ValidationWarning> warnings) {
    super(message(source, errors));
    this.errors = List.copyOf(errors);
    this.warnings = List.copyOf(warnings);
  }

  private static String message(String source, List<ValidationError> errors) {
    return source
        + " has "
        + errors.size()
        + (errors.size() == 1 ? " error" : " errors")
        + ":\n"
        + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n"));
  }

  /** Every error found, in file order; never empty. */
  public List<ValidationError> errors() {
    return errors;
  }

  /** The warnings found alongside the errors. */
  public List<ValidationWarning> warnings() {
    return warnings;
  }
}
