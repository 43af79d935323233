package dev.rasd.feed;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps requests to one host at least {@code minDelay} apart, measured from the moment each
 * caller was let through, so a slow previous hop cannot shorten the gap. Callers for one host
 * queue on a lock (a {@link ReentrantLock}, which a sleeping virtual thread does not pin).
 * Uses the monotonic clock: pacing is about real elapsed time, never about the injected clock.
 */
final class HostPacer {
  private static final class Host {
    final ReentrantLock lock = new ReentrantLock();
    long lastStart;
    boolean used;
  }

  private final long minDelayNanos;
  private final ConcurrentMap<String, Host> hosts = new ConcurrentHashMap<>();

  HostPacer(Duration minDelay) {
    this.minDelayNanos = minDelay.toNanos();
  }

  /** Blocks until a request to {@code host} may start, and records that it starts now. */
  void await(String host) throws InterruptedException {
    Host h = hosts.computeIfAbsent(host, k -> new Host());
    h.lock.lockInterruptibly();
    try {
      if (h.used) {
        long wait = h.lastStart + minDelayNanos - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
      }
      h.used = true;
      h.lastStart = System.nanoTime();
    } finally {
      h.lock.unlock();
    }
  }
}
