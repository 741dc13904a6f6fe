package io.newsstats.output;

import io.newsstats.fs.DataFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The --output directory on any Hadoop file system, replaced as a whole and only by a finished run.
 *
 * <p>A run writes every table and then the manifest into a staging directory beside the output
 * ({@code .NAME.staging-RUN}); {@link #commit} then moves the previous output aside
 * ({@code .NAME.previous-RUN}), renames the staging directory into its place and deletes the
 * previous one. So a run killed at any moment leaves either the previous output or the new one,
 * never a mix, and a table of an earlier run never survives a rerun that does not write it. The
 * one instant with no output (between the two renames) is repaired by the next {@link #open}:
 * a previous output with no output beside it is moved back. One run per output at a time.
 *
 * <p>An incremental run stages only what it adds: new files of the appended tables, whole new
 * copies of the tables it replaces, and the month partitions it rewrote. {@link #commitUpdate}
 * writes a journal of these into the staging directory and then moves each piece into the output,
 * the manifest last; each move is done only if its source is still there, so a run killed during
 * the moves is finished by the next {@link #open} from the journal (and a run killed before the
 * journal leaves the output untouched).
 */
public final class OutputLocation {
  private static final Logger LOG = LoggerFactory.getLogger(OutputLocation.class);
  public static final String MANIFEST = "_manifest.json";
  private static final String STAGING = ".staging-";
  private static final String PREVIOUS = ".previous-";
  private static final String JOURNAL = "_commit.json";
  private static final String REPLACED = "_replaced";
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  /** How an incremental run's staged tables go into the output. */
  public record Update(List<String> appended, List<String> replaced, List<String> partitioned) {}

  private final Path root;
  private final Path staging;
  private final FileSystem fs;
  private boolean committed;

  private OutputLocation(Path root, Path staging, FileSystem fs) {
    this.root = root;
    this.staging = staging;
    this.fs = fs;
  }

  /**
   * Checks the output (a directory, either new, empty or an earlier newsstats output), repairs
   * what a killed run left, and creates this run's staging directory with a probe file in it, so
   * that a wrong or read-only path fails in a second rather than after the whole job.
   */
  public static OutputLocation open(String dir, Configuration hadoopConf) {
    try {
      Path given = new Path(dir);
      FileSystem fs = given.getFileSystem(hadoopConf);
      Path root = fs.makeQualified(given);
      if (root.getParent() == null) {
        throw new InvalidOutputException("output " + dir + " is a file system root; give a directory under it");
      }
      recoverInterruptedSwap(fs, root);
      if (fs.exists(root)) {
        FileStatus status = fs.getFileStatus(root);
        if (!status.isDirectory()) {
          throw new InvalidOutputException("output " + dir + " is a file, not a directory");
        }
        if (fs.listStatus(root).length > 0 && !fs.exists(new Path(root, MANIFEST))) {
          throw new InvalidOutputException("output " + dir + " is not empty and holds no newsstats output (no "
              + MANIFEST + "); a run replaces the whole directory, so give a new or empty one");
        }
      }
      for (Path stale : siblings(fs, root, STAGING)) {
        if (fs.exists(new Path(stale, JOURNAL))) {
          LOG.warn("finishing the commit of {}, an incremental run interrupted while moving its tables in", stale);
          applyJournal(fs, stale, root);
        }
        LOG.warn("removing {}, left by an interrupted run", stale);
        fs.delete(stale, true);
      }
      String run = Long.toString(System.currentTimeMillis(), 36)
          + Long.toString(Math.floorMod(new java.security.SecureRandom().nextLong(), 36L * 36 * 36 * 36), 36);
      Path staging = new Path(root.getParent(), "." + root.getName() + STAGING + run);
      if (!fs.mkdirs(staging)) {
        throw new InvalidOutputException("cannot create " + staging + " beside the output");
      }
      Path probe = new Path(staging, "_newsstats_write_check");
      try (OutputStream out = fs.create(probe, true)) {
        out.write('x');
      }
      fs.delete(probe, false);
      return new OutputLocation(root, staging, fs);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidOutputException("cannot write to output " + dir + " (the run writes beside it, then"
          + " swaps it in): " + oneLine(e));
    }
  }

  /** Where a table of this run is written (in the staging directory until {@link #commit}). */
  public String table(String name) {
    return new Path(committed ? root : staging, name).toString();
  }

  /** Where a table of the output as it stands (before this run's commit) lies. */
  public String live(String name) {
    return new Path(root, name).toString();
  }

  /** Whether the output as it stands has this table. */
  public boolean hasLive(String name) throws IOException {
    return fs.exists(new Path(root, name));
  }

  /** The manifest of the output as it stands, or null when there is no output yet. */
  public String liveManifest() throws IOException {
    Path manifest = new Path(root, MANIFEST);
    if (!fs.exists(manifest)) {
      return null;
    }
    try (java.io.InputStream in = fs.open(manifest)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The output directory the user named, qualified. */
  public String root() {
    return root.toString();
  }

  public boolean contains(Path path) {
    String inside = fs.makeQualified(path).toString();
    return inside.equals(root.toString()) || inside.startsWith(root + "/");
  }

  /**
   * Writes the manifest (last, through a temporary file, so readers never see half of one) and
   * swaps the staging directory in as the output.
   */
  public void commit(String manifestJson) throws IOException {
    Path tmp = new Path(staging, "." + MANIFEST + ".tmp");
    try (OutputStream out = fs.create(tmp, true)) {
      out.write(manifestJson.getBytes(StandardCharsets.UTF_8));
    }
    rename(tmp, new Path(staging, MANIFEST));
    Path previous = new Path(root.getParent(), "." + root.getName() + PREVIOUS
        + staging.getName().substring(staging.getName().lastIndexOf('-') + 1));
    boolean hadOutput = fs.exists(root);
    if (hadOutput) {
      rename(root, previous);
    }
    rename(staging, root);
    committed = true;
    if (hadOutput) {
      fs.delete(previous, true);
    }
  }

  /**
   * Moves an incremental run's staged tables into the output as {@code update} says, then the
   * manifest, through a journal (see the class comment); the staging directory is then removed.
   */
  public void commitUpdate(Update update, String manifestJson) throws IOException {
    writeAtomically(new Path(staging, MANIFEST), manifestJson);
    Map<String, Object> journal = new java.util.LinkedHashMap<>();
    journal.put("appended", update.appended());
    journal.put("replaced", update.replaced());
    journal.put("partitioned", update.partitioned());
    writeAtomically(new Path(staging, JOURNAL), JSON.writeValueAsString(journal));
    applyJournal(fs, staging, root);
    committed = true;
    fs.delete(staging, true);
  }

  private void writeAtomically(Path target, String text) throws IOException {
    Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
    try (OutputStream out = fs.create(tmp, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    rename(tmp, target);
  }

  /** Carries out a journal; every step checks its source first, so it can be repeated after a kill. */
  @SuppressWarnings("unchecked")
  static void applyJournal(FileSystem fs, Path staging, Path root) throws IOException {
    Map<String, List<String>> journal;
    try (java.io.InputStream in = fs.open(new Path(staging, JOURNAL))) {
      journal = JSON.readValue(in, Map.class);
    }
    Path replaced = new Path(staging, REPLACED);
    for (String table : journal.get("appended")) {
      Path from = new Path(staging, table);
      Path to = new Path(root, table);
      if (!fs.exists(from)) {
        continue;
      }
      fs.mkdirs(to);
      for (FileStatus file : fs.listStatus(from)) {
        String name = file.getPath().getName();
        if (file.isFile() && !DataFiles.hidden(name)) {
          rename(fs, file.getPath(), new Path(to, name));  // part files have unique names
        }
      }
      fs.delete(from, true);
    }
    for (String table : journal.get("replaced")) {
      swapIn(fs, new Path(staging, table), new Path(root, table), new Path(replaced, table));
    }
    for (String table : journal.get("partitioned")) {
      Path from = new Path(staging, table);
      if (!fs.exists(from)) {
        continue;
      }
      fs.mkdirs(new Path(root, table));
      for (FileStatus partition : fs.listStatus(from)) {
        if (partition.isDirectory()) {
          String name = partition.getPath().getName();
          swapIn(fs, partition.getPath(), new Path(new Path(root, table), name),
              new Path(new Path(replaced, table), name));
        }
      }
      fs.delete(from, true);
    }
    swapIn(fs, new Path(staging, MANIFEST), new Path(root, MANIFEST), new Path(replaced, MANIFEST));
  }

  /** Puts {@code staged} where {@code live} is, moving the live one to {@code aside}; nothing when already done. */
  private static void swapIn(FileSystem fs, Path staged, Path live, Path aside) throws IOException {
    if (!fs.exists(staged)) {
      return;
    }
    if (fs.exists(live)) {
      fs.delete(aside, true);
      fs.mkdirs(aside.getParent());
      rename(fs, live, aside);
    }
    rename(fs, staged, live);
  }

  /** Removes the staging directory of a run that did not finish; the output stays as it was. */
  public void discard() {
    if (committed) {
      return;
    }
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      LOG.warn("cannot remove {}: {}", staging, e.getMessage());
    }
  }

  /**
   * A kill between commit's two renames leaves the previous output aside and none in place: move
   * it back. A kill after them leaves the previous output beside the new one: delete it.
   */
  private static void recoverInterruptedSwap(FileSystem fs, Path root) throws IOException {
    List<Path> previous = siblings(fs, root, PREVIOUS);
    for (Path p : previous) {
      if (!fs.exists(root)) {
        LOG.warn("restoring {} as {}: a run was interrupted while swapping its output in", p, root);
        rename(fs, p, root);
      } else {
        fs.delete(p, true);
      }
    }
  }

  private static List<Path> siblings(FileSystem fs, Path root, String kind) throws IOException {
    List<Path> found = new ArrayList<>();
    String prefix = "." + root.getName() + kind;
    if (!fs.exists(root.getParent())) {
      return found;
    }
    for (FileStatus status : fs.listStatus(root.getParent())) {
      if (status.isDirectory() && status.getPath().getName().startsWith(prefix)) {
        found.add(status.getPath());
      }
    }
    found.sort(java.util.Comparator.comparing(Path::getName).reversed());  // newest run first
    return found;
  }

  private void rename(Path from, Path to) throws IOException {
    rename(fs, from, to);
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("cannot rename " + from + " to " + to);
    }
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
