package io.newsstats.input;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The language of a record that does not name one. English news, the common case, is recognised
 * from its function words at almost no cost; anything else goes to the n-gram detector
 * (optimaize language-detector, 70 languages) over the first {@link #SAMPLE} characters, and
 * Chinese, Japanese and Korean by their scripts (the detector takes Chinese for Korean).
 */
public final class LanguageId {
  /** Characters of the text looked at: enough for the detector's answer to settle, cheap on long articles. */
  static final int SAMPLE = 1000;
  /** Fewer letters than this: too little text to tell. */
  static final int MIN_LETTERS = 20;
  /**
   * Fewer different words of running text than this (words of two letters or more, not in capitals):
   * a headline, a table of figures or a sign-off ("TRINOVA CORP 3RD QTR SHR 52 CTS", "Shr 13 cts vs
   * 12 cts"), where n-grams name a language at random. Too little to tell.
   */
  static final int MIN_PROSE_WORDS = 15;
  /** A line whose tokens carry digits this often or more is a row of figures ("Net 1,612,000 vs 1,571,000"). */
  static final double MAX_FIGURES_SHARE = 0.25;
  /** Below this probability the detector's answer is a guess (English is assumed, and counted as uncertain). */
  static final double MIN_CONFIDENCE = 0.9;

  /** A language (ISO 639-1), how sure, and whether there was too little to tell (then English is assumed). */
  public record Guess(String code, double confidence, boolean uncertain) {
    public boolean english() {
      return code.equals("en");
    }
  }

  private static final Set<String> ENGLISH_WORDS = Set.of("the", "of", "and", "to", "in", "is", "that", "for",
      "it", "was", "on", "with", "as", "by", "at", "said", "are", "be", "this", "from", "has", "have", "he", "his",
      "but", "not", "an", "were", "will", "which", "their", "they", "we", "you", "had", "been", "would", "its",
      "who", "after", "than", "or", "about", "more", "when", "she", "her", "there", "can", "could", "our");

  private LanguageId() {}

  public static Guess detect(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    int letters = 0;
    int han = 0;
    int kana = 0;
    int hangul = 0;
    for (int i = 0; i < sample.length(); ) {
      int c = sample.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.HAN) {
        han++;
      } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
        kana++;
      } else if (script == Character.UnicodeScript.HANGUL) {
        hangul++;
      }
    }
    if (letters < MIN_LETTERS) {
      return new Guess("en", 0.0, true);
    }
    if ((han + kana + hangul) * 2 > letters) {
      String code = hangul > 0 && hangul >= kana ? "ko" : kana > 0 ? "ja" : "zh";
      return new Guess(code, 1.0, false);
    }
    if (looksEnglish(sample)) {
      return new Guess("en", 1.0, false);
    }
    // Only lines of running text tell a language: headlines in capitals and rows of figures are left out.
    String prose = prose(sample);
    if (proseWords(prose) < MIN_PROSE_WORDS) {
      return new Guess("en", 0.0, true);
    }
    List<DetectedLanguage> found = Detector.INSTANCE.detect(prose);
    if (found.isEmpty() || found.get(0).getProbability() < MIN_CONFIDENCE) {
      return new Guess("en", found.isEmpty() ? 0.0 : found.get(0).getProbability(), true);
    }
    DetectedLanguage top = found.get(0);
    return new Guess(top.getLocale().getLanguage(), top.getProbability(), false);
  }

  /** At least eight words, a quarter of them English function words and at least five different ones. */
  static boolean looksEnglish(String sample) {
    int words = 0;
    int hits = 0;
    Set<String> distinct = new java.util.HashSet<>();
    for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (word.isEmpty()) {
        continue;
      }
      words++;
      if (ENGLISH_WORDS.contains(word)) {
        hits++;
        distinct.add(word);
      }
    }
    return words >= 8 && hits * 4 >= words && distinct.size() >= 5;
  }

  /** The lines of running text: neither rows of figures nor written in capitals. */
  static String prose(String sample) {
    StringBuilder out = new StringBuilder(sample.length());
    for (String line : sample.split("\n")) {
      if (figuresShare(line) < MAX_FIGURES_SHARE && proseWords(line) > 0) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  /** The share of white-space separated tokens that hold a digit. */
  static double figuresShare(String sample) {
    int tokens = 0;
    int figures = 0;
    for (String token : sample.split("\\s+")) {
      if (!token.isEmpty()) {
        tokens++;
        figures += token.chars().anyMatch(Character::isDigit) ? 1 : 0;
      }
    }
    return tokens == 0 ? 0.0 : figures / (double) tokens;
  }

  /** Different words of two letters or more that are not written in capitals. */
  static int proseWords(String sample) {
    Set<String> words = new java.util.HashSet<>();
    for (String word : sample.split("[^\\p{L}]+")) {
      if (word.length() >= 2 && !word.equals(word.toUpperCase(Locale.ROOT))) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return words.size();
  }

  /**
   * The detector and its profiles: loaded once per JVM (about 1 s), on the first record that needs
   * it (the class is initialised on first use, which the JVM does once and thread-safely).
   */
  private static final class Detector {
    static final Detector INSTANCE = new Detector();

    private final LanguageDetector languages;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    Detector() {
      try {
        languages = LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
      } catch (IOException e) {
        throw new UncheckedIOException("language profiles could not be read from the bundled detector", e);
      }
    }

    List<DetectedLanguage> detect(String text) {
      return languages.getProbabilities(texts.forText(text));
    }
  }
}
