package dev.rasd.feed;

import dev.rasd.model.Article;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Polls a set of feeds until stopped, handing each feed's new items to a sink as one batch.
 * <ul>
 *   <li>Every due feed is polled on its own virtual thread; calls into the sink are serialised,
 *       because the store behind it is single-writer.</li>
 *   <li>An item is new when its link has not been seen on this feed; links are marked seen only
 *       after the sink returned, so a batch the sink rejected is offered again.</li>
 *   <li>Success schedules the next poll one interval later. A failure schedules it after
 *       {@code interval × 2^failures}, capped at {@value #MAX_BACKOFF_HOURS} h, and logs one line.
 *       A feed answering 410, or failing without a break for {@value #RETIRE_AFTER_DAYS} days,
 *       is retired: logged and never polled again. One feed's failure never touches another.</li>
 *   <li>{@link #stop()} lets polls in flight finish, batch included, then {@link #run} returns.</li>
 * </ul>
 * Time comes from the injected clock, so tests can move days ahead without waiting.
 */
public final class FeedPoller {
  static final int MAX_BACKOFF_HOURS = 6;
  static final int RETIRE_AFTER_DAYS = 3;
  private static final int SEEN_PER_FEED = 5000;

  private final Map<URI, Subscription> feeds = new LinkedHashMap<>();
  private final PoliteFetcher fetcher;
  private final ArticleAssembler assembler;
  private final Consumer<List<Article>> sink;
  private final Consumer<String> log;
  private final Clock clock;
  private final Duration interval;
  private final Object sinkLock = new Object();
  private final CountDownLatch stopSignal = new CountDownLatch(1);

  /** Mutable state of one feed; touched by one poll at a time. */
  private static final class Subscription {
    final URI uri;
    final SequencedSet<String> seen = new LinkedHashSet<>();
    Validators validators = Validators.NONE;
    int failures;
    Instant failingSince;
    Instant nextPoll;
    boolean retired;
    String lastStatus = "not polled yet";
    int lastNew;

    Subscription(URI uri, Instant now) {
      this.uri = uri;
      this.nextPoll = now;
    }

    FeedStatus status() {
      return new FeedStatus(uri, lastNew, lastStatus, nextPoll, retired);
    }
  }

  public FeedPoller(List<URI> feedUris, PoliteFetcher fetcher, Consumer<List<Article>> sink, Consumer<String> log,
      Clock clock, Duration interval) {
    this.fetcher = fetcher;
    this.assembler = new ArticleAssembler(fetcher, log);
    this.sink = sink;
    this.log = log;
    this.clock = clock;
    this.interval = interval;
    for (URI uri : feedUris) {
      feeds.put(uri, new Subscription(uri, clock.instant()));
    }
  }

  /** Polls every feed that is due now, in parallel, and returns all feeds' statuses once they are done. */
  public List<FeedStatus> pollDue() {
    Instant now = clock.instant();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Subscription s : feeds.values()) {
        if (!s.retired && !s.nextPoll.isAfter(now)) {
          threads.submit(() -> poll(s));
        }
      }
    }
    return statuses();
  }

  /** Polls due feeds round after round until {@link #stop()}, reporting statuses after each round. */
  public void run(Consumer<List<FeedStatus>> afterRound) throws InterruptedException {
    while (stopSignal.getCount() > 0) {
      afterRound.accept(pollDue());
      Instant next = feeds.values().stream().filter(s -> !s.retired).map(s -> s.nextPoll)
          .min(Comparator.naturalOrder()).orElse(null);
      if (next == null) {
        log.accept("every feed is retired; stopping");
        return;
      }
      long waitMillis = Math.max(0, Duration.between(clock.instant(), next).toMillis());
      stopSignal.await(waitMillis, TimeUnit.MILLISECONDS);
    }
  }

  /** Asks {@link #run} to return after the polls in flight; safe from a shutdown hook. */
  public void stop() {
    stopSignal.countDown();
  }

  public List<FeedStatus> statuses() {
    List<FeedStatus> out = new ArrayList<>();
    for (Subscription s : feeds.values()) {
      out.add(s.status());
    }
    return out;
  }

  private void poll(Subscription s) {
    switch (fetcher.fetch(s.uri, s.validators)) {
      case FetchResult.NotModified n -> succeeded(s, 0, "HTTP 304 not modified");
      case FetchResult.Fetched f -> ingest(s, f);
      case FetchResult.Failed f when f.failure() == FetchFailure.GONE -> retire(s, f.reason());
      case FetchResult.Failed f -> failed(s, f.reason());
    }
  }

  private void ingest(Subscription s, FetchResult.Fetched fetched) {
    List<FeedItem> items;
    try {
      items = FeedParser.parse(fetched.body(), fetched.uri());
    } catch (FeedFormatException e) {
      failed(s, e.getMessage());
      return;
    }
    List<Article> fresh = new ArrayList<>();
    for (FeedItem item : items) {
      if (!s.seen.contains(item.link())) {
        fresh.add(assembler.fromItem(item));
      }
    }
    if (!fresh.isEmpty()) {
      try {
        synchronized (sinkLock) {
          sink.accept(fresh);
        }
      } catch (RuntimeException e) {
        failed(s, "storing " + fresh.size() + " new items failed: " + e.getMessage());
        return;
      }
      for (Article a : fresh) {
        remember(s, a.id());
      }
    }
    s.validators = fetched.validators();
    succeeded(s, fresh.size(), "HTTP 200, " + items.size() + " items");
  }

  private static void remember(Subscription s, String link) {
    s.seen.add(link);
    if (s.seen.size() > SEEN_PER_FEED) {
      s.seen.removeFirst();
    }
  }

  private void succeeded(Subscription s, int fresh, String status) {
    s.failures = 0;
    s.failingSince = null;
    s.lastNew = fresh;
    s.lastStatus = status;
    s.nextPoll = clock.instant().plus(interval);
  }

  private void failed(Subscription s, String reason) {
    Instant now = clock.instant();
    s.failures++;
    s.lastNew = 0;
    if (s.failingSince == null) {
      s.failingSince = now;
    }
    if (!now.isBefore(s.failingSince.plus(Duration.ofDays(RETIRE_AFTER_DAYS)))) {
      retire(s, reason + " (failing since " + s.failingSince + ")");
      return;
    }
    Duration wait = backoff(interval, s.failures);
    s.lastStatus = "failed: " + reason;
    s.nextPoll = now.plus(wait);
    log.accept("feed " + s.uri + ": " + reason + "; failure " + s.failures + ", retrying in " + wait);
  }

  private void retire(Subscription s, String reason) {
    s.retired = true;
    s.lastNew = 0;
    s.lastStatus = "retired: " + reason;
    log.accept("feed " + s.uri + " retired: " + reason);
  }

  /** {@code interval × 2^failures}, capped at six hours. */
  static Duration backoff(Duration interval, int failures) {
    Duration cap = Duration.ofHours(MAX_BACKOFF_HOURS);
    Duration wait = interval;
    for (int i = 0; i < failures && wait.compareTo(cap) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(cap) > 0 ? cap : wait;
  }
}
