package io.newsstats.linking;

import io.newsstats.kb.GivenNames;
import io.newsstats.kb.TextKeys;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word knowledge the name rules share: English words, given names and titles, the article's
 * places and nationalities, and where a word stands in the text (a sentence's start, a headline in
 * capitals, the word before). Pure functions of the words and the text.
 */
final class NameWords implements Serializable {
  private final Set<String> placeKeys;
  private final Set<String> nationalityKeys;

  /**
   * @param placeWords capitals, country names and demonyms: one-word "people" that are places
   * @param demonyms words for a country's people ("Briton", "Kenyan")
   */
  NameWords(Set<String> placeWords, Set<String> demonyms) {
    this.placeKeys = new HashSet<>();
    placeWords.forEach(w -> placeKeys.add(TextKeys.key(w)));
    this.nationalityKeys = new HashSet<>(NATIONALITY_NOUNS);
    demonyms.forEach(w -> nationalityKeys.add(TextKeys.key(w)));
  }

  /** A capital, country name or other name ("Britain"), demonym or US state, by key. */
  boolean place(String key) {
    return placeKeys.contains(key);
  }

  /** A word for a country's people ("Briton", "Spaniard"), by key. */
  boolean nationality(String key) {
    return nationalityKeys.contains(key);
  }

  /** Ordinary English words: what a firm's name joined by "and" may start with, what "U.S. Soybeans" is made of. */
  static final Set<String> ENGLISH_WORDS = io.newsstats.kb.GivenNames.englishWords();

  /** An English word or an inflection of one ("Troubled", "Robbing", "Quickly"), by its key. */
  static boolean englishWord(String word) {
    String key = TextKeys.key(word);
    if (ENGLISH_WORDS.contains(key)) {
      return true;
    }
    for (String ending : new String[] {"ed", "ing", "ly", "s"}) {
      if (key.endsWith(ending) && key.length() > ending.length() + 2) {
        String stem = key.substring(0, key.length() - ending.length());
        if (ENGLISH_WORDS.contains(stem) || ENGLISH_WORDS.contains(stem + "e")
            || stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
            && ENGLISH_WORDS.contains(stem.substring(0, stem.length() - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Prefixes joined by a hyphen to a name they are about ("non-EU", "anti-Nato", "pro-Kremlin"). */
  static final Set<String> NAME_PREFIXES = Set.of("non", "anti", "pro", "post", "pre", "ex", "extra", "intra",
      "inter", "pan", "trans");

  /** Whether the name at {@code begin} follows such a prefix and its hyphen ("non-[EU]"). */
  static boolean afterNamePrefix(String text, int begin) {
    if (begin < 3 || text.charAt(begin - 1) != '-') {
      return false;
    }
    int start = begin - 1;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return NAME_PREFIXES.contains(text.substring(start, begin - 1).toLowerCase(Locale.ROOT));
  }

  static final Set<String> NAME_TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady");

  static final Set<String> GIVEN_NAMES = io.newsstats.kb.GivenNames.bundled();

  /** Where the text gives a word whole: no letter, digit or hyphen joins it on either side. */
  static List<Integer> wholeWords(String text, String word) {
    List<Integer> starts = new ArrayList<>();
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '-')
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '-')) {
        starts.add(at);
      }
    }
    return starts;
  }

  /** Whether an offset begins a sentence: only spaces, quotes or brackets after a full stop, or the text's start. */
  static boolean sentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'(\u2018\u201c".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:;".indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '\n';
  }

  /** The word right before an offset (across spaces only), as written, or "". */
  static String previousWord(String text, int begin) {
    int end = begin;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  /** The word right before an offset, lower case, or "". */
  static String wordBefore(String text, int begin) {
    return previousWord(text, begin).toLowerCase(Locale.ROOT);
  }

  /**
   * A line that credits the story's makers or sources, not a line of the story: a byline ("By Sarah
   * Johnson and Mike Chen, CNN"), the agencies' credits ("Reporting by David Milliken; Editing by Toby
   * Chopra", "(Additional reporting by ...)"), a picture's or the copyright's credit ("Photo: Getty
   * Images", "Copyright 2024 The Associated Press") and the site's own lines ("Follow us on Twitter").
   */
  private static final Pattern CREDIT_LINE = Pattern.compile("[(\\[]?\\s*(?:(?:Additional reporting|Reporting"
      + "|Editing|Writing|Compiled|Edited|Written|Research) by |(?:Photo|Picture|Image|Video"
      + "|Illustration)s?(?: credit)?: |Copyright (?:\\d{4}|\u00a9|\\([Cc]\\))|\u00a9|All rights reserved"
      + "|Follow us |Sign up )");
  /** A byline: "By", then only capitalised words, commas and "and" ("By March, the Fed ..." is a story's line). */
  private static final Pattern BYLINE = Pattern.compile(
      "\\s*By (?:\\p{Lu}[\\p{L}.'\u2019-]*\\s*)+(?:(?:,|and|&)\\s*(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s*)+)*");

  /** Whether the line holding {@code at} is a credit line (at most 300 characters; a story's line is longer). */
  static boolean inCreditLine(String text, int at) {
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    int lineEnd = text.indexOf('\n', at);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    return lineEnd - lineStart <= 300 && (CREDIT_LINE.matcher(text).region(lineStart, lineEnd).lookingAt()
        || BYLINE.matcher(text).region(lineStart, lineEnd).matches());
  }

  /** Whether the line holding this offset has no lower-case letter: a headline or a table in capitals. */
  static boolean inCapitals(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    int end = text.indexOf('\n', at);
    for (int i = start, n = end < 0 ? text.length() : end; i < n; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the word at an offset stands right after a word in capitals ("SAYS Bukayo"): a headline. */
  static boolean wordInCapitals(String text, int begin) {
    String before = previousWord(text, begin);
    return before.length() > 1 && before.equals(before.toUpperCase(Locale.ROOT));
  }

  /** Nouns for a country's people that are no demonym in the reference data. */
  private static final Set<String> NATIONALITY_NOUNS = Set.of("spaniard", "swede", "englishman", "welshman",
      "scotsman", "irishman", "frenchman", "dutchman", "englishwoman", "welshwoman", "scotswoman", "irishwoman",
      "frenchwoman", "dutchwoman");

  /** Nationality and group nouns the tagger takes for people. */
  private static final Set<String> GROUP_WORDS = Set.of("spaniard", "swede", "dane", "finn", "pole", "turk", "scot",
      "brit", "kiwi", "aussie", "englishman", "welshman", "scotsman", "irishman", "frenchman", "dutchman",
      "maori", "muslim", "christian", "jew", "jewish", "hindu", "sikh", "arab", "kurd", "pashtun", "sunni", "shia",
      // peoples and faiths that are no demonym of the reference data ("Tajiks", "Uyghurs", "Yazidis")
      "tajik", "uzbek", "hazara", "baloch", "baluch", "uyghur", "uighur", "tamil", "rohingya", "yazidi", "druze",
      "alawite", "shiite", "hutu", "tutsi", "igbo", "yoruba", "hausa", "fulani", "berber", "bedouin", "zulu", "xhosa",
      "copt", "maronite", "buddhist", "catholic", "protestant", "mormon", "chechen", "tatar", "cossack");

  /** A nationality or group noun, or the plural of one or of a demonym ("Italians", "Pakistanis", "Kiwis"). */
  boolean groupWord(String key) {
    String singular = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    return GROUP_WORDS.contains(key) || GROUP_WORDS.contains(singular) || key.endsWith("s") && place(singular);
  }

  /**
   * A group noun or a nationality, or the plural of one ("Sikhs", "Kenyans", "Swedes"); unlike
   * {@link #groupWord}, not the plural of any place word ("Saints", a club, is no "Saint Lucia").
   */
  boolean peopleWord(String key) {
    String singular = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    return GROUP_WORDS.contains(key) || GROUP_WORDS.contains(singular) || nationality(singular);
  }

  /** Words of a football or rugby report: three of them, one a position or competition, make one. */
  private static final String[] MATCH_WORDS = {" goal", " scored", " match", " league", " points", " manager",
      " kick-off", " fixture", " win ", " draw", " defeat", " season", " cup"};
  private static final String[] SPORT_WORDS = {" striker", " midfielder", " defender", " goalkeeper", " penalty",
      " header", "Premiership", "Premier League", "Champions League", "FA Cup", " fly-half", " scrum",
      " line-out", "Six Nations", " winger", " full-back", "La Liga", "Serie A", "Bundesliga"};

  /** Whether the text reads as a football or rugby report ({@link #MATCH_WORDS}, {@link #SPORT_WORDS}). */
  static boolean sportsReport(String text) {
    int sport = 0;
    for (String word : SPORT_WORDS) {
      sport += text.contains(word) ? 1 : 0;
    }
    if (sport == 0) {
      return false;
    }
    int match = 0;
    for (String word : MATCH_WORDS) {
      match += text.contains(word) ? 1 : 0;
    }
    return sport + match >= 3;
  }

  /**
   * A name in a list of capitalised words separated by commas or semicolons ("Eustace, Brown;
   * Forrester"): a separator on both sides, or two on one side. "In Washington, Obama said" is none.
   */
  static boolean listItem(String text, int begin, int end) {
    int previous = itemBefore(text, begin);
    int next = itemAfter(text, end);
    return previous >= 0 && (next >= 0 || itemBefore(text, previous) >= 0)
        || next >= 0 && itemAfter(text, next) >= 0 || lastOfList(text, begin);
  }

  /** "Eppler, Geurin and Turner": the last of a list, after "and" or "&". */
  private static boolean lastOfList(String text, int begin) {
    int i = begin;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    int conjunction;
    if (i >= 3 && text.startsWith("and", i - 3) && (i == 3 || !Character.isLetter(text.charAt(i - 4)))) {
      conjunction = i - 3;
    } else if (i > 0 && text.charAt(i - 1) == '&') {
      conjunction = i - 1;
    } else {
      return false;
    }
    String word = previousWord(text, conjunction);
    int end = conjunction;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && itemBefore(text, end - word.length()) >= 0;
  }

  /** The start of a capitalised word before a comma or semicolon that ends at {@code at}, or -1. */
  private static int itemBefore(String text, int at) {
    int i = at;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    if (i == 0 || (text.charAt(i - 1) != ',' && text.charAt(i - 1) != ';')) {
      return -1;
    }
    String word = previousWord(text, i - 1);
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) ? i - 1 - word.length() : -1;
  }

  /** The end of a capitalised word after a comma or semicolon that starts at {@code at}, or -1. */
  private static int itemAfter(String text, int at) {
    if (at >= text.length() || (text.charAt(at) != ',' && text.charAt(at) != ';')) {
      return -1;
    }
    int i = at + 1;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int end = i;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end > i && Character.isUpperCase(text.charAt(i)) ? end : -1;
  }

  /** Whether none of a name's words after a given name is an English word or a place's ("Novak Djokovic", not "Crystal Palace"). */
  boolean personLike(String name) {
    String[] words = name.split(" ");
    boolean plain = true;
    for (int i = GivenNames.bundled().contains(words[0]) ? 1 : 0; i < words.length; i++) {
      plain &= !ENGLISH_WORDS.contains(TextKeys.key(words[i])) && !place(TextKeys.key(words[i]));
    }
    return plain;
  }

  /** Whether every word of a name of two or three is a nationality or a people ("British Jews"). */
  boolean peopleWords(String name) {
    String[] words = name.split(" ");
    if (words.length > 3) {
      return false;
    }
    for (String word : words) {
      if (!peopleWord(TextKeys.key(word))) {
        return false;
      }
    }
    return true;
  }
}
