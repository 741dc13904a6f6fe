package io.newsstats.resources;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;

/**
 * Opens the files bundled in the job's jar (reference data, lexicons, models).
 *
 * <p>Not {@code ClassLoader.getResourceAsStream}: it reads through the JVM-wide cache of open jar
 * files and registers the cached jar with the class loader, so whoever closes any class loader over
 * the same jar closes it for every reader (JDK-8205976), and it turns the resulting IOException
 * into a silent null. On a YARN executor this showed as a bundled file "not found" in a jar that
 * holds it. Here the jar is opened uncached, and a failure keeps its cause.
 */
public final class BundledFiles {
  private BundledFiles() {}

  /** The bundled file at {@code path} inside the jar; FileNotFoundException when the jar lacks it. */
  public static InputStream open(String path) throws IOException {
    return open(BundledFiles.class.getClassLoader(), path);
  }

  static InputStream open(ClassLoader loader, String path) throws IOException {
    URL url = loader.getResource(path);
    if (url == null) {
      throw new FileNotFoundException("bundled file " + path + " is missing from the jar");
    }
    return openUncached(url);
  }

  /** As {@link #open}, or null when the jar lacks the file (for optional files). */
  public static InputStream openIfPresent(String path) throws IOException {
    URL url = BundledFiles.class.getClassLoader().getResource(path);
    return url == null ? null : openUncached(url);
  }

  private static InputStream openUncached(URL url) throws IOException {
    URLConnection connection = url.openConnection();
    connection.setUseCaches(false);
    return connection.getInputStream();
  }
}
