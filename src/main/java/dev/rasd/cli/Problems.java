package dev.rasd.cli;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns an exception into the one line the user sees: the innermost message that says something. */
final class Problems {
  private Problems() {
  }

  /** The line for one of several files that could not be read: "file not found: PATH", or what went wrong. */
  static String reading(Throwable e) {
    return notFound(e) ? "file not found: " + cause(e).getMessage() : describe(e);
  }

  /** The line for {@code file} that could not be read: "FILE: file not found", or "FILE: " and what went wrong. */
  static String reading(Path file, Throwable e) {
    return file + ": " + (notFound(e) ? "file not found" : describe(e));
  }

  private static boolean notFound(Throwable e) {
    return cause(e) instanceof NoSuchFileException;
  }

  private static Throwable cause(Throwable e) {
    return e instanceof UncheckedIOException u ? u.getCause() : e;
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
