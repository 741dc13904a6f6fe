package io.newsstats.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstats.nlp.AnnotatedArticle;
import io.newsstats.nlp.NewsTokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * NewsMTSC (Hamborg and Donnay, EACL 2021) target mentions, tokenized as the job tokenizes: one
 * example per target, with the sentence and the target's characters in it, the sentence's tokens,
 * the target's token range and its gold class.
 */
public final class NewsMtsc {
  /** Gold classes: 0 negative (polarity 2), 1 neutral (4), 2 positive (6). */
  public record Example(String sentence, int from, int to, List<String> tokens, int first, int last, int gold) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private NewsMtsc() {}

  public static List<Example> read(Path file) throws IOException {
    NewsTokenizer tokenizer = new NewsTokenizer();
    List<Example> examples = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode record = JSON.readTree(line);
        String sentence = record.get("sentence_normalized").asText();
        List<AnnotatedArticle.Token> tokens = tokenizer.tokenize(sentence).tokens();
        List<String> words = tokens.stream().map(AnnotatedArticle.Token::text).toList();
        for (JsonNode target : record.get("targets")) {
          int from = target.get("from").asInt();
          int to = target.get("to").asInt();
          int[] range = AnnotatedArticle.tokenRange(tokens, from, to);
          examples.add(new Example(sentence, from, to, words, range == null ? -1 : range[0], range == null ? -1 : range[1],
              goldLabel(target.get("polarity").asDouble())));
        }
      }
    }
    return examples;
  }

  static int goldLabel(double polarity) {
    return polarity < 3 ? 0 : polarity > 5 ? 2 : 1;
  }
}
