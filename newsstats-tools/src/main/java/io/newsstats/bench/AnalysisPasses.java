package io.newsstats.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstats.kb.Gazetteer;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.linking.EntityLinker;
import io.newsstats.nlp.ArticleAnalyzer;
import io.newsstats.nlp.FastAnalyzer;
import io.newsstats.sentiment.Lexicon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's whole per-article analysis (names tagged and typed, linked, tone scored) over a corpus,
 * one pass at a time. {@link CompareBuilds} loads one of these per build, each in its own class
 * loader over that build's classes, so it uses only the job's public API.
 */
public final class AnalysisPasses {
  private final List<String> texts = new ArrayList<>();
  private final List<LocalDate> dates = new ArrayList<>();
  private final FastAnalyzer analyzer;

  public AnalysisPasses(String corpus) throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Path.of(corpus))) {
      JsonNode record = json.readTree(line);
      texts.add(record.get("text").asText());
      dates.add(LocalDate.parse(record.get("published").asText().substring(0, 10)));
    }
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    Gazetteer gazetteer = Gazetteer.build(kb);
    analyzer = new FastAnalyzer(new ArticleAnalyzer(new EntityLinker(kb, gazetteer), Lexicon.bundledVader(),
        io.newsstats.job.ToneModelLoader.load(null, new org.apache.hadoop.conf.Configuration()), true),
        gazetteer.phrases());
  }

  /** Analyses every article once; returns the mentions found (the same for builds that agree). */
  public long pass() {
    long mentions = 0;
    for (int i = 0; i < texts.size(); i++) {
      mentions += analyzer.analyze(texts.get(i), dates.get(i)).mentions().size();
    }
    return mentions;
  }
}
