package dev.rasd.cli;

/** Turns an exception into the one line the user sees: the innermost message that says something. */
final class Problems {
  private Problems() {
  }

  static String describe(Throwable e) {
    Throwable t = e;
    String message = null;
    while (t != null) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
        break;
      }
      t = t.getCause();
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
