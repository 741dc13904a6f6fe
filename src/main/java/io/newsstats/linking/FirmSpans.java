package io.newsstats.linking;

import io.newsstats.kb.TextKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole names of firms and bodies the tagger cuts at "and" or a comma: "Goldman, Sachs and Co",
 * "Standard and Poor's Corp", "Federal Savings and Loan Insurance Corp", "Yugoslav Iron and Steel
 * Metallurgy Association". An organisation span grows over a legal form right after it and over the
 * capitalised words joined to it by "and", "&" or a comma when its first word cannot stand alone
 * (an ordinary word: "Loan", "Steel", "Sons") or it ends in "and Co"; spans it then covers go. Two
 * firms named side by side ("Chrysler and Ford Motor Co") stay two: "Ford" is no ordinary word.
 */
final class FirmSpans {
  /** Words that end the name of a firm or body. */
  private static final Set<String> HEADS = Set.of("corp", "corporation", "co", "company", "inc", "ltd", "plc",
      "llc", "ag", "sa", "nv", "sons", "brothers", "association", "institute", "committee", "subcommittee",
      "commission", "exchange", "board", "agency", "authority", "federation", "union", "council", "society",
      "foundation", "fund", "group", "bank", "trust", "partners", "associates", "securities");
  /** A legal form after a span: "Poor['s Corp]", "Sachs[ and Co]". */
  private static final Pattern LEGAL_AFTER = Pattern.compile(
      "(?:'s|\u2019s)?(?:,? (?:and|&))? (?:Corp|Corporation|Co|Inc|Ltd|Plc|PLC|LLC|AG|SA|NV)\\b\\.?");
  /** Capitalised words joined to a span by "and", "&" or a comma, right before it. */
  private static final Pattern JOINED_BEFORE = Pattern.compile(
      "(\\p{Lu}[\\p{L}'\u2019.-]*(?: \\p{Lu}[\\p{L}'\u2019.-]*){0,3})(?:,? (?:and|&) |, )$");

  /** A capitalised word right before a span, separated by one space. */
  private static final Pattern ADJACENT_BEFORE = Pattern.compile("(?<![\\p{L}.])(\\p{Lu}[\\p{L}'\u2019-]+) $");
  private static final Set<String> LEGAL = Set.of("corp", "corporation", "co", "inc", "ltd", "plc", "llc", "ag",
      "sa", "nv");
  /** Capitalised words that start sentences or name roles, not firms. */
  private static final Set<String> STOP = Set.of("the", "a", "an", "its", "his", "her", "their", "and", "but", "in",
      "on", "at", "by", "for", "of", "to", "from", "with", "after", "as", "said", "says", "unit", "subsidiary");

  private FirmSpans() {}

  private static String lastWord(String words) {
    String[] parts = words.split("[\\s,]+");
    return parts[parts.length - 1].toLowerCase(Locale.ROOT).replace(".", "");
  }

  static List<NamedEntity> grow(List<NamedEntity> entities, String text, Set<String> ordinaryWords) {
    List<NamedEntity> out = new ArrayList<>(entities.size());
    List<NamedEntity> grown = new ArrayList<>();
    for (NamedEntity e : entities) {
      if (!e.label().equals("ORG") && !e.label().equals("PER")) {
        continue;
      }
      int begin = e.begin();
      int end = e.end();
      Matcher after = LEGAL_AFTER.matcher(text).region(end, Math.min(text.length(), end + 30));
      if (after.lookingAt()) {
        end = after.end();
      } else if (!e.label().equals("ORG")) {
        continue;  // a person's name grows only into a firm's ("Poor" of "Standard and Poor's Corp")
      }
      for (int round = 0; round < 3; round++) {
        String span = text.substring(begin, end);
        String[] words = span.split("[\\s,]+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT).replace(".", "");
        boolean andCo = span.matches(".*(?:,? (?:and|&) )Co\\.?$") || span.matches(".*(?:and|&) Co Inc\\.?$");
        if (!HEADS.contains(last)) {
          break;
        }
        Matcher adjacent = ADJACENT_BEFORE.matcher(text).region(Math.max(0, begin - 40), begin);
        if (round == 0 && LEGAL.contains(last) && adjacent.find() && !STOP.contains(adjacent.group(1).toLowerCase(Locale.ROOT))
            && !LEGAL.contains(adjacent.group(1).toLowerCase(Locale.ROOT).replace(".", ""))) {
          begin = adjacent.start(1);  // "affirmed Freeport [McMoRan Inc]": the firm's first word the tagger left out
          continue;
        }
        Matcher before = JOINED_BEFORE.matcher(text).region(Math.max(0, begin - 60), begin);
        if (!before.find() || LEGAL.contains(lastWord(before.group(1)))
            || !(andCo || ordinaryWords.contains(TextKeys.key(words[0].replaceAll("(?:'s|\u2019s)$", ""))))) {
          break;
        }
        begin = before.start(1);
      }
      if (begin != e.begin() || end != e.end()) {
        grown.add(new NamedEntity(begin, end, "ORG", text.substring(begin, end)));
      }
    }
    if (grown.isEmpty()) {
      return entities;
    }
    for (NamedEntity e : entities) {
      boolean covered = grown.stream().anyMatch(g -> g.begin() <= e.begin() && e.end() <= g.end());
      if (!covered) {
        out.add(e);
      }
    }
    out.addAll(grown);
    out.sort(Comparator.comparingInt(NamedEntity::begin));
    return out;
  }
}
