package dev.rasd.feed;

import java.net.URI;

/** The outcome of one polite fetch, redirects already followed. */
public sealed interface FetchResult {
  URI uri();

  /** A 200 answer; {@code uri} is the final address after redirects. */
  record Fetched(URI uri, byte[] body, String contentType, Validators validators) implements FetchResult {
  }

  /** A 304 answer to a conditional GET: nothing changed since the validators were issued. */
  record NotModified(URI uri) implements FetchResult {
  }

  /** No content; {@code status} is the HTTP status or 0 when none was received. */
  record Failed(URI uri, FetchFailure failure, int status, String reason) implements FetchResult {
    @Override
    public String toString() {
      return uri + ": " + reason;
    }
  }
}
