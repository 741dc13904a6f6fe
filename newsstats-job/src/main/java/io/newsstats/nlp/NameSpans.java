package io.newsstats.nlp;

import io.newsstats.linking.NamedEntity;
import io.newsstats.ner.tagger.NameTagger;
import java.util.ArrayList;
import java.util.List;

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
      // The tagger itself keeps lower-case words and numbers out of names (NameShapes).
      for (NameTagger.Span span : tagger.spans(words)) {
        int begin = sentence.get(span.begin()).begin();
        int end = sentence.get(span.end() - 1).end();
        entities.add(new NamedEntity(begin, end, span.label(), text.substring(begin, end)));
      }
    }
    return entities;
  }
}
