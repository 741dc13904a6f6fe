package io.newsstats.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsstats.kb.Gazetteer;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.linking.EntityLinker;
import io.newsstats.nlp.ArticleAnalyzer;
import io.newsstats.nlp.FastAnalyzer;
import io.newsstats.sentiment.Lexicon;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The project's hand-labelled linking set (data/gold/linking.jsonl): precision and recall at least 0.95. */
class LinkingGoldTest {
  @Test
  void countriesAndLeadersReachPrecisionAndRecallOf095() {
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    Gazetteer gazetteer = Gazetteer.build(kb);
    FastAnalyzer analyzer = new FastAnalyzer(
        new ArticleAnalyzer(new EntityLinker(kb, gazetteer), Lexicon.bundledVader()), gazetteer.phrases());
    LinkingEvaluation.Result result = new LinkingEvaluation(analyzer).evaluate(Path.of("data/gold/linking.jsonl"));
    String report = "countries " + result.countries().overall() + "\nleaders " + result.leaders().overall()
        + "\n" + String.join("\n", result.mistakes());
    System.out.println(report);
    assertTrue(result.countries().documents() >= 60, report);
    for (SetScores.Counts counts : new SetScores.Counts[] {result.countries().overall(), result.leaders().overall()}) {
      assertTrue(counts.precision() >= 0.95 && counts.recall() >= 0.95, report);
    }
  }
}
