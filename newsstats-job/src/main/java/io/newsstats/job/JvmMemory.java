package io.newsstats.job;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Peak heap use for run reports and benchmarks, sampled every 20 ms by a daemon thread (a sum of
 * the pools' own peaks would overstate it: eden and old generation peak at different times).
 */
public final class JvmMemory {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static volatile long peakBytes;
  private static Thread sampler;

  private JvmMemory() {}

  /** Starts sampling; later calls do nothing. */
  public static synchronized void startSampling() {
    if (sampler != null) {
      return;
    }
    sampler = new Thread(() -> {
      while (true) {
        peakBytes = Math.max(peakBytes, MEMORY.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "newsstats-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** The highest heap use sampled so far (or the current use, when sampling never started), in MiB. */
  public static long peakHeapMb() {
    return Math.max(peakBytes, MEMORY.getHeapMemoryUsage().getUsed()) / (1024 * 1024);
  }
}
