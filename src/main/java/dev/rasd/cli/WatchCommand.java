package dev.rasd.cli;

import dev.rasd.Rasd;
import dev.rasd.feed.FeedList;
import dev.rasd.feed.FeedPoller;
import dev.rasd.feed.FeedStatus;
import dev.rasd.feed.FetchPolicy;
import dev.rasd.feed.PoliteFetcher;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code rasd watch}: polls feeds continuously and ingests new items into the store. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Poll RSS/Atom feeds continuously and ingest new articles. Ctrl-C stops after the batch in flight.",
    footer = {"", "Example:", "  rasd watch --feeds feeds.txt --data data --interval 5m",
        "feeds.txt holds one feed URL per line; lines starting with # are comments."})
public final class WatchCommand implements Callable<Integer> {
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);

  @Option(names = "--feeds", required = true, description = "file listing feed URLs, one per line")
  Path feedsFile;

  @Option(names = "--data", defaultValue = "data", description = "data directory of the store (default: ${DEFAULT-VALUE})")
  Path dataDir;

  @Option(names = "--interval", defaultValue = "5m", converter = IntervalConverter.class,
      description = "time between polls of one feed, e.g. 90s, 5m, 1h (default: ${DEFAULT-VALUE})")
  Duration interval;

  @Override
  public Integer call() {
    List<URI> feeds;
    try {
      feeds = FeedList.read(feedsFile);
    } catch (IOException e) {
      System.err.println("rasd watch: cannot read " + feedsFile + ": " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      System.err.println("rasd watch: " + e.getMessage());
      return 2;
    }
    if (feeds.isEmpty()) {
      System.err.println("rasd watch: " + feedsFile + " lists no feed URLs");
      return 2;
    }
    PrintStream out = System.out;
    try (Rasd rasd = Rasd.open(dataDir); PoliteFetcher fetcher = new PoliteFetcher(FetchPolicy.defaults())) {
      FeedPoller poller = new FeedPoller(feeds, fetcher, batch -> {
        // Feeds are polled on virtual threads; the store takes one batch at a time, in publication order.
        synchronized (rasd) {
          Rasd.IngestResult r = rasd.ingest(batch.stream().sorted(Rasd.PUBLICATION_ORDER).toList());
          out.printf("ingested %d new, %d already stored%n", r.stored().size(), r.alreadyStored().size());
        }
      }, System.err::println, Clock.systemUTC(), interval);
      CountDownLatch finished = new CountDownLatch(1);
      Thread hook = new Thread(() -> {
        poller.stop();
        awaitQuietly(finished);
      }, "rasd-watch-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        poller.run(statuses -> printStatuses(out, statuses));
      } finally {
        finished.countDown();
      }
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    } catch (RuntimeException e) {
      System.err.println("rasd watch: " + dataDir + ": " + e.getMessage());
      return 1;
    }
  }

  private static void printStatuses(PrintStream out, List<FeedStatus> statuses) {
    for (FeedStatus s : statuses) {
      out.println(s.line());
    }
    out.flush();
  }

  private static void awaitQuietly(CountDownLatch finished) {
    try {
      finished.await(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** "90s", "5m", "1h", "2d" (or a bare number of seconds) → Duration. */
  static final class IntervalConverter implements ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*([smhd]?)");

    @Override
    public Duration convert(String value) {
      Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
        throw new TypeConversionException("'" + value + "' is not an interval such as 90s, 5m or 1h");
      }
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        case "d" -> Duration.ofDays(n);
        default -> Duration.ofSeconds(n);
      };
    }
  }
}
