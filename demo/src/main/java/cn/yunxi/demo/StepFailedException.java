package cn.yunxi.demo;

/** A demo step that failed: its label and the cause, for the {@code DEMO FAILED at} line. */
final class StepFailedException extends RuntimeException {
  private final String step;

  StepFailedException(String step, Throwable cause) {
    super(describe(cause), cause);
    this.step = step;
  }

  String step() {
    return step;
  }

  /** The cause's message, with its type when the message alone says too little. */
  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    if (message == null || message.isBlank()) {
      return cause.getClass().getSimpleName();
    }
    return cause instanceof IllegalStateException
        ? message
        : cause.getClass().getSimpleName() + ": " + message;
  }
}
