package io.newsstats.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsstats.kb.Gazetteer;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.linking.EntityLinker;
import io.newsstats.sentiment.Lexicon;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerTest {
  private static final KnowledgeBase KB = KnowledgeBase.loadBundled();
  private static final Gazetteer GAZETTEER = Gazetteer.build(KB);
  private static final NewsTokenizer TOKENIZER = new NewsTokenizer();
  private static final PhraseMatcher MATCHER = new PhraseMatcher(GAZETTEER.phrases(), TOKENIZER);
  private static final ArticleAnalyzer ANALYZER =
      new ArticleAnalyzer(new EntityLinker(KB, GAZETTEER), Lexicon.bundledVader());

  private static ArticleAnalysis analyze(String text) {
    NewsTokenizer.Result tokens = TOKENIZER.tokenize(text);
    return ANALYZER.analyze(new AnnotatedArticle(text, LocalDate.of(2024, 8, 1), tokens.sentences(), tokens.tokens(),
        MATCHER.find(text, tokens.tokens())));
  }

  @Test
  void eachMentionGetsTheToneOfItsOwnClause() {
    List<ArticleAnalysis.ScoredMention> mentions =
        analyze("Macron praised Germany warmly but condemned Russia bitterly.").mentions();
    assertEquals(List.of("emmanuel-macron", "DEU", "RUS"), mentions.stream().map(m -> m.mention().entityId()).toList());
    ArticleAnalysis.ScoredMention germany = mentions.get(1);
    ArticleAnalysis.ScoredMention russia = mentions.get(2);
    assertEquals(germany.sentenceTone(), russia.sentenceTone(), "one sentence, one sentence tone");
    assertTrue(germany.mentionTone() > 0, "Germany is praised");
    assertTrue(russia.mentionTone() < 0, "Russia is condemned");
    assertEquals("Macron praised Germany warmly but condemned Russia bitterly.", russia.sentence());
  }

  @Test
  void documentToneAndSentenceCount() {
    ArticleAnalysis analysis = analyze("A wonderful day. A terrible night.");
    assertEquals(2, analysis.sentenceCount());
    assertEquals(6, analysis.tone().wordCount());
  }
}
