package cn.yunxi.demo;

/** The demo's checks along the way: a broken invariant fails the step it is checked in. */
final class Invariants {
  private Invariants() {}

  /**
   * @throws IllegalStateException with {@code otherwise} unless {@code condition}
   */
  static boolean check(boolean condition, String otherwise) {
    if (!condition) {
      throw new IllegalStateException(otherwise);
    }
    return true;
  }
}
