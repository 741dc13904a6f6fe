package io.newsstats.input;

import io.newsstats.fs.DataFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Finds the input files Spark could not read to the end: compressed files that are truncated or
 * not what their extension says, and Parquet files that are truncated or corrupt. Read inside the
 * job, such a file ends the run with a stack trace and names no file, so each one is read here
 * first, one Spark task per file, and the failures come back as data. Uncompressed JSON lines and
 * text cannot be unreadable as files: their bad records are rejected one by one.
 */
public final class InputFileCheck {
  /** A file that could not be read, and why, in a few words. */
  public record BadFile(String path, String reason) implements Serializable {}

  private InputFileCheck() {}

  /** Every data file of the inputs Spark would read: hidden and underscore names skipped, as Spark does. */
  public static List<FileStatus> dataFiles(InputSpec input, Configuration conf) {
    List<FileStatus> files = new ArrayList<>();
    try {
      Path path = new Path(input.path());
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      for (FileStatus match : matches == null ? new FileStatus[0] : matches) {
        if (!match.isDirectory()) {
          files.add(match);
          continue;
        }
        files.addAll(DataFiles.under(fs, match.getPath()));
      }
    } catch (IOException e) {
      throw new InvalidInputException("cannot list input " + input.path() + ": " + e.getMessage());
    }
    return files;
  }

  /** Whether a file must be read whole to know it is readable: compressed or Parquet. */
  static boolean needsCheck(String path, InputFormat format, CompressionCodecFactory codecs) {
    return format == InputFormat.PARQUET || codecs.getCodec(new Path(path)) != null;
  }

  /** The unreadable files among the inputs' data files, in input order. */
  public static List<BadFile> unreadable(SparkSession spark, List<InputSpec> inputs) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
    List<String[]> toCheck = new ArrayList<>();
    for (InputSpec input : inputs) {
      for (FileStatus file : dataFiles(input, conf)) {
        String path = file.getPath().toString();
        if (needsCheck(path, input.format(), codecs)) {
          toCheck.add(new String[] {path, input.format().name()});
        }
      }
    }
    if (toCheck.isEmpty()) {
      return List.of();
    }
    byte[] confBytes = serialize(conf);
    // Plain string pairs travel back: Kryo cannot build records (no no-argument constructor).
    List<String[]> bad = new JavaSparkContext(spark.sparkContext())
        .parallelize(toCheck, Math.max(1, Math.min(toCheck.size(), spark.sparkContext().defaultParallelism() * 4)))
        .flatMap(file -> {
          String problem = readWhole(file[0], InputFormat.valueOf(file[1]), deserialize(confBytes));
          return (problem == null ? List.<String[]>of() : List.<String[]>of(new String[] {file[0], problem})).iterator();
        })
        .collect();
    return bad.stream().map(b -> new BadFile(b[0], b[1])).toList();
  }

  /** Reads the file to its end; null when it reads, else why it does not. */
  static String readWhole(String file, InputFormat format, Configuration conf) {
    Path path = new Path(file);
    try {
      if (format == InputFormat.PARQUET) {
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), path).withConf(conf).build()) {
          while (reader.read() != null) {
            // every record decoded: pages, dictionaries and checksums
          }
        }
        return null;
      }
      CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
      try (InputStream raw = path.getFileSystem(conf).open(path);
          InputStream in = codec == null ? raw : codec.createInputStream(raw)) {
        byte[] buffer = new byte[1 << 16];
        while (in.read(buffer) >= 0) {
          // decompressed to the end
        }
      }
      return null;
    } catch (Exception | LinkageError e) {
      return describe(e, format);
    }
  }

  /** A short reason for a read failure, with the library's own words after it. */
  static String describe(Throwable e, InputFormat format) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String words = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
    String kind;
    if (format == InputFormat.PARQUET) {
      kind = words.contains("is not a Parquet file") ? "truncated, or not a Parquet file" : "corrupt or truncated Parquet";
    } else if (root instanceof EOFException || words.contains("Unexpected end")) {
      kind = "truncated compressed file";
    } else if (words.toLowerCase(java.util.Locale.ROOT).contains("not a gzip") || words.contains("incorrect header")) {
      kind = "not the compression its extension names";
    } else {
      kind = "cannot be decompressed";
    }
    return kind + " (" + words + ")";
  }

  /**
   * The inputs without the given files: an input holding one of them is replaced by its other
   * files, one input each.
   */
  public static List<InputSpec> without(List<InputSpec> inputs, List<BadFile> bad, Configuration conf) {
    java.util.Set<String> badPaths = new java.util.HashSet<>();
    bad.forEach(b -> badPaths.add(b.path()));
    List<InputSpec> kept = new ArrayList<>();
    for (InputSpec input : inputs) {
      List<FileStatus> files = dataFiles(input, conf);
      if (files.stream().noneMatch(f -> badPaths.contains(f.getPath().toString()))) {
        kept.add(input);
        continue;
      }
      for (FileStatus file : files) {
        if (!badPaths.contains(file.getPath().toString())) {
          kept.add(new InputSpec(file.getPath().toString(), input.format(), file.getLen()));
        }
      }
    }
    return kept;
  }

  static byte[] serialize(Configuration conf) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); DataOutputStream out = new DataOutputStream(bytes)) {
      conf.write(out);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Configuration deserialize(byte[] bytes) throws IOException {
    Configuration conf = new Configuration(false);
    conf.readFields(new DataInputStream(new ByteArrayInputStream(bytes)));
    return conf;
  }
}
