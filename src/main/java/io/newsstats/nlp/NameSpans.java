package io.newsstats.nlp;

import io.newsstats.linking.NamedEntity;
import io.newsstats.ner.tagger.NameTagger;
import java.util.ArrayList;
import java.util.List;
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
      String[] words = new String[sentence.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = sentence.get(i).text();
      }
      for (NameTagger.Span span : tagger.spans(words)) {
        int last = firstLowerCaseWord(words, span) - 1;
        if (last < span.begin()) {
          continue;
        }
        int begin = sentence.get(span.begin()).begin();
        int end = sentence.get(last).end();
        entities.add(new NamedEntity(begin, end, span.label(), text.substring(begin, end)));
      }
    }
    return entities;
  }

  /** Small words names hold ("Bank of England", "Ludwig van Beethoven", "Omar al-Bashir"). */
  private static final Set<String> PARTICLES = Set.of("of", "the", "and", "for", "de", "da", "do", "dos", "du", "des",
      "del", "della", "la", "le", "van", "von", "der", "den", "ter", "al", "el", "bin", "ibn", "bint", "y", "e", "di",
      "-", "&", "'s", "on", "in", "at", "upon", "st", "und", "zu");

  /**
   * Where a span meets a lower-case word that is no particle ("Anwar Ibrahim said", "NAPM rose"): the
   * tagger ran on past the name, and the span is cut there. The span's end when there is none.
   */
  static int firstLowerCaseWord(String[] words, NameTagger.Span span) {
    for (int i = span.begin() + 1; i < span.end(); i++) {
      String w = words[i];
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !PARTICLES.contains(w)) {
        return i;
      }
    }
    return span.end();
  }
}
