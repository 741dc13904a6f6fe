package io.newsstats.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The data files behind the inputs, each with its size, modification time and SHA-256 checksum:
 * what an output records of the inputs it has processed, so that an incremental run knows what is
 * new. Checksums are computed in Spark tasks, one per file, so a corpus on HDFS or S3 is read by the
 * executors, not through the driver; a file whose path, size and modification time match a
 * recorded one keeps its recorded checksum unread (as rsync decides by default).
 */
public final class InputFiles {
  /** One data file; {@code sha256} is null until computed. */
  public record InputFile(String path, InputFormat format, long bytes, long modifiedMillis, String sha256)
      implements Serializable {
    public InputFile withChecksum(String checksum) {
      return new InputFile(path, format, bytes, modifiedMillis, checksum);
    }

    /** Same path, size and modification time: taken as the same file without reading it. */
    public boolean sameListing(InputFile other) {
      return path.equals(other.path) && bytes == other.bytes && modifiedMillis == other.modifiedMillis;
    }

    public InputSpec spec() {
      return new InputSpec(path, format, bytes);
    }
  }

  private InputFiles() {}

  /** Every data file of the inputs, as Spark will read them, without checksums. */
  public static List<InputFile> list(List<InputSpec> inputs, Configuration conf) {
    List<InputFile> files = new ArrayList<>();
    for (InputSpec input : inputs) {
      for (FileStatus status : InputFileCheck.dataFiles(input, conf)) {
        Path qualified = status.getPath();
        files.add(new InputFile(qualified.toString(), input.format(), status.getLen(), status.getModificationTime(),
            null));
      }
    }
    return files;
  }

  /**
   * The files with their checksums: taken from {@code known} (recorded by earlier runs, by path)
   * when the listing matches, otherwise read in Spark tasks.
   */
  public static List<InputFile> withChecksums(SparkSession spark, List<InputFile> files, Map<String, InputFile> known) {
    List<InputFile> result = new ArrayList<>(files.size());
    List<String> toRead = new ArrayList<>();
    for (InputFile file : files) {
      InputFile recorded = known.get(file.path());
      if (recorded != null && recorded.sha256() != null && recorded.sameListing(file)) {
        result.add(file.withChecksum(recorded.sha256()));
      } else {
        toRead.add(file.path());
      }
    }
    if (toRead.isEmpty()) {
      return result;
    }
    byte[] conf = InputFileCheck.serialize(spark.sparkContext().hadoopConfiguration());
    List<String[]> sums = new JavaSparkContext(spark.sparkContext())
        .parallelize(toRead, Math.max(1, Math.min(toRead.size(), spark.sparkContext().defaultParallelism() * 4)))
        .map(path -> new String[] {path, sha256(path, InputFileCheck.deserialize(conf))})
        .collect();
    Map<String, String> byPath = new java.util.HashMap<>();
    sums.forEach(s -> byPath.put(s[0], s[1]));
    result.clear();
    for (InputFile file : files) {
      InputFile recorded = known.get(file.path());
      result.add(byPath.containsKey(file.path()) ? file.withChecksum(byPath.get(file.path()))
          : file.withChecksum(recorded.sha256()));
    }
    return result;
  }

  /** SHA-256 of the file's bytes as stored (a gzip file's compressed bytes), in hex. */
  public static String sha256(String file, Configuration conf) {
    Path path = new Path(file);
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read input file " + file + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
