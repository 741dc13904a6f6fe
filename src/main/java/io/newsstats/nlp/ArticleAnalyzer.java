package io.newsstats.nlp;

import io.newsstats.linking.EntityLinker;
import io.newsstats.linking.LinkedMention;
import io.newsstats.sentiment.DocumentTone;
import io.newsstats.sentiment.Lexicon;
import io.newsstats.sentiment.SentenceToneScorer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Links the matches of an annotated article and scores the tone of its sentences and of the whole. */
public final class ArticleAnalyzer implements Serializable {
  private final EntityLinker linker;
  private final SentenceToneScorer scorer;
  private final Lexicon lexicon;

  public ArticleAnalyzer(EntityLinker linker, Lexicon lexicon) {
    this.linker = linker;
    this.lexicon = lexicon;
    this.scorer = new SentenceToneScorer(lexicon);
  }

  public ArticleAnalysis analyze(AnnotatedArticle article) {
    int sentenceCount = article.sentences().size();
    List<List<String>> tokensBySentence = new ArrayList<>(sentenceCount);
    for (int i = 0; i < sentenceCount; i++) {
      tokensBySentence.add(new ArrayList<>());
    }
    List<String> allTokens = new ArrayList<>(article.tokens().size());
    for (AnnotatedArticle.Token token : article.tokens()) {
      allTokens.add(token.text());
      if (token.sentenceIndex() >= 0 && token.sentenceIndex() < sentenceCount) {
        tokensBySentence.get(token.sentenceIndex()).add(token.text());
      }
    }
    double[] sentenceTone = new double[sentenceCount];
    for (int i = 0; i < sentenceCount; i++) {
      sentenceTone[i] = scorer.score(tokensBySentence.get(i));
    }
    EntityLinker.Result linked = linker.link(article.matches(), article.published());
    List<ArticleAnalysis.ScoredMention> mentions = new ArrayList<>(linked.mentions().size());
    for (LinkedMention mention : linked.mentions()) {
      int sentence = mention.match().sentenceIndex();
      boolean known = sentence >= 0 && sentence < sentenceCount;
      AnnotatedArticle.Span span = known ? article.sentences().get(sentence) : null;
      mentions.add(new ArticleAnalysis.ScoredMention(mention, known ? sentenceTone[sentence] : 0.0,
          known ? article.text().substring(span.begin(), span.end()) : null));
    }
    return new ArticleAnalysis(DocumentTone.of(allTokens, lexicon), sentenceCount, mentions, linked.unresolved());
  }
}
