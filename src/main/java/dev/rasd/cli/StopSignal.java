package dev.rasd.cli;

import java.util.concurrent.CountDownLatch;

/**
 * Ctrl-C as the end of a long-running command. {@link #await()} blocks until the user stops the
 * program; the JVM's shutdown then waits for {@link #close()}, so the store is closed cleanly
 * instead of being cut off mid-commit. Declare it before the store in a try-with-resources so it
 * closes after it. Before {@code await} nothing is hooked: an interrupted ingest is left to the
 * store's atomic batches.
 */
final class StopSignal implements AutoCloseable {
  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread hook = new Thread(() -> {
    stopRequested.countDown();
    awaitQuietly(closed);
  }, "rasd-stop");
  private boolean hooked;

  /** Blocks until Ctrl-C (or until the calling thread is interrupted). */
  void await() throws InterruptedException {
    Runtime.getRuntime().addShutdownHook(hook);
    hooked = true;
    stopRequested.await();
  }

  @Override
  public void close() {
    closed.countDown();
    if (hooked) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running: it was waiting for the countDown above and now lets the JVM exit.
      }
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
