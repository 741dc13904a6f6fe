package io.newsstats.input;

import io.newsstats.input.InputFiles.InputFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which input files an incremental run reads: those an earlier run has not processed. A file is
 * known by its content (SHA-256), so a processed file that was renamed or copied is not read again.
 * A processed path whose content has changed is an error: the records it held are in the output,
 * and an incremental run only adds.
 */
public final class IncrementalInputs {
  /** A file left unread, and why. */
  public record Skipped(String path, String reason) {}

  /** The files to read now, and the ones left because an earlier run processed them. */
  public record Plan(List<InputFile> added, List<Skipped> skipped) {
    public boolean nothingNew() {
      return added.isEmpty();
    }
  }

  private IncrementalInputs() {}

  /** {@code processed}: every file earlier runs read; {@code current}: this run's, with checksums. */
  public static Plan plan(List<InputFile> processed, List<InputFile> current) {
    Map<String, InputFile> byPath = new HashMap<>();
    Map<String, InputFile> byContent = new HashMap<>();
    for (InputFile file : processed) {
      byPath.put(file.path(), file);
      byContent.putIfAbsent(file.sha256(), file);
    }
    List<InputFile> added = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (InputFile file : current) {
      InputFile sameContent = byContent.get(file.sha256());
      InputFile samePath = byPath.get(file.path());
      if (sameContent != null) {
        skipped.add(new Skipped(file.path(), sameContent.path().equals(file.path()) ? "already processed"
            : "same content as " + sameContent.path() + ", already processed"));
      } else if (samePath != null) {
        throw new InvalidInputException("input file " + file.path() + " has changed since an earlier run processed it ("
            + samePath.bytes() + " bytes then, " + file.bytes() + " now); an incremental run only adds files:"
            + " give the changed records a new file, or run without --incremental to rebuild the output");
      } else {
        added.add(file);
      }
    }
    return new Plan(added, skipped);
  }
}
