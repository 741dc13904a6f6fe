package io.newsstats.job;

import io.newsstats.input.InvalidInputException;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.resources.BundledFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The knowledge base for a run: the bundled reference data, with the user's --kb folder on top. */
public final class ReferenceData {
  private ReferenceData() {}

  public static KnowledgeBase load(String userDir, Configuration hadoopConf) {
    KnowledgeBase.Source bundled = name -> BundledFiles.openIfPresent(KnowledgeBase.BUNDLED + name);
    if (userDir == null) {
      return KnowledgeBase.load(bundled);
    }
    try {
      Path dir = new Path(userDir);
      FileSystem fs = dir.getFileSystem(hadoopConf);
      if (!fs.exists(dir) || !fs.getFileStatus(dir).isDirectory()) {
        throw new InvalidInputException("--kb " + userDir + ": no such folder");
      }
      boolean any = false;
      for (String file : new String[] {KnowledgeBase.COUNTRIES, KnowledgeBase.LEADERS, KnowledgeBase.TENURES,
          KnowledgeBase.BLOCKERS}) {
        any |= fs.exists(new Path(dir, file));
      }
      if (!any) {
        throw new InvalidInputException("--kb " + userDir + ": none of countries.csv, leaders.csv, tenures.csv, "
            + "blockers.csv is there");
      }
      // Hadoop's FileSystem opens local, HDFS and object-store folders alike (the driver reads them).
      KnowledgeBase.Source user = name -> {
        Path file = new Path(dir, name);
        return fs.exists(file) ? fs.open(file) : null;
      };
      return KnowledgeBase.load(bundled, user, userDir.replaceAll("/+$", ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
