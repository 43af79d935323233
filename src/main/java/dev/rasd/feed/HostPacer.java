package dev.rasd.feed;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Keeps requests to one host at least {@code minDelay} apart. Each caller reserves the next free
 * slot atomically and sleeps until it, so concurrent virtual threads queue instead of bursting.
 * Uses the monotonic clock: pacing is about real elapsed time, never about the injected clock.
 */
final class HostPacer {
  private final long minDelayNanos;
  private final ConcurrentMap<String, Long> nextSlot = new ConcurrentHashMap<>();

  HostPacer(Duration minDelay) {
    this.minDelayNanos = minDelay.toNanos();
  }

  void await(String host) throws InterruptedException {
    long now = System.nanoTime();
    long[] slot = new long[1];
    nextSlot.compute(host, (h, next) -> {
      slot[0] = next == null || next - now < 0 ? now : next;
      return slot[0] + minDelayNanos;
    });
    long wait = slot[0] - now;
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }
}
