package dev.rasd.text;

/** A word or number at {@code [start, end)} of the text it came from, with its matching key. */
public record Token(String text, int start, int end, String key) {
  public boolean isNumber() {
    return !key.isEmpty() && Character.isDigit(key.charAt(0));
  }
}
