package io.newsstats.fs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The data files of a directory as Spark's readers see them: files and directories whose names
 * begin with _ or . are not data (_SUCCESS, .crc checksums, _temporary).
 */
public final class DataFiles {
  private DataFiles() {}

  /** Whether Spark's readers skip a file or directory of this name. */
  public static boolean hidden(String name) {
    return name.startsWith("_") || name.startsWith(".");
  }

  /**
   * Every data file under a directory, at any depth, not entering hidden directories. Listed with
   * listStatus, not listFiles: the local file system's located statuses load each file's
   * permissions by running {@code ls}, a process per file.
   */
  public static List<FileStatus> under(FileSystem fs, Path directory) throws IOException {
    List<FileStatus> files = new ArrayList<>();
    addUnder(fs, directory, files);
    return files;
  }

  private static void addUnder(FileSystem fs, Path directory, List<FileStatus> files) throws IOException {
    for (FileStatus entry : fs.listStatus(directory)) {
      if (hidden(entry.getPath().getName())) {
        continue;
      }
      if (entry.isDirectory()) {
        addUnder(fs, entry.getPath(), files);
      } else {
        files.add(entry);
      }
    }
  }
}
