package io.newsstats.nlp;

import io.newsstats.linking.NamedEntity;
import io.newsstats.ner.tagger.NameTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The bundled name tagger run over an article's tokenized sentences: its spans as character offsets. */
public final class NameSpans {
  private NameSpans() {}

  /** For tokens of a whole article, grouped here by their sentence index. */
  public static List<NamedEntity> find(String text, List<AnnotatedArticle.Token> tokens, NameTagger tagger) {
    List<List<AnnotatedArticle.Token>> sentences = new ArrayList<>();
    for (AnnotatedArticle.Token token : tokens) {
      while (sentences.size() <= token.sentenceIndex()) {
        sentences.add(new ArrayList<>());
      }
      sentences.get(token.sentenceIndex()).add(token);
    }
    return find(text, sentences, tagger);
  }

  static List<NamedEntity> find(String text, Iterable<List<AnnotatedArticle.Token>> sentences, NameTagger tagger) {
    List<NamedEntity> entities = new ArrayList<>();
    for (List<AnnotatedArticle.Token> sentence : sentences) {
      if (sentence.isEmpty()) {
        continue;
      }
      int[] words = wordStarts(sentence);
      String[] texts = texts(sentence, words);
      // The tagger itself keeps lower-case words and numbers out of names (NameShapes).
      for (NameTagger.Span span : tagger.spans(texts)) {
        int begin = sentence.get(words[span.begin()]).begin();
        int end = sentence.get(words[span.end()] - 1).end();
        entities.add(new NamedEntity(begin, end, span.label(), text.substring(begin, end)));
      }
    }
    return entities;
  }

  /**
   * The tagger's words, as the index of each one's first token (and the sentence's length last): a
   * hyphenated name written without spaces ("Kilroy-Silk", "Sven-Goran") is one word, though the
   * tokenizer splits it for the gazetteer. Split, the tagger often ends the name at the hyphen.
   */
  public static int[] wordStarts(List<AnnotatedArticle.Token> sentence) {
    int[] starts = new int[sentence.size() + 1];
    int words = 0;
    int i = 0;
    while (i < sentence.size()) {
      starts[words++] = i;
      int last = i;
      while (last + 2 < sentence.size() && joined(sentence, last, last == i)) {
        last += 2;
      }
      i = last + 1;
    }
    starts[words] = sentence.size();
    return words == sentence.size() ? starts : java.util.Arrays.copyOf(starts, words + 1);
  }

  /** Each word's text: its tokens' texts joined (they are written together). */
  public static String[] texts(List<AnnotatedArticle.Token> sentence, int[] wordStarts) {
    String[] texts = new String[wordStarts.length - 1];
    for (int w = 0; w < texts.length; w++) {
      if (wordStarts[w + 1] - wordStarts[w] == 1) {
        texts[w] = sentence.get(wordStarts[w]).text();
        continue;
      }
      StringBuilder word = new StringBuilder();
      for (int t = wordStarts[w]; t < wordStarts[w + 1]; t++) {
        word.append(sentence.get(t).text());
      }
      texts[w] = word.toString();
    }
    return texts;
  }

  /**
   * Capitalised prefixes of compounds that are no names: "Ex-Labour", "Non-EU", "Anglo-Irish",
   * "South-East", "Co-Chairman".
   */
  private static final Set<String> PREFIXES = Set.of("ex", "non", "pro", "anti", "post", "pre", "mid", "co", "neo",
      "pan", "anglo", "franco", "sino", "afro", "euro", "indo", "trans", "inter", "semi", "multi", "quasi", "super",
      "ultra", "vice", "self", "cross", "all", "north", "south", "east", "west", "central", "far", "near", "tri");

  /** A capitalised word of two letters or more: "Kilroy", "Silk"; not "D" (D-Wis), "based" or "min". */
  private static boolean name(String word) {
    return word.length() >= 2 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1))
        && !PREFIXES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Token i, a hyphen and token i + 2 written together. */
  private static boolean joined(List<AnnotatedArticle.Token> sentence, int i, boolean first) {
    AnnotatedArticle.Token hyphen = sentence.get(i + 1);
    return hyphen.text().equals("-") && sentence.get(i).end() == hyphen.begin()
        && hyphen.end() == sentence.get(i + 2).begin() && (!first || name(sentence.get(i).text()))
        && name(sentence.get(i + 2).text());
  }
}
