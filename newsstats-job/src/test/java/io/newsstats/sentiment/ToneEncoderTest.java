package io.newsstats.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled tone encoder: its input, and its judgement on sentences whose tone no reader doubts. */
class ToneEncoderTest {
  private static ToneEncoder encoder;

  @BeforeAll
  static void load() {
    encoder = ToneEncoder.bundled(1);
    assertNotNull(encoder, "the jar carries the tone encoder");
  }

  @Test
  void marksTheTargetAndKeepsAWindowAroundIt() {
    int[] span = new int[2];
    long[] ids = encoder.input(new ToneEncoder.Target("Putin praised Kim Jong Un in Pyongyang.", 14, 25), span);
    // [CLS] putin praised < kim jong un > in p ##yon ##gy ##ang . [SEP]
    assertEquals(101, ids[0]);
    assertEquals(102, ids[ids.length - 1]);
    assertEquals(1026, ids[span[0] - 1], "'<' before the target");
    assertEquals(1028, ids[span[1]], "'>' after it");
    assertEquals(3, span[1] - span[0], "kim jong un");

    // A long sentence is cut around its target, at most 96 tokens in all.
    String filler = "and then the committee met again to discuss the budget ".repeat(20);
    String sentence = filler + "Smith won." + " " + filler;
    int begin = sentence.indexOf("Smith");
    long[] cut = encoder.input(new ToneEncoder.Target(sentence, begin, begin + 5), span);
    assertEquals(96, cut.length);
    assertTrue(Math.abs(span[0] - 48) <= 2, "the target sits in the middle of its window: " + span[0]);
  }

  @Test
  void readsToneTowardEachTargetNotTheSentence() {
    String sentence = "Voters praised Smith for his courage but condemned Jones as a corrupt liar.";
    double[][] p = encoder.probabilities(List.of(
        new ToneEncoder.Target(sentence, 15, 20),
        new ToneEncoder.Target(sentence, 51, 56),
        new ToneEncoder.Target("Brown will speak at the conference on Tuesday.", 0, 5)));
    assertEquals("positive", MentionTone.of(p[0]).label(), "Smith");
    assertEquals("negative", MentionTone.of(p[1]).label(), "Jones");
    assertEquals("neutral", MentionTone.of(p[2]).label(), "Brown");
    for (double[] each : p) {
      assertEquals(1.0, each[0] + each[1] + each[2], 1e-6);
    }
  }

  @Test
  void scoresARepeatedTargetOnceAndTheSameInAnyBatch() {
    ToneEncoder.Target target = new ToneEncoder.Target("Critics attacked the minister over the scandal.", 21, 29);
    double[] alone = encoder.probabilities(List.of(target))[0];
    double[][] batch = encoder.probabilities(List.of(
        new ToneEncoder.Target("The ministry published its annual report, which ran to three hundred pages.", 4, 12),
        target));
    assertArrayEquals(alone, batch[1], 1e-9);
  }
  @Test
  void aPairModelReadsTheTargetAgainAfterTheSentence() throws Exception {
    ToneEncoder pair;
    try (java.io.InputStream vocab = io.newsstats.resources.BundledFiles.open(ToneEncoder.BUNDLED_VOCAB)) {
      pair = ToneEncoder.of("pair", new byte[0], new java.io.ByteArrayInputStream(
          "{\"pair\": true, \"max_tokens\": 96}".getBytes(java.nio.charset.StandardCharsets.UTF_8)), vocab, 1);
    }
    int[] span = new int[2];
    long[] one = encoder.input(new ToneEncoder.Target("Putin praised Kim Jong Un in Pyongyang.", 14, 25), span);
    long[] two = pair.input(new ToneEncoder.Target("Putin praised Kim Jong Un in Pyongyang.", 14, 25), span);
    // [CLS] putin praised < kim jong un > in p ##yon ##gy ##ang . [SEP] kim jong un [SEP]
    assertArrayEquals(one, java.util.Arrays.copyOf(two, one.length));
    assertArrayEquals(java.util.Arrays.copyOfRange(two, span[0], span[1]),
        java.util.Arrays.copyOfRange(two, one.length, two.length - 1));
    assertEquals(102, two[two.length - 1]);

    String filler = "and then the committee met again to discuss the budget ".repeat(20);
    String sentence = filler + "Smith won." + " " + filler;
    int begin = sentence.indexOf("Smith");
    assertEquals(96, pair.input(new ToneEncoder.Target(sentence, begin, begin + 5), span).length);
  }
}
