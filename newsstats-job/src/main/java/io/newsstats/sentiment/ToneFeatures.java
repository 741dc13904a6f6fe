package io.newsstats.sentiment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The features the trained mention-tone model reads, for one mention in one sentence (pure, the same
 * code at training and at run time):
 * <ul>
 *   <li>{@code u:word} and {@code b:word word}: the sentence's lower-cased words and word pairs;
 *   <li>{@code L:word} and {@code R:word}: the six words left and right of the mention;
 *   <li>{@code L1:word}, {@code L2:word}, {@code R1:word}, {@code R2:word}: the nearest two words on
 *       each side by position ("accused X" against "X accused");
 *   <li>{@code C:word}: the words of the mention's own clause (as {@link TargetedTone} cuts it);
 *   <li>each group binary and scaled to unit length, so long sentences do not weigh more;
 *   <li>dense scores: positive and negative lexicon valence left and right of the mention (five
 *       words) and in the whole sentence, and the rule tones of the clause and of the sentence.
 * </ul>
 */
public final class ToneFeatures implements Serializable {
  static final int WINDOW = 6;
  static final int LEXICON_WINDOW = 5;
  private final Lexicon lexicon;

  public ToneFeatures(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * @param tokens the sentence's tokens
   * @param first index of the mention's first token
   * @param last index of the mention's last token
   */
  public Map<String, Double> of(List<String> tokens, int first, int last, double clauseTone, double sentenceTone) {
    String[] lower = SentenceToneScorer.lowerCased(tokens);
    return of(tokens, lower, first, last, TargetedTone.clause(tokens, lower, first, last), clauseTone, sentenceTone);
  }

  /** @param clause the mention's clause as {@link TargetedTone#clause} cuts it */
  Map<String, Double> of(List<String> tokens, String[] lower, int first, int last, int[] clause, double clauseTone,
      double sentenceTone) {
    Map<String, Double> features = sentenceFeatures(tokens, lower);
    features.putAll(mentionFeatures(tokens, lower, first, last, clause, clauseTone, sentenceTone));
    return features;
  }

  /** The sentence's words and word pairs: the same for every mention in the sentence. */
  Map<String, Double> sentenceFeatures(List<String> tokens, String[] lower) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (DocumentTone.isWord(tokens.get(i))) {
        words.add(lower[i]);
      }
    }
    List<String> sentence = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      sentence.add("u:" + words.get(i));
      if (i + 1 < words.size()) {
        sentence.add("b:" + words.get(i) + " " + words.get(i + 1));
      }
    }
    Map<String, Double> features = new LinkedHashMap<>();
    addUnitGroup(features, sentence);
    return features;
  }

  /** The words around one mention, the lexicon valences near it and in the sentence, the rule tones. */
  Map<String, Double> mentionFeatures(List<String> tokens, String[] lower, int first, int last, int[] clause,
      double clauseTone, double sentenceTone) {
    Map<String, Double> features = new LinkedHashMap<>();
    mentionFeatures(tokens, lower, first, last, clause, clauseTone, sentenceTone,
        (prefix, word, value) -> features.put(prefix + word, value));
    return features;
  }

  /**
   * Where one mention's features go, in order, each as its name's prefix ("L:", up to the first
   * colon), the rest of its name, and its value: the tone stage weighs them as they come, without
   * building each name as a string and the whole set as a map.
   */
  interface Sink {
    void add(String prefix, String word, double value);
  }

  /** The mention's features, in the order and with the values of {@link #mentionFeatures}'s map. */
  void mentionFeatures(List<String> tokens, String[] lower, int first, int last, int[] clause, double clauseTone,
      double sentenceTone, Sink sink) {
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (i >= first && i <= last || !DocumentTone.isWord(tokens.get(i))) {
        continue;
      }
      (i < first ? left : right).add(lower[i]);
    }
    java.util.Set<String> leftWindow = new java.util.LinkedHashSet<>(left.subList(Math.max(0, left.size() - WINDOW),
        left.size()));
    java.util.Set<String> rightWindow = new java.util.LinkedHashSet<>(right.subList(0, Math.min(WINDOW, right.size())));
    double window = unit(leftWindow.size() + rightWindow.size());
    leftWindow.forEach(w -> sink.add("L:", w, window));
    rightWindow.forEach(w -> sink.add("R:", w, window));
    // Where a word stands to the target: "accused X" and "X accused" differ, as do a speaker's
    // "X said" and the words of the target's own clause. Four names, always distinct.
    double near = unit(4);
    for (int k = 1; k <= 2; k++) {
      sink.add("L" + k + ":", left.size() >= k ? left.get(left.size() - k) : "<s>", near);
      sink.add("R" + k + ":", right.size() >= k ? right.get(k - 1) : "</s>", near);
    }
    java.util.Set<String> clauseWords = new java.util.LinkedHashSet<>();
    for (int i = clause[0]; i < clause[1]; i++) {
      if ((i < first || i > last) && DocumentTone.isWord(tokens.get(i))) {
        clauseWords.add(lower[i]);
      }
    }
    double clauseValue = unit(clauseWords.size());
    clauseWords.forEach(w -> sink.add("C:", w, clauseValue));
    addValences(sink, "left", left.subList(Math.max(0, left.size() - LEXICON_WINDOW), left.size()));
    addValences(sink, "right", right.subList(0, Math.min(LEXICON_WINDOW, right.size())));
    List<String> context = new ArrayList<>(left);
    context.addAll(right);
    addValences(sink, "sentence", context);
    sink.add("rule:", "clause", clauseTone);
    sink.add("rule:", "sentence", sentenceTone);
  }

  /** The value of each binary feature of a group of n: the group's vector has unit length. */
  private static double unit(int n) {
    return n == 0 ? 0 : 1.0 / Math.sqrt(n);
  }

  /** Binary features of one group, each 1/sqrt(n): the group's vector has unit length. */
  private static void addUnitGroup(Map<String, Double> features, List<String> names) {
    java.util.Set<String> distinct = new java.util.LinkedHashSet<>(names);
    double value = unit(distinct.size());
    distinct.forEach(name -> features.put(name, value));
  }

  private void addValences(Sink sink, String where, List<String> words) {
    double positive = 0;
    double negative = 0;
    for (String word : words) {
      double valence = lexicon.valence(word);
      if (valence > 0) {
        positive += valence;
      } else {
        negative += valence;
      }
    }
    sink.add("lex:", where + ":pos", positive);
    sink.add("lex:", where + ":neg", negative);
  }
}
