package cn.yunxi.cli;

/** Turns any exception into the one line a user reads: the message, not the exception's class. */
public final class Failures {
  private Failures() {}

  /** The most useful single-line reason in {@code e} or its causes. */
  public static String reason(Throwable e) {
    Throwable t = e;
    // A bare wrapper ("java.io.IOException: ...") says less than what it wraps.
    while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) {
      t = t.getCause();
    }
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      message = t.getClass().getSimpleName();
    }
    // One line: multi-line messages (e.g. a validation report) are kept, the stack is not.
    return message.strip();
  }
}
