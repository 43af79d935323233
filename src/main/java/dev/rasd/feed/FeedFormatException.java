package dev.rasd.feed;

/** The bytes are not an RSS or Atom feed Rome can read; the message says why. */
public final class FeedFormatException extends Exception {
  public FeedFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
