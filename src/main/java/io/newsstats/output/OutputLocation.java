package io.newsstats.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The --output directory on any Hadoop file system: checked up front, tables under it, the manifest last. */
public final class OutputLocation {
  public static final String MANIFEST = "_manifest.json";
  private final Path root;
  private final FileSystem fs;

  private OutputLocation(Path root, FileSystem fs) {
    this.root = root;
    this.fs = fs;
  }

  /**
   * Creates the directory if needed and proves it writable with a probe file, so that a wrong
   * path fails in a second rather than after the whole job.
   */
  public static OutputLocation open(String dir, Configuration hadoopConf) {
    try {
      Path root = new Path(dir);
      FileSystem fs = root.getFileSystem(hadoopConf);
      if (fs.exists(root)) {
        FileStatus status = fs.getFileStatus(root);
        if (!status.isDirectory()) {
          throw new InvalidOutputException("output " + dir + " is a file, not a directory");
        }
      } else if (!fs.mkdirs(root)) {
        throw new InvalidOutputException("cannot create output directory " + dir);
      }
      Path probe = new Path(root, "_newsstats_write_check");
      try (OutputStream out = fs.create(probe, true)) {
        out.write('x');
      }
      fs.delete(probe, false);
      return new OutputLocation(fs.makeQualified(root), fs);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidOutputException("cannot write to output " + dir + ": " + oneLine(e));
    }
  }

  public String table(String name) {
    return new Path(root, name).toString();
  }

  public String root() {
    return root.toString();
  }

  /** Removed before a run starts, so a failed run never leaves an earlier run's manifest behind. */
  public void deleteManifest() throws IOException {
    fs.delete(new Path(root, MANIFEST), false);
  }

  /** Written last, through a temporary file and a rename, so readers never see half a manifest. */
  public void writeManifest(String json) throws IOException {
    Path tmp = new Path(root, "." + MANIFEST + ".tmp");
    try (OutputStream out = fs.create(tmp, true)) {
      out.write(json.getBytes(StandardCharsets.UTF_8));
    }
    Path target = new Path(root, MANIFEST);
    fs.delete(target, false);
    if (!fs.rename(tmp, target)) {
      throw new IOException("cannot rename " + tmp + " to " + target);
    }
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
