package io.newsstats.linking;

import static io.newsstats.linking.NameWords.GIVEN_NAMES;
import static io.newsstats.linking.NameWords.NAME_TITLES;
import static io.newsstats.linking.NameWords.englishWord;
import static io.newsstats.linking.NameWords.sentenceStart;
import static io.newsstats.linking.NameWords.wholeWords;
import static io.newsstats.linking.NameWords.wordBefore;
import static io.newsstats.linking.NameWords.wordInCapitals;

import io.newsstats.kb.TextKeys;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person spans an article settles beyond what the tagger found: given names it missed before a
 * surname ("Arsenal striker Bukayo Saka"), a full name's surname repeated untagged ("Taylor Swift ...
 * Swift thanked"), a hyphenated surname after a given name or title ("Wright-Phillips"), a two-word
 * "place" before a verb of speech ("Elon Musk said"); and a person's name without the nationality
 * before it ("Briton Tim Henman") or what follows a possessive ("Robbie Williams' Angels").
 */
final class PersonSpans implements Serializable {
  private final NameWords nameWords;

  PersonSpans(NameWords nameWords) {
    this.nameWords = nameWords;
  }

  /** Months and days, which a surname alone is not repeated as ("Theresa May ... in May"). */
  private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday");

  /** A verb in the past or of speech after a name at a sentence's start ("Swift thanked", "Rice said"). */
  private static final Pattern VERB_AFTER = Pattern.compile("(?:'s|\u2019s)? (?:\\p{Ll}+ed|said|says|told|wrote|won)\\b");

  /**
   * "Taylor Swift ... Swift thanked fans": the surname of a full name the article gives is that
   * person where the tagger left it untagged, unless another capitalised word stands right before
   * or after it (another name), it begins a sentence as an English word would ("Swift action"), or
   * the article gives the word as a firm, a title or a place.
   */
  List<NamedEntity> surnamesRepeated(List<NamedEntity> settled, List<NamedEntity> tagged, String text,
      Predicate<String> otherKind) {
    Set<String> surnames = new java.util.TreeSet<>();
    for (NamedEntity e : settled) {
      int space = e.text().lastIndexOf(' ');
      String surname = space < 0 ? "" : e.text().substring(space + 1);
      String key = TextKeys.key(surname);
      if (e.label().equals("PER") && surname.length() >= 3 && Character.isUpperCase(surname.charAt(0))
          && !surname.equals(surname.toUpperCase(Locale.ROOT)) && !otherKind.test(key)
          && !nameWords.place(key) && !CALENDAR.contains(key)) {
        surnames.add(surname);
      }
    }
    if (surnames.isEmpty()) {
      return settled;
    }
    List<NamedEntity> out = new ArrayList<>(settled);
    for (String surname : surnames) {
      for (int begin : wholeWords(text, surname)) {
        int end = begin + surname.length();
        if (CAPITALISED_AFTER.matcher(text).region(end, text.length()).lookingAt()
            || CAPITALISED_WORD_BEFORE.matcher(text).region(Math.max(0, begin - 30), begin).find()
            || sentenceStart(text, begin) && englishWord(surname)
                && !VERB_AFTER.matcher(text).region(end, text.length()).lookingAt()
            || tagged.stream().anyMatch(e -> e.begin() < end && begin < e.end())
            || out.stream().anyMatch(e -> e.begin() < end && begin < e.end())) {
          continue;
        }
        out.add(new NamedEntity(begin, end, "PER", surname));
      }
    }
    out.sort(java.util.Comparator.comparingInt(NamedEntity::begin));
    return out;
  }

  private static final Pattern CAPITALISED_WORD_BEFORE = Pattern.compile("(\\p{Lu}\\p{Ll}+) $");

  private static final Pattern CAPITALISED_AFTER = Pattern.compile(" \\p{Lu}");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "that", "its", "their", "our");

  /**
   * "Arsenal striker Bukayo Saka ... Saka": a surname the tagger finds alone, and that the article
   * also gives right after a capitalised word it did not tag, has that word as its given name when
   * the word is no English word, title, place or nationality (the tagger misses given names it has
   * not seen). The full name is then a person span, which the surname alone joins.
   */
  List<NamedEntity> givenNamesBefore(List<NamedEntity> entities, String text) {
    entities = firstNamesBefore(entities, text);
    Set<String> surnames = new HashSet<>();
    Set<String> taken = new HashSet<>();
    for (NamedEntity e : entities) {
      int space = e.text().lastIndexOf(' ');
      if (e.label().equals("PER") && space < 0) {
        surnames.add(e.text());
      } else {
        taken.add(e.text().substring(space + 1));  // a full name ends with it, or another kind of name is it
      }
    }
    surnames.removeAll(taken);
    surnames.removeIf(surname -> surname.length() < 3 || englishWord(surname));
    if (surnames.isEmpty()) {
      return entities;
    }
    List<NamedEntity> out = new ArrayList<>(entities);
    for (String surname : surnames) {
      for (int start : wholeWords(text, surname)) {
        int end = start + surname.length();
        int begin = givenNamesStart(text, start);
        if (begin < 0) {
          continue;
        }
        if (CAPITALISED_AFTER.matcher(text).region(end, text.length()).lookingAt()
            || ARTICLES.contains(wordBefore(text, begin))) {
          continue;  // "Lockheed Martin Corp", "the Dow Jones", "a Scout Walker": no person's name
        }
        if (entities.stream().anyMatch(e -> e.begin() < end && begin < e.end() && !(e.label().equals("PER")
            && e.begin() == start && e.end() == end))) {
          continue;  // the word is part of another name ("New York Saka" is no given name)
        }
        out.removeIf(e -> e.begin() == start && e.end() == end);
        String full = text.substring(begin, end);
        out.add(new NamedEntity(begin, end, OrgNames.company(full) ? "ORG" : "PER", full));  // "Lockheed Martin"
      }
    }
    out.sort(java.util.Comparator.comparingInt(NamedEntity::begin));
    return out;
  }

  /** A capitalised word and a space right before a position. */
  private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{L}'\u2019.-])(\\p{Lu}\\p{Ll}+) $");

  /**
   * "Rhodri [Glyn Thomas]": a person span of several words that begins with no known given name nor a
   * title gets back the given name right before it that the tagger left out (a word that may be a
   * given name; at a sentence's start, one of the bundled given names).
   */
  private List<NamedEntity> firstNamesBefore(List<NamedEntity> entities, String text) {
    List<NamedEntity> added = new ArrayList<>();
    for (NamedEntity e : entities) {
      int space = e.text().indexOf(' ');
      if (!e.label().equals("PER") || space < 0 || GIVEN_NAMES.contains(TextKeys.asciiFold(e.text().substring(0, space)))) {
        continue;
      }
      Matcher before = WORD_BEFORE.matcher(text).region(Math.max(0, e.begin() - 30), e.begin());
      if (NAME_TITLES.contains(TextKeys.key(e.text().substring(0, space))) || !before.find()
          || !surnameWord(before.group(1))
          // at a sentence's start only a known given name ("Analysing Mr Brown", "Sprinter Kelly Holmes")
          || sentenceStart(text, before.start(1)) && !GIVEN_NAMES.contains(TextKeys.asciiFold(before.group(1)))
          || entities.stream().anyMatch(o -> o.end() > before.start(1) && o.begin() < e.begin())) {
        continue;
      }
      added.add(new NamedEntity(before.start(1), e.end(), "PER", text.substring(before.start(1), e.end())));
    }
    return NamedEntity.replacingCovered(entities, added);
  }

  /** One or two capitalised words right after a name, the last ending the run of capitalised words. */
  private static final Pattern NAME_WORDS_AFTER = Pattern.compile(
      " (\\p{Lu}\\p{Ll}+)(?: (\\p{Lu}\\p{Ll}+))?(?![\\p{L}'\u2019-]| \\p{Lu})");

  /**
   * "opposition leader [María] Corina [Machado]": a one-word person span that is a given name of the
   * bundled list grows over the one or two capitalised words after it that the tagger left untagged
   * or tagged as a person, when each may be a name (no English word, title, place or nationality).
   */
  List<NamedEntity> surnamesAfter(List<NamedEntity> entities, String text) {
    List<NamedEntity> added = new ArrayList<>();
    for (NamedEntity e : entities) {
      if (!e.label().equals("PER") || e.text().indexOf(' ') >= 0
          || !GIVEN_NAMES.contains(TextKeys.asciiFold(e.text()))) {  // "María" is "Maria"
        continue;
      }
      Matcher after = NAME_WORDS_AFTER.matcher(text).region(e.end(), text.length());
      if (!after.lookingAt() || !surnameWord(after.group(1)) || after.group(2) != null && !surnameWord(after.group(2))
          || entities.stream().anyMatch(o -> o.begin() >= e.end() && o.begin() < after.end()
              && !(o.label().equals("PER") && o.end() <= after.end()))) {
        continue;
      }
      // the spans it covers go: "[María] Corina [Machado]"
      added.add(new NamedEntity(e.begin(), after.end(), "PER", text.substring(e.begin(), after.end())));
    }
    return NamedEntity.replacingCovered(entities, added);
  }

  private static final Set<String> MONTHS_AND_DAYS = Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday");

  /** A word of a full name beside a given name: as {@link #givenName}, and no month or day ("Reg April 14"). */
  private boolean surnameWord(String word) {
    return givenName(word) && !MONTHS_AND_DAYS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Where the given names right before a surname begin (one to three: "Tedros Adhanom Ghebreyesus"),
   * or -1 when the word before it is no given name.
   */
  private int givenNamesStart(String text, int surname) {
    int begin = surname;
    for (int names = 0; names < 3; names++) {
      Matcher given = CAPITALISED_WORD_BEFORE.matcher(text).region(Math.max(0, begin - 30), begin);
      if (!given.find() || given.start(1) > 0 && Character.isLetter(text.charAt(given.start(1) - 1))
          || !givenName(given.group(1)) || wordInCapitals(text, given.start(1))) {
        break;
      }
      begin = given.start(1);
    }
    return begin == surname ? -1 : begin;
  }

  /** A capitalised word that may be a given name: no English word, title, place or nationality. */
  private boolean givenName(String word) {
    String key = TextKeys.key(word);
    return word.length() >= 2 && !englishWord(word) && !NAME_TITLES.contains(key)
        && !nameWords.place(key) && !nameWords.nationality(key) && !nameWords.groupWord(key)
        && OrgNames.canonical(word).equals(word);
  }

  /**
   * A name romanised from Chinese or Korean: a short family name, then a given name of two syllables
   * joined by a hyphen, the second in lower case ("Lai Ching-te", "Moon Jae-in", "Hou Yu-ih").
   */
  private static final Pattern HYPHENATED_GIVEN_NAME = Pattern.compile(
      "(?<![\\p{L}-])(\\p{Lu}\\p{Ll}{1,4}) (\\p{Lu}\\p{Ll}{1,6})-(\\p{Ll}{2,6})(?![\\p{L}-])");
  /** Words before a capitalised word that are no family name ("In Jae-myung's view"). */
  private static final Set<String> NOT_FAMILY_NAMES = Set.of("the", "in", "on", "at", "by", "for", "and", "but", "of",
      "to", "as", "if", "so", "an", "mr", "ms", "mrs", "dr", "gen", "sir", "new", "old", "vice", "ex", "pro", "anti");

  /**
   * Names written family name first with a hyphenated given name, which the tagger often misses
   * ("Taiwan's president-elect Lai Ching-te"): a person wherever no person or organisation span
   * covers them and neither syllable of the given name is an English word ("Vice President-elect",
   * "Hong Kong-based"; a last syllable of two letters may be: "Moon Jae-in").
   */
  static List<NamedEntity> eastAsianNames(List<NamedEntity> entities, String text) {
    // Tried only around a hyphen between lower-case letters: a scan of the whole text with the
    // pattern's look-behind cost a tenth of the article's analysis.
    Matcher m = HYPHENATED_GIVEN_NAME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    List<NamedEntity> out = null;
    for (int hyphen = text.indexOf('-', 1); hyphen > 0 && hyphen < text.length() - 1;
        hyphen = text.indexOf('-', hyphen + 1)) {
      if (!Character.isLowerCase(text.charAt(hyphen - 1)) || !Character.isLowerCase(text.charAt(hyphen + 1))
          || !nameAround(m.region(Math.max(0, hyphen - 14), Math.min(text.length(), hyphen + 8)), hyphen)) {
        continue;
      }
      if (NOT_FAMILY_NAMES.contains(m.group(1).toLowerCase(Locale.ROOT)) || englishWord(m.group(2))
          || m.group(3).length() > 2 && englishWord(m.group(3))) {
        continue;
      }
      int begin = m.start();
      int end = m.end();
      List<NamedEntity> current = out == null ? entities : out;
      // a person span inside the name is the name cut at its hyphen ("Ko Wen" of "Ko Wen-je"): made whole
      if (current.stream().anyMatch(e -> (e.label().equals("PER") || e.label().equals("ORG"))
          && e.begin() < end && begin < e.end() && !(e.label().equals("PER") && begin <= e.begin() && e.end() <= end))) {
        continue;
      }
      out = new ArrayList<>(current);
      out.removeIf(e -> e.begin() < end && begin < e.end());
      out.add(new NamedEntity(begin, end, "PER", m.group()));
      out.sort(java.util.Comparator.comparingInt(NamedEntity::begin));
    }
    return out == null ? entities : out;
  }

  /** Whether the matcher finds, in its region, the name whose given name has its hyphen at {@code hyphen}. */
  private static boolean nameAround(Matcher m, int hyphen) {
    while (m.find()) {
      if (m.start(3) >= hyphen + 1) {
        return m.start(3) == hyphen + 1;
      }
    }
    return false;
  }

  /** A hyphenated surname: two capitalised parts ("Wright-Phillips", "Kilroy-Silk") at the end of a name. */
  private static final Pattern HYPHENATED_SURNAME = Pattern.compile("(\\p{L}+)\\.? (\\p{Lu}\\p{Ll}+-\\p{Lu}\\p{Ll}+)$");

  /**
   * After "Shaun Wright-Phillips" or "Mr Kilroy-Silk" (a given name or title before it), every
   * "Wright-Phillips" of the article is him: alone, the tagger reads such a compound as a hyphenated
   * adjective ("Anglo-American") or nothing.
   */
  static List<NamedEntity> hyphenatedSurnames(List<NamedEntity> entities, String text) {
    Set<String> surnames = new HashSet<>();
    for (NamedEntity e : entities) {
      Matcher surname = e.label().equals("PER") ? HYPHENATED_SURNAME.matcher(e.text()) : null;
      if (surname != null && surname.find() && (GIVEN_NAMES.contains(surname.group(1))
          || NAME_TITLES.contains(TextKeys.key(surname.group(1))))) {
        surnames.add(surname.group(2));
      }
    }
    if (surnames.isEmpty()) {
      return entities;
    }
    List<NamedEntity> out = new ArrayList<>(entities);
    for (String surname : surnames) {
      Matcher m = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(surname) + "(?![\\p{L}-])").matcher(text);
      while (m.find()) {
        int begin = m.start();
        int end = m.end();
        boolean named = entities.stream().anyMatch(e -> (e.label().equals("PER") || e.label().equals("ORG"))
            && e.begin() < end && begin < e.end());
        if (!named) {
          out.removeIf(e -> e.begin() < end && begin < e.end());
          out.add(new NamedEntity(begin, end, "PER", surname));
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(NamedEntity::begin));
    return out;
  }

  /** A verb of speech right after a name ("Elon Musk said"). */
  private static final Pattern SPEECH_AFTER = Pattern.compile(
      " (?:said|says|told|wrote|tweeted|posted|added|argued|insisted|warned|announced|replied|called|accused"
          + "|praised|urged|denied|admitted|claimed|vowed|pledged|criticised|criticized|responded|joked|explained)\\b");

  /** The words of a person's role ("chief executive", "new chairman", "president"). */
  private static final String ROLE = "(?:\\p{Ll}+(?:'s|\u2019s) )?"  // "the women's champion"
      + "(?:(?:new|former|then|chief|deputy|vice|managing|executive|finance|general"
      + "|financial|operating|technology|commercial|marketing|scientific|medical|interim|acting|senior"
      + "|top|second|third|fourth|fifth|defending|reigning|world|olympic) )*"
      + "(?:\\p{Lu}\\p{Ll}+(?:an|ese|ish) )?"  // a nationality: ", a Kenyan lawyer" (not "an Olivetti spokesman")
      + "(?:executive|chairman|chairwoman|president|founder|co-founder|director|spokesman|spokeswoman|boss"
      + "|minister|secretary|ambassador|envoy|coach|manager|officer|scientist|economist|strategist|adviser|advisor"
      + "|lawyer|activist|campaigner|coordinator|researcher|analyst|diplomat|lawmaker|journalist|professor|head"
      + "|captain|striker|midfielder|defender|goalkeeper|winger|champion|seed)\\b";
  /**
   * A person's role in apposition after a name (", the chief executive", ", its new chairman"); not a
   * role before the next person's name ("According to the Financial Times, chief operating officer Peter Chernin").
   */
  private static final Pattern ROLE_AFTER = Pattern.compile(", (?:the |its |a |an )?" + ROLE + "(?! \\p{Lu})");
  /**
   * The same with the body the role belongs to (", the Congress president", ", the Mavericks' star",
   * ", Columbia's president"): after "the" or a possessive only, as
   * ", a Nissho spokesman said" names the source of a statement about the place or firm before it.
   */
  private static final Pattern BODY_ROLE_AFTER = Pattern.compile(
      ", (?:the (?:\\p{Lu}[\\p{L}-]*(?:'s|'|\u2019s|\u2019)? ){1,2}|\\p{Lu}[\\p{L}-]*(?:'s|\u2019s) )"
          + "(?:" + ROLE + "|(?:star|player|forward|guard)\\b)");

  /** Whether a person's role with the body it belongs to stands in apposition after {@code end} (", the Congress president"). */
  static boolean bodyRoleAfter(String text, int end) {
    return BODY_ROLE_AFTER.matcher(text).region(end, text.length()).lookingAt();
  }

  /** Whether a person's role stands in apposition right after {@code end}. */
  static boolean roleAfter(String text, int end) {
    return ROLE_AFTER.matcher(text).region(end, text.length()).lookingAt();
  }

  private static final Pattern TWO_NAME_WORDS = Pattern.compile("\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+");

  /** First words of places that are no country or capital ("Los Angeles", "Tel Aviv", "Santa Clara"). */
  static final Set<String> PLACE_FIRST_WORDS = Set.of("los", "las", "tel", "santa", "santo", "saint", "st",
      "fort", "port", "mount", "lake", "le", "la", "de", "del", "el", "al", "bad", "baton", "des");

  /** A captain's or a player's deed after a name ("Harry Brook led England"). */
  private static final Pattern LED_AFTER = Pattern.compile(" (?:led|captained|scored|resigned|died)\\b");

  /** A verb whose agent after "by" is a person ("replaced by Elliott Hill", "founded by ..."). */
  private static final Pattern PERSON_AGENT_BEFORE = Pattern.compile("\\b(?:replaced|succeeded|appointed|founded"
      + "|co-founded|chaired|coached|written|directed|produced|presented|hosted|interviewed|nominated|endorsed) by $");

  /**
   * "Elon Musk said", "Mallikarjun Kharge, the Congress president": a two-word "place" the tagger finds
   * right before a verb of speech or a person's role in apposition is a person when neither word is an
   * English word, a place's or a nationality ("Hong Kong said", "New York said", "Tel Aviv said" stay
   * places), or whose first word is a given name of the list, also before a captain's or player's deed
   * ("Harry Brook led", whose surname is an English word); so is one after a verb whose agent is a
   * person ("replaced by Elliott Hill") when its first word is no English word, neither word a place's
   * or a nationality.
   */
  List<NamedEntity> speakers(List<NamedEntity> entities, String text) {
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (NamedEntity e : entities) {
      if (!e.label().equals("LOC") || !TWO_NAME_WORDS.matcher(e.text()).matches()) {
        out.add(e);
        continue;
      }
      String[] words = e.text().split(" ");
      // a given name of the list first: the surname may be an English word ("Harry Brook led England")
      boolean given = GIVEN_NAMES.contains(words[0]) && !PLACE_FIRST_WORDS.contains(TextKeys.key(words[0]));
      boolean speaks = SPEECH_AFTER.matcher(text).region(e.end(), text.length()).lookingAt()
          || roleAfter(text, e.end()) || bodyRoleAfter(text, e.end())
          || given && LED_AFTER.matcher(text).region(e.end(), text.length()).lookingAt();
      boolean agent = !speaks
          && PERSON_AGENT_BEFORE.matcher(text).region(Math.max(0, e.begin() - 20), e.begin()).find();
      boolean named = speaks || agent;
      for (String word : words) {
        named &= !placeLike(TextKeys.key(word));
      }
      boolean plain = !englishWord(words[0]) && (!englishWord(words[1]) || given && speaks);
      named &= plain || agent && !englishWord(words[0]);
      out.add(named ? new NamedEntity(e.begin(), e.end(), "PER", e.text()) : e);
    }
    return out;
  }

  /** What a player or a politician does, right after their name ("Mikel Oyarzabal scored"). */
  private static final Pattern DEED_AFTER = Pattern.compile(
      " (?:scored|netted|struck|equalised|equalized|saved|resigned|died|denied|admitted)\\b");
  /** A verb right before a person it acts on ("praised Bukayo Saka"). */
  private static final Pattern PERSON_OBJECT_BEFORE = Pattern.compile(
      "\\b(?:praised|thanked|criticised|criticized|replaced|signed|sacked|appointed|congratulated|interviewed) $");

  /**
   * "Mikel Oyarzabal scored", "praised Bukayo Saka": two capitalised words the tagger left untagged
   * (names of today's news it never saw) are a person where a verb of speech or of a player's or a
   * politician's deeds follows them, or a verb acting on a person comes before, and neither word is
   * an English word, a place's, a nationality or a title; with a firm's word ("Tonka Corp said",
   * "Saga Petroleum said") they are a firm.
   */
  List<NamedEntity> untaggedNames(List<NamedEntity> entities, String text) {
    List<NamedEntity> found = null;
    // A scan of the characters, not a regex tried at every offset: this reads every article.
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (!Character.isUpperCase(text.charAt(i)) || i > 0 && !nameBoundary(text.charAt(i - 1))) {
        continue;
      }
      int first = nameWordEnd(text, i);
      if (first < 0 || first + 1 >= n || text.charAt(first) != ' ' || !Character.isUpperCase(text.charAt(first + 1))) {
        continue;
      }
      int end = nameWordEnd(text, first + 1);
      if (end > 0 && end + 1 < n && text.charAt(end) == '-' && Character.isUpperCase(text.charAt(end + 1))) {
        end = nameWordEnd(text, end + 1);  // "Kilroy-Silk"
      }
      if (end < 0 || end < n && (Character.isLetter(text.charAt(end)) || "'\u2019&-".indexOf(text.charAt(end)) >= 0)) {
        continue;  // "Saka's", "AT&T": no name of two words here
      }
      if (POSSESSIVE_BEFORE.matcher(text).region(Math.max(0, i - 3), i).find()) {
        i = end;  // "Moody's Investors Service Inc": the rest of a name that begins before, no name of its own
        continue;
      }
      NamedEntity name = untaggedName(entities, text, i, end);
      if (name != null) {
        found = found == null ? new ArrayList<>(entities) : found;
        found.add(name);
        i = end;
      }
    }
    if (found == null) {
      return entities;
    }
    found.sort(java.util.Comparator.comparingInt(NamedEntity::begin));
    return found;
  }

  /** Where a name word (a capital, then lower-case letters) that starts at {@code i} ends, or -1. */
  private static int nameWordEnd(String text, int i) {
    int j = i + 1;
    while (j < text.length() && Character.isLowerCase(text.charAt(j))) {
      j++;
    }
    return j == i + 1 ? -1 : j;
  }

  /** A character that may stand next to a name: no letter, apostrophe, full stop, ampersand or hyphen. */
  private static boolean nameBoundary(char c) {
    return !Character.isLetter(c) && "'\u2019.&-".indexOf(c) < 0;
  }

  /** The two words at [begin, end) as a person, when the context and the words say so; else null. */
  private NamedEntity untaggedName(List<NamedEntity> entities, String text, int begin, int end) {
    boolean context = SPEECH_AFTER.matcher(text).region(end, text.length()).lookingAt()
        || DEED_AFTER.matcher(text).region(end, text.length()).lookingAt()
        || PERSON_OBJECT_BEFORE.matcher(text).region(Math.max(0, begin - 20), begin).find();
    if (!context || entities.stream().anyMatch(e -> e.begin() < end && begin < e.end())
        || NameWords.inCapitals(text, begin)) {
      return null;
    }
    String name = text.substring(begin, end);
    if (occupationFirst(text, begin, name)) {
      return null;
    }
    String[] words = name.split("[ -]");
    // "Tonka Corp said", "Saga Petroleum said", "Electric Co said" (of General Electric Co, which the
    // firm rules then make whole): a firm; "Energy Subroto said" is no one
    boolean firm = FirmNames.CORPORATE.contains(TextKeys.key(words[words.length - 1]));
    for (String word : words) {
      String key = TextKeys.key(word);
      if (firm && FirmNames.CORPORATE.contains(key)) {
        continue;
      }
      if (FirmNames.CORPORATE.contains(key) || englishWord(word) || nameWords.place(key) || nameWords.nationality(key)
          || PLACE_FIRST_WORDS.contains(key) || NameContext.US_STATES.contains(key)
          || NAME_TITLES.contains(key) || NameContext.TITLES.contains(key)) {
        return null;
      }
    }
    int start = firm ? begin : givenNameBefore(entities, text, begin);  // "Interior Minister Matus [Sutaj Estok] said"
    return new NamedEntity(start, end, firm ? "ORG" : "PER", text.substring(start, end));
  }

  /** Where a person's name starts when one more name word stands right before it, in no span. */
  private int givenNameBefore(List<NamedEntity> entities, String text, int begin) {
    if (begin < 3 || text.charAt(begin - 1) != ' ' || !Character.isLowerCase(text.charAt(begin - 2))) {
      return begin;
    }
    int start = begin - 2;
    while (start > 0 && Character.isLowerCase(text.charAt(start - 1))) {
      start--;
    }
    if (start == 0 || !Character.isUpperCase(text.charAt(start - 1)) || start - 1 > 0 && !nameBoundary(text.charAt(start - 2))) {
      return begin;
    }
    int from = start - 1;
    String word = text.substring(from, begin - 1);
    boolean inSpan = entities.stream().anyMatch(e -> e.begin() < begin - 1 && from < e.end());
    return !inSpan && givenName(word) && !NameContext.TITLES.contains(TextKeys.key(word))
        && !NameWords.sentenceStart(text, from) ? from : begin;
  }

  private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?:'s|\u2019s) $");

  /** A word that reads like an occupation ("Bookmaker", "Spokesman", "Economist"; not a listed given name). */
  private static final Pattern OCCUPATION = Pattern.compile("\\p{Lu}\\p{Ll}+(?:er|or|ist|ian|ant|ent|man|woman)");

  /** "Bookmaker Ladbrokes said": at a sentence's start, a first word like an occupation begins no name. */
  private static boolean occupationFirst(String text, int begin, String name) {
    String first = name.substring(0, name.indexOf(' '));
    return sentenceStart(text, begin) && OCCUPATION.matcher(first).matches()
        && !GIVEN_NAMES.contains(TextKeys.key(first));
  }

  /** A person span without a first word that names the person's nationality, when a capitalised word follows it. */
  NamedEntity withoutNationality(NamedEntity e) {
    String text = e.text();
    int space = text.indexOf(' ');
    if (space < 0 || !nameWords.nationality(TextKeys.key(text.substring(0, space)))) {
      return e;
    }
    int rest = space;
    while (rest < text.length() && text.charAt(rest) == ' ') {
      rest++;
    }
    return rest < text.length() && Character.isUpperCase(text.charAt(rest))
        ? new NamedEntity(e.begin() + rest, e.end(), e.label(), text.substring(rest)) : e;
  }

  private static final Pattern POSSESSIVE_BEFORE_NAME = Pattern.compile("(?:'s|\u2019s|(?<=s)'|(?<=s)\u2019) \\p{Lu}");

  /** A name, a possessive, and a person's full name that begins with a given name ("Tesla's Elon Musk"). */
  private static final Pattern OWNER_AND_PERSON = Pattern.compile(
      "(\\p{Lu}[\\p{L}&.-]*(?: \\p{Lu}[\\p{L}&.-]*)?)(?:'s|\u2019s) (\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}[\\p{L}'-]*){1,2})");

  /**
   * "Tesla's Elon Musk", "Amazon's Jeff Bezos" tagged as one name (often MISC): the owner, a place or
   * else an organisation, and the person, when the words after the possessive are a person's name
   * ({@link #ownedPerson}). A person span is split only when its owner is one word ("Alex Ferguson's
   * ..." stays).
   */
  List<NamedEntity> ownersOfPeople(List<NamedEntity> entities) {
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (NamedEntity e : entities) {
      Matcher m = OWNER_AND_PERSON.matcher(e.text());
      if (m.matches() && ownedPerson(m.group(2), entities) && !(e.label().equals("PER") && m.group(1).indexOf(' ') > 0)) {
        String owner = TextKeys.key(m.group(1));
        String label = nameWords.place(owner) || nameWords.nationality(owner) ? "LOC" : "ORG";
        out.add(new NamedEntity(e.begin(), e.begin() + m.end(1), label, m.group(1)));
        out.add(new NamedEntity(e.begin() + m.start(2), e.end(), "PER", m.group(2)));
        continue;
      }
      out.add(e);
    }
    return out;
  }

  /** "a 24-year-old countertenor": an age in apposition, not a firm's or a group's ("a 118-year-old company"). */
  static final String AGED = "an? [1-9]\\d?-year-old (?!(?:company|firm|group|business|brand|chain|bank|band|team|club"
      + "|party|charity|organi[sz]ation|institution|newspaper|magazine)\\b)\\p{Ll}";

  /**
   * What only a person's name takes in apposition: an age ("Mikey Madison, 25, won", "Sankus, a
   * 28-year-old from Philadelphia"), a kin's word after someone's possessive ("Gibran Rakabuming Raka,
   * Widodo's 37-year-old son"), "who" and a verb in the singular ("Sri Mulyani Indrawati, who stays as finance minister", "Musk, who also runs
   * SpaceX"; not a team "who are" or "who finished", nor a place, "which" or "where").
   */
  static final Pattern PERSON_APPOSITION = Pattern.compile(", (?:(?:[1-9]\\d?|1[01]\\d), \\p{Ll}|" + AGED
      + "|\\p{Lu}[\\p{L}-]*(?:'s|\u2019s) (?:\\d+-year-old )?(?:son|daughter|wife|husband|brother|sister|father|mother"
      + "|widow|nephew|niece|cousin|grandson|granddaughter)\\b"
      + "|who (?:also |now |still )?(?:is|was|stays|remains|serves|became|becomes|has been|had been|\\p{Ll}+[^\\Ws]s) )");

  /**
   * "Elon Musk's pay package ... Musk, who also runs SpaceX" with the names tagged as places: a place
   * span of one to three name-shaped words, none a place's or a nationality's, whose last word the article
   * puts before what only a person's name takes in apposition ({@link #PERSON_APPOSITION}) is a person.
   */
  List<NamedEntity> placesInApposition(List<NamedEntity> entities, String text) {
    List<NamedEntity> out = null;
    for (int i = 0; i < entities.size(); i++) {
      NamedEntity e = entities.get(i);
      if (!e.label().equals("LOC") || !NAME_WORDS_1_TO_3.matcher(e.text()).matches() || !plainNameWords(e.text())) {
        continue;
      }
      String last = e.text().substring(e.text().lastIndexOf(' ') + 1);
      boolean person = false;
      for (int at : wholeWords(text, last)) {
        person |= text.startsWith(", ", at + last.length()) && (e.text().indexOf(' ') > 0 && at == e.end() - last.length() || alone(text, at))
            && PERSON_APPOSITION.matcher(text).region(at + last.length(), text.length()).lookingAt();
      }
      if (person) {
        out = out == null ? new ArrayList<>(entities) : out;
        out.set(i, new NamedEntity(e.begin(), e.end(), "PER", e.text()));
      }
    }
    return out == null ? entities : out;
  }

  /** Whether the word at {@code at} stands alone: no capitalised word or particle before it ("de los Angeles", "Lord Roberts of Conwy"). */
  private static boolean alone(String text, int at) {
    String before = NameWords.previousWord(text, at);
    return !before.isEmpty() && Character.isLowerCase(before.charAt(0)) && !PARTICLES.contains(before)
        && !before.equals("of") && !before.equals("los") && !before.equals("las") && !before.equals("del")
        || sentenceStart(text, at);
  }

  /** One to three capitalised words of letters. */
  private static final Pattern NAME_WORDS_1_TO_3 = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}");

  /** Whether no word of a name is an English word or {@link #placeLike}. */
  private boolean plainNameWords(String name) {
    for (String word : name.split(" ")) {
      if (englishWord(word) || placeLike(TextKeys.key(word))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word, by key, is a place's, a nationality, a place's first word ("Los") or a US state's. */
  private boolean placeLike(String key) {
    return nameWords.place(key) || nameWords.nationality(key) || PLACE_FIRST_WORDS.contains(key)
        || NameContext.US_STATES.contains(key);
  }

  /** An organisation span holding a possessive before a capitalised word: "Comcast's NBCUniversal". */
  private static final Pattern OWNER_AND_FIRM = Pattern.compile(
      "(\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,2})(?:'s|\u2019s|(?<=s)'|(?<=s)\u2019) (\\p{Lu}.*)");

  /**
   * "Geert Wilders' Party for Freedom", "Comcast's NBCUniversal" tagged as one organisation: the owner
   * and the organisation it owns, split at the possessive. The owner is a person when it is a name of
   * two or three words that is person-like and no listed organisation, and a firm when it ends with a
   * legal form ("BankAmerica Corp's Bank of America"); a one-word owner is a firm when it is no acronym
   * ("BBC's Freeview" stays) and neither it nor the word after it is an English word, a place or a
   * legal form (so "McDonald's Corp", "Moody's Investors Service", "Moody's Japan K.K.", "People's Bank of
   * China" and "Lloyd's Register" stay whole). A firm owns only a firm's name: one that ends with a
   * corporate word or has a capital inside ("Comcast's NBCUniversal").
   */
  List<NamedEntity> ownersOfFirms(List<NamedEntity> entities) {
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (NamedEntity e : entities) {
      Matcher m = e.label().equals("ORG") ? OWNER_AND_FIRM.matcher(e.text()) : null;
      String label = m != null && m.matches() ? ownerLabel(m.group(1), m.group(2)) : null;
      if (label == null) {
        out.add(e);
        continue;
      }
      out.add(new NamedEntity(e.begin(), e.begin() + m.end(1), label, m.group(1)));
      out.add(new NamedEntity(e.begin() + m.start(2), e.end(), "ORG", m.group(2)));
    }
    return out;
  }

  /** A capital after a name's first letter ("NBCUniversal", "PlayStation"). */
  private static final Pattern INNER_CAPITAL = Pattern.compile("(?<=\\p{L})\\p{Lu}");

  /** The owner's type ("PER" or "ORG") where an organisation span splits at its possessive, else null. */
  private String ownerLabel(String owner, String owned) {
    String[] ownedWords = owned.split(" ");
    String ownedLast = ownedWords[ownedWords.length - 1].toLowerCase(Locale.ROOT);
    // what is owned names a firm: a corporate word ends it or a capital stands inside it ("NBCUniversal");
    // not "Sony's Qrio" (a product), "Rohr's Chula Vista" (a plant), "Armstrong's Tire Division"
    boolean firm = FirmNames.CORPORATE.contains(ownedLast) || FirmSpans.LEGAL.contains(ownedLast)
        || ownedWords.length == 1 && INNER_CAPITAL.matcher(owned).find() && !owned.equals(owned.toUpperCase(Locale.ROOT));
    String ownedFirst = TextKeys.key(ownedWords[0]);
    if (owner.indexOf(' ') > 0) {
      String ownerLast = owner.substring(owner.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      if (FirmSpans.LEGAL.contains(ownerLast)) {
        return firm && !nameWords.place(ownedFirst) ? "ORG" : null;  // "BankAmerica Corp's Bank of America"
      }
      return givenName(owner.substring(0, owner.indexOf(' '))) && nameWords.personLike(owner)
          && !OrgNames.listed(owner, true) ? "PER" : null;
    }
    String ownerKey = TextKeys.key(owner);
    return firm && !englishWord(owner) && !owner.equals(owner.toUpperCase(Locale.ROOT)) && !englishWord(ownedWords[0])
        && !FirmNames.CORPORATE.contains(ownedWords[0].toLowerCase(Locale.ROOT)) && !nameWords.place(ownedFirst)
        && !nameWords.place(ownerKey) && !nameWords.nationality(ownerKey) ? "ORG" : null;
  }

  /** Last words of places and works that can follow a given name ("Dana Centre", "Reid Hall"). */
  private static final Set<String> PLACE_ENDINGS = Set.of("centre", "center", "theatre", "theater", "museum",
      "gallery", "review", "society", "laboratories", "laboratory", "studios", "awards", "prize", "cup", "trophy");

  /**
   * Whether words after a possessive are a person's name: a given name of the bundled list, then no
   * English word ("Jeff Bezos"), or a surname that is one but that the tagger reads as a person elsewhere in
   * the article ("Elon Musk ... Musk said"; not "Kennedy Airport", "Marina Hotel").
   */
  private boolean ownedPerson(String name, List<NamedEntity> entities) {
    String[] words = name.split(" ");
    String last = words[words.length - 1];
    String lastKey = last.toLowerCase(Locale.ROOT);
    if (!givenName(words[0]) || PLACE_OR_CLUB_WORDS.contains(last) || PLACE_ENDINGS.contains(lastKey)
        || java.util.Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT))
            .anyMatch(w -> BODY_WORDS.contains(w) || FirmNames.CORPORATE.contains(w))) {
      return false;  // "Gruppo Ferruzzi", "Texun Inc"
    }
    return GIVEN_NAMES.contains(words[0]) && java.util.Arrays.stream(words).skip(1).noneMatch(NameWords::englishWord)
        || entities.stream().anyMatch(e -> e.label().equals("PER") && (e.text().equals(last) || e.text().endsWith(" " + last)));
  }

  /** Words that begin a family name ("Le Pen", "van Persie"): the word after them may be an English word. */
  private static final Set<String> PARTICLES = Set.of("le", "la", "de", "du", "van", "von", "der", "den", "di", "da");

  /**
   * An organisation, place or other name of a person's shape tagged right after another organisation's
   * possessive ("Google's [Sundar Pichai]", "Microsoft's [Satya Nadella]") or right before a possessive and
   * an organisation ("[Marine Le Pen]'s National Rally"): a person, when its first word may be a given name
   * (of the bundled list, before a possessive), no other word is an English word except after a particle,
   * and it is no listed organisation and holds no corporate word or word of a body.
   */
  List<NamedEntity> possessivePeople(List<NamedEntity> entities, String text) {
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      NamedEntity e = entities.get(i);
      boolean person = false;
      if (!e.label().equals("PER")) {  // the neighbours first: cheaper than the name's shape, and rarely there
        NamedEntity before = i > 0 ? entities.get(i - 1) : null;
        NamedEntity after = i + 1 < entities.size() ? entities.get(i + 1) : null;
        person = (before != null && before.label().equals("ORG") && possessiveBetween(text, before.end(), e.begin())
            && firstNameAfterPossessive(e.text()) && !sharesAWord(e.text(), before.text())
            || after != null && after.label().equals("ORG") && possessiveBetween(text, e.end(), after.begin())
            && firstNameBeforePossessive(e.text())) && personShape(e.text());
      }
      out.add(person ? new NamedEntity(e.begin(), e.end(), "PER", e.text()) : e);
    }
    return out;
  }

  /**
   * The first word of a name after an organisation's possessive: one that may be a given name, of the
   * list when a particle follows ("Real Sociedad's Paseo de Anoeta" is a ground).
   */
  private boolean firstNameAfterPossessive(String name) {
    String[] words = name.split(" ");
    return particleInside(words) ? GIVEN_NAMES.contains(words[0]) : givenName(words[0]);
  }

  /**
   * The first word of a name before a possessive and an organisation: a given name of the list, or
   * any word but a title, place or body's word before a family name's particle ("Marine Le Pen's
   * National Rally"; "Borussia Dortmund's" has no particle, "Banco de Santander's" is a bank).
   */
  private boolean firstNameBeforePossessive(String name) {
    String[] words = name.split(" ");
    if (GIVEN_NAMES.contains(words[0])) {
      return true;
    }
    // before a particle even a word English has may be a given name ("Marine"), not a title or a body's word
    String key = TextKeys.key(words[0]);
    return particleInside(words) && !NAME_TITLES.contains(key)
        && !nameWords.place(key) && !nameWords.nationality(key) && !BODY_WORDS.contains(key)
        && !FirmNames.CORPORATE.contains(key);
  }

  /** Three words with a family name's particle between the given name and the rest ("Marine Le Pen"). */
  private static boolean particleInside(String[] words) {
    return words.length == 3 && PARTICLES.contains(words[1].toLowerCase(Locale.ROOT));
  }

  /** "Texaco Inc's Texaco Canada": a unit named after its owner. */
  private static boolean sharesAWord(String name, String owner) {
    List<String> words = List.of(owner.split(" "));  // not a Set.of: an owner may repeat a word
    return java.util.Arrays.stream(name.split(" ")).anyMatch(words::contains);
  }

  /** Whether exactly a possessive and a space part two spans ("China's Zheng"). */
  static boolean possessiveBetween(String text, int end, int begin) {
    String between = text.substring(end, Math.max(end, begin));
    return between.equals("'s ") || between.equals("\u2019s ");
  }

  /** Two or three name-shaped words, none an English word but after a particle, a place, or of a firm or body. */
  private boolean personShape(String name) {
    if (!NAME_OR_PARTICLE_WORDS.matcher(name).matches() || OrgNames.listed(name, false)) {
      return false;
    }
    String[] words = name.split(" ");
    for (int w = 1; w < words.length; w++) {
      String key = words[w].toLowerCase(Locale.ROOT);
      if (PARTICLES.contains(key) && w < words.length - 1) {
        continue;  // "Le" of "Marine Le Pen"
      }
      if (FirmNames.CORPORATE.contains(key) || BODY_WORDS.contains(key) || PLACE_OR_CLUB_WORDS.contains(words[w])
          || nameWords.place(TextKeys.key(words[w])) || nameWords.nationality(TextKeys.key(words[w]))
          || englishWord(words[w]) && !PARTICLES.contains(words[w - 1].toLowerCase(Locale.ROOT))
          || GIVEN_NAMES.contains(words[w]) && w == words.length - 1) {
        return false;
      }
    }
    return true;
  }

  /** Two or three capitalised words, the middle one maybe a particle ("Marine Le Pen", "Robin van Persie"). */
  private static final Pattern NAME_OR_PARTICLE_WORDS = Pattern.compile(
      "\\p{Lu}\\p{Ll}+(?: (?:\\p{Lu}\\p{Ll}+|van|von|de|du|der|da|di))? \\p{Lu}\\p{Ll}+");

  /** A person span holding a possessive before another name: the person is the owner ("Robbie Williams' Angels"). */
  static NamedEntity beforePossessive(NamedEntity e) {
    Matcher possessive = POSSESSIVE_BEFORE_NAME.matcher(e.text());
    return possessive.find() && possessive.start() > 0
        ? new NamedEntity(e.begin(), e.begin() + possessive.start(), e.label(), e.text().substring(0, possessive.start()))
        : e;
  }

  /** Words before a place that make it one ("in Atlanta"). */
  private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "from", "to", "of", "near", "into", "across");

  /** A person span's last word that is an initial ("Robert F"). */
  private static final Pattern INITIAL_AT_END = Pattern.compile("\\p{L} \\p{Lu}$");
  /** A surname alone, perhaps with a generation's suffix ("Kennedy", "Kennedy Jr"). */
  private static final Pattern SURNAME_AFTER_INITIAL = Pattern.compile("\\S+(?: (?:Jr|Sr|II|III|IV)\\.?)?");

  /** One capitalised word between two one-word person spans ("Karsten [Munk] Knudsen"): a middle name. */
  private static final Pattern MIDDLE_NAME = Pattern.compile(" \\p{Lu}\\p{Ll}+ ");
  /** A lower-case particle between a given name and a family name ("Erik ten Hag", "Marc-Andre ter Stegen"). */
  private static final Pattern PARTICLE_BETWEEN = Pattern.compile(" (?:ten|ter|van|von|van der|van den|de|da|di|du|dos|le|la) ");
  /** One or two initials with their stops right before a name, no letter or stop before them ("as J. Robert"). */
  private static final Pattern INITIALS_BEFORE = Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\. ){1,2}$");

  /**
   * "LeBron James" tagged as two people side by side ("LeBron", "James"), "Kenya Barris" as a place
   * and a person: one person, when one space alone parts them (or, between two people, a middle name
   * that is no English word: "Karsten Munk Knudsen"), the first is one word and the line is
   * running text (a headline in capitals or title case runs names together: "TRUMP BIDEN DEBATE").
   */
  static List<NamedEntity> adjacentJoined(List<NamedEntity> entities, String text) {
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (NamedEntity e : entities) {
      NamedEntity last = out.isEmpty() ? null : out.get(out.size() - 1);
      // a place only before a surname alone, and no acronym ("US Attorney Paul McNulty")
      boolean place = last != null && last.label().equals("LOC") && e.text().indexOf(' ') < 0
          && !last.text().equals(last.text().toUpperCase(Locale.ROOT))
          && !PLACE_BEFORE.contains(wordBefore(text, last.begin()));  // "meeting in Atlanta Duffy said"
      if (last != null && last.label().equals("PER") && e.label().equals("PER") && e.begin() == last.end() + 2
          && text.startsWith(". ", last.end()) && INITIAL_AT_END.matcher(last.text()).find()
          && SURNAME_AFTER_INITIAL.matcher(e.text()).matches()) {
        // "Robert F. Kennedy Jr" tagged as "Robert F" and "Kennedy Jr": the initial's stop joins them (not
        // "... and Malcolm X. Attallah Shabazz, the ...", a new sentence's full name)
        out.set(out.size() - 1, new NamedEntity(last.begin(), e.end(), "PER", text.substring(last.begin(), e.end())));
        continue;
      }
      if (last != null && last.label().equals("PER") && e.label().equals("PER") && last.text().indexOf(' ') < 0
          && e.text().indexOf(' ') < 0 && PARTICLE_BETWEEN.matcher(text).region(last.end(), e.begin()).matches()) {
        // "Erik ten Hag" tagged as "Erik" and "Hag": the tagger never saw "ten" inside a name
        out.set(out.size() - 1, new NamedEntity(last.begin(), e.end(), "PER", text.substring(last.begin(), e.end())));
        continue;
      }
      if (last != null && (last.label().equals("PER") || place) && e.label().equals("PER")
          && (e.begin() == last.end() + 1 && text.charAt(last.end()) == ' '
              || !place && MIDDLE_NAME.matcher(text).region(last.end(), e.begin()).matches()
                  && !englishWord(text.substring(last.end() + 1, e.begin() - 1)))
          && last.text().indexOf(' ') < 0
          && !NameWords.inCapitals(text, e.begin()) && !NameContext.inTitleCaseLine(text, e.begin())) {
        out.set(out.size() - 1, new NamedEntity(last.begin(), e.end(), "PER", text.substring(last.begin(), e.end())));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * A person's name of two or more words with the initials the tagger left before it: "J. Robert
   * Oppenheimer", "F. Scott Fitzgerald" (not "Plan B. Robert Smith said", where a capitalised word comes
   * before the initial).
   */
  static List<NamedEntity> leadingInitials(List<NamedEntity> entities, String text) {
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (NamedEntity e : entities) {
      if (e.label().equals("PER") && e.begin() >= 3 && text.charAt(e.begin() - 2) == '.' && e.text().indexOf(' ') > 0
          && Character.isLowerCase(e.text().charAt(1))) {
        Matcher initials = INITIALS_BEFORE.matcher(text).region(Math.max(0, e.begin() - 12), e.begin());
        initials.useTransparentBounds(true);
        if (initials.find() && !capitalisedWordBefore(text, initials.start())) {
          e = new NamedEntity(initials.start(), e.end(), "PER", text.substring(initials.start(), e.end()));
        }
      }
      out.add(e);
    }
    return out;
  }

  /**
   * A person's span running on with "of" and a listed firm or body ("Charles Leclerc of Ferrari"): the
   * person and the firm (not "Baroness Royall of Blaisdon", a title's place).
   */
  static List<NamedEntity> firmAfterOf(List<NamedEntity> entities) {
    List<NamedEntity> out = new ArrayList<>(entities.size() + 1);
    for (NamedEntity e : entities) {
      int of = e.label().equals("PER") ? e.text().indexOf(" of ") : -1;
      String firm = of > 0 ? e.text().substring(of + 4) : null;
      if (firm != null && e.text().length() == e.end() - e.begin()
          && (OrgNames.company(firm) || OrgNames.listed(firm, false))) {
        out.add(new NamedEntity(e.begin(), e.begin() + of, "PER", e.text().substring(0, of)));
        out.add(new NamedEntity(e.begin() + of + 4, e.end(), "ORG", firm));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /** Whether a capitalised word ends right before the offset, a space between ("Plan B."). */
  private static boolean capitalisedWordBefore(String text, int at) {
    int end = at - 1;
    if (end <= 0 || text.charAt(end) != ' ' || !Character.isLetter(text.charAt(end - 1))) {
      return false;  // the text's start, or punctuation before: "as J.", "(J.", a sentence's end
    }
    int begin = end - 1;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    return Character.isUpperCase(text.charAt(begin));
  }

  /** Last words of clubs' and places' names ("Aston Villa", "Drury Lane"), no surnames. */
  private static final Set<String> PLACE_OR_CLUB_WORDS = Set.of("Villa", "United", "City", "Rovers", "Wanderers",
      "Athletic", "Albion", "County", "Town", "Hotspur", "Rangers", "Lane", "Road", "Street", "Park", "Square",
      "Avenue", "Place", "Hall", "House", "Court", "Bridge");

  /** Words of firms' and bodies' names in other languages and in English ("Gruppo Ferruzzi", "Banque Indosuez"). */
  private static final Set<String> BODY_WORDS = Set.of("gruppo", "grupo", "groupe", "banque", "banco", "banca",
      "compagnie", "compagnia", "compania", "societe", "sociedad", "comissaria", "caisse", "credit", "treasury",
      "ministry", "council", "committee", "commission", "agency", "institute", "university", "college", "school",
      "hospital", "foundation", "fund", "trust", "association", "union", "federation", "league", "club", "party",
      "front", "army", "movement");

  /** One score right after a name ("3-0 in the final"), not a tennis player's sets ("6-3 6-4"). */
  private static final Pattern SCORE_AFTER = Pattern.compile(" \\d{1,2}-\\d{1,2}(?![\\d-])(?! \\d{1,2}-\\d)");

  /** Whether a span stands right before one match's score in a football or rugby report: a team's. */
  private static boolean teamBeforeScore(NamedEntity e, String text) {
    return e.end() + 4 <= text.length() && Character.isDigit(text.charAt(e.end() + 1))
        && SCORE_AFTER.matcher(text).region(e.end(), text.length()).lookingAt() && NameWords.sportsReport(text);
  }

  /** Two or three capitalised words of letters (no "for", no acronym, no hyphen): a person's name's shape. */
  private static final Pattern NAME_WORDS = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,2}");

  /**
   * "Aryna Sabalenka" tagged as an organisation, "Kylian Mbappe" as a place, where the tagger reads the
   * surname alone as a person elsewhere in the article ("Sabalenka will rise"): a person, when the
   * first word may be a given name, the last is no English word, given name or group ("Aston Villa",
   * "Alfa Romeo", "Roma Czechs"), and the name is no listed organisation and holds no corporate word
   * or word of a body ("Gruppo Ferruzzi", "Shearson Lehman Treasury"); nor is an organisation span
   * before a match's score in a football or rugby report ("Atalanta beat Bayer Leverkusen 3-0").
   */
  List<NamedEntity> fullNamesOfSurnames(List<NamedEntity> entities, String text) {
    Set<String> surnames = new HashSet<>();
    for (NamedEntity e : entities) {
      if (e.label().equals("PER") && e.text().indexOf(' ') < 0) {
        surnames.add(e.text());
      }
    }
    if (surnames.isEmpty()) {
      return entities;
    }
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (NamedEntity e : entities) {
      String[] words = e.text().split(" ");
      String last = words[words.length - 1];
      boolean person = (e.label().equals("ORG") || e.label().equals("LOC")) && words.length >= 2 && words.length <= 3
          && surnames.contains(last) && NAME_WORDS.matcher(e.text()).matches()
          // "Jordan Chiles ... Chiles": a country that is also a given name ("Jordan", "Georgia") begins a person
          && (givenName(words[0]) || EntityLinker.PERSON_NAME_COUNTRIES.contains(TextKeys.key(words[0])))
          && !englishWord(last) && !GIVEN_NAMES.contains(last) && !nameWords.peopleWord(TextKeys.key(last))
          && !PLACE_OR_CLUB_WORDS.contains(last) && !(e.label().equals("ORG") && teamBeforeScore(e, text))
          && OrgNames.canonical(e.text()).equals(e.text()) && !OrgNames.company(e.text())
          && java.util.Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT))
              .noneMatch(w -> FirmNames.CORPORATE.contains(w) || BODY_WORDS.contains(w));
      out.add(person ? new NamedEntity(e.begin(), e.end(), "PER", e.text()) : e);
    }
    return out;
  }
}
