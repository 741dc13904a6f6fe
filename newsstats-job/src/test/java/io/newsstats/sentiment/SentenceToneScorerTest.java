package io.newsstats.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceToneScorerTest {
  private static final Lexicon VADER = Lexicon.bundledVader();
  private static final SentenceToneScorer SCORER = new SentenceToneScorer(VADER);

  private static double score(String sentence) {
    return SCORER.score(tokens(sentence));
  }

  static List<String> tokens(String sentence) {
    return Arrays.asList(sentence.replace("n't", " n't").replace("!", " !").split("\\s+"));
  }

  @Test
  void bundledLexiconIsVader() {
    assertTrue(VADER.size() > 7400, "VADER has about 7,500 entries");
    assertTrue(VADER.valence("praised") > 0);
    assertTrue(VADER.valence("condemned") < 0);
  }

  @Test
  void clearlyPositiveAndNegativeSentences() {
    assertTrue(score("Leaders praised the successful and friendly summit") > 0.5);
    assertTrue(score("Officials condemned the deadly attack and the terrible violence") < -0.5);
    assertEquals(0.0, score("The meeting took place on Tuesday"));
  }

  @Test
  void negationFlipsAndDampens() {
    double good = score("The talks were good");
    double notGood = score("The talks were not good");
    assertTrue(good > 0);
    assertTrue(notGood < 0);
    assertEquals(SentenceToneScorer.normalise(VADER.valence("good") * SentenceToneScorer.NEGATION_SCALAR), notGood, 1e-9);
    assertTrue(score("The talks weren't good") < 0, "contracted negation");
  }

  @Test
  void intensifiersStrengthenAndDampenersWeaken() {
    double good = score("The talks were good");
    assertTrue(score("The talks were very good") > good);
    assertTrue(score("The talks were slightly good") < good);
    assertTrue(score("The attack was extremely bad") < score("The attack was bad"));
  }

  @Test
  void clauseAfterButWeighsMore() {
    double sentence = score("The plan is good but the execution was terrible");
    assertTrue(sentence < 0, "the clause after 'but' dominates");
    assertTrue(score("The plan is terrible but the execution was good") > 0);
  }

  @Test
  void capitalsEmphasiseUnlessTheWholeSentenceIsCapitals() {
    assertTrue(score("The talks were GOOD") > score("The talks were good"));
    assertTrue(score("The attack was TERRIBLE") < score("The attack was terrible"));
    // A headline in capitals is not shouting.
    assertEquals(score("the talks were good"), score("THE TALKS WERE GOOD"), 1e-9);
  }

  @Test
  void exclamationMarksPushAwayFromZeroUpToFour() {
    double plain = score("The talks were good");
    double one = score("The talks were good!");
    assertTrue(one > plain);
    assertTrue(score("The talks were good!!") > one);
    assertEquals(score("The talks were good!!!!"), score("The talks were good!!!!!!"), 1e-9);
    assertTrue(score("The attack was bad!") < score("The attack was bad"));
    assertEquals(0.0, score("The meeting took place on Tuesday!"), "no sentiment, nothing to emphasise");
  }

  @Test
  void idiomsReplaceTheValenceOfTheirWords() {
    assertTrue(score("The vote was the kiss of death for the reform") < 0, "kiss alone is positive");
    assertTrue(score("The minister came under fire") < 0);
    assertTrue(score("The accord is a win-win") > 0);
    assertTrue(score("The results were not bad") > 0);
  }

  @Test
  void compoundStaysWithinBoundsAndLabelsUseVaderThresholds() {
    String[] words = new String[40];
    Arrays.fill(words, "excellent");
    assertTrue(SCORER.score(Arrays.asList(words)) <= 1.0);
    assertEquals("positive", SentenceToneScorer.label(0.05));
    assertEquals("neutral", SentenceToneScorer.label(0.049));
    assertEquals("negative", SentenceToneScorer.label(-0.05));
  }

  @Test
  void documentToneCountsPercentagesOfWords() {
    Lexicon lexicon = new Lexicon(Map.of("good", 2.0, "bad", -2.0));
    DocumentTone tone = DocumentTone.of(List.of("good", "bad", "bad", "day", ",", "ok"), lexicon);
    assertEquals(5, tone.wordCount(), "punctuation is not a word");
    assertEquals(20.0, tone.positiveScore(), 1e-9);
    assertEquals(40.0, tone.negativeScore(), 1e-9);
    assertEquals(-20.0, tone.tone(), 1e-9);
    assertEquals(60.0, tone.polarity(), 1e-9);
    assertEquals(0, DocumentTone.of(List.of(), lexicon).wordCount());
  }

  @Test
  void documentDensitiesCountActionVerbsAndPronouns() {
    Lexicon lexicon = new Lexicon(Map.of());
    // 10 words: attacked, fled, signing are actions; they, we are pronouns.
    DocumentTone tone = DocumentTone.of(List.of("Rebels", "attacked", "the", "town", "and", "they", "fled", ";",
        "we", "are", "signing"), lexicon);
    assertEquals(10, tone.wordCount());
    assertEquals(30.0, tone.activityReferenceDensity(), 1e-9);
    assertEquals(20.0, tone.selfGroupReferenceDensity(), 1e-9);
    assertTrue(DocumentTone.isActivityWord("stopped") && DocumentTone.isActivityWord("closes")
        && DocumentTone.isActivityWord("struck") && !DocumentTone.isActivityWord("station"));
  }

  /** The activity rule as first written, suffix by suffix: the reference for the precomputed forms. */
  private static boolean activityByRule(String word) {
    if (DocumentTone.ACTIVITY_VERBS.contains(word) || Set.of("struck", "shot", "fought", "seized", "met", "sent",
        "built", "cut", "held", "won", "lost", "beat", "beaten", "led", "hit", "flew", "flown", "left", "took", "taken",
        "gave", "given", "made", "began", "begun", "rose", "risen", "fell", "fallen", "fled", "sold", "bought",
        "brought", "drove", "ran", "broke", "spoke").contains(word)) {
      return true;
    }
    for (String suffix : new String[] {"ing", "ed", "es", "s", "d"}) {
      if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
        String stem = word.substring(0, word.length() - suffix.length());
        if (DocumentTone.ACTIVITY_VERBS.contains(stem)
            || (suffix.equals("ing") || suffix.equals("ed")) && (DocumentTone.ACTIVITY_VERBS.contains(stem + "e")
                || stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                    && DocumentTone.ACTIVITY_VERBS.contains(stem.substring(0, stem.length() - 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void precomputedActivityFormsMatchTheSuffixRule() {
    Set<String> words = new HashSet<>(VADER.words());
    for (String lemma : DocumentTone.ACTIVITY_VERBS) {
      for (String ending : new String[] {"", "s", "es", "d", "ed", "ing", "er", "ment"}) {
        words.add(lemma + ending);
        words.add(lemma + lemma.charAt(lemma.length() - 1) + ending);
        words.add(lemma.substring(0, lemma.length() - 1) + ending);
        words.add(lemma.substring(1) + ending);
      }
    }
    int active = 0;
    for (String word : words) {
      assertEquals(activityByRule(word), DocumentTone.isActivityWord(word), word);
      active += activityByRule(word) ? 1 : 0;
    }
    assertTrue(active > 800, "forms checked: " + active);
  }
}
