package io.newsstats.kb;

import io.newsstats.resources.BundledFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Words used as given names (data/reference/given-names.txt), bundled with the job. */
public final class GivenNames {
  static final String RESOURCE = KnowledgeBase.BUNDLED + "given-names.txt";

  private GivenNames() {}

  public static Set<String> bundled() {
    Set<String> names = new HashSet<>();
    try (InputStream in = BundledFiles.open(RESOURCE)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.trim());
        }
      }
    } catch (IOException e) {
      throw new ReferenceDataException("reference file " + RESOURCE + ": " + e.getMessage());
    }
    return Set.copyOf(names);
  }
}
