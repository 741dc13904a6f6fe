package io.newsstats.linking;

import static io.newsstats.linking.NameWords.ENGLISH_WORDS;
import static io.newsstats.linking.NameWords.wordBefore;

import io.newsstats.kb.GivenNames;
import io.newsstats.kb.TextKeys;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words around a span make of it, whatever the tagger said: a person by what only a
 * person takes in apposition, a firm by its officer, owner or group noun, a team by its nickname, a
 * band by its article; or no name at all: a family, a town before its state, a structure. Each rule
 * is one test of the text near the span, applied by {@link NameTypes#settle} to each span in turn.
 */
final class ContextTypes implements Serializable {
  private static final long serialVersionUID = 1L;

  private final NameWords nameWords;

  ContextTypes(NameWords nameWords) {
    this.nameWords = nameWords;
  }

  /** Whether the words around a span say it names no one and nothing: a family, a town, a structure. */
  boolean noName(NamedEntity e, String text) {
    return familyName(e, text) || townBeforeItsState(e, text) || FACILITY_END.matcher(e.text()).find();
  }

  private static NamedEntity as(NamedEntity e, String label) {
    return new NamedEntity(e.begin(), e.end(), label, e.text());
  }

  /** Words before a place's name that make it one ("based in Dallas, the company ..."; not "to" or "of": "awarded to"). */
  private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "from", "near", "into", "across", "outside",
      "inside", "throughout", "within", "around");
  /** A firm's officer or board after a one-word name's possessive ("Constellation's chief executive"). */
  private static final Pattern FIRM_OFFICER_AFTER = Pattern.compile(
      "(?:'s|\u2019s) (?:chief executive|chief financial officer|chairman|chairwoman|board of directors)\\b");
  /** A firm's officer and "of" right before a name ("the chief executive of Chipotle Mexican Grill"). */
  private static final Pattern FIRM_ROLE_OF_BEFORE = Pattern.compile("\\b(?:chief executive|chief financial officer"
      + "|chief operating officer|chairman|chairwoman|founder|co-founder|CEO|boss) of $");
  /** An owner's or parent's "of" before a name: the name is a firm's, a paper's or a club's. */
  private static final Pattern OWNER_OF_BEFORE = Pattern.compile("\\b(?:owner|owners|parent company|parent group"
      + "|publisher) of $");
  /** The plural last words of places ("the Cayman Islands", "the Golan Heights"), which are no team's nickname. */
  private static final Set<String> PLACE_PLURALS = Set.of("islands", "isles", "highlands", "lowlands", "heights",
      "hills", "falls", "springs", "plains", "lakes", "keys", "woods", "downs", "dales", "moors", "fens", "rocks",
      "sands", "mountains", "alps", "states", "emirates", "territories", "counties", "countries", "provinces",
      "midlands", "glades", "gardens", "fields", "docks", "flats", "meadows", "banks", "cliffs", "shores", "marshes",
      "hebrides", "antilles", "grenadines", "tropics", "straits", "narrows", "valleys", "wetlands", "forests", "rivers",
      "waters", "ranges", "peaks", "rapids", "sounds", "bays", "caves", "canyons", "everglades", "americas", "indies");

  /**
   * A span the words around it retype, whatever the tagger said: a name before what only a person's
   * takes in apposition is a person's ({@link PersonSpans#PERSON_APPOSITION}: "Mikey Madison, 25,"); a firm's
   * officer's "of" or possessive makes a name the firm's ("the chief executive of Chipotle Mexican
   * Grill", tagged MISC for "Mexican"; "Constellation's chief executive"), and so does an owner's ("the
   * owner of Conde Nast"); a place or MISC span before a group's noun in apposition is the group
   * ("Nihon Hidankyo, a Japanese group", "Inflection AI, the start-up"); a place's name with a team's
   * nickname after "the" is a team's in a sports report ("the Los Angeles Angels", "the Chicago Sky";
   * not "the Cayman Islands"); a plural after "the" in a report on a band is the band ("The
   * Beatles"); an organisation span between people in a list is a person ("Collin Morikawa, Max Homa
   * and Tommy Fleetwood"). The spans are the article's, its firms those it names with a firm's word.
   */
  NamedEntity retyped(NamedEntity e, List<NamedEntity> entities, String text, Set<String> firms) {
    String label = e.label();
    int space = e.text().indexOf(' ');
    // cheap tests of the text first: most spans are one word, and few have a comma after them
    if ((label.equals("MISC") || label.equals("LOC") && !nameWords.place(TextKeys.key(e.text()))) && space < 0
        && FIRM_OFFICER_AFTER.matcher(text).region(e.end(), text.length()).lookingAt()) {
      return as(e, "ORG");  // "Constellation's chief executive"; "Seagen's", no place the bundled lists know
    }
    boolean comma = e.end() < text.length() && text.charAt(e.end()) == ',';
    if (label.equals("MISC") && space < 0 && text.startsWith("of ", e.begin() - 3) && !ENGLISH_WORDS.contains(TextKeys.key(e.text()))
        && FIRM_ROLE_OF_BEFORE.matcher(text).region(Math.max(0, e.begin() - 40), e.begin()).find()) {
      return as(e, "ORG");  // "the chief executive of Mars"
    }
    if ((label.equals("LOC") || label.equals("MISC") && (space > 0 || !ENGLISH_WORDS.contains(TextKeys.key(e.text()))))
        && comma && WorksAndGroups.groupAfterComma(text, e.end())
        && !PLACE_BEFORE.contains(wordBefore(text, e.begin())) && !nameWords.place(TextKeys.key(e.text()))
        && !text.startsWith(", ", e.begin() - 2)) {  // "Woodstock, Ontario, a group of retailers": a town's state
      return as(e, "ORG");  // "Nihon Hidankyo, a Japanese group of survivors"; not "based in Milan, Ohio, the company"
    }
    if (label.equals("PER") && text.startsWith("of ", e.begin() - 3)
        && (OWNER_OF_BEFORE.matcher(text).region(Math.max(0, e.begin() - 25), e.begin()).find()
            || FIRM_ROLE_OF_BEFORE.matcher(text).region(Math.max(0, e.begin() - 40), e.begin()).find())) {
      return as(e, "ORG");  // "the owner of Conde Nast", "a former boss of Michael Kors": what is owned or run is no person
    }
    if (label.equals("PER") && space < 0 && bandByItsName(e, text)) {
      return as(e, "ORG");  // "The Beatles released ... the band's last song"
    }
    if ((label.equals("PER") || label.equals("LOC") && text.contains(" gang")) && GANG.matcher(e.text()).matches()
        && !nameWords.place(TextKeys.key(e.text()))) {
      return as(e, "ORG");  // "Los Choneros", "Los Lobos": gangs (not "Los Angeles", a place)
    }
    if (!label.equals("PER") && space < 0 && comma && AGED_AFTER.matcher(text).region(e.end(), text.length()).lookingAt()
        && !nameWords.place(TextKeys.key(e.text())) && !known(e.text(), firms)) {
      return as(e, "PER");  // "JJ, a 24-year-old countertenor"
    }
    if (label.equals("LOC") && afterThe(text, e.begin()) && sportsText(text)) {
      NamedEntity team = teamAfterPlace(e, entities, text);
      if (team != null) {
        return team;  // "the Oklahoma City Thunder" with the nickname left out of the span
      }
    }
    return label.equals("PER") || space < 0 ? e : retypedName(e, comma, entities, text, firms);
  }

  /** Last words of places and venues named after a firm ("Walt Disney World", "Ford Field"). */
  private static final Pattern VENUE_END = Pattern.compile(" (?:World|Village|Park|Field|Stadium|Arena|Center|Centre"
      + "|Tower|Towers|Square|Plaza|Hall|Building|Campus|Resort|Land|Island|Basin|Valley)$");

  /**
   * Whether a name begins with a listed company's name of two words or more and goes on with no
   * venue's word ("Anglo American Platinum"; not "Walt Disney World", nor "Ford Taurus" after a name
   * of one word).
   */
  private static boolean listedFirmFirst(String name) {
    for (int space = name.lastIndexOf(' '); space > 0; space = name.lastIndexOf(' ', space - 1)) {
      String first = name.substring(0, space);
      if (first.indexOf(' ') > 0 && OrgNames.company(first)) {
        return !VENUE_END.matcher(name).find();
      }
    }
    return false;
  }

  /** {@link #retyped} for a span of two words or more that the tagger took for no person. */
  private NamedEntity retypedName(NamedEntity e, boolean comma, List<NamedEntity> entities, String text, Set<String> firms) {
    String label = e.label();
    String name = EntityMerger.displayName(e.text());
    int words = name.split(" ").length;
    if (label.equals("LOC") && words <= 3 && comma && text.startsWith(", ", e.begin() - 2)
        && ROLE_TO_PLACE_BEFORE.matcher(text).region(Math.max(0, e.begin() - 60), e.begin()).find()
        && NAME_WORDS.matcher(name).matches() && noPlaceWord(name)) {
      return as(e, "PER");  // "Iran's ambassador to Beirut, Mojtaba Amani, was"
    }
    if ((label.equals("MISC") || label.equals("LOC") && words >= 2 && GivenNames.bundled().contains(name.substring(0, name.indexOf(' ')))
            && !PersonSpans.PLACE_FIRST_WORDS.contains(TextKeys.key(name.substring(0, name.indexOf(' '))))
            && !PLACE_NOUN_AFTER.matcher(text).region(e.end(), text.length()).lookingAt())
        && words <= 3 && placeOwner(entities, text, e.begin()) && NAME_WORDS.matcher(name).matches() && noPlaceWord(name)
        && nameWords.personLike(name) && !known(name, firms)) {
      return as(e, "PER");  // "beating China's Zheng Qinwen"; a place span with a given name first, "Russia's Elena Bovina"
    }
    if (label.equals("LOC") && (LEGAL_FORMS.contains(TextKeys.key(name.substring(name.lastIndexOf(' ') + 1)))
        || listedFirmFirst(name))) {
      return as(e, "ORG");  // "the fund manager Anima Holding"; "Anglo American Platinum", a listed firm's unit
    }
    if (comma && words >= 2 && words <= 3 && (PersonSpans.PERSON_APPOSITION.matcher(text).region(e.end(), text.length()).lookingAt()
            || label.equals("MISC") && PersonSpans.roleAfter(text, e.end()))
        && NAME_WORDS.matcher(name).matches() && !known(name, firms)) {
      return as(e, "PER");  // "Elvino Dias, a lawyer for Mondlane," tagged MISC
    }
    if (label.equals("MISC") && text.startsWith("of ", e.begin() - 3) && !nameWords.peopleWords(name)
        && FIRM_ROLE_OF_BEFORE.matcher(text).region(Math.max(0, e.begin() - 40), e.begin()).find()) {
      return as(e, "ORG");
    }
    if (label.equals("LOC") && afterThe(text, e.begin()) && teamNickname(name) && sportsText(text)) {
      return as(e, "ORG");
    }
    if (label.equals("ORG") && words >= 2 && words <= 3 && (comma || text.startsWith(" and ", e.end())
            || text.startsWith(", ", e.begin() - 2) || text.startsWith(" and ", e.begin() - 5))
        && !FirmNames.lastWordCorporate(name) && nameWords.personLike(name) && !known(name, firms)
        && listedWithPeople(e, entities, firms, text)) {
      return as(e, "PER");
    }
    return e;
  }

  /** A Spanish article and a plural: a gang's or a band's name ("Los Choneros"), unless a place's. */
  private static final Pattern GANG = Pattern.compile("(?:Los|Las) (?!Angeles|Vegas|Alamos|Palmas|Cruces)\\p{Lu}\\p{Ll}+s");
  /** An envoy's or official's post and its place, then a comma, before a name in apposition. */
  private static final Pattern ROLE_TO_PLACE_BEFORE = Pattern.compile("\\b(?:ambassador|envoy|minister|secretary"
      + "|commissioner|governor|mayor|consul|spokes(?:man|woman|person)) (?:to|of|for|in) (?:the )?\\p{Lu}[\\p{L}-]+"
      + "(?: \\p{Lu}[\\p{L}-]+)?, $");
  /** An age in apposition after a one-word name: only a person's ("JJ, a 24-year-old countertenor"). */
  private static final Pattern AGED_AFTER = Pattern.compile(", " + PersonSpans.AGED);
  /** A team's nickname right after a place's name: one capitalised word no span holds ("Oklahoma City Thunder"). */
  private static final Pattern NICKNAME_AFTER = Pattern.compile(" (\\p{Lu}\\p{Ll}+)(?![\\p{L}-])");

  /** The place's span grown over the team's nickname after it, or null when none follows. */
  private NamedEntity teamAfterPlace(NamedEntity e, List<NamedEntity> entities, String text) {
    Matcher nickname = NICKNAME_AFTER.matcher(text).region(e.end(), text.length());
    if (!nickname.lookingAt() || entities.stream().anyMatch(o -> o.begin() < nickname.end() && nickname.start(1) < o.end())
        || !teamNickname(e.text() + " " + nickname.group(1)) && !text.contains("the " + nickname.group(1) + "'s")
            && !text.contains("the " + nickname.group(1) + " ")) {
      return null;
    }
    return new NamedEntity(e.begin(), nickname.end(), "ORG", text.substring(e.begin(), nickname.end()));
  }

  /** A place's or site's noun after its name ("Thailand's Don Muang airport"). */
  private static final Pattern PLACE_NOUN_AFTER = Pattern.compile(" (?:[Cc]ounty|airport|airbase|air base|station|port|harbou?r"
      + "|district|province|region|valley|plant|refinery|field|oilfield|mine|dam|bridge|stadium|hospital|prison|camp)\\b");
  /** A firm's legal form or holding's word, which ends no place's name ("Anima Holding"; a "South Bank" is a place). */
  private static final Set<String> LEGAL_FORMS = Set.of("holding", "holdings", "group", "corp", "corporation", "inc",
      "ltd", "plc", "llc", "ag", "sa", "spa", "nv", "gmbh");

  /** Whether no word of a name is a place's or a nationality's. */
  private boolean noPlaceWord(String name) {
    for (String word : name.split(" ")) {
      String key = TextKeys.key(word);
      if (nameWords.place(key) || nameWords.nationality(key)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a place span and its possessive stand right before an offset ("China's"). */
  private static boolean placeOwner(List<NamedEntity> entities, String text, int begin) {
    return entities.stream().anyMatch(o -> o.label().equals("LOC") && PersonSpans.possessiveBetween(text, o.end(), begin));
  }

  /** Whether "the" or, at a sentence's start, "The" stands right before an offset. */
  private static boolean afterThe(String text, int begin) {
    return text.startsWith("the ", begin - 4) || text.startsWith("The ", begin - 4);
  }

  /** Whether a name is the article's firm's or a bundled list's. */
  private static boolean known(String name, Set<String> firms) {
    return firms.contains(TextKeys.key(name)) || OrgNames.listed(name, false) || OrgNames.company(name);
  }

  /** Capitalised words only, no digits ("Mikey Madison", not "Group D" or "Windows 11"). */
  private static final Pattern NAME_WORDS = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]+(?: \\p{Lu}[\\p{L}'\u2019.-]+)*");

  /** A natural feature's word at the head of a place's name ("River Thames", "Lake Geneva"): no team's town. */
  private static final Set<String> FEATURE_HEADS = Set.of("river", "lake", "loch", "lough", "mount", "mountains",
      "gulf", "bay", "cape", "port", "sea", "strait", "isle", "island", "glen", "point", "forest", "valley");

  /** Whether a place's name ends with a team's plural nickname ("Los Angeles Angels", "New York Giants"). */
  private boolean teamNickname(String name) {
    if (name.indexOf(' ') < 0) {
      return false;  // the span's display name may be one word ("U. S." is "U.S.")
    }
    String last = name.substring(name.lastIndexOf(' ') + 1);
    String key = TextKeys.key(last);
    if (FEATURE_HEADS.contains(TextKeys.key(name.substring(0, name.indexOf(' '))))) {
      return false;
    }
    if (SINGULAR_NICKNAMES.contains(last)) {
      return true;  // "the Chicago Sky", "the Miami Heat"
    }
    return last.length() >= 4 && Character.isUpperCase(last.charAt(0)) && key.endsWith("s") && !key.endsWith("ss")
        && !key.endsWith("us") && !PLACE_PLURALS.contains(key) && !nameWords.place(key)
        && !nameWords.place(key.substring(0, key.length() - 1)) && !nameWords.peopleWord(key)
        && !GivenNames.bundled().contains(last.substring(0, last.length() - 1));  // "St Helens", "Tennessee Williams"
  }

  /** Teams' nicknames in the singular, which no place's name ends with ("the Chicago Sky", "the Utah Jazz"). */
  private static final Set<String> SINGULAR_NICKNAMES = Set.of("Sky", "Fever", "Heat", "Magic", "Jazz", "Thunder",
      "Wild", "Storm", "Lightning", "Avalanche", "Dream", "Mercury", "Liberty", "Lynx", "Fire", "Galaxy", "Crew",
      "Dynamo", "Kraken", "Valkyries");

  /** Words of a report on a game of any sport. */
  private static final String[] GAME_WORDS = {" season", " inning", " playoff", " play-off", " coach", " league",
      " championship", " quarterback", " pitcher", " touchdown", " scored", " beat ", " defeated", " title"};

  /** Whether two words of {@link #GAME_WORDS} are in the text: a sports report, where "the Los Angeles Angels" is a team. */
  private static boolean sportsText(String text) {
    int words = 0;
    for (String word : GAME_WORDS) {
      words += text.contains(word) ? 1 : 0;
    }
    return words >= 2;
  }

  /** The separators of a list of names (", ", " and ", ", and "). */
  private static final Pattern LIST_GAP = Pattern.compile(",? and |, ");

  /**
   * Whether a span stands in a list with at least two people's spans and no other kind ("A, B and C"),
   * none of them a firm's name ("Kidder Peabody, Merrill Lynch and Smith Barney").
   */
  private static boolean listedWithPeople(NamedEntity e, List<NamedEntity> entities, Set<String> firms, String text) {
    int before = peopleListed(e, entities, firms, text, true);
    int after = before < 0 ? -1 : peopleListed(e, entities, firms, text, false);
    return after >= 0 && before + after >= 2;
  }

  /** How many people's spans the list runs through on one side of a span (up to 10), or -1 at another kind. */
  private static int peopleListed(NamedEntity e, List<NamedEntity> entities, Set<String> firms, String text,
      boolean before) {
    int people = 0;
    for (int cursor = before ? e.begin() : e.end(); people < 10; people++) {
      NamedEntity next = neighbour(entities, text, cursor, before);
      if (next == null) {
        break;
      }
      if (!person(next, firms)) {
        return -1;
      }
      cursor = before ? next.begin() : next.end();
    }
    return people;
  }

  /** A person's span that names no firm of the article or the bundled lists. */
  private static boolean person(NamedEntity e, Set<String> firms) {
    String name = EntityMerger.displayName(e.text());
    return e.label().equals("PER") && !firms.contains(TextKeys.key(name)) && !OrgNames.company(name);
  }

  /** The span a list's separator joins to the offset, before or after it, or null. */
  private static NamedEntity neighbour(List<NamedEntity> entities, String text, int at, boolean before) {
    for (NamedEntity o : entities) {
      int from = before ? o.end() : at;
      int to = before ? at : o.begin();
      if (from < to && to - from <= 6 && LIST_GAP.matcher(text).region(from, to).matches()) {
        return o;
      }
    }
    return null;
  }

  /** The last word of a structure's name, which no surname is ("Francis Scott Key Bridge", "John Wayne Airport"). */
  private static final Pattern FACILITY_END = Pattern.compile(" (?:Bridge|Airport|Stadium|Arena|Tunnel|Dam|Memorial"
      + "|Avenue|Boulevard|Station|Expressway|Highway|Freeway)$");

  /** Whether a one-word plural after "the" names a band, in a report that speaks of a band ("The Beatles"). */
  private static boolean bandByItsName(NamedEntity e, String text) {
    String name = e.text();
    return name.length() > 4 && name.endsWith("s") && !name.endsWith("ss") && !name.endsWith("us")
        && afterThe(text, e.begin())
        && (text.contains(" band ") || text.contains(" band's ") || text.contains(" band,") || text.contains(" band."));
  }

  /** A family's noun after its name ("the Glazer family"). */
  private static final Pattern FAMILY_AFTER = Pattern.compile(" (?:family|family's|clan|dynasty)\\b");

  /** Whether a one-word span is a family's name: "the" before it and "family" after ("the Agnelli family"). */
  private static boolean familyName(NamedEntity e, String text) {
    return e.text().indexOf(' ') < 0 && afterThe(text, e.begin())
        && FAMILY_AFTER.matcher(text).region(e.end(), text.length()).lookingAt();
  }

  /** A place's name after a comma and before another comma or a stop ("Pennsylvania,", "New York."). */
  private static final Pattern PLACE_AFTER_COMMA = Pattern.compile(", (\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)[,.;]");
  /** Words before a town's name. */
  private static final Set<String> TOWN_BEFORE = Set.of("in", "at", "near", "outside", "from");

  /** Whether a one-word span after "in" and before a comma and a place is a town ("a rally in Butler, Pennsylvania,"). */
  private boolean townBeforeItsState(NamedEntity e, String text) {
    if (e.text().indexOf(' ') >= 0 || e.end() >= text.length() || text.charAt(e.end()) != ',') {
      return false;
    }
    Matcher place = PLACE_AFTER_COMMA.matcher(text).region(e.end(), text.length());
    return place.lookingAt() && TOWN_BEFORE.contains(wordBefore(text, e.begin()))
        && nameWords.place(TextKeys.key(place.group(1)));
  }
}
