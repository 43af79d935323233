package dev.rasd.extract;

import java.util.List;

/** Title and body after cruft removal, with the body lines that were removed, in order. */
public record CleanText(String title, String text, List<String> removed) {
  public CleanText {
    removed = List.copyOf(removed);
  }
}
