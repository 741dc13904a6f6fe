package io.newsstats.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstats.resources.BundledFiles;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java WordPiece tokenizer gives the ids Hugging Face's tokenizer (the one the encoder was
 * trained with) gives: cases written by jobs/tone/wordpiece_cases.py from the sample articles and
 * hard texts (accents, CJK, emoji, control characters, over-long words). Another case file can be
 * checked with -Dwordpiece.cases=FILE.
 */
class WordPieceTest {
  @Test
  void givesTheIdsOfTheTokenizerTheEncoderWasTrainedWith() throws Exception {
    WordPiece wordPiece;
    try (InputStream vocab = BundledFiles.open(ToneEncoder.BUNDLED_VOCAB)) {
      wordPiece = WordPiece.read(vocab);
    }
    String other = System.getProperty("wordpiece.cases");
    InputStream cases = other != null ? Files.newInputStream(Path.of(other))
        : WordPieceTest.class.getResourceAsStream("/tone/wordpiece-cases.jsonl");
    ObjectMapper json = new ObjectMapper();
    int n = 0;
    List<String> wrong = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(cases, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode c = json.readTree(line);
        List<Integer> expected = new ArrayList<>();
        c.get("ids").forEach(id -> expected.add(id.asInt()));
        List<Integer> actual = wordPiece.encode(c.get("text").asText());
        n++;
        if (!expected.equals(actual)) {
          wrong.add(c.get("text").asText() + "\n  expected " + expected + "\n  actual   " + actual);
        }
      }
    }
    assertTrue(n >= 100, "cases read: " + n);
    assertEquals(List.of(), wrong.subList(0, Math.min(5, wrong.size())), wrong.size() + " of " + n + " differ");
  }

  @Test
  void splitsPunctuationStripsAccentsAndMarksContinuations() throws Exception {
    WordPiece wordPiece;
    try (InputStream vocab = BundledFiles.open(ToneEncoder.BUNDLED_VOCAB)) {
      wordPiece = WordPiece.read(vocab);
    }
    assertEquals(List.of("putin", "'", "s", "visit", "to", "zurich", "."), WordPiece.words(WordPiece.normalize(
        "Putin's visit to Zürich.")));
    assertEquals(List.of(1052, 14001, 6292, 5654), wordPiece.encode("Pyongyang"), "four pieces, the first whole-word");
    assertEquals(List.of(wordPiece.id("[UNK]")), wordPiece.encode("a".repeat(101)));
  }
}
