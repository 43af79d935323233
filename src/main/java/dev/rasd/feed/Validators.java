package dev.rasd.feed;

/** What a server said about a resource's version, sent back for a conditional GET; either part may be null. */
public record Validators(String etag, String lastModified) {
  public static final Validators NONE = new Validators(null, null);
}
