package io.newsstats.linking;

import java.util.Locale;
import java.util.Set;

/**
 * The words right before and after a match, and what they say about it: a title ("President
 * Putin", "Mr Kim"), another person's given name or surname ("Michael Howard", "Kim Howells", "Tony
 * Jordan"), or nothing. Pure functions of the text, so the linker's rules can be tested alone.
 */
final class NameContext {
  private NameContext() {}

  /** Words that, right before a surname, mark it as a person's (and, for a leader, the leader's). */
  static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "dr", "president", "premier", "chancellor", "minister", "pm", "king", "queen",
      "emir", "sheikh", "sheik", "sultan", "prince", "ayatollah", "general", "gen", "marshal", "colonel", "col",
      "comrade", "chairman", "leader", "taoiseach", "pope", "emperor", "dictator", "strongman", "ruler", "monarch",
      "counterpart", "predecessor", "successor", "presidents", "leaders", "incumbent", "mr.", "mrs.", "ms.", "dr.",
      "gen.", "col.", "sen.", "senator", "governor", "secretary", "speaker", "vice", "deputy", "ex-president",
      "ex-leader", "autocrat", "junta", "sir");

  /** Titles that name a leader's office: with them the in-office leader is meant ("President Kim"). */
  static final Set<String> LEADER_TITLES = Set.of(
      "president", "premier", "chancellor", "pm", "king", "queen", "emir", "sultan", "ayatollah", "leader",
      "taoiseach", "pope", "emperor", "dictator", "strongman", "ruler", "monarch", "counterpart", "incumbent",
      "autocrat", "mr", "mrs", "ms", "mr.", "mrs.", "ms.", "chairman", "minister");

  /** Capitalised words after a name that are about the name, not part of another person's name. */
  static final Set<String> INSTITUTIONS = Set.of(
      "administration", "government", "cabinet", "doctrine", "era", "presidency", "regime", "campaign", "camp",
      "years", "foundation", "library", "center", "centre", "loyalists", "allies", "supporters", "and", "or",
      "defense", "defence", "armed", "army", "police", "ministry", "embassy", "foreign", "national", "central",
      "supreme", "parliament", "valley", "river", "basin", "lake", "sea", "desert", "said", "says", "tower",
      "organization", "organisation", "hotel", "hotels", "university", "plaza", "company", "group", "media",
      "airlines", "airways", "card", "jr", "sr", "junior", "senior", "ii", "iii");

  /** Capitalised words that start sentences or stand before names without being names. */
  private static final Set<String> NOT_NAMES = Set.of(
      "the", "a", "an", "but", "and", "or", "if", "when", "while", "as", "after", "before", "since", "then", "so",
      "now", "also", "however", "in", "on", "at", "for", "with", "by", "from", "under", "both", "only", "even",
      "why", "how", "what", "where", "who", "yesterday", "today", "tomorrow", "meanwhile", "earlier", "later",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april", "june", "july", "august", "september", "october", "november", "december", "former", "new", "said",
      "says", "that", "this", "there", "here", "it", "he", "she", "they", "we", "i", "his", "her", "their", "our",
      "my", "its", "mr", "to", "of", "not", "no", "yes", "like", "against", "about", "over", "during", "without",
      "between", "among", "via", "per", "than", "because", "although", "though", "until", "once", "whether", "let",
      "ask", "tell", "ex", "dear", "welcome", "thank", "thanks");

  /** US states, for "Lebanon, Pennsylvania" and "Peru, Indiana". */
  static final Set<String> US_STATES = Set.of(
      "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
      "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
      "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio",
      "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
      "wisconsin", "wyoming", "pa", "ind", "ill", "mo", "tenn", "tex", "ky", "va", "wis", "minn", "mich", "ga",
      "fla", "calif", "ala", "ark", "conn", "okla", "ore", "kan", "neb", "nev", "vt", "wyo", "miss");

  /** A word next to a match: its text (without a possessive) and how it relates to the match. */
  record Word(String text, boolean possessive, boolean sentenceStart, boolean afterComma) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    boolean isTitle() {
      return TITLES.contains(lower());
    }

    boolean isLeaderTitle() {
      return LEADER_TITLES.contains(lower());
    }

    boolean isInitial() {
      return text.matches("\\p{Lu}\\.?");
    }

    boolean isCapitalised() {
      return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean isAcronym() {
      return text.length() >= 2 && text.length() <= 5 && text.equals(text.toUpperCase(Locale.ROOT))
          && text.chars().allMatch(Character::isLetter);
    }

    /** Could be part of a person's name: capitalised, not a title, a function word or an acronym. */
    boolean nameLike() {
      return isCapitalised() && !isTitle() && !isAcronym() && !NOT_NAMES.contains(lower())
          && !INSTITUTIONS.contains(lower()) && !text.contains(".") && text.length() > 1;
    }
  }

  /** The word ending right before {@code begin} (only spaces between), or null at punctuation or the start. */
  static Word before(String text, int begin) {
    int i = begin - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00a0')) {
      i--;
    }
    if (i < 0 || i == begin - 1) {
      return null;  // no space between: part of the same token ("anti-Putin") or the text's start
    }
    return wordEndingAt(text, i + 1);
  }

  /** The word whose last character is at {@code end - 1}, or null. */
  private static Word wordEndingAt(String text, int end) {
    int i = end - 1;
    while (i >= 0 && isWordChar(text.charAt(i))) {
      i--;
    }
    if (i + 1 >= end) {
      return null;
    }
    String raw = text.substring(i + 1, end);
    if (raw.endsWith(".") && !raw.matches("\\p{Lu}\\.") && !TITLES.contains(raw.toLowerCase(Locale.ROOT))) {
      return null;  // the end of the previous sentence
    }
    boolean possessive = raw.endsWith("'s") || raw.endsWith("\u2019s") || raw.endsWith("s'");
    String word = possessive ? raw.substring(0, raw.length() - 2) : raw;
    int j = i;
    while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
      j--;
    }
    boolean sentenceStart = j < 0 || ".!?\"\u201c\u201d:;(".indexOf(text.charAt(j)) >= 0 || text.substring(j + 1, i + 1).indexOf('\n') >= 0;
    return new Word(word.replaceAll("^[\"'\u2018\u201c(]+", ""), possessive, sentenceStart, j >= 0 && text.charAt(j) == ',');
  }

  /** The word starting right after {@code end} (only spaces between), or null. */
  static Word after(String text, int end) {
    int i = end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00a0')) {
      i++;
    }
    if (i == end || i >= text.length()) {
      return null;
    }
    int start = i;
    while (i < text.length() && isWordChar(text.charAt(i))) {
      i++;
    }
    if (i == start) {
      return null;
    }
    String word = text.substring(start, i).replaceAll("[.'\u2019]+$", "");
    return word.isEmpty() ? null : new Word(word, false, false, false);
  }

  /** The word before a comma right before {@code begin}: "Onuoha, Jordan". */
  static Word beforeComma(String text, int begin) {
    int i = begin - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i > 0 && text.charAt(i) == ',' ? wordEndingAt(text, i) : null;
  }

  /**
   * Whether the match is an item in a comma-separated list of capitalised words the caller does not
   * know ("Macken, Weaver, Onuoha, Jordan."; "Manchester, Liverpool, Leicester"): a comma before it
   * and another one before the previous item or right after the match. "In Rio de Janeiro, Lula
   * said" is not a list.
   */
  static boolean inList(String text, int begin, int end, java.util.function.Predicate<String> known) {
    Word previous = beforeComma(text, begin);
    if (previous == null || !previous.nameLike() || known.test(previous.text())) {
      return false;
    }
    if (end < text.length() && text.charAt(end) == ',') {
      return true;
    }
    int start = text.lastIndexOf(previous.text(), begin);
    Word earlier = start > 0 ? beforeComma(text, start) : null;
    return earlier != null && earlier.nameLike();
  }

  /** After a comma: "Lebanon, Pennsylvania". */
  static Word afterComma(String text, int end) {
    if (end < text.length() && text.charAt(end) == ',') {
      return after(text, end + 1);
    }
    return null;
  }

  /**
   * Whether the line holding {@code offset} is a headline in title case ("Putin Arrives In North
   * Korea"), where capitals say nothing about names and the neighbour rules must not apply.
   */
  static boolean inTitleCaseLine(String text, int offset) {
    // Look at most 200 characters either way: a longer line is a paragraph, not a headline.
    int start = offset;
    while (start > 0 && text.charAt(start - 1) != '\n') {
      if (offset - --start > 200) {
        return false;
      }
    }
    int end = offset;
    while (end < text.length() && text.charAt(end) != '\n') {
      if (++end - start > 200) {
        return false;
      }
    }
    int words = 0;
    int capitalised = 0;
    for (String word : text.substring(start, end).split("[\\s\"\u201c\u201d]+")) {
      if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
        words++;
        capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
      }
    }
    return words >= 3 && capitalised * 10 >= words * 7;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019' || c == '.';
  }
}
