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
 * A body's name the tagger cut before its bracketed acronym grows to the words that spell it
 * ({@link #spelledOut}), and bodies it did not see are found by their name's last word ({@link #unseenBodies}).
 */
final class FirmSpans {
  /** Words that end the name of a firm or body. */
  static final Set<String> HEADS = Set.of("corp", "corporation", "co", "company", "inc", "ltd", "plc",
      "llc", "ag", "sa", "nv", "sons", "brothers", "association", "institute", "committee", "subcommittee",
      "commission", "exchange", "board", "agency", "authority", "federation", "union", "council", "society",
      "foundation", "fund", "group", "bank", "trust", "partners", "associates", "securities");
  /** A legal form after a span: "Poor['s Corp]", "Sachs[ and Co]". */
  private static final Pattern LEGAL_AFTER = Pattern.compile(
      "(?:'s|\u2019s)?(?:,?\\s+(?:and|&))?\\s+(?:Corp|Corporation|Co|Inc|Ltd|Plc|PLC|LLC|AG|SA|NV)\\b\\.?");
  /** Capitalised words joined to a span by "and", "&" or a comma, right before it. */
  private static final Pattern JOINED_BEFORE = Pattern.compile(
      "(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3})(?:,?\\s+(?:and|&)\\s+|,\\s+)$");

  /** A possessive inside the words a firm's name would grow over (a stop may be an initial's: "S.G. Warburg"). */
  private static final Pattern OWNER_INSIDE = Pattern.compile("['\u2019]s\\s");

  /** A name ending in "and Co" or "and Co Inc": a firm of partners ("Goldman, Sachs and Co"). */
  private static final Pattern AND_CO = Pattern.compile("(?s).*(?:,?\\s+(?:and|&)\\s+Co|(?:and|&)\\s+Co\\s+Inc)\\.?");

  /** A capitalised word right before a span, separated by one space. */
  private static final Pattern ADJACENT_BEFORE = Pattern.compile("(?<![\\p{L}.])(\\p{Lu}[\\p{L}'\u2019-]+)\\s$");
  /** Firms' legal forms: a name that ends with one is a firm's. */
  static final Set<String> LEGAL = Set.of("corp", "corporation", "co", "inc", "ltd", "plc", "llc", "ag",
      "sa", "nv");
  /** A possessive at a word's end ("Corp's"). */
  private static final Pattern POSSESSIVE_END = Pattern.compile("(?:'s|\u2019s)$");
  /** Capitalised words that start sentences or name roles, not firms. */
  private static final Set<String> STOP = Set.of("the", "a", "an", "its", "his", "her", "their", "and", "but", "in",
      "on", "at", "by", "for", "of", "to", "from", "with", "after", "as", "said", "says", "unit", "subsidiary");

  private FirmSpans() {}

  private static String lastWord(String words) {
    String[] parts = words.split("[\\s,]+");
    return parts[parts.length - 1].toLowerCase(Locale.ROOT).replace(".", "");
  }

  /** Last words of a firm's own name: "A Management and B Capital Management" names two firms. */
  private static final Set<String> FIRM_ENDS = Set.of("management", "capital", "holdings", "partners", "group",
      "bank", "corp", "inc", "co", "ltd", "plc", "llc", "associates", "securities", "investments", "advisors",
      "advisers");
  /** First words of what a firm's name goes on with after "and" ("Commonwealth Bank and Trust Co"): one firm. */
  private static final Set<String> JOINT_WORDS = Set.of("trust", "loan", "loans", "savings", "investment",
      "development", "finance", "commerce", "industry", "exchange", "credit");

  /** "&" and one or two capitalised words after a span, with no capitalised word after them ("[Clayton Dubilier] & Rice"). */
  private static final Pattern AMPERSAND_AFTER = Pattern.compile(
      " & \\p{Lu}[\\p{L}'\u2019-]*(?: \\p{Lu}[\\p{L}'\u2019-]*)?(?![\\p{L}'\u2019&-]| \\p{Lu})");
  /** A body's head the tagger left out right after an organisation span, with no capitalised word after it. */
  private static final Pattern HEAD_AFTER = Pattern.compile(" (?:Operator|Authority|Agency|Commission|Council"
      + "|Office|Board|Institute|Foundation|Association|Federation|Corporation)(?![\\p{L}'\u2019&-]| \\p{Lu})");

  /**
   * Names the tagger cut before their last words: an organisation span grows over a body's head left
   * out after it ("the [National Energy System] Operator"), and a person or organisation span over
   * "&" and the name after it, a firm's whole name ("Clayton Dubilier & Rice", "Simon & Schuster");
   * only over words no other span holds.
   */
  static List<NamedEntity> cutNames(List<NamedEntity> entities, String text) {
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      NamedEntity e = entities.get(i);
      boolean org = e.label().equals("ORG");
      Matcher head = org ? HEAD_AFTER.matcher(text).region(e.end(), text.length()) : null;
      Matcher and = org || e.label().equals("PER") ? AMPERSAND_AFTER.matcher(text).region(e.end(), text.length()) : null;
      int end = head != null && head.lookingAt() ? head.end() : and != null && and.lookingAt() ? and.end() : -1;
      if (end > 0 && (i + 1 == entities.size() || entities.get(i + 1).begin() >= end)) {
        out.add(new NamedEntity(e.begin(), end, "ORG", text.substring(e.begin(), end)));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Whether the two sides of "and" in an organisation span are two firms' names, each of two words
   * or more and ending in a firm's word ("Arkhouse Management and Brigade Capital Management").
   */
  static boolean twoFirms(String left, String right) {
    int space = right.indexOf(' ');
    return left.indexOf(' ') > 0 && space > 0 && FIRM_ENDS.contains(lastWord(left)) && FIRM_ENDS.contains(lastWord(right))
        && !JOINT_WORDS.contains(right.substring(0, space).toLowerCase(Locale.ROOT));
  }

  static List<NamedEntity> grow(List<NamedEntity> entities, String text, Set<String> ordinaryWords) {
    List<NamedEntity> grown = new ArrayList<>();
    for (NamedEntity e : entities) {
      if (!e.label().equals("ORG") && !e.label().equals("PER")) {
        continue;
      }
      int begin = e.begin();
      while (begin > 0 && Character.isLetterOrDigit(text.charAt(begin - 1))) {
        begin--;  // "3[Com Corp]": the tagger's span starts inside a word
      }
      int end = e.end();
      Matcher after = LEGAL_AFTER.matcher(text).region(end, Math.min(text.length(), end + 30));
      if (after.lookingAt()) {
        end = after.end();
      } else if (!e.label().equals("ORG") && !LEGAL.contains(lastWord(e.text()))) {
        continue;  // a person's name grows only into a firm's ("Poor" of "Standard and Poor's Corp")
      }
      for (int round = 0; round < 3; round++) {
        String span = text.substring(begin, end);
        String last = lastWord(span);
        if (!HEADS.contains(last)) {
          break;
        }
        Matcher adjacent = ADJACENT_BEFORE.matcher(text).region(Math.max(0, begin - 40), begin);
        if (round == 0 && LEGAL.contains(last) && adjacent.find() && !STOP.contains(adjacent.group(1).toLowerCase(Locale.ROOT))
            && NameWords.inCapitals(text, adjacent.start(1)) == NameWords.inCapitals(text, begin)
            && !LEGAL.contains(legalKey(adjacent.group(1)))) {
          begin = adjacent.start(1);  // "affirmed Freeport [McMoRan Inc]": the firm's first word the tagger left out
          continue;
        }
        Matcher before = JOINED_BEFORE.matcher(text).region(Math.max(0, begin - 60), begin);
        String first = span.split("[\\s,]+")[0].replaceAll("(?:'s|\u2019s)$", "");
        boolean andCo = AND_CO.matcher(span).matches();
        if (!before.find()) {
          break;
        }
        // never over an owner: "OpenAI. Britain's [Competition and Markets Authority]"
        int from = before.start(1);
        Matcher cut = OWNER_INSIDE.matcher(text).region(from, before.end(1));
        while (cut.find()) {
          from = cut.end();
        }
        String words = text.substring(from, before.end(1));
        if (words.isEmpty() || LEGAL.contains(lastWord(words)) || !(andCo || ordinaryWords.contains(TextKeys.key(first)))
            || roleBetween(text, from, begin) || !andCo && OrgNames.company(words)) {
          // (nor over a listed firm of its own: "First Republic and Signature Bank" are two banks)
          break;  // "attended by Vranitzky, Finance Minister Ferdinand Lacina, National Bank": people, then a bank
        }
        begin = from;
      }
      if (begin != e.begin() || end != e.end()) {
        grown.add(new NamedEntity(begin, end, "ORG", text.substring(begin, end).replaceAll("\\s+", " ")));
      }
    }
    return NamedEntity.replacingCovered(entities, grown);
  }

  /** Last words of a body's name that go on with "of" and a place ("Economic Community of West African States"). */
  private static final Set<String> BODY_HEADS_OF = Set.of("Community", "Union", "Organisation", "Organization",
      "Association", "Federation", "Council", "Commission", "Conference", "League", "Alliance", "Assembly",
      "Congress", "Movement", "Front", "Party", "Bank", "Fund", "Agency", "Authority", "Institute", "Society", "Court",
      "Justice");
  /** "of" or "of the" between a body's head and what it is of. */
  private static final Pattern OF_BETWEEN = Pattern.compile(" of (?:the )?");

  /** Last words of the second half of a body's name the tagger cuts at "and": its members or fields. */
  private static final Set<String> MEMBERS_OR_FIELDS = Set.of("Workers", "Employees", "Engineers", "Technicians",
      "Professionals", "Sciences", "Arts", "Letters", "Trades", "Allied");

  /**
   * "International Association of Machinists and Aerospace Workers", "American Academy of Arts and
   * Sciences", cut by the tagger at "and" into two organisations: one, when the first is a body "of"
   * something and the second, of at most three words, begins with an ordinary word and ends with its
   * members or fields ("the Bank of England and Barclays Workers" stay two). And a body cut at "of"
   * before a place or another body: "Economic Community of West African States", tagged as a body and a
   * place, is one, and so is "Court of Justice of the European Union".
   */
  static List<NamedEntity> joinedBodies(List<NamedEntity> entities, String text, Set<String> ordinaryWords) {
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (NamedEntity e : entities) {
      NamedEntity last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.label().equals("PER") && e.label().equals("PER") && text.startsWith(" & ", last.end())
          && e.begin() == last.end() + 3 && last.text().indexOf(' ') < 0 && e.text().indexOf(' ') < 0) {
        // "Alvarez & Marsal": two surnames joined by an ampersand are a firm's name, not two people
        out.set(out.size() - 1, new NamedEntity(last.begin(), e.end(), "ORG", text.substring(last.begin(), e.end())));
        continue;
      }
      String[] words = e.text().split(" ");
      if (last != null && last.label().equals("ORG") && e.label().equals("ORG") && last.text().contains(" of ")
          && text.startsWith(" and ", last.end()) && e.begin() == last.end() + 5
          && words.length <= 3 && ordinaryWords.contains(TextKeys.key(words[0]))
          && MEMBERS_OR_FIELDS.contains(words[words.length - 1])
          || last != null && last.label().equals("ORG") && (e.label().equals("LOC") || e.label().equals("ORG"))
          && last.text().indexOf(' ') > 0 && e.begin() >= last.end() + 4
          && OF_BETWEEN.matcher(text).region(last.end(), e.begin()).matches()
          && !text.startsWith("and ", last.begin() - 4)
          && BODY_HEADS_OF.contains(last.text().substring(last.text().lastIndexOf(' ') + 1))) {
        // (not after "and": "Home Federal Savings and [Loan Association]" is cut, and grows whole later)
        out.set(out.size() - 1, new NamedEntity(last.begin(), e.end(), "ORG", text.substring(last.begin(), e.end())));
      } else {
        out.add(e);
      }
    }
    return fieldsAfterAnd(out, text, ordinaryWords);
  }

  /** "and" and one or two capitalised ordinary words that no span holds, then no capital ("and Innovation closed"). */
  private static final Pattern FIELDS_AFTER_AND = Pattern.compile(" and (\\p{Lu}\\p{Ll}+)(?: (\\p{Lu}\\p{Ll}+))?(?![\\p{L}'\u2019-]| \\p{Lu})");

  /**
   * A body "of" something cut by the tagger at "and" before words of its field no span holds:
   * "California Department of Financial Protection and Innovation" (not "the Bank of England and Barclays").
   */
  private static List<NamedEntity> fieldsAfterAnd(List<NamedEntity> entities, String text, Set<String> ordinaryWords) {
    List<NamedEntity> out = null;
    for (int i = 0; i < entities.size(); i++) {
      NamedEntity e = entities.get(i);
      if (!e.label().equals("ORG") || !e.text().contains(" of ") || !text.startsWith(" and ", e.end())) {
        continue;
      }
      Matcher fields = FIELDS_AFTER_AND.matcher(text).region(e.end(), Math.min(text.length(), e.end() + 40));
      fields.useTransparentBounds(true);
      if (!fields.lookingAt() || i + 1 < entities.size() && entities.get(i + 1).begin() < fields.end()
          || !ordinaryWords.contains(TextKeys.key(fields.group(1)))
          || fields.group(2) != null && !ordinaryWords.contains(TextKeys.key(fields.group(2)))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(entities);
      }
      out.set(i, new NamedEntity(e.begin(), fields.end(), "ORG", text.substring(e.begin(), fields.end())));
    }
    return out == null ? entities : out;
  }

  /** Words of a person's office or role: the words before a firm that hold one name a person. */
  private static final Set<String> ROLE_WORDS = Set.of("president", "secretary", "minister", "chancellor", "premier",
      "chairman", "chairwoman", "governor", "director", "spokesman", "spokeswoman", "analyst", "underwriter",
      "underwriters");

  /**
   * A word as {@link #LEGAL} keys it: lower case, without stops or a possessive, so that a legal form
   * and a legal form's possessive ("Unocal Corp's [Union Oil Co]": an owner firm's end, no part of the
   * name after it; "Oliver's Stores Inc" is one name) both stop a name growing back.
   */
  private static String legalKey(String word) {
    return POSSESSIVE_END.matcher(word).replaceFirst("").toLowerCase(Locale.ROOT).replace(".", "");
  }

  /** Whether the words before a firm name a person's office ("Finance Minister Ferdinand Lacina, National Bank"). */
  private static boolean roleBetween(String text, int begin, int end) {
    for (String word : text.substring(begin, end).split("[\\s,.]+")) {
      // a headline's capitals before the story's first line ("PRESIDENT RESIGN.\nGaming and Technology Inc") do not count
      if (ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !word.equals(word.toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The last word of a body's name, searched for where the tagger found no name ("Glenurquhart High School"). */
  private static final String[] BODY_HEADS = {" School", " College", " University", " Academy", " Institute",
      " Hospital", " Police", " Council", " Commission", " Committee", " Foundation", " Society", " Association",
      " Federation", " Authority", " Agency"};
  /** A school, college or university by its name's last word, or "University of ...". */
  private static final Pattern SCHOOL = Pattern.compile(" (?:School|College|University|Academy)$|^University of ");
  /** "University of Edinburgh", "London School of Economics": a head followed by what it is of or for. */
  private static final Pattern OF_AFTER_HEAD = Pattern.compile(
      " (?:of|for)(?: the)? \\p{Lu}[\\p{L}'\u2019-]*(?: (?:and )?\\p{Lu}[\\p{L}'\u2019-]*){0,3}");
  /** Capitalised words right before a head, up to four. */
  private static final Pattern WORDS_BEFORE_HEAD = Pattern.compile(
      "(?<![\\p{L}'\u2019.-])((?:\\p{Lu}[\\p{L}'\u2019-]* ){1,4})$");

  /**
   * Bodies the tagger did not see, found by the word that ends their name: one to four capitalised
   * words before a head ("Glenurquhart High School", "Gloucestershire Police"), or a head with what it
   * is of or for ("University of Edinburgh"), where no span lies; and a school the tagger took for a
   * place. Not in a headline in capitals, not from a sentence's first word when that is an ordinary
   * word ("Yesterday Council officials").
   */
  static List<NamedEntity> unseenBodies(List<NamedEntity> entities, String text, Set<String> ordinaryWords) {
    List<NamedEntity> found = new ArrayList<>();
    List<NamedEntity> schools = new ArrayList<>();
    for (NamedEntity e : entities) {
      if (e.label().equals("LOC") && SCHOOL.matcher(e.text()).find()) {
        schools.add(e);  // "Glenurquhart High School" tagged as a place: the school, a body
      }
    }
    if (!schools.isEmpty()) {
      entities = new ArrayList<>(entities);
      entities.removeAll(schools);
      schools.forEach(e -> found.add(new NamedEntity(e.begin(), e.end(), "ORG", e.text())));
    }
    for (String head : BODY_HEADS) {
      for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
        int headEnd = at + head.length();
        if (headEnd < text.length() && Character.isLetter(text.charAt(headEnd))) {
          continue;  // "Schools", "Councillor"
        }
        int begin = at + 1;
        Matcher before = WORDS_BEFORE_HEAD.matcher(text).region(Math.max(0, at - 80), at + 1);
        if (before.find()) {
          begin = before.start(1);
          while (begin <= at && startsOrdinarySentence(text, begin, ordinaryWords)) {
            int space = text.indexOf(' ', begin);
            begin = space + 1;  // "Yesterday Council officials": the sentence's first word goes
          }
        }
        int end = headEnd;
        Matcher of = OF_AFTER_HEAD.matcher(text).region(headEnd, text.length());
        if (of.lookingAt()) {
          end = of.end();
        }
        if (begin > at && end == headEnd || NameWords.inCapitals(text, begin)) {
          continue;  // a head alone ("the Council") names no body
        }
        int b = begin;
        int e = end;
        if (entities.stream().noneMatch(x -> x.begin() < e && b < x.end())
            && found.stream().noneMatch(x -> x.begin() < e && b < x.end())) {
          found.add(new NamedEntity(b, e, "ORG", text.substring(b, e)));
        }
      }
    }
    if (found.isEmpty()) {
      return entities;
    }
    List<NamedEntity> out = new ArrayList<>(entities);
    out.addAll(found);
    out.sort(Comparator.comparingInt(NamedEntity::begin));
    return out;
  }

  /** Whether the word at {@code begin} is "The" or the like, or an ordinary word that starts a sentence ("Yesterday"). */
  private static boolean startsOrdinarySentence(String text, int begin, Set<String> ordinaryWords) {
    int i = begin - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    boolean sentenceStart = i < 0 || ".!?\n:".indexOf(text.charAt(i)) >= 0;
    int space = text.indexOf(' ', begin);
    String word = text.substring(begin, space < 0 ? text.length() : space);
    return STOP.contains(word.toLowerCase(Locale.ROOT)) || sentenceStart && ordinaryWords.contains(TextKeys.key(word));
  }

  /** An acronym in brackets: capitals, maybe with the small words' letters in lower case ("(JCWI)", "(TfL)"). */
  private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\p{Ll}&]{1,7})\\)");
  /** Small words inside a body's name that its acronym may skip. */
  private static final Set<String> SMALL = Set.of("of", "and", "&", "the", "for", "on", "in", "de", "du", "des");

  /**
   * "the Joint Council for the Welfare of Immigrants (JCWI)": a body's name the tagger cut ("Joint
   * Council") grows to the capitalised words before the acronym in brackets whose initials spell it.
   * Only where an organisation span lies inside those words: "the Assistive Mouse Adapter (AMA)" names
   * a product. Spans inside the name give way; a span across its edge leaves it as it is.
   */
  static List<NamedEntity> spelledOut(List<NamedEntity> entities, String text) {
    if (text.indexOf('(') < 0) {
      return entities;
    }
    List<NamedEntity> found = new ArrayList<>();
    Matcher m = BRACKETED_ACRONYM.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      if (acronym.chars().filter(Character::isUpperCase).count() < 2) {
        continue;
      }
      int[] span = spelling(text, m.start(), acronym);
      if (span == null) {
        continue;
      }
      boolean orgInside = false;
      boolean across = false;
      for (NamedEntity e : entities) {
        boolean inside = span[0] <= e.begin() && e.end() <= span[1];
        orgInside |= inside && e.label().equals("ORG");
        across |= !inside && e.begin() < span[1] && span[0] < e.end();
      }
      if (orgInside && !across) {
        found.add(new NamedEntity(span[0], span[1], "ORG", text.substring(span[0], span[1]).replaceAll("\\s+", " ")));
      }
    }
    return NamedEntity.replacingCovered(entities, found);
  }

  /** Where the name spelled by {@code acronym} starts and ends before the bracket at {@code open}; null when none. */
  private static int[] spelling(String text, int open, String acronym) {
    // The words right before the bracket, back to punctuation or a lower-case word that is no small word.
    List<int[]> words = new ArrayList<>();
    int at = open;
    while (at > 0 && text.charAt(at - 1) == ' ') {
      at--;
    }
    while (words.size() < 12 && at > 0) {
      int end = at;
      int begin = end;
      while (begin > 0 && (Character.isLetterOrDigit(text.charAt(begin - 1)) || text.charAt(begin - 1) == '&'
          || text.charAt(begin - 1) == '-')) {
        begin--;
      }
      if (begin == end) {
        break;
      }
      String word = text.substring(begin, end);
      if (!Character.isUpperCase(word.charAt(0)) && !SMALL.contains(word)) {
        break;
      }
      words.add(0, new int[] {begin, end});
      if (begin == 0 || text.charAt(begin - 1) != ' ') {
        break;
      }
      at = begin - 1;
    }
    // The longest run of those words that spells the acronym.
    for (int k = 0; k + 1 < words.size(); k++) {
      String first = text.substring(words.get(k)[0], words.get(k)[1]);
      // The first word gives the first letter: "BPI and the British Association of Record Dealers (BARD)" starts at "British".
      if (first.charAt(0) == acronym.charAt(0) && spells(text, words.subList(k, words.size()), 1, acronym, 1)) {
        return new int[] {words.get(k)[0], words.get(words.size() - 1)[1]};
      }
    }
    return null;
  }

  /** Whether words {@code i}.. spell the acronym's letters {@code j}..: one letter per word, some words skipped. */
  private static boolean spells(String text, List<int[]> words, int i, String acronym, int j) {
    if (i == words.size()) {
      return j == acronym.length();
    }
    String word = text.substring(words.get(i)[0], words.get(i)[1]);
    // Small words and words in capitals may be left out ("The Official UK Charts Company (OCC)").
    boolean skippable = SMALL.contains(word.toLowerCase(Locale.ROOT))
        || word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
    if (skippable && spells(text, words, i + 1, acronym, j)) {
      return true;
    }
    return j < acronym.length() && Character.toLowerCase(word.charAt(0)) == Character.toLowerCase(acronym.charAt(j))
        && spells(text, words, i + 1, acronym, j + 1);
  }

  /** Reuters' mark of a company: "<British Airports Authority Plc>" (a ticker, "<GM>", has no space or lower case). */
  private static final Pattern MARKED = Pattern.compile("<(\\p{Lu}[^<>\\n]{1,80})>");
  /** Headline words that end a company's name read backwards from its ticker ("EDELMAN GROUP CUTS BURLINGTON <BUR>"). */
  private static final Set<String> HEADLINE_BREAKS = Set.of("to", "in", "on", "at", "for", "from", "with", "by",
      "after", "over", "unit", "units", "stake", "bid", "offer", "sees", "sets", "says", "buys", "sells", "cuts",
      "raises", "lowers", "files", "gets", "has", "ups", "names", "makes", "plans", "agrees", "urges", "seeks",
      "completes", "acquires", "rejects", "ends", "is", "and", "vs", "not",
      // more verbs of wire headlines ("NASA PICKS BOEING <BA>" is Boeing's story)
      "picks", "wins", "awards", "signs", "loses", "posts", "reports", "expects", "tops", "beats", "considers",
      "denies", "holds", "joins", "hikes", "boosts", "omits", "declares", "pays", "resumes", "suspends", "extends",
      "forms", "merges", "opens", "closes", "asks", "tells", "chooses", "selects", "orders", "sues", "backs");

  /**
   * Names a wire story marks as companies: Reuters writes a company without a ticker in angle brackets
   * ("<Nova, An Alberta Corp>") and heads a company's story with its name and ticker in capitals
   * ("FINANCIAL CORP OF AMERICA <FIN> 3RD QTR LOSS"). Spans the tagger found there give way.
   */
  static List<NamedEntity> marked(List<NamedEntity> entities, String text) {
    if (text.indexOf('<') < 0) {
      return entities;
    }
    List<NamedEntity> found = new ArrayList<>();
    Matcher m = MARKED.matcher(text);
    while (m.find()) {
      String inside = m.group(1).trim();
      if (inside.indexOf(' ') > 0 || inside.chars().anyMatch(Character::isLowerCase)) {
        found.add(new NamedEntity(m.start(1), m.start(1) + inside.length(), "ORG", inside));
      } else if (NameWords.inCapitals(text, m.start())) {
        NamedEntity before = headlineFirm(text, m.start());
        if (before != null) {
          found.add(before);
        }
      }
    }
    if (found.isEmpty()) {
      return entities;
    }
    List<NamedEntity> out = new ArrayList<>(found);
    for (NamedEntity e : entities) {
      if (found.stream().noneMatch(f -> f.begin() < e.end() && e.begin() < f.end())) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparingInt(NamedEntity::begin));
    return out;
  }

  /** The words of a headline in capitals right before a ticker, back to a verb or preposition. */
  private static NamedEntity headlineFirm(String text, int ticker) {
    int lineStart = text.lastIndexOf('\n', ticker) + 1;
    String[] words = text.substring(lineStart, ticker).trim().split(" ");
    int first = words.length;
    while (first > 0 && first > words.length - 5) {
      String w = words[first - 1];
      if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0)) || HEADLINE_BREAKS.contains(w.toLowerCase(Locale.ROOT))) {
        break;
      }
      first--;
    }
    if (first == words.length) {
      return null;
    }
    String name = String.join(" ", java.util.Arrays.asList(words).subList(first, words.length));
    int begin = text.lastIndexOf(name, ticker);
    return begin < lineStart ? null : new NamedEntity(begin, begin + name.length(), "ORG", name);
  }
}
