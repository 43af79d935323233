package dev.rasd.feed;

import java.net.URI;
import java.time.Instant;

/** One feed's state after its last poll, as the watch command shows it. */
public record FeedStatus(URI feed, int newItems, String lastStatus, Instant nextPoll, boolean retired) {
  public String line() {
    String next = retired ? "retired" : "next " + nextPoll;
    return "%s | new %d | %s | %s".formatted(feed, newItems, lastStatus, next);
  }
}
