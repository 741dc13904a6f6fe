package io.newsstats.job;

import io.newsstats.resources.BundledFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Versions stamped into the jar at build time. */
public final class BuildInfo {
  private static final Properties PROPERTIES = load();

  private BuildInfo() {}

  public static String version() {
    return PROPERTIES.getProperty("version", "unknown");
  }

  public static String sparkNlpVersion() {
    return PROPERTIES.getProperty("spark.nlp.version", "unknown");
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = BundledFiles.openIfPresent("newsstats/build.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // versions stay "unknown"; they are informational only
    }
    return properties;
  }
}
