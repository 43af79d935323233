package dev.rasd.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * How politely and defensively to fetch. Tests shrink the delays and timeouts; the clock decides
 * robots.txt freshness.
 *
 * @param connectTimeout  TCP/TLS connect limit
 * @param readTimeout     limit from request to the last body byte
 * @param maxBytes        larger bodies are abandoned, not truncated
 * @param maxRedirects    redirects followed before giving up
 * @param minHostDelay    minimum gap between two requests to the same host
 * @param robotsTtl       how long a host's robots.txt is trusted
 * @param userAgent       sent with every request; its first word is the robots.txt agent name
 */
public record FetchPolicy(Duration connectTimeout, Duration readTimeout, int maxBytes, int maxRedirects,
    Duration minHostDelay, Duration robotsTtl, String userAgent, Clock clock) {
  public static final int FIVE_MB = 5 * 1024 * 1024;

  public static FetchPolicy defaults() {
    return new FetchPolicy(Duration.ofSeconds(10), Duration.ofSeconds(30), FIVE_MB, 5, Duration.ofSeconds(1),
        Duration.ofHours(24), "Rasd/0.1 (Arabic news monitor)", Clock.systemUTC());
  }

  public FetchPolicy withMinHostDelay(Duration delay) {
    return new FetchPolicy(connectTimeout, readTimeout, maxBytes, maxRedirects, delay, robotsTtl, userAgent, clock);
  }

  public FetchPolicy withReadTimeout(Duration timeout) {
    return new FetchPolicy(connectTimeout, timeout, maxBytes, maxRedirects, minHostDelay, robotsTtl, userAgent, clock);
  }

  public FetchPolicy withClock(Clock newClock) {
    return new FetchPolicy(connectTimeout, readTimeout, maxBytes, maxRedirects, minHostDelay, robotsTtl, userAgent, newClock);
  }

  /** The robots.txt agent name: the user agent's product token, e.g. "rasd". */
  String robotsAgent() {
    return userAgent.split("[/ ]", 2)[0].toLowerCase(Locale.ROOT);
  }
}
