package io.newsstats.sentiment;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * GDELT-style document tone (GKG V2Tone), all percentages of word_count (tokens with a letter or
 * digit): positive_score and negative_score, the words with positive and negative lexicon valence;
 * tone = positive_score - negative_score; polarity = positive_score + negative_score;
 * activity_reference_density, the words that are forms of an action verb ({@link #ACTIVITY_VERBS});
 * self_group_reference_density, the personal pronouns ({@link #PRONOUNS}).
 */
public record DocumentTone(double tone, double positiveScore, double negativeScore, double polarity,
    double activityReferenceDensity, double selfGroupReferenceDensity, int wordCount) implements Serializable {

  /** Personal, possessive and reflexive pronouns: GDELT's self/group reference words. */
  static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
      "ourselves", "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her",
      "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves");

  /**
   * Verbs of action (GDELT's "active words" are a proxy for how much the text reports events rather
   * than describes): lemmas, matched with their -s, -es, -ed, -d and -ing forms and a few irregular ones.
   */
  static final Set<String> ACTIVITY_VERBS = Set.of("attack", "strike", "bomb", "shoot", "kill", "fight", "invade",
      "arrest", "detain", "seize", "raid", "launch", "fire", "clash", "protest", "march", "rally", "riot",
      "meet", "visit", "sign", "agree", "announce", "declare", "vote", "elect", "appoint", "resign", "sack",
      "dismiss", "impose", "lift", "ban", "sanction", "threaten", "warn", "demand", "urge", "call", "pledge",
      "promise", "offer", "send", "deploy", "withdraw", "retreat", "advance", "capture", "free", "release",
      "rescue", "evacuate", "flee", "escape", "build", "open", "close", "block", "cut", "raise", "boost",
      "approve", "reject", "veto", "pass", "sue", "charge", "convict", "sentence", "execute", "hold", "host",
      "talk", "negotiate", "mediate", "accuse", "deny", "condemn", "criticize", "criticise", "praise", "support",
      "oppose", "back", "help", "aid", "fund", "invest", "buy", "sell", "trade", "export", "import", "drop",
      "rise", "fall", "win", "lose", "defeat", "beat", "lead", "order", "move", "act", "push", "pull", "hit",
      "destroy", "damage", "burn", "storm", "occupy", "blockade", "mobilize", "mobilise", "recruit", "train",
      "test", "expel", "deport", "hijack", "kidnap", "assassinate", "murder", "injure", "wound", "fly", "travel",
      "arrive", "depart", "leave", "return", "join", "quit", "form", "found", "establish", "create", "take",
      "give", "make", "begin", "start", "stop", "end", "halt", "suspend", "resume");
  private static final Set<String> IRREGULAR_ACTIVITY = Set.of("struck", "shot", "fought", "seized", "met",
      "sent", "built", "cut", "held", "won", "lost", "beat", "beaten", "led", "hit", "flew", "flown", "left",
      "took", "taken", "gave", "given", "made", "began", "begun", "rose", "risen", "fell", "fallen", "fled",
      "sold", "bought", "brought", "drove", "ran", "broke", "spoke");

  public static DocumentTone of(List<String> tokens, Lexicon lexicon) {
    int words = 0;
    int positive = 0;
    int negative = 0;
    int active = 0;
    int pronouns = 0;
    for (String token : tokens) {
      if (!isWord(token)) {
        continue;
      }
      words++;
      String word = token.toLowerCase(Locale.ROOT);
      if (PRONOUNS.contains(word)) {
        pronouns++;
      } else if (isActivityWord(word)) {
        active++;
      }
      double valence = lexicon.valence(word);
      if (valence > 0) {
        positive++;
      } else if (valence < 0) {
        negative++;
      }
    }
    if (words == 0) {
      return new DocumentTone(0, 0, 0, 0, 0, 0, 0);
    }
    double pos = 100.0 * positive / words;
    double neg = 100.0 * negative / words;
    return new DocumentTone(pos - neg, pos, neg, pos + neg, 100.0 * active / words, 100.0 * pronouns / words, words);
  }

  /**
   * Every form {@link #isActivityWord} accepts, spelled out once: the lemmas, the irregular forms,
   * and each lemma (of three letters or more) with -ing, -ed, -es, -s, -d, with -ing and -ed after a
   * dropped final e ("closing"), and after a doubled final consonant ("stopped").
   */
  private static final Set<String> ACTIVITY_FORMS = activityForms();

  private static Set<String> activityForms() {
    Set<String> forms = new java.util.HashSet<>(ACTIVITY_VERBS);
    forms.addAll(IRREGULAR_ACTIVITY);
    for (String lemma : ACTIVITY_VERBS) {
      if (lemma.length() <= 2) {
        continue;
      }
      for (String suffix : new String[] {"ing", "ed", "es", "s", "d"}) {
        forms.add(lemma + suffix);
      }
      for (String suffix : new String[] {"ing", "ed"}) {
        if (lemma.endsWith("e") && lemma.length() > 3) {
          forms.add(lemma.substring(0, lemma.length() - 1) + suffix);
        }
        forms.add(lemma + lemma.charAt(lemma.length() - 1) + suffix);
      }
    }
    return Set.copyOf(forms);
  }

  /** An action verb's lemma or one of its inflected forms ("attacks", "attacked", "attacking", "struck"). */
  static boolean isActivityWord(String word) {
    return ACTIVITY_FORMS.contains(word);
  }

  static boolean isWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
