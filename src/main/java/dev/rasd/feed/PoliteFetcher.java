package dev.rasd.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches URLs the way a well-behaved crawler does, turning every problem into a
 * {@link FetchResult.Failed} instead of an exception.
 * <ul>
 *   <li>robots.txt of each host is read (and cached for {@link FetchPolicy#robotsTtl()}) before
 *       any other request to it; a 4xx robots.txt allows everything, a 5xx or unreachable one
 *       disallows everything (as RFC 9309 advises) but is retried after ten minutes;</li>
 *   <li>requests to one host are spaced by {@link HostPacer};</li>
 *   <li>conditional GET with {@code If-None-Match}/{@code If-Modified-Since};</li>
 *   <li>redirects are followed by hand (each hop is paced and checked against robots.txt), at
 *       most {@link FetchPolicy#maxRedirects()}, and a revisited address is a loop;</li>
 *   <li>the read timeout covers the whole exchange: a watchdog closes a body that trickles in
 *       past it; bodies over {@link FetchPolicy#maxBytes()} are abandoned as soon as the
 *       {@code Content-Length} or the bytes read say so.</li>
 * </ul>
 * Thread-safe; meant to be shared by the virtual threads of a poller.
 */
public final class PoliteFetcher implements AutoCloseable {
  private record Robots(RobotsRules rules, Instant expires) {
  }

  /** An unreachable robots.txt disallows only until this retry, not for the whole TTL. */
  private static final Duration ROBOTS_RETRY = Duration.ofMinutes(10);

  private final FetchPolicy policy;
  private final HttpClient client;
  private final HostPacer pacer;
  private final ConcurrentMap<String, Robots> robots = new ConcurrentHashMap<>();
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "rasd-fetch-watchdog");
    t.setDaemon(true);
    return t;
  });

  public PoliteFetcher(FetchPolicy policy) {
    this.policy = policy;
    this.client = HttpClient.newBuilder()
        .connectTimeout(policy.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.pacer = new HostPacer(policy.minHostDelay());
  }

  public FetchResult fetch(URI url) {
    return fetch(url, Validators.NONE);
  }

  /** GETs {@code url}, sending {@code validators} for a conditional answer. */
  public FetchResult fetch(URI url, Validators validators) {
    return follow(url, validators, true);
  }

  private FetchResult follow(URI start, Validators validators, boolean obeyRobots) {
    Set<URI> visited = new HashSet<>();
    URI url = start;
    for (int hop = 0; ; hop++) {
      if (!isHttp(url)) {
        return new FetchResult.Failed(url, FetchFailure.BAD_URL, 0, "not an http(s) URL");
      }
      if (!visited.add(url)) {
        return new FetchResult.Failed(start, FetchFailure.REDIRECT_LOOP, 0, "redirect loop back to " + url);
      }
      if (hop > policy.maxRedirects()) {
        return new FetchResult.Failed(start, FetchFailure.TOO_MANY_REDIRECTS, 0,
            "more than " + policy.maxRedirects() + " redirects");
      }
      if (obeyRobots && !robotsFor(url).allows(pathAndQuery(url))) {
        return new FetchResult.Failed(url, FetchFailure.ROBOTS_DISALLOWED, 0, "disallowed by robots.txt");
      }
      Exchange answer = exchange(url, hop == 0 ? validators : Validators.NONE);
      if (answer.result != null) {
        return answer.result;
      }
      url = answer.redirect;
    }
  }

  /** Either a final result or the next address to try. */
  private record Exchange(FetchResult result, URI redirect) {
  }

  private Exchange exchange(URI url, Validators validators) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .timeout(policy.readTimeout())
        .header("User-Agent", policy.userAgent())
        .header("Accept", "application/rss+xml, application/atom+xml, text/html, application/xml;q=0.9, */*;q=0.8")
        .GET();
    if (validators.etag() != null) {
      request.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      request.header("If-Modified-Since", validators.lastModified());
    }
    AtomicBoolean timedOut = new AtomicBoolean();
    try {
      pacer.await(url.getHost());
      HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        ScheduledFuture<?> guard = watchdog.schedule(() -> closeQuietly(body, timedOut),
            policy.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
          return answer(url, response, body);
        } finally {
          guard.cancel(false);
        }
      }
    } catch (HttpConnectTimeoutException e) {
      return failed(url, FetchFailure.TIMEOUT, "connect timed out after " + policy.connectTimeout().toMillis() + " ms");
    } catch (HttpTimeoutException e) {
      return failed(url, FetchFailure.TIMEOUT, "no answer within " + policy.readTimeout().toMillis() + " ms");
    } catch (IOException e) {
      if (timedOut.get()) {
        return failed(url, FetchFailure.TIMEOUT, "body not complete within " + policy.readTimeout().toMillis() + " ms");
      }
      return failed(url, FetchFailure.NETWORK, "network error: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(url, FetchFailure.NETWORK, "interrupted");
    }
  }

  private Exchange answer(URI url, HttpResponse<InputStream> response, InputStream body) throws IOException {
    int status = response.statusCode();
    if (status >= 300 && status < 400 && status != 304) {
      return response.headers().firstValue("Location")
          .map(location -> new Exchange(null, url.resolve(location.strip())))
          .orElseGet(() -> failed(url, FetchFailure.HTTP_STATUS, "HTTP " + status + " without Location"));
    }
    if (status == 304) {
      return new Exchange(new FetchResult.NotModified(url), null);
    }
    if (status == 410) {
      return new Exchange(new FetchResult.Failed(url, FetchFailure.GONE, status, "HTTP 410 Gone"), null);
    }
    if (status != 200) {
      return new Exchange(new FetchResult.Failed(url, FetchFailure.HTTP_STATUS, status, "HTTP " + status), null);
    }
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > policy.maxBytes()) {
      return failed(url, FetchFailure.TOO_LARGE, "Content-Length " + declared + " exceeds " + policy.maxBytes() + " bytes");
    }
    byte[] bytes = readAtMost(body, policy.maxBytes());
    if (bytes == null) {
      return failed(url, FetchFailure.TOO_LARGE, "body exceeds " + policy.maxBytes() + " bytes");
    }
    Validators validators = new Validators(response.headers().firstValue("ETag").orElse(null),
        response.headers().firstValue("Last-Modified").orElse(null));
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    return new Exchange(new FetchResult.Fetched(url, bytes, contentType, validators), null);
  }

  /** The body, or null as soon as it grows past {@code max}. */
  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    int n;
    while ((n = in.read(buf)) > 0) {
      if (out.size() + n > max) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private RobotsRules robotsFor(URI url) {
    String origin = origin(url);
    Instant now = policy.clock().instant();
    Robots cached = robots.get(origin);
    if (cached != null && cached.expires().isAfter(now)) {
      return cached.rules();
    }
    Instant expires = now.plus(policy.robotsTtl());
    RobotsRules rules = switch (follow(URI.create(origin + "/robots.txt"), Validators.NONE, false)) {
      case FetchResult.Fetched f -> RobotsRules.parse(new String(f.body(), StandardCharsets.UTF_8), policy.robotsAgent());
      case FetchResult.Failed f when f.status() >= 400 && f.status() < 500 -> RobotsRules.ALLOW_ALL;
      case FetchResult.Failed f -> {
        expires = now.plus(ROBOTS_RETRY.compareTo(policy.robotsTtl()) < 0 ? ROBOTS_RETRY : policy.robotsTtl());
        yield RobotsRules.DISALLOW_ALL;
      }
      case FetchResult.NotModified n -> RobotsRules.ALLOW_ALL;
    };
    robots.put(origin, new Robots(rules, expires));
    return rules;
  }

  private static Exchange failed(URI url, FetchFailure failure, String reason) {
    return new Exchange(new FetchResult.Failed(url, failure, 0, reason), null);
  }

  private static void closeQuietly(InputStream body, AtomicBoolean timedOut) {
    timedOut.set(true);
    try {
      body.close();
    } catch (IOException e) {
      // closing is only a way to unblock the reader; nothing to report
    }
  }

  private static boolean isHttp(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null;
  }

  private static String origin(URI url) {
    return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority();
  }

  private static String pathAndQuery(URI url) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
    client.close();
  }
}
