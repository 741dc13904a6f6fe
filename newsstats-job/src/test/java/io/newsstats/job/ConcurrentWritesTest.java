package io.newsstats.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrentWritesTest {
  @Test
  void runsTheWritesAtOnceAndWaitsForAll() {
    // Each write waits until all three have started: they can only finish if they run side by side.
    CountDownLatch started = new CountDownLatch(3);
    AtomicInteger finished = new AtomicInteger();
    Runnable write = () -> {
      started.countDown();
      try {
        if (!started.await(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("writes did not run concurrently");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      finished.incrementAndGet();
    };
    ConcurrentWrites.run(write, write, write);
    assertEquals(3, finished.get());
  }

  @Test
  void rethrowsTheFailureAsItWasThrownAfterTheOthersFinish() {
    IllegalArgumentException failure = new IllegalArgumentException("output not writable");
    AtomicInteger finished = new AtomicInteger();
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> ConcurrentWrites.run(
        () -> {
          throw failure;
        },
        finished::incrementAndGet));
    assertSame(failure, thrown);
    assertEquals(1, finished.get());
  }
}
