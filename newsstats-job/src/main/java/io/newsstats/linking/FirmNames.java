package io.newsstats.linking;

import io.newsstats.kb.TextKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names an article gives as firms: the capitalised words before a corporate word or a ticker
 * ("Shearson Lehman Brothers Inc", "{@code <GM>}"), a firm named by its analysts or economists
 * ("analysts at Morgan Stanley"), and a firm's shape around "and" ("Standard and Poor's", "Goldman,
 * Sachs and Co"). With each, the words that may stand for it alone ("Shearson", "Goldman").
 */
final class FirmNames {
  private FirmNames() {}

  /** Words of a firm's legal form or trade: after a name, they make it a company. */
  static final Set<String> CORPORATE = Set.of("corp", "corporation", "co", "cos", "company", "companies", "inc",
      "incorporated", "ltd", "limited", "plc", "llc", "lp", "llp", "ag", "sa", "nv", "bv", "gmbh", "spa", "ab", "as",
      "oy", "kk", "bhd", "pty", "holdings", "holding", "group", "bancorp", "industries", "international", "intl",
      "securities", "investors", "partners", "associates", "brothers", "bros", "enterprises", "trust", "bank",
      "financial", "capital", "motors", "airlines", "petroleum", "oil", "chemical", "chemicals", "steel", "mining",
      "resources", "energy", "electric", "systems", "technologies", "pharmaceuticals", "service", "services", "global");

  /** Up to four capitalised words right before a position, joined by spaces, "and" or "&" ("Shearson Lehman Brothers"). */
  private static final Pattern NAME_BEFORE = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}'\u2019&.-]*(?:\\s(?:and|&))?\\s){1,4})$");

  /** "Standard and Poor's", "Goldman, Sachs and Co", "Smith Barney, Harris Upham": two names joined as a firm. */
  private static final Pattern FIRM_SHAPE = Pattern.compile(
      "(\\p{Lu}\\p{L}+),? (?:and|&) (\\p{Lu}\\p{L}+)(?:'s|\u2019s)\\b"
          + "|(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?), (\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?) (?:and|&) Co\\b");

  /** The keys of every name the article gives as a firm, and of each of its words that could stand for it. */
  static Set<String> of(String text) {
    Set<String> names = new HashSet<>();
    // One pass over the words (a regex over every capitalised word cost more than the tagger saves):
    // a capitalised corporate word or a ticker marks the capitalised words before it as a firm.
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      if (c == '<') {
        int close = text.indexOf('>', i);
        if (close > i + 1 && close - i <= 11 && Character.isUpperCase(text.charAt(i + 1))) {
          firmBefore(text, i, names);
        }
        i++;
        continue;
      }
      if (!Character.isLetter(c) || (i > 0 && Character.isLetter(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end - i >= 2 && corporateWord(text, i, end)) {
        firmBefore(text, i, names);
      }
      i = end;
    }
    researchedFirms(text, names);
    // "Standard and Poor's", "Goldman, Sachs and Co": only around " and " and " & ".
    for (String joint : new String[] {" and ", " & "}) {
      for (int at = text.indexOf(joint); at >= 0; at = text.indexOf(joint, at + 1)) {
        int from = Math.max(0, at - 40);
        Matcher f = FIRM_SHAPE.matcher(text).region(from, Math.min(n, at + joint.length() + 40));
        while (f.find()) {
          for (int g = 1; g <= 4; g++) {
            if (f.group(g) != null && !CORPORATE.contains(f.group(g).toLowerCase(Locale.ROOT))) {
              names.add(TextKeys.key(f.group(g)));
            }
          }
        }
      }
    }
    return names;
  }

  private static final String CAPITALISED_WORDS = "(\\p{Lu}[\\p{L}&.-]*(?: \\p{Lu}[\\p{L}&.-]*){0,3})";

  /**
   * Firms named by their researchers: "analysts at Morgan Stanley", "Goldman Sachs economist", and each
   * firm of a list after them ("analysts at Bernstein and Jefferies").
   */
  private static void researchedFirms(String text, Set<String> names) {
    for (String researchers : RESEARCHERS) {
      for (int at = text.indexOf(researchers); at >= 0; at = text.indexOf(researchers, at + 1)) {
        Matcher firm = FIRM_BEFORE_RESEARCHERS.matcher(text).region(Math.max(0, at - 60), at);
        if (firm.find()) {
          addFirm(firm.group(1), names);
        }
        firm = FIRM_AFTER_RESEARCHERS.matcher(text).region(at + researchers.length(), text.length());
        if (firm.lookingAt()) {
          addFirm(firm.group(1), names);
          Matcher more = MORE_FIRMS.matcher(text).region(firm.end(), text.length());
          if (more.lookingAt()) {  // "analysts at Bernstein, UBS and Jefferies"
            for (Matcher each = EACH_FIRM.matcher(more.group()); each.find(); ) {
              String next = each.group(1);
              int stop = next.indexOf(". ");
              next = stop > 0 ? next.substring(0, stop) : next;  // "... and Jefferies. The Nasdaq"
              if (!CORPORATE.contains(next.toLowerCase(Locale.ROOT))) {  // "Goldman, Sachs and Co"
                addFirm(next, names);
              }
            }
          }
        }
      }
    }
  }

  private static final String[] RESEARCHERS = {"nalyst", "conomist", "trategist"};
  private static final Pattern AND_NAME = Pattern.compile(" (?:and|&) \\p{Lu}");

  /**
   * Where the article names a firm by its researchers after them ("an analyst at Bernstein",
   * "economists at Capital Economics"): [begin, end) of each firm's capitalised words, up to a
   * sentence's end; not a place's compound ("an analyst at London-based ...").
   */
  static List<int[]> researchedAfter(String text) {
    List<int[]> found = new ArrayList<>();
    for (String researchers : RESEARCHERS) {
      for (int at = text.indexOf(researchers); at >= 0; at = text.indexOf(researchers, at + 1)) {
        Matcher firm = FIRM_AFTER_RESEARCHERS.matcher(text).region(at + researchers.length(), text.length());
        if (!firm.lookingAt() || firm.group(1).contains("-based") || AND_NAME.matcher(text).region(firm.end(),
            text.length()).lookingAt()) {
          continue;  // "economist at Fact and Opinion Economics": one name or two, not told apart here
        }
        int end = firm.end(1);
        int stop = firm.group(1).indexOf(". ");
        if (stop >= 0) {
          end = firm.start(1) + stop;
        }
        while (end > firm.start(1) && text.charAt(end - 1) == '.') {
          end--;
        }
        String name = text.substring(firm.start(1), end);
        if (name.length() >= 2 && !GENERIC.contains(name.toLowerCase(Locale.ROOT))) {  // not "First" of "First\nOptions"
          found.add(new int[] {firm.start(1), end});
        }
      }
    }
    return found;
  }

  /** "Morgan Stanley analyst", "Goldman Sachs's economists": the capitalised words right before the word. */
  private static final Pattern FIRM_BEFORE_RESEARCHERS = Pattern.compile(
      "(?<![\\p{L}&.-])" + CAPITALISED_WORDS + "(?:'s|\u2019s)? (?:a|e|s)$");

  /** "analysts at Morgan Stanley": the capitalised words after the word and "at", "with" or "from". */
  private static final Pattern FIRM_AFTER_RESEARCHERS = Pattern.compile("s? (?:at|with|from) " + CAPITALISED_WORDS);

  /** The rest of a list of firms, ended by "and" or "or": ", UBS and Jefferies" (not ", Toni Sacconaghi said"). */
  private static final Pattern MORE_FIRMS = Pattern.compile(
      "(?:, " + CAPITALISED_WORDS + ")*,? (?:and|or) " + CAPITALISED_WORDS + "(?![\\p{L}&.-])");
  private static final Pattern EACH_FIRM = Pattern.compile("(?<=, |\\band |\\bor )" + CAPITALISED_WORDS);

  /**
   * Whether the capitalised word at [begin, end) is a corporate one ("Corp", "Brothers"), but not
   * "Brothers of": "Meloni's Brothers of Italy" is a party ("Breslube Ltd of Toronto" is a firm).
   */
  static boolean corporateWord(String text, int begin, int end) {
    // Asked of every word of every article: most are in lower case or too long, and need no copy.
    if (!Character.isUpperCase(text.charAt(begin)) || end - begin > LONGEST_CORPORATE) {
      return false;
    }
    String word = text.substring(begin, end);
    return CORPORATE.contains(word.toLowerCase(Locale.ROOT)) && !(word.equals("Brothers") && text.startsWith(" of ", end));
  }

  private static final int LONGEST_CORPORATE = CORPORATE.stream().mapToInt(String::length).max().orElse(0);

  /** The capitalised words right before {@code at} ("Shearson Lehman Brothers " before "Inc"), as a firm. */
  private static void firmBefore(String text, int at, Set<String> names) {
    Matcher before = NAME_BEFORE.matcher(text).region(Math.max(0, at - 80), at);
    if (before.find()) {
      addFirm(before.group(1).trim(), names);
    }
  }

  /** "Shearson Lehman Brothers": the whole name, its first two words and its first word ("Shearson"). */
  private static void addFirm(String firm, Set<String> names) {
    // "...INTO RIO TINTO.\nFoote Mineral Co": a run of capitalised words ends a sentence before the firm
    Matcher end = SENTENCE_END.matcher(firm);
    int cut = 0;
    while (end.find()) {
      cut = end.end();
    }
    firm = firm.substring(cut).trim();
    if (firm.isEmpty()) {
      return;
    }
    // "investor Asher Edelman and Dominion Textile Inc": what comes before "and" is another name
    // (but "Alex. Brown and Sons Inc" is one firm)
    Matcher and = INNER_AND.matcher(firm);
    int lastAnd = -1;
    while (and.find()) {
      lastAnd = and.end();
    }
    if (lastAnd > 0 && firm.substring(lastAnd).trim().split("\\s+").length >= 2) {
      firm = firm.substring(lastAnd);  // two names of their own on the right: the firm is that one
    }
    List<String> kept = new ArrayList<>();
    for (String w : firm.replaceAll("(?:'s|\u2019s)\\b", "").split("[ ,]+")) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (w.isEmpty() || CORPORATE.contains(lower) || lower.equals("and") || lower.equals("&")
          || (kept.isEmpty() && LEADING.contains(lower))) {
        continue;
      }
      kept.add(w);
    }
    if (kept.isEmpty()) {
      return;
    }
    names.add(TextKeys.key(String.join(" ", kept)));
    if (kept.size() > 1) {
      names.add(TextKeys.key(kept.get(0) + " " + kept.get(1)));
    }
    if (!GENERIC.contains(kept.get(0).toLowerCase(Locale.ROOT)) && kept.get(0).length() > 2) {
      names.add(TextKeys.key(kept.get(0)));
    }
    // "E.F. Hutton", "J.P. Morgan": the first word after the initials stands for the firm too
    int i = 0;
    while (i < kept.size() - 1 && kept.get(i).matches("(?:\\p{Lu}\\.)+")) {
      i++;
    }
    if (i > 0) {
      names.add(TextKeys.key(kept.get(i)));
    }
  }

  /** A line break, or a word of three letters or more ending in a full stop ("TINTO."; not "E.F."). */
  private static final Pattern SENTENCE_END = Pattern.compile("\\n|\\p{L}{3,}\\.(?=\\s)");

  private static final Pattern INNER_AND = Pattern.compile("\\s(?:and|&)\\s+(?=\\p{Lu})");

  /** Words a capitalised run may start with that are not part of a firm's name. */
  private static final Set<String> LEADING = Set.of("the", "a", "an", "its", "his", "her", "their", "and", "but",
      "in", "on", "at", "by", "for", "of", "to", "from", "with", "after", "as", "mr", "mrs", "ms", "dr", "says", "said");

  /** First words of firms' names too generic to stand for the firm alone ("General Motors" is not "General"). */
  private static final Set<String> GENERIC = Set.of("new", "first", "national", "american", "general", "united",
      "international", "federal", "royal", "british", "standard", "pacific", "atlantic", "southern", "northern",
      "western", "eastern", "central", "continental", "union", "world", "global", "president", "chairman");

  /** "Salomon Brothers", "Morgan Stanley Group": a "person" ending in a corporate word is a firm. */
  static boolean lastWordCorporate(String name) {
    int space = name.lastIndexOf(' ');
    return space > 0 && LEGAL_OR_TRADE.contains(name.substring(space + 1).toLowerCase(Locale.ROOT));
  }

  private static final Set<String> LEGAL_OR_TRADE = Set.of("corp", "co", "inc", "ltd", "plc", "llc", "ag", "sa",
      "nv", "gmbh", "brothers", "bros", "group", "holdings", "securities", "industries", "associates", "partners",
      "bank", "motors", "airlines", "investors", "water");
}
