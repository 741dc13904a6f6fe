package io.newsstats.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent table writes at once, each in its own driver thread (Spark schedules the jobs of
 * several threads side by side), waits for all, and rethrows the first failure as it was thrown.
 */
final class ConcurrentWrites {
  private ConcurrentWrites() {}

  static void run(Runnable... writes) {
    ExecutorService pool = Executors.newFixedThreadPool(writes.length, runnable -> {
      Thread thread = new Thread(runnable, "newsstats-write");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> pending = new ArrayList<>();
      for (Runnable write : writes) {
        pending.add(pool.submit(write));
      }
      RuntimeException failure = null;
      for (Future<?> future : pending) {
        try {
          future.get();
        } catch (ExecutionException e) {
          if (failure == null) {
            if (e.getCause() instanceof Error error) {
              throw error;
            }
            failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while writing the tables", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
