package io.newsstats.ner.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Sports results in wire copy: score lines ("Middlesbrough 0 Leeds 0"), fixtures ("BOSTON AT
 * OAKLAND") and standings rows ("CALIFORNIA 62 72 .463 13 1/2"). There a place name stands for a
 * club, which no open training set shows (they hold no results tables), so the tagger calls it a
 * place, or nothing. A line made only of capitalised names, numbers, punctuation and "v"/"at" is
 * taken for one when each name is followed by its score or the standings' numbers, or when two names
 * stand either side of "v"/"at". Its names outside brackets become organisations, except countries
 * (national teams keep the country: CoNLL's convention too, and the country is what the job counts),
 * people (scorers) and a fixture's venue after "at" (a place). Names in brackets (scorers,
 * "( Slovenia )") are left as tagged.
 */
final class ScoreLines {
  private ScoreLines() {}

  private static final Set<String> CONNECTORS = Set.of("v", "v.", "vs", "vs.", "at");
  private static final Pattern NUMBER = Pattern.compile("[0-9]*[.,:/-]?[0-9]+(?:[-/:.][0-9]+)*");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern LARGE = Pattern.compile(".*[0-9],[0-9]{3}.*");

  /** A run of name tokens [begin, end) outside brackets, with the label the tagger gave it ("O": none). */
  private record Run(int begin, int end, String label) {}

  private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** What a line holds outside brackets: its name runs, numbers and connector ("v", "at"). */
  private static final class Layout {
    final List<Run> runs = new ArrayList<>();
    int numbers;
    boolean large;  // a number with thousands ("12,500"): a table of figures, not standings
    boolean everyRunScores = true;  // each name is followed, brackets aside, by a number
    String connector;
    int connectorAfterRuns = -1;

    boolean scoreLine() {
      return runs.size() >= 2 && numbers > 0 && everyRunScores && connector == null;
    }

    boolean fixture() {
      return runs.size() == 2 && numbers == 0 && connectorAfterRuns == 1;
    }

    boolean standings() {
      return runs.size() == 1 && runs.get(0).begin() == 0 && numbers >= 3 && !large && connector == null;
    }
  }

  /**
   * Relabels, in place, a results line's club names as ORG (and a fixture's venue, after "at", as
   * LOC); whether the sentence is one.
   * @param isCountry whether the tokens [begin, end) name a country
   */
  static boolean relabel(String[] words, String[] tags, BiPredicate<Integer, Integer> isCountry) {
    Layout line = layout(words, tags);
    if (line == null || (!line.scoreLine() && !line.fixture() && !line.standings())) {
      return false;
    }
    for (int r = 0; r < line.runs.size(); r++) {
      Run run = line.runs.get(r);
      if (run.label().equals("PER")) {
        continue;
      }
      boolean venue = line.fixture() && r == 1 && line.connector.equals("at");
      String label = venue || isCountry.test(run.begin(), run.end()) ? "LOC" : "ORG";
      tags[run.begin()] = "B-" + label;
      for (int i = run.begin() + 1; i < run.end(); i++) {
        tags[i] = "I-" + label;
      }
    }
    return true;
  }

  /** The line's layout, or null where it is no results line: prose, a dateline, dates, two connectors. */
  private static Layout layout(String[] words, String[] tags) {
    Layout line = new Layout();
    int depth = 0;
    boolean awaitingScore = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String lower = w.toLowerCase(Locale.ROOT);
      boolean named = !tags[i].equals("O") || NameShapes.hasCapital(w);
      if (named && !CONNECTORS.contains(lower)) {
        int end = runEnd(words, tags, i);
        if (depth == 0) {
          if (hasDateWord(words, i, end)) {
            return null; // "July 96 June 96": dates, not teams
          }
          line.everyRunScores &= !awaitingScore;
          awaitingScore = true;
          line.runs.add(new Run(i, end, tags[i].equals("O") ? "O" : tags[i].substring(2)));
        }
        i = end - 1;
      } else if (DATE.matcher(w).matches()) {
        return null; // a dateline ("TIGNES , France 1996-12-07")
      } else if (NUMBER.matcher(w).matches()) {
        line.numbers++;
        line.large |= LARGE.matcher(w).matches();
        awaitingScore &= depth != 0;
      } else if (CONNECTORS.contains(lower)) {
        if (line.connector != null) {
          return null;
        }
        line.connector = lower.startsWith("v") ? "v" : "at";
        line.connectorAfterRuns = line.runs.size();
      } else if (w.equals("(")) {
        depth++;
      } else if (w.equals(")")) {
        depth = Math.max(0, depth - 1);
      } else if (w.chars().anyMatch(Character::isLetterOrDigit)) {
        return null; // a lower-case word: prose, not a results line
      } else if (depth == 0 && awaitingScore) {
        line.everyRunScores = false; // "SOCCER - ...": a name followed by punctuation is a headline's
      }
    }
    line.everyRunScores &= !awaitingScore;
    return line;
  }

  /** The end of the name starting at word i: its tagged continuation, or capitalised words where untagged. */
  private static int runEnd(String[] words, String[] tags, int i) {
    int end = i + 1;
    while (end < words.length && !tags[end].startsWith("B-") && (tags[end].startsWith("I-")
        || (tags[i].equals("O") && NameShapes.hasCapital(words[end])
            && !CONNECTORS.contains(words[end].toLowerCase(Locale.ROOT))))) {
      end++;
    }
    return end;
  }

  private static boolean hasDateWord(String[] words, int begin, int end) {
    for (int k = begin; k < end; k++) {
      if (DATE_WORDS.contains(words[k].toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
