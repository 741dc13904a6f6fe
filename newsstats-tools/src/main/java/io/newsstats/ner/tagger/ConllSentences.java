package io.newsstats.ner.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sentences of a CoNLL file: a token per line with its tag in the last column ("word TAG" or
 * CoNLL-2003's "word POS chunk TAG"), blank lines between sentences, -DOCSTART- lines skipped.
 * IOB1 tags become IOB2 (an I- that opens an entity becomes B-), and labels can be renamed or
 * dropped (to O) through a mapping.
 */
public final class ConllSentences {
  private ConllSentences() {}

  public record Sentence(String[] words, String[] tags) {}

  public static List<Sentence> read(Path file) {
    return read(file, Map.of());
  }

  /** @param relabel label to new label ("O" drops it); labels not in the map are kept */
  public static List<Sentence> read(Path file, Map<String, String> relabel) {
    List<Sentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
          flush(words, tags, sentences);
          continue;
        }
        String[] columns = trimmed.split("\\s+");
        if (columns.length < 2) {
          throw new IllegalArgumentException(file + " line " + lineNumber + ": expected a token and a tag");
        }
        words.add(columns[0]);
        tags.add(relabelled(columns[columns.length - 1], relabel));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    flush(words, tags, sentences);
    return sentences;
  }

  private static String relabelled(String tag, Map<String, String> relabel) {
    if (tag.equals("O") || tag.length() < 3 || tag.charAt(1) != '-') {
      return "O";
    }
    String label = relabel.getOrDefault(tag.substring(2), tag.substring(2));
    return label.equals("O") ? "O" : tag.charAt(0) + "-" + label;
  }

  private static void flush(List<String> words, List<String> tags, List<Sentence> sentences) {
    if (words.isEmpty()) {
      return;
    }
    String[] iob2 = tags.toArray(new String[0]);
    for (int i = 0; i < iob2.length; i++) {
      if (iob2[i].startsWith("I-")) {
        String previous = i == 0 ? "O" : iob2[i - 1];
        if (previous.equals("O") || !previous.substring(2).equals(iob2[i].substring(2))) {
          iob2[i] = "B-" + iob2[i].substring(2);
        }
      }
    }
    sentences.add(new Sentence(words.toArray(new String[0]), iob2));
    words.clear();
    tags.clear();
  }
}
