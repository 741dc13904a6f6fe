package io.newsstats.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsstats.sentiment.Lexicon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentimentEvaluationTest {
  @TempDir
  Path dir;

  @Test
  void macroF1AveragesThePerClassF1() {
    // gold/predicted: two right negatives, one neutral predicted positive, one right positive
    SentimentEvaluation.Scores scores = SentimentEvaluation.Scores.of(
        List.of(new int[] {0, 0}, new int[] {0, 0}, new int[] {1, 2}, new int[] {2, 2}));
    assertEquals(0.75, scores.accuracy(), 1e-9);
    assertEquals((1.0 + 0.0 + 2 * 0.5 * 1.0 / 1.5) / 3, scores.macroF1(), 1e-9);
  }

  @Test
  void scoresNewsMtscFormatAndNytFormatFiles() throws Exception {
    Path mtsc = Files.writeString(dir.resolve("tiny.jsonl"), String.join("\n",
        "{\"sentence_normalized\": \"Voters praised Smith but condemned Jones.\", \"targets\": ["
            + "{\"from\": 15, \"to\": 20, \"mention\": \"Smith\", \"polarity\": 6.0},"
            + "{\"from\": 35, \"to\": 40, \"mention\": \"Jones\", \"polarity\": 2.0}]}",
        "{\"sentence_normalized\": \"Brown spoke on Tuesday.\", \"targets\": ["
            + "{\"from\": 0, \"to\": 5, \"mention\": \"Brown\", \"polarity\": 4.0}]}"));
    SentimentEvaluation evaluation = new SentimentEvaluation(Lexicon.bundledVader(), io.newsstats.sentiment.ToneModel.RULES);
    SentimentEvaluation.NewsMtscResult result = evaluation.newsMtsc(mtsc);
    assertEquals(3, result.targeted().n());
    assertEquals(1.0, result.targeted().accuracy(), 1e-9, "each target gets its own clause's tone");
    assertEquals(2.0 / 3, result.sentence().accuracy(), 1e-9, "one tone for the sentence cannot serve both");

    Path nyt = Files.writeString(dir.resolve("nyt.txt"),
        "1_1\t2.5\tA wonderful, joyful celebration.\n1_2\t-2.0\tA terrible, deadly disaster.\n1_3\t0.1\tThe meeting is on Monday.\n");
    assertEquals(1.0, evaluation.nytPearson(nyt), 0.1);
  }
}
