package dev.rasd.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Samples the heap every {@value #PERIOD_MS} ms on a daemon thread: the peak of used heap (what
 * the process needs with its garbage, which depends on -Xmx and the collector), and the peak of
 * heap left after a collection (the live set, which is what must stay under the target). Also
 * counts collections and their time since the sampler started.
 */
final class HeapSampler implements AutoCloseable {
  static final int PERIOD_MS = 50;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final long gcCountAtStart = gcCount();
  private final long gcMillisAtStart = gcMillis();
  private final Thread thread;
  private volatile long peakUsed;
  private volatile long peakAfterGc;

  HeapSampler() {
    thread = Thread.ofPlatform().daemon().name("rasd-bench-heap").start(this::loop);
  }

  private void loop() {
    while (!Thread.currentThread().isInterrupted()) {
      sample();
      try {
        Thread.sleep(PERIOD_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  synchronized void sample() {
    peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
    long afterGc = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage collected = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      afterGc += collected == null ? 0 : collected.getUsed();
    }
    peakAfterGc = Math.max(peakAfterGc, afterGc);
  }

  /** Used heap after asking for a full collection: what the open store and pipeline keep alive. */
  long retainedNow() {
    System.gc();
    sample();
    return memory.getHeapMemoryUsage().getUsed();
  }

  long peakUsed() {
    return peakUsed;
  }

  long peakAfterGc() {
    return peakAfterGc;
  }

  long collections() {
    return gcCount() - gcCountAtStart;
  }

  long collectionMillis() {
    return gcMillis() - gcMillisAtStart;
  }

  private static long gcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .filter(c -> c > 0).sum();
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .filter(c -> c > 0).sum();
  }

  @Override
  public void close() {
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sample();
  }
}
