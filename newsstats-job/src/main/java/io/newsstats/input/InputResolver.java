package io.newsstats.input;

import io.newsstats.fs.DataFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Checks that every --input exists (file, directory or glob, any Hadoop file system) and decides
 * its format, before any Spark job starts, so that mistakes fail fast with one clear line.
 */
public final class InputResolver {
  private final Configuration hadoopConf;

  public InputResolver(Configuration hadoopConf) {
    this.hadoopConf = hadoopConf;
  }

  public List<InputSpec> resolve(List<String> paths, InputFormat requested) {
    List<InputSpec> specs = new ArrayList<>();
    for (String path : paths) {
      List<FileStatus> matches = glob(path);
      if (matches.isEmpty()) {
        throw new InvalidInputException("input path not found: " + path);
      }
      InputFormat format = requested == InputFormat.AUTO ? detect(path, matches) : requested;
      specs.add(new InputSpec(path, format, bytes(path, matches)));
    }
    return specs;
  }

  private List<FileStatus> glob(String path) {
    try {
      Path p = new Path(path);
      FileStatus[] statuses = p.getFileSystem(hadoopConf).globStatus(p);
      return statuses == null ? List.of() : List.of(statuses);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidInputException("cannot read input " + path + ": " + e.getMessage());
    }
  }

  private long bytes(String path, List<FileStatus> matches) {
    long total = 0;
    try {
      for (FileStatus status : matches) {
        total += status.isDirectory()
            ? status.getPath().getFileSystem(hadoopConf).getContentSummary(status.getPath()).getLength()
            : status.getLen();
      }
    } catch (IOException e) {
      throw new InvalidInputException("cannot read input " + path + ": " + e.getMessage());
    }
    return total;
  }

  private InputFormat detect(String path, List<FileStatus> matches) {
    Set<InputFormat> found = EnumSet.noneOf(InputFormat.class);
    try {
      for (FileStatus status : matches) {
        if (status.isDirectory()) {
          FileSystem fs = status.getPath().getFileSystem(hadoopConf);
          for (FileStatus child : fs.listStatus(status.getPath())) {
            String name = child.getPath().getName();
            if (child.isFile() && !DataFiles.hidden(name)) {
              InputFormat.byExtension(name).ifPresent(found::add);
            }
          }
        } else {
          InputFormat.byExtension(status.getPath().getName()).ifPresent(found::add);
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException("cannot list input " + path + ": " + e.getMessage());
    }
    if (found.size() == 1) {
      return found.iterator().next();
    }
    if (found.isEmpty()) {
      throw new InvalidInputException("cannot tell the format of " + path
          + " from its file extensions (.jsonl, .json, .parquet, .txt); pass --format");
    }
    throw new InvalidInputException(path + " mixes formats " + found
        + "; give each format its own --input with a glob, or pass --format");
  }
}
