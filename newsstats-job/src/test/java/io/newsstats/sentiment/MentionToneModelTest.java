package io.newsstats.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionToneModelTest {
  private static List<String> tokens(String sentence) {
    return Arrays.asList(sentence.split(" "));
  }

  @Test
  void writesAndReadsBackTheSameProbabilities() throws Exception {
    MentionToneModel model = new MentionToneModel(Map.of("u:good", new double[] {-1, 0, 2},
        "rule:clause", new double[] {-3, 0, 3}), new double[] {0.1, 0.5, -0.2}, "test model");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    MentionToneModel read = MentionToneModel.read(new ByteArrayInputStream(bytes.toByteArray()), "bytes");
    Map<String, Double> features = Map.of("u:good", 0.5, "rule:clause", 0.3, "u:unknown", 1.0);
    assertArrayEquals(model.probabilities(features), read.probabilities(features), 1e-5);
    assertEquals("test model", read.description());
    double[] p = read.probabilities(features);
    assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
    assertTrue(p[2] > p[0]);
  }

  @Test
  void refusesAFileThatIsNotAModel() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(bytes)) {
      gz.write("hello\n".getBytes());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MentionToneModel.read(new ByteArrayInputStream(bytes.toByteArray()), "x.tsv.gz"));
    assertEquals("x.tsv.gz: not a newsstats mention-tone model (first line differs)", e.getMessage());
  }

  @Test
  void featuresReadTheWordsAroundTheMention() {
    Map<String, Double> f = new ToneFeatures(new Lexicon(Map.of("praised", 2.0))).of(
        tokens("Voters praised Smith on Monday"), 2, 2, 0.4, 0.4);
    assertTrue(f.containsKey("u:voters") && f.containsKey("b:praised smith"));
    assertTrue(f.containsKey("L:praised") && f.containsKey("R:monday") && !f.containsKey("L:smith"));
    assertEquals(2.0, f.get("lex:left:pos"));
    assertEquals(0.4, f.get("rule:clause"));
  }

  @Test
  void bundledModelSeparatesPraiseFromCondemnation() {
    MentionToneModel bundled = MentionToneModel.bundled();
    assertNotNull(bundled, "data/models/mention-tone-newsmtsc.tsv.gz is bundled");
    MentionTone tone = new MentionTone(Lexicon.bundledVader(), bundled);
    SentenceToneScorer scorer = new SentenceToneScorer(Lexicon.bundledVader());
    List<String> praised = tokens("Critics warmly praised Smith for his brave and generous leadership .");
    List<String> condemned = tokens("Critics angrily condemned Smith for his corrupt and brutal leadership .");
    MentionTone.Result good = tone.score(praised, 3, 3, scorer.score(praised));
    MentionTone.Result bad = tone.score(condemned, 3, 3, scorer.score(condemned));
    assertEquals("positive", good.label());
    assertEquals("negative", bad.label());
    assertTrue(good.tone() > 0 && bad.tone() < 0);
  }

  @Test
  void preparedSentencesScoreAsTheFeatureMapDoes() {
    // The job's path (sentence prepared once, its words weighed once) against the plain path the
    // trainer uses (every feature of every mention in one map).
    MentionToneModel bundled = MentionToneModel.bundled();
    Lexicon vader = Lexicon.bundledVader();
    MentionTone tone = new MentionTone(vader, bundled);
    SentenceToneScorer scorer = new SentenceToneScorer(vader);
    String[] sentences = {
        "Critics warmly praised Smith but angrily condemned Jones , who was NOT amused !",
        "France and Germany signed a deal while Russia , under fire , said it was a kiss of death for Ukraine .",
        "The talks between Iran and Israel fell short ; neither side was really happy , officials said ."};
    int compared = 0;
    for (String text : sentences) {
      List<String> tokens = tokens(text);
      PreparedSentence prepared = PreparedSentence.of(tokens, scorer);
      assertEquals(scorer.score(tokens), prepared.tone(), 0.0);
      for (int i = 0; i < tokens.size(); i++) {
        if (!Character.isUpperCase(tokens.get(i).charAt(0))) {
          continue;
        }
        double[] p = bundled.probabilities(tone.features(tokens, i, i, prepared.tone()));
        MentionTone.Result fast = tone.score(prepared, i, i);
        assertEquals(p[2] - p[0], fast.tone(), 1e-12, text + " @ " + tokens.get(i));
        assertEquals(tone.score(tokens, i, i, prepared.tone()).label(), fast.label());
        compared++;
      }
    }
    assertTrue(compared >= 10, "mentions compared: " + compared);
  }

  @Test
  void aMentionWeighedAsItsFeaturesComeEqualsTheWeightsOfItsFeatureMap() {
    // Bit for bit: the same terms added in the same order, repeated words and a colon in a word included.
    MentionToneModel bundled = MentionToneModel.bundled();
    ToneFeatures features = new ToneFeatures(Lexicon.bundledVader());
    List<String> tokens = tokens("At 10:30 the good , good Smith said Jones was bad , bad , bad and Smith smiled .");
    String[] lower = SentenceToneScorer.lowerCased(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      int[] clause = TargetedTone.clause(tokens, lower, i, i);
      double[] viaMap = bundled.linear(features.mentionFeatures(tokens, lower, i, i, clause, 0.25, -0.5));
      double[] direct = bundled.linearMention(features, tokens, lower, i, i, clause, 0.25, -0.5);
      org.junit.jupiter.api.Assertions.assertArrayEquals(viaMap, direct, 0.0, tokens.get(i));
    }
  }
}
