package io.newsstats.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstats.kb.Gazetteer;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.linking.EntityLinker;
import io.newsstats.linking.Match;
import io.newsstats.nlp.AnnotatedArticle;
import io.newsstats.linking.NamedEntity;
import io.newsstats.ner.tagger.NameTagger;
import io.newsstats.nlp.ArticleAnalyzer;
import io.newsstats.nlp.FastAnalyzer;
import io.newsstats.nlp.NameSpans;
import io.newsstats.nlp.NewsTokenizer;
import io.newsstats.nlp.PhraseMatcher;
import io.newsstats.sentiment.Lexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CPU time of each step of the fast engine over a corpus, in one thread, after one warm-up pass:
 * tokenize (sentences and tokens), match (gazetteer phrases), link (entity linker) and tone
 * (sentence and document tone, and the mention-tone model) and names (the bundled name tagger);
 * then article: the whole per-article analysis as the job runs it, which the steps leave parts of out.
 * {@code jobs/bench --stages} turns these into shares of the full job's time.
 * Usage: StageProfile CORPUS.jsonl [TONE_MODEL] (as --tone-model; default the job's default)
 */
public final class StageProfile {
  private StageProfile() {}

  public static void main(String[] args) throws IOException {
    List<String> texts = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode record = json.readTree(line);
        texts.add(record.get("text").asText());
        dates.add(LocalDate.parse(record.get("published").asText().substring(0, 10)));
      }
    }
    KnowledgeBase kb = KnowledgeBase.loadBundled();
    Gazetteer gazetteer = Gazetteer.build(kb);
    EntityLinker linker = new EntityLinker(kb, gazetteer);
    Lexicon lexicon = Lexicon.bundledVader();
    io.newsstats.sentiment.ToneModel toneModel = io.newsstats.job.ToneModelLoader.load(
        args.length > 1 ? args[1] : null, new org.apache.hadoop.conf.Configuration());
    ArticleAnalyzer analyzer = new ArticleAnalyzer(linker, lexicon, toneModel, false);
    NameTagger tagger = NameTagger.bundled();
    NewsTokenizer tokenizer = new NewsTokenizer();
    PhraseMatcher matcher = new PhraseMatcher(gazetteer.phrases(), tokenizer);
    long[] nanos = new long[5];
    for (int pass = 0; pass < 2; pass++) {
      java.util.Arrays.fill(nanos, 0);
      long sink = 0;
      for (int i = 0; i < texts.size(); i++) {
        String text = texts.get(i);
        long t0 = System.nanoTime();
        NewsTokenizer.Result tokens = tokenizer.tokenize(text);
        long t1 = System.nanoTime();
        List<Match> matches = matcher.find(text, tokens.tokens());
        long t2 = System.nanoTime();
        sink += linker.link(matches, dates.get(i)).mentions().size();
        long t3 = System.nanoTime();
        List<NamedEntity> names = NameSpans.find(text, tokens.tokens(), tagger);
        long t3b = System.nanoTime();
        // analyze() links again and scores tone: its time minus the link time is the tone's.
        sink += analyzer.analyze(new AnnotatedArticle(text, dates.get(i), tokens.sentences(), tokens.tokens(),
            matches, names)).mentions().size();
        long t4 = System.nanoTime();
        nanos[4] += t3b - t3;
        t4 -= t3b - t3;
        nanos[0] += t1 - t0;
        nanos[1] += t2 - t1;
        nanos[2] += t3 - t2;
        nanos[3] += (t4 - t3) - (t3 - t2);
      }
      if (sink < 0) {
        System.out.println(sink);
      }
    }
    String[] names = {"tokenize", "match", "link", "tone", "names"};
    for (int s = 0; s < names.length; s++) {
      System.out.println(String.format(Locale.ROOT, "stage_%s_seconds=%.2f", names[s], nanos[s] / 1e9));
    }
    ArticleAnalyzer tagging = new ArticleAnalyzer(linker, lexicon, toneModel, true);
    System.out.println(String.format(Locale.ROOT, "stage_article_seconds=%.2f", wholeArticles(tagging, gazetteer, texts, dates)));
    System.out.println("articles=" + texts.size());
  }

  /**
   * The job's whole per-article work as the fast engine does it (names tagged and typed, linked,
   * tone scored), second pass of two: the steps above leave out what joins them.
   */
  private static double wholeArticles(ArticleAnalyzer analyzer, Gazetteer gazetteer, List<String> texts,
      List<LocalDate> dates) {
    FastAnalyzer fast = new FastAnalyzer(analyzer, gazetteer.phrases());
    long nanos = 0;
    long sink = 0;
    for (int pass = 0; pass < 2; pass++) {
      long start = System.nanoTime();
      for (int i = 0; i < texts.size(); i++) {
        sink += fast.analyze(texts.get(i), dates.get(i)).mentions().size();
      }
      nanos = System.nanoTime() - start;
    }
    if (sink < 0) {
      System.out.println(sink);
    }
    return nanos / 1e9;
  }
}
