package io.newsstats.kb;

import io.newsstats.resources.BundledFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Word lists bundled with the job: words used as given names (data/reference/given-names.txt) and
 * ordinary English words (data/reference/english-words.txt, for gazetteer hygiene).
 */
public final class GivenNames {
  static final String RESOURCE = KnowledgeBase.BUNDLED + "given-names.txt";
  static final String ENGLISH_WORDS = KnowledgeBase.BUNDLED + "english-words.txt";

  // Read once per JVM: the gazetteer, the name rules and the linker all consult them.
  private static volatile Set<String> givenNames;
  private static volatile Set<String> englishWords;

  private GivenNames() {}

  public static Set<String> bundled() {
    Set<String> names = givenNames;
    if (names == null) {
      names = read(RESOURCE);
      givenNames = names;
    }
    return names;
  }

  /** Lower-case words running English text writes in lower case ("island", "house"). */
  public static Set<String> englishWords() {
    Set<String> words = englishWords;
    if (words == null) {
      words = read(ENGLISH_WORDS);
      englishWords = words;
    }
    return words;
  }

  private static Set<String> read(String resource) {
    Set<String> names = new HashSet<>();
    try (InputStream in = BundledFiles.open(resource)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.trim());
        }
      }
    } catch (IOException e) {
      throw new ReferenceDataException("reference file " + resource + ": " + e.getMessage());
    }
    return Set.copyOf(names);
  }
}
