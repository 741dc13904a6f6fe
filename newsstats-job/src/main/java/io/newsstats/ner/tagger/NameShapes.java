package io.newsstats.ner.tagger;

import java.util.Set;

/**
 * Which tokens can be part of a name in edited text, by their letters: a name begins with a word
 * holding a capital ("Putin", "al-Bashir", "IBM") and goes on through such words, the small words
 * names hold ("Bank of England", "Ludwig van Beethoven") and joining marks ("Marks & Spencer").
 * Digits alone, other punctuation and other lower-case words end it. Measured on CoNLL-2003 these
 * were the tagger's most frequent boundary errors ("Adnan Al Talyani 55", "striker Ronaldo",
 * "Saeed Anwar run"). A sentence with no capital at all (lower-cased input) is left unconstrained.
 */
final class NameShapes {
  private NameShapes() {}

  static final Set<String> PARTICLES = Set.of("of", "the", "and", "for", "de", "da", "do", "dos", "du", "des",
      "del", "della", "la", "le", "van", "von", "der", "den", "ter", "al", "el", "bin", "ibn", "bint", "y", "e", "di",
      "-", "&", "'s", "on", "in", "at", "upon", "st", "und", "zu", ".", "'");

  /** allowed[i][t]: whether token i may carry tag t (O always; B- and I- by the rules above). */
  static boolean[][] allowed(String[] words, String[] tags) {
    boolean[][] allowed = new boolean[words.length][tags.length];
    boolean anyCapital = false;
    for (String w : words) {
      anyCapital |= hasCapital(w);
    }
    for (int i = 0; i < words.length; i++) {
      boolean capital = !anyCapital || hasCapital(words[i]);
      boolean continues = capital || PARTICLES.contains(words[i]) || hyphenatedSyllable(words, i);
      for (int t = 0; t < tags.length; t++) {
        allowed[i][t] = tags[t].startsWith("B-") ? capital : tags[t].startsWith("I-") ? continues : true;
      }
    }
    return allowed;
  }

  /**
   * "Sang-min", "Dae-jung", "Jong-un": a short lower-case syllable joined by a hyphen to a capitalised
   * word goes on with the name (Korean given names), so "Lee Sang-min" is not cut to "Lee Sang".
   */
  static boolean hyphenatedSyllable(String[] words, int i) {
    return i >= 2 && words[i - 1].equals("-") && hasCapital(words[i - 2]) && words[i].length() <= 5
        && !words[i].isEmpty() && words[i].chars().allMatch(Character::isLowerCase);
  }

  static boolean hasCapital(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isUpperCase(word.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}
