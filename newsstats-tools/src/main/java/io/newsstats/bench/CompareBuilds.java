package io.newsstats.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The per-article analysis of two builds of the project compared in one JVM, passes alternating
 * (A B, B A, A B, ...), by thread CPU time: on a noisy virtual machine two runs of one build differ
 * by more than most changes do, but neighbouring passes see the same machine. Each build runs in its
 * own class loader over its {@code newsstats-job/target/classes} and the dependencies of this one.
 * Usage: CompareBuilds BUILD_A BUILD_B CORPUS.jsonl [PASSES] (each BUILD a checkout, compiled)
 */
public final class CompareBuilds {
  private CompareBuilds() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: CompareBuilds BUILD_A BUILD_B CORPUS.jsonl [PASSES]");
      System.exit(2);
    }
    int passes = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    Object[] runs = new Object[2];
    Method[] pass = new Method[2];
    for (int b = 0; b < 2; b++) {
      Class<?> runner = loader(Path.of(args[b])).loadClass(AnalysisPasses.class.getName());
      runs[b] = runner.getConstructor(String.class).newInstance(args[2]);
      pass[b] = runner.getMethod("pass");
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[][] seconds = new double[2][passes];
    long[] mentions = new long[2];
    for (int p = 0; p < passes; p++) {
      for (int k = 0; k < 2; k++) {
        int b = p % 2 == 0 ? k : 1 - k;
        long start = cpu.getCurrentThreadCpuTime();
        mentions[b] = (Long) pass[b].invoke(runs[b]);
        seconds[b][p] = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
      }
    }
    double[] ratios = new double[passes];
    for (int p = 0; p < passes; p++) {
      ratios[p] = seconds[1][p] / seconds[0][p];
    }
    for (int b = 0; b < 2; b++) {
      System.out.println(String.format(Locale.ROOT, "build_%s_cpu_seconds_median=%.3f mentions=%d (%s)",
          b == 0 ? "a" : "b", median(seconds[b]), mentions[b], args[b]));
    }
    System.out.println(String.format(Locale.ROOT, "b_over_a_median=%.3f (passes %d; first pairs warm the JIT)",
        median(ratios), passes));
  }

  /** This build's classes first (the pass runner), then the build's job classes, then the dependencies. */
  private static URLClassLoader loader(Path build) throws IOException {
    List<URL> urls = new ArrayList<>();
    urls.add(AnalysisPasses.class.getProtectionDomain().getCodeSource().getLocation());
    urls.add(build.resolve("newsstats-job/target/classes/").toUri().toURL());
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    if (!Files.isDirectory(build.resolve("newsstats-job/target/classes"))) {
      throw new IllegalArgumentException(build + " holds no compiled build (newsstats-job/target/classes)");
    }
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
