package io.newsstats.linking;

import io.newsstats.kb.TextKeys;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settles what the tagger's PER and ORG spans are for the whole article, before they become
 * mentions: business and wire text name firms like people ("Chrysler", "Goldman, Sachs and Co")
 * and sign their stories ("REUTER"). Pure functions of the spans and the text.
 * <ul>
 *   <li><b>not names</b>: sign-offs, credit lines and fillers ("REUTER", "(AP)", "blah"), and an
 *       organisation made only of corporate words ("Corp", "Co Inc", "Ltd");
 *   <li><b>places are not people</b>: a one-word person that is a capital, a country or a demonym
 *       ("Washington said", "Kenyan") is neither a person nor an organisation;
 *   <li><b>firms</b>: a name the article gives with a corporate form ("Chrysler Corp", "Moody's
 *       Investors Service", "Shearson Lehman Brothers Inc"), a ticker ("{@code <GM>}") or a firm's
 *       shape ("Standard and Poor's", "Goldman, Sachs and Co") is an organisation wherever the
 *       article names it, alone or in part ("Chrysler", "Shearson", "Goldman");
 *   <li><b>a person's name</b> loses a nationality before it ("Briton Tim Henman") and ends at a
 *       possessive ("Robbie Williams' Angels"); after a given name or title, a hyphenated surname is
 *       that person wherever the article repeats it ("Wright-Phillips");
 *   <li><b>titles and groups</b>: a person-like name after "film", "album"... is a work's title, after
 *       a group or firm noun ("band", "firm") an organisation, in the whole article ("the drama Vera Drake").
 * </ul>
 */
public final class NameTypes implements Serializable {
  /** Words of a firm's legal form or trade: after a name, they make it a company. */
  static final Set<String> CORPORATE = Set.of("corp", "corporation", "co", "cos", "company", "companies", "inc",
      "incorporated", "ltd", "limited", "plc", "llc", "lp", "llp", "ag", "sa", "nv", "bv", "gmbh", "spa", "ab", "as",
      "oy", "kk", "bhd", "pty", "holdings", "holding", "group", "bancorp", "industries", "international", "intl",
      "securities", "investors", "partners", "associates", "brothers", "bros", "enterprises", "trust", "bank",
      "financial", "capital", "motors", "airlines", "petroleum", "oil", "chemical", "chemicals", "steel", "mining",
      "resources", "energy", "electric", "systems", "technologies", "pharmaceuticals", "service", "services");
  /** A firm's legal form alone: a span of these and initials is no entity ("Corp", "Co Inc", "P"). */
  private static final Set<String> LEGAL_FORM = Set.of("corp", "corporation", "co", "cos", "company", "inc",
      "incorporated", "ltd", "limited", "plc", "llc", "lp", "ag", "sa", "nv", "bv", "gmbh", "spa", "holdings",
      "group", "bank", "the", "and", "of");
  /** Wire sign-offs and fillers that are not names. */
  private static final Set<String> NOT_NAMES = Set.of("reuter", "blah", "field level media",
      // currencies the tagger takes for names ("Sterling rose")
      "sterling", "dollar", "yen", "mark", "marks", "franc", "francs", "lira", "peseta", "guilder", "ecu", "rand");
  /**
   * News agencies: in a credit ("(AP)", "-- Reuters", a line of its own, a headline) no name; in running
   * text ("told Reuters news agency") an organisation.
   */
  private static final Set<String> AGENCIES = Set.of("reuters", "ap", "afp", "upi", "dpa", "ansa", "xinhua", "kyodo",
      "tass", "efe", "bloomberg news", "associated press");
  /** Credit ratings ("BB-minus", "AA+"): no names. */
  private static final Pattern RATING = Pattern.compile("(?:AAA|AA|BBB|BB|CCC|CC|Aaa|Aa|Baa|Ba|Caa)");
  /** Ordinary English words: what a firm's name joined by "and" may start with, what "U.S. Soybeans" is made of. */
  private static final Set<String> ENGLISH_WORDS = io.newsstats.kb.GivenNames.englishWords();
  /** Words before an organisation span that say it is a person ("investor Asher Edelman"). */
  private static final Set<String> PERSON_ROLES = Set.of("investor", "financier", "chairman", "chairwoman",
      "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "executive", "director", "president", "mr",
      "mrs", "ms", "dr", "actor", "actress", "singer", "rapper", "musician", "comedian", "presenter", "author",
      "novelist", "writer", "journalist", "correspondent", "lawyer", "professor", "envoy", "ambassador", "senator",
      "minister", "secretary", "coach", "boss", "captain", "skipper", "striker", "midfielder", "defender",
      "goalkeeper");
  /** Firms known by a possessive, often named without any corporate word ("Moody's said"). */
  private static final Set<String> POSSESSIVE_FIRMS = Set.of("moody", "moodys", "lloyd", "lloyds", "sotheby",
      "christie", "mcdonald", "macy", "sainsbury", "kellogg");
  /** Up to four capitalised words right before a position, joined by spaces, "and" or "&" ("Shearson Lehman Brothers"). */
  private static final Pattern NAME_BEFORE = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}'\u2019&.-]*(?:\\s(?:and|&))?\\s){1,4})$");
  /** "Standard and Poor's", "Goldman, Sachs and Co", "Smith Barney, Harris Upham": two names joined as a firm. */
  private static final Pattern FIRM_SHAPE = Pattern.compile(
      "(\\p{Lu}\\p{L}+),? (?:and|&) (\\p{Lu}\\p{L}+)(?:'s|\u2019s)\\b"
          + "|(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?), (\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?) (?:and|&) Co\\b");

  private final Set<String> placeKeys;
  private final Set<String> nationalityKeys;

  /** @param placeWords capitals, country names and demonyms: one-word "people" that are places */
  public NameTypes(Set<String> placeWords) {
    this(placeWords, Set.of());
  }

  /**
   * @param placeWords capitals, country names and demonyms: one-word "people" that are places
   * @param demonyms words for a country's people ("Briton", "Kenyan"), which a person's name never begins with
   */
  public NameTypes(Set<String> placeWords, Set<String> demonyms) {
    this.placeKeys = new HashSet<>();
    placeWords.forEach(w -> placeKeys.add(TextKeys.key(w)));
    this.nationalityKeys = new HashSet<>(NATIONALITY_NOUNS);
    demonyms.forEach(w -> nationalityKeys.add(TextKeys.key(w)));
  }

  /** The spans with the article-level rules applied: dropped, retyped as ORG, or kept as they are. */
  public List<NamedEntity> settle(List<NamedEntity> entities, String text) {
    entities = knownOrganisations(FirmSpans.marked(companies(parties(entities), text), text), text);
    if (entities.isEmpty()) {
      return entities;
    }
    entities = givenNamesBefore(hyphenatedSurnames(demonymPairs(knownPairs(speakers(entities, text)), text), text),
        text);
    Map<String, String> worksAndGroups = worksAndGroups(entities, text);
    // Only people can turn out to be firms: an article without person spans needs no firm scan.
    Set<String> firms = entities.stream().anyMatch(e -> e.label().equals("PER")) ? firmNames(text) : Set.of();
    Article article = new Article(FirmSpans.grow(entities, text, ENGLISH_WORDS), text, firms, worksAndGroups);
    List<NamedEntity> out = new ArrayList<>(article.entities().size());
    for (NamedEntity e : article.entities()) {
      if (inCapitals(text, e.begin()) && !tickerAfter(text, e.end())) {
        e = headlineName(e, article.entities(), text);  // "FITZWATER SAYS REAGAN ...": only names the story gives
        if (e == null) {
          continue;
        }
      }
      if (e.label().equals("PER")) {
        e = beforePossessive(withoutNationality(e));  // "Briton Tim Henman"; "Robbie Williams' Angels"
      }
      NamedEntity settled = settled(e, article);
      if (settled != null) {
        out.add(settled);
      }
    }
    return surnamesRepeated(out, article);
  }

  /**
   * "Taylor Swift ... Swift thanked fans": the surname of a full name the article gives is that
   * person where the tagger left it untagged, unless another capitalised word stands right before
   * or after it (another name), it begins a sentence as an English word would ("Swift action"), or
   * the article gives the word as a firm, a title or a place.
   */
  private List<NamedEntity> surnamesRepeated(List<NamedEntity> settled, Article article) {
    String text = article.text();
    Set<String> surnames = new java.util.TreeSet<>();
    for (NamedEntity e : settled) {
      int space = e.text().lastIndexOf(' ');
      String surname = space < 0 ? "" : e.text().substring(space + 1);
      String key = TextKeys.key(surname);
      if (e.label().equals("PER") && surname.length() >= 3 && Character.isUpperCase(surname.charAt(0))
          && !surname.equals(surname.toUpperCase(Locale.ROOT)) && !article.firms().contains(key)
          && !article.worksAndGroups().containsKey(key) && !placeKeys.contains(key) && !CALENDAR.contains(key)) {
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
            || article.entities().stream().anyMatch(e -> e.begin() < end && begin < e.end())
            || out.stream().anyMatch(e -> e.begin() < end && begin < e.end())) {
          continue;
        }
        out.add(new NamedEntity(begin, end, "PER", surname));
      }
    }
    out.sort(java.util.Comparator.comparingInt(NamedEntity::begin));
    return out;
  }

  /** Months and days, which a surname alone is not repeated as ("Theresa May ... in May"). */
  private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday");

  /** A verb in the past or of speech after a name at a sentence's start ("Swift thanked", "Rice said"). */
  private static final Pattern VERB_AFTER = Pattern.compile("(?:'s|\u2019s)? (?:\\p{Ll}+ed|said|says|told|wrote|won)\\b");

  /** Where the text gives a word whole: no letter, digit or hyphen joins it on either side. */
  private static List<Integer> wholeWords(String text, String word) {
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
  private static boolean sentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'(\u2018\u201c".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:;".indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '\n';
  }

  /** What the rules look at besides a span: the article's spans and text, its firms, works and groups. */
  private record Article(List<NamedEntity> entities, String text, Set<String> firms,
      Map<String, String> worksAndGroups) {}

  /** One span as the article settles it: itself, retyped, or null (no name). */
  private NamedEntity settled(NamedEntity e, Article article) {
    String text = article.text();
    String name = EntityMerger.displayName(e.text());
    String key = TextKeys.key(name);
    boolean person = e.label().equals("PER");
    boolean org = e.label().equals("ORG");
    String kind = person || org ? article.worksAndGroups().get(key) : null;
    if (kind != null && (person || kind.equals("WORK"))) {
      // "the film Vera Drake", "the band Franz Ferdinand": a title or a group, in the whole article
      return kind.equals("ORG") ? retyped(e, "ORG") : null;
    }
    if ((person || org) && (NOT_NAMES.contains(key) || onlyLegalForm(key) || WIRE_CODE.matcher(name).matches()
        || (AGENCIES.contains(key) && credit(text, e.begin(), e.end())) || rating(name, text, e.end())
        || termAcronym(name, text, e.begin()) || countryAndWords(name) || inCompound(text, e.begin()))) {
      return null;
    }
    if (org && name.indexOf(' ') < 0 && (peopleWord(key) || ACRONYM_PLURAL.matcher(name).matches()
        || portfolio(key, text, e.end()))) {
      return null;  // "Muslims", "ISPs", "PCs"; "Defence Secretary", "the Treasury spokesman": no organisation
    }
    if ((person || org) && ADHERENTS.matcher(name).matches()) {
      return null;  // "Blairite", "Shiites", "Islamists", "Thatcherism": followers or a creed, no name
    }
    if (org && EVENT.matcher(name).find()) {
      return null;  // "the Australian Open", "World Cup", "Six Nations": an event, no organisation
    }
    if (AGENCIES.contains(key)) {
      return retyped(e, "ORG");
    }
    if (org && name.split(" ").length <= 3 && PERSON_ROLES.contains(wordBefore(text, e.begin()))
        && lastWordCorporate(name) == false && !article.firms().contains(key)) {
      return retyped(e, "PER");
    }
    if (org && name.indexOf(' ') > 0 && ROLE_AFTER.matcher(text).region(e.end(), text.length()).lookingAt()
        && !article.firms().contains(key) && !lastWordCorporate(name)) {
      return retyped(e, "PER");  // "Tufan Erginbilgic, the chief executive": a person, named by their role
    }
    if (person && DISEASE_AFTER.matcher(text).region(e.end(), text.length()).lookingAt()) {
      return null;  // "Parkinson's disease", "Down's syndrome": a disease named after a person
    }
    if ((person || org) && INDEX_AFTER.matcher(text).region(e.end(), text.length()).lookingAt()) {
      return null;  // "the Dow Jones industrial average", "the Nikkei index": a market index
    }
    if (person && name.indexOf(' ') < 0 && (placeKeys.contains(key) || groupWord(key))) {
      return null;  // "Washington said", "Kenyan", "Spaniard", "Pakistanis": a place or its people, not a person
    }
    if (person && name.indexOf(' ') < 0 && EntityLinker.PERSON_NAME_COUNTRIES.contains(key)
        && !fullNameEnding(article.entities(), key)) {
      return null;  // "Jordan's key economic priorities": the country, unless the article names a person so
    }
    if (person && (article.firms().contains(key) || acronymInProse(name, text, e.begin())
        || corporateWordAfter(text, e.end()) || tickerAfter(text, e.end())
        || lastWordCorporate(name) || POSSESSIVE_FIRMS.contains(key) || joinedWords(name))) {
      return retyped(e, "ORG");
    }
    return e;
  }

  /** A sporting event's name: it ends with an event's word ("Dubai Open", "Ryder Cup") or is a rugby tournament. */
  private static final Pattern EVENT = Pattern.compile(
      "(?:^|\\s)(?:Opens?|Cup|Championships?|Olympics|Grand Prix|Prix|Marathon|Trophy|Tournament)$"
          + "|^(?:the )?(?:RBS )?(?:Six|Tri)[- ]Nations(?: Championship)?$", Pattern.CASE_INSENSITIVE);

  /** A person's role in apposition after a name (", the chief executive", ", its new chairman"). */
  private static final Pattern ROLE_AFTER = Pattern.compile(", (?:the |its |a |an )?(?:(?:new|former|then|chief|deputy"
      + "|vice|managing|executive|finance|general) )*(?:executive|chairman|chairwoman|president|founder|co-founder"
      + "|director|spokesman|spokeswoman|boss|minister|secretary|ambassador|envoy|coach|manager)\\b");

  /** A disease or syndrome after a name ("Parkinson's disease"), with the possessive inside the span or not. */
  private static final Pattern DISEASE_AFTER = Pattern.compile(
      "\\s*(?:(?:'s|\u2019s)\\s+)?(?:disease|syndrome|lymphoma)\\b", Pattern.CASE_INSENSITIVE);

  /** One word for the followers of a person or creed, or the creed ("Blairite", "Shiites", "Marxists"). */
  private static final Pattern ADHERENTS = Pattern.compile("\\p{Lu}\\p{L}{2,}(?<![qk]v)(?:ites?|ists|ism)");

  /** A market index's word after its name ("Dow Jones industrial average", "Hang Seng index"). */
  private static final Pattern INDEX_AFTER = Pattern.compile(
      "\\s+(?:(?:benchmark|share|stock|composite|industrial|blue-chip)\\s+)*(?:index|indices|average)\\b",
      Pattern.CASE_INSENSITIVE);

  /** An acronym in the plural: a kind of thing ("PCs", "ISPs", "MPs"), no organisation. */
  private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,}s");
  /** A government portfolio, which before "Secretary", "Minister" or "spokesman" names an office, not a body. */
  private static final Set<String> PORTFOLIOS = Set.of("defence", "defense", "foreign", "home", "treasury", "health",
      "education", "trade", "culture", "transport", "environment", "interior", "justice", "finance", "energy",
      "agriculture", "industry", "business", "economy", "employment", "pensions", "housing", "communities");
  private static final Pattern OFFICE_AFTER = Pattern.compile("\\s+(?i:secretary|minister|spokes(?:man|woman|person))\\b");

  private static boolean portfolio(String key, String text, int end) {
    return PORTFOLIOS.contains(key) && OFFICE_AFTER.matcher(text).region(end, text.length()).lookingAt();
  }

  private static NamedEntity retyped(NamedEntity e, String label) {
    return new NamedEntity(e.begin(), e.end(), label, e.text());
  }

  private static final Pattern JOINED_WORDS = Pattern.compile("(\\p{Lu}\\p{Ll}{3,})\\p{Lu}\\p{Ll}+\\p{L}*");
  /** Prefixes of four letters or more that join a family name ("FitzGerald", "DellaValle", "VanderMeer"). */
  private static final Set<String> NAME_PREFIXES = Set.of("fitz", "della", "vander");

  /**
   * One word made of two capitalised words ("DaimlerChrysler", "ExxonMobil", "PepsiCo") is a firm's
   * name: people's names join words so only after short prefixes ("McCain", "DeSantis", "LaToya",
   * "DiCaprio", "FitzGerald").
   */
  static boolean joinedWords(String name) {
    Matcher m = JOINED_WORDS.matcher(name);
    return m.matches() && !NAME_PREFIXES.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * International organisations of the bundled list the text names ("Opec", "G20", "IMF") are
   * organisations, whatever the tagger made of them (a "person" Opec included); an organisation span
   * holding one ("UN Security Council") or a longer person span around one stays.
   */
  private static List<NamedEntity> knownOrganisations(List<NamedEntity> entities, String text) {
    List<int[]> known = OrgNames.known(text);
    if (known.isEmpty()) {
      return entities;
    }
    List<NamedEntity> out = new ArrayList<>(entities.size() + known.size());
    for (NamedEntity e : entities) {
      // replaced: any span that overlaps a known name, except an organisation holding it or a person
      // whose span is longer than it ("UN Security Council", "UN envoy Smith")
      boolean replaced = known.stream().anyMatch(k -> k[0] < e.end() && e.begin() < k[1]
          && !(e.begin() <= k[0] && k[1] <= e.end() && (e.label().equals("ORG")
              || e.label().equals("PER") && e.end() - e.begin() > k[1] - k[0])));
      if (!replaced) {
        out.add(e);
      }
    }
    for (int[] k : known) {
      boolean inside = out.stream().anyMatch(e -> e.begin() <= k[0] && k[1] <= e.end());
      if (!inside) {
        out.add(new NamedEntity(k[0], k[1], "ORG", text.substring(k[0], k[1])));
      }
    }
    out.sort(java.util.Comparator.comparingInt(NamedEntity::begin));
    return out;
  }

  /** Nouns right before a title that looks like a person's name ("the drama Vera Drake"). */
  private static final Set<String> WORK_NOUNS = Set.of("film", "movie", "drama", "comedy", "thriller",
      "documentary", "musical", "album", "song", "single", "novel", "sitcom", "opera", "ballet");
  /** Words before a storm's name ("Storm Ciaran", "Hurricane Maria"), which is no person's. */
  private static final Set<String> STORMS = Set.of("storm", "hurricane", "typhoon", "cyclone");
  /**
   * Nouns right before a group's or firm's name that looks like a person's ("the band Franz Ferdinand",
   * "drugs group Eli Lilly", "accountancy firm Grant Thornton", "US mortgage giant Fannie Mae").
   * Not "maker" ("film-maker Spike Lee"), "publisher" or "rival", which people are too.
   */
  private static final Set<String> GROUP_NOUNS = Set.of("band", "group", "firm", "company", "giant", "unit",
      "bank", "broker", "insurer", "lender", "retailer", "airline", "carmaker", "automaker", "chipmaker",
      "supermarket", "conglomerate", "subsidiary", "studio", "distributor", "agency");
  /** Verbs after "the company Bill Gates ..." that make the name its founder or owner, not the firm. */
  private static final Pattern FOUNDER_VERB = Pattern.compile(
      "\\s+(?:founded|co-founded|started|created|set|built|bought|runs|ran|owns|owned|leads|led|heads|headed|chairs|"
          + "chaired|joined|left|launched|formed|took|sold)\\b");

  /**
   * The person-like names the article gives as a work's title (kind "WORK") or a group's name (kind
   * "ORG") right after such a noun, by key; settled for the whole article. Not after a title or
   * before a founder's verb ("the group Mr Smith founded", "the company Bill Gates founded").
   */
  private static Map<String, String> worksAndGroups(List<NamedEntity> entities, String text) {
    Map<String, String> kinds = new HashMap<>();
    stormNames(text, kinds);
    List<int[]> lists = worksListed(text);
    for (NamedEntity e : entities) {
      if (!lists.isEmpty() && (e.label().equals("PER") || e.label().equals("ORG"))
          && lists.stream().anyMatch(l -> l[0] <= e.begin() && e.begin() < l[1])) {
        kinds.putIfAbsent(TextKeys.key(EntityMerger.displayName(e.text())), "WORK");
        continue;
      }
      if (!e.label().equals("PER")) {
        continue;
      }
      String before = previousWord(text, e.begin());  // as written: "Virgin Group" before a name is no cue
      int space = e.text().indexOf(' ');
      if (space > 0 && STORMS.contains(e.text().substring(0, space).toLowerCase(Locale.ROOT))) {
        // "Hurricane Maria" tagged whole: the storm, and "Maria" alone in the article is the storm too
        kinds.putIfAbsent(TextKeys.key(EntityMerger.displayName(e.text())), "WORK");
        kinds.putIfAbsent(TextKeys.key(EntityMerger.displayName(e.text().substring(space + 1))), "WORK");
        continue;
      }
      String kind = WORK_NOUNS.contains(before) || STORMS.contains(before.toLowerCase(Locale.ROOT)) ? "WORK"
          : GROUP_NOUNS.contains(before) && !FOUNDER_VERB.matcher(text).region(e.end(), text.length()).lookingAt()
          ? "ORG" : null;
      // The title test last: most person spans follow no such noun
      if (kind != null && EntityMerger.personName(e.text())[0] == 0) {
        kinds.putIfAbsent(TextKeys.key(EntityMerger.displayName(e.text())), kind);
      }
    }
    return kinds;
  }

  private static final String[] STORM_WORDS = {"Storm ", "Hurricane ", "Typhoon ", "Cyclone "};
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+\\b");

  /** "Hurricane Helene ... Helene had caused": a storm's name, tagged there or not, is no person in the article. */
  private static void stormNames(String text, Map<String, String> kinds) {
    for (String storm : STORM_WORDS) {
      for (int at = text.indexOf(storm); at >= 0; at = text.indexOf(storm, at + 1)) {
        Matcher name = NAME_WORD.matcher(text).region(at + storm.length(), text.length());
        if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && name.lookingAt()) {
          kinds.putIfAbsent(TextKeys.key(name.group()), "WORK");
        }
      }
    }
  }

  /** Works in the plural, which "including", "such as" or "like" after them list ("films, including"). */
  private static final Set<String> WORKS = Set.of("films", "movies", "dramas", "comedies", "documentaries",
      "musicals", "albums", "songs", "singles", "novels", "books", "plays", "sitcoms", "shows", "series",
      "programmes", "games", "titles", "classics", "hits");
  private static final String[] LISTING = {" including ", " such as ", " like "};
  /** One title: capitalised words, with small words and a colon between them ("Robin Hood: Prince of Thieves"). */
  private static final Pattern TITLE = Pattern.compile("[\"'\u2018\u201c]?[\\p{Lu}\\d][\\p{L}\\d'\u2019&-]*"
      + "(?::? (?:(?:of|the|a|an|in|on|to|for|at|from|with|is|are) )*[\\p{Lu}\\d][\\p{L}\\d'\u2019&-]*)*"
      + "[\"'\u2019\u201d]?");
  private static final Pattern LIST_SEPARATOR = Pattern.compile(
      ",? (?:and|or)(?: (?:more |most )?recently| later| also| then)?,? |, ");
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?\\b|s['\u2019]$");

  /**
   * The stretches of text that list works after their plural noun ("films, including Heathers,
   * Robin Hood: Prince of Thieves and Churchill: The Hollywood Years"): titles joined by commas,
   * "and" or "or", up to the first that no separator follows. Every name beginning in one is a title.
   */
  private static List<int[]> worksListed(String text) {
    List<int[]> lists = new ArrayList<>();
    for (String listing : LISTING) {
      for (int at = text.indexOf(listing); at >= 0; at = text.indexOf(listing, at + 1)) {
        int noun = at > 0 && text.charAt(at - 1) == ',' ? at - 1 : at;
        if (WORKS.contains(previousWord(text, noun))) {
          addList(text, at + listing.length(), lists);
        }
      }
    }
    return lists;
  }

  /** The list of titles that begins at {@code start}, if one does. */
  private static void addList(String text, int start, List<int[]> lists) {
    int end = start;
    Matcher title = TITLE.matcher(text).region(end, text.length());
    // a possessive is an owner's name, not a title's ("shows such as Channel 4's gameshow ...")
    while (title.lookingAt() && !POSSESSIVE.matcher(title.group()).find()) {
      end = title.end();
      Matcher separator = LIST_SEPARATOR.matcher(text).region(end, text.length());
      if (!separator.lookingAt()) {
        break;
      }
      title.region(separator.end(), text.length());
    }
    if (end > start) {
      lists.add(new int[] {start, end});
    }
  }

  private static final Pattern AND = Pattern.compile(" (?:and|&) ");

  /**
   * "Conservatives and Labour", "Nato and the EU": an organisation span joining two names of the
   * bundled lists (organisations, parties) is those two organisations.
   */
  private static List<NamedEntity> knownPairs(List<NamedEntity> entities) {
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (NamedEntity e : entities) {
      Matcher and = e.label().equals("ORG") ? AND.matcher(e.text()) : null;
      if (and != null && and.find()) {
        String left = e.text().substring(0, and.start());
        String right = e.text().substring(and.end());
        if (!OrgNames.canonical(left).equals(left) && !OrgNames.canonical(right).equals(right) && !and.find()) {
          out.add(new NamedEntity(e.begin(), e.begin() + left.length(), "ORG", left));
          out.add(new NamedEntity(e.end() - right.length(), e.end(), "ORG", right));
          continue;
        }
      }
      out.add(e);
    }
    return out;
  }

  /** "British and ", "Scottish & ": a nationality and "and" right before a name. */
  private static final Pattern NATIONALITY_AND_BEFORE = Pattern.compile("(\\p{Lu}\\p{L}+) (?:and|&) $");

  /**
   * "British and Irish Lions", "Scottish and Southern Energy": an organisation the tagger begins at
   * its second nationality gets the first one back, so the whole name is the organisation (and the
   * nationalities inside it are no country mentions).
   */
  private List<NamedEntity> demonymPairs(List<NamedEntity> entities, String text) {
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (NamedEntity e : entities) {
      int space = e.text().indexOf(' ');
      if (e.label().equals("ORG") && space > 0 && nationalityKeys.contains(TextKeys.key(e.text().substring(0, space)))) {
        Matcher before = NATIONALITY_AND_BEFORE.matcher(text).region(Math.max(0, e.begin() - 40), e.begin());
        if (before.find() && nationalityKeys.contains(TextKeys.key(before.group(1)))) {
          int begin = before.start(1);
          out.removeIf(o -> o.begin() >= begin && o.end() <= e.begin());  // the first nationality's own span
          out.add(new NamedEntity(begin, e.end(), "ORG", text.substring(begin, e.end())));
          continue;
        }
      }
      out.add(e);
    }
    return out;
  }

  /** A hyphenated surname: two capitalised parts ("Wright-Phillips", "Kilroy-Silk") at the end of a name. */
  private static final Pattern HYPHENATED_SURNAME = Pattern.compile("(\\p{L}+)\\.? (\\p{Lu}\\p{Ll}+-\\p{Lu}\\p{Ll}+)$");
  private static final Set<String> GIVEN_NAMES = io.newsstats.kb.GivenNames.bundled();
  private static final Set<String> NAME_TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady");

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
      " (?:said|says|told|wrote|tweeted|posted|added|argued|insisted|warned|announced|replied)\\b");
  private static final Pattern TWO_NAME_WORDS = Pattern.compile("\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+");
  /** First words of places that are no country or capital ("Los Angeles", "Tel Aviv", "Santa Clara"). */
  private static final Set<String> PLACE_FIRST_WORDS = Set.of("los", "las", "tel", "santa", "santo", "saint", "st",
      "fort", "port", "mount", "lake", "le", "la", "de", "del", "el", "al", "bad", "baton", "des");

  /**
   * "Elon Musk said": a two-word "place" the tagger finds right before a verb of speech is a person
   * when neither word is an English word, a place's or a nationality ("Hong Kong said", "New York
   * said", "Tel Aviv said" stay places).
   */
  private List<NamedEntity> speakers(List<NamedEntity> entities, String text) {
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (NamedEntity e : entities) {
      if (e.label().equals("LOC") && TWO_NAME_WORDS.matcher(e.text()).matches()
          && SPEECH_AFTER.matcher(text).region(e.end(), text.length()).lookingAt()) {
        String[] words = e.text().split(" ");
        boolean named = true;
        for (String word : words) {
          String key = TextKeys.key(word);
          named &= !englishWord(word) && !placeKeys.contains(key) && !nationalityKeys.contains(key)
              && !PLACE_FIRST_WORDS.contains(key) && !NameContext.US_STATES.contains(key);
        }
        out.add(named ? retyped(e, "PER") : e);
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /** Words for a party's people or body after its name ("Tory MPs", "Labour backbenchers"). */
  private static final Set<String> PARTY_MEMBERS = Set.of("parliamentary", "backbenchers", "backbencher", "voters",
      "supporters", "activists", "members", "candidates", "councillors", "peers", "lawmakers", "senators",
      "leadership", "grandees", "rebels");

  /**
   * "the Democrats", "Tory": a name of the bundled parties' list that the tagger calls a
   * nationality-like name (MISC) is the party, an organisation; "Tory MPs", "Tory Parliamentary"
   * (hopefuls) are the party too, without the words for its people.
   */
  private static List<NamedEntity> parties(List<NamedEntity> entities) {
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (NamedEntity e : entities) {
      boolean named = e.label().equals("MISC") || e.label().equals("ORG");
      int space = e.text().lastIndexOf(' ');
      String last = space < 0 ? "" : e.text().substring(space + 1);
      if (named && space > 0 && OrgNames.party(e.text().substring(0, space).trim())
          && (ACRONYM_PLURAL.matcher(last).matches() || PARTY_MEMBERS.contains(last.toLowerCase(Locale.ROOT)))) {
        String party = e.text().substring(0, space).trim();
        out.add(new NamedEntity(e.begin(), e.begin() + party.length(), "ORG", party));
      } else {
        out.add(e.label().equals("MISC") && OrgNames.party(e.text()) ? retyped(e, "ORG") : e);
      }
    }
    return out;
  }

  /**
   * "Honda and Nissan agreed to merge", "Rolls-Royce" (MISC), "Aramco" (LOC): a name of the bundled
   * companies' list is the company, unless a person's full name in the article ends with it
   * ("Keisuke Honda ... Honda") or a title or role stands before it ("President Ford").
   */
  private static List<NamedEntity> companies(List<NamedEntity> entities, String text) {
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (NamedEntity e : entities) {
      String name = e.label().equals("ORG") ? null : EntityMerger.displayName(e.text());
      boolean company = name != null && (OrgNames.company(name) || OrgNames.company(e.text().trim()));
      if (company) {  // the article's context only for the few spans that are listed
        String before = wordBefore(text, e.begin());
        company = !NAME_TITLES.contains(before) && !PERSON_ROLES.contains(before)
            && !fullNameEnding(entities, TextKeys.key(name));
      }
      out.add(company ? retyped(e, "ORG") : e);
    }
    return out;
  }

  private static final Pattern CAPITALISED_WORD_BEFORE = Pattern.compile("(\\p{Lu}\\p{Ll}+) $");

  /**
   * "Arsenal striker Bukayo Saka ... Saka": a surname the tagger finds alone, and that the article
   * also gives right after a capitalised word it did not tag, has that word as its given name when
   * the word is no English word, title, place or nationality (the tagger misses given names it has
   * not seen). The full name is then a person span, which the surname alone joins.
   */
  private List<NamedEntity> givenNamesBefore(List<NamedEntity> entities, String text) {
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
        out.add(new NamedEntity(begin, end, "PER", text.substring(begin, end)));
      }
    }
    out.sort(java.util.Comparator.comparingInt(NamedEntity::begin));
    return out;
  }

  private static final Pattern CAPITALISED_AFTER = Pattern.compile(" \\p{Lu}");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "that", "its", "their", "our");

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
        && !placeKeys.contains(key) && !nationalityKeys.contains(key) && !groupWord(key)
        && OrgNames.canonical(word).equals(word);
  }

  /** An English word or an inflection of one ("Troubled", "Robbing", "Quickly"), by its key. */
  private static boolean englishWord(String word) {
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

  /** Whether the word at an offset stands right after a word in capitals ("SAYS Bukayo"): a headline. */
  private static boolean wordInCapitals(String text, int begin) {
    String before = previousWord(text, begin);
    return before.length() > 1 && before.equals(before.toUpperCase(Locale.ROOT));
  }

  /** Nouns for a country's people that are no demonym in the reference data. */
  private static final Set<String> NATIONALITY_NOUNS = Set.of("spaniard", "swede", "englishman", "welshman",
      "scotsman", "irishman", "frenchman", "dutchman", "englishwoman", "welshwoman", "scotswoman", "irishwoman",
      "frenchwoman", "dutchwoman");

  /** A person span without a first word that names the person's nationality, when a capitalised word follows it. */
  private NamedEntity withoutNationality(NamedEntity e) {
    String text = e.text();
    int space = text.indexOf(' ');
    if (space < 0 || !nationalityKeys.contains(TextKeys.key(text.substring(0, space)))) {
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

  /** A person span holding a possessive before another name: the person is the owner ("Robbie Williams' Angels"). */
  private static NamedEntity beforePossessive(NamedEntity e) {
    Matcher possessive = POSSESSIVE_BEFORE_NAME.matcher(e.text());
    return possessive.find() && possessive.start() > 0
        ? new NamedEntity(e.begin(), e.begin() + possessive.start(), e.label(), e.text().substring(0, possessive.start()))
        : e;
  }

  /** Nationality and group nouns the tagger takes for people. */
  private static final Set<String> GROUP_WORDS = Set.of("spaniard", "swede", "dane", "finn", "pole", "turk", "scot",
      "brit", "kiwi", "aussie", "englishman", "welshman", "scotsman", "irishman", "frenchman", "dutchman",
      "maori", "muslim", "christian", "jew", "hindu", "sikh", "arab", "kurd", "pashtun", "sunni", "shia");

  /** A nationality or group noun, or the plural of one or of a demonym ("Italians", "Pakistanis", "Kiwis"). */
  private boolean groupWord(String key) {
    String singular = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    return GROUP_WORDS.contains(key) || GROUP_WORDS.contains(singular) || key.endsWith("s") && placeKeys.contains(singular);
  }

  /**
   * A group noun or a nationality, or the plural of one ("Sikhs", "Kenyans", "Swedes"); unlike
   * {@link #groupWord}, not the plural of any place word ("Saints", a club, is no "Saint Lucia").
   */
  private boolean peopleWord(String key) {
    String singular = key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    return GROUP_WORDS.contains(key) || GROUP_WORDS.contains(singular) || nationalityKeys.contains(singular);
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

  /**
   * A name in a headline in capitals, as the story below names it: a person whose full name ends in it,
   * or an organisation with that word; null when the story does not name it ("BLAHS", "YUGOSLAV").
   */
  private static NamedEntity headlineName(NamedEntity e, List<NamedEntity> entities, String text) {
    String key = TextKeys.key(EntityMerger.displayName(e.text()));
    String label = null;
    for (NamedEntity other : entities) {
      if (other == e || inCapitals(text, other.begin())) {
        continue;
      }
      String otherKey = TextKeys.key(EntityMerger.displayName(other.text()));
      if (otherKey.endsWith(" " + key) && other.label().equals("PER")) {
        label = "PER";  // a person's full name wins over the organisations the tagger saw in that word
        break;
      }
      if (otherKey.equals(key) || otherKey.endsWith(" " + key) || otherKey.startsWith(key + " ")) {
        label = other.label();
      }
    }
    return label == null ? null : new NamedEntity(e.begin(), e.end(), label, e.text());
  }

  /** "(AP)", "-- Reuters", "Reuters" on a line of its own: a credit, not a mention. */
  private static boolean credit(String text, int begin, int end) {
    String before = text.substring(Math.max(0, begin - 3), begin).trim();
    String after = text.substring(end, Math.min(text.length(), end + 2)).trim();
    if (before.endsWith("(") || before.endsWith("-") || before.endsWith("\u2014") || inCapitals(text, begin)) {
      return true;
    }
    int lineStart = text.lastIndexOf('\n', begin) + 1;
    int lineEnd = text.indexOf('\n', end);
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).trim();
    return line.length() <= end - begin + 3 || after.startsWith(")");
  }

  /** "BB-minus", "AA+": a credit rating. */
  private static boolean rating(String name, String text, int end) {
    return RATING.matcher(name).matches() && end < text.length() && "-+0123456789".indexOf(text.charAt(end)) >= 0;
  }

  /** "corporate social responsibility (CSR)": an acronym the text defines from ordinary words. */
  static boolean termAcronym(String name, String text, int begin) {
    if (!OrgNames.isAcronym(name) || begin < 2 || text.charAt(begin - 1) != '(') {
      return false;
    }
    String[] words = text.substring(Math.max(0, begin - 120), begin - 1).trim().split("[\\s-]+");
    int n = name.replaceAll("[^\\p{Lu}]", "").length();
    if (words.length < n) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (int i = words.length - n; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
        return false;
      }
      initials.append(Character.toUpperCase(w.charAt(0)));
    }
    return initials.toString().equals(name.replaceAll("[^\\p{Lu}]", ""));
  }

  /**
   * "U.S. Soybeans", "U.S. Trade": the country and ordinary words the wire capitalises; "the Indian
   * Government": the country itself. No organisation.
   */
  private boolean countryAndWords(String name) {
    String[] words = name.split(" ");
    if (words.length == 2 && placeKeys.contains(TextKeys.key(words[0]))
        && (words[1].equalsIgnoreCase("government") || words[1].equalsIgnoreCase("administration"))) {
      return true;
    }
    if (words.length < 2 || !(words[0].equals("U.S.") || words[0].equals("US"))
        || FirmSpans.HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return false;  // "US Securities and Exchange Commission" is a body
    }
    for (int i = 1; i < words.length; i++) {
      String key = TextKeys.key(words[i]);
      if (!ENGLISH_WORDS.contains(key) && !(key.endsWith("s") && ENGLISH_WORDS.contains(key.substring(0, key.length() - 1)))) {
        return false;
      }
    }
    return true;
  }

  /** "cross-[Channel]": a capitalised word inside a lower-case compound. */
  private static boolean inCompound(String text, int begin) {
    return begin >= 2 && text.charAt(begin - 1) == '-' && Character.isLowerCase(text.charAt(begin - 2));
  }

  /** The word right before an offset, lower case, or "". */
  private static String wordBefore(String text, int begin) {
    return previousWord(text, begin).toLowerCase(Locale.ROOT);
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

  /**
   * "GATT said on Monday": a word in capitals on a line of running text is an acronym, an
   * organisation's; in a headline in capitals ("REAGAN SAYS") it says nothing.
   */
  static boolean acronymInProse(String name, String text, int begin) {
    if (name.length() < 2 || name.length() > 6 || !name.chars().allMatch(Character::isUpperCase)) {
      return false;
    }
    int start = text.lastIndexOf('\n', begin) + 1;
    int end = text.indexOf('\n', begin);
    String line = text.substring(start, end < 0 ? text.length() : end);
    return line.chars().anyMatch(Character::isLowerCase);
  }

  /** Whether some person span of the article is a full name ending in this word ("Michael Jordan"). */
  private static boolean fullNameEnding(List<NamedEntity> entities, String key) {
    for (NamedEntity e : entities) {
      String name = EntityMerger.displayName(e.text());
      int space = name.lastIndexOf(' ');
      if (e.label().equals("PER") && space > 0 && TextKeys.key(name.substring(space + 1)).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** The keys of every name the article gives as a firm, and of each of its words that could stand for it. */
  static Set<String> firmNames(String text) {
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
      if (Character.isUpperCase(c) && end - i >= 2 && CORPORATE.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
        firmBefore(text, i, names);
      }
      i = end;
    }
    // "analysts at Morgan Stanley", "Goldman Sachs economist": a firm by its researchers
    for (String researchers : RESEARCHERS) {
      for (int at = text.indexOf(researchers); at >= 0; at = text.indexOf(researchers, at + 1)) {
        Matcher firm = FIRM_BEFORE_RESEARCHERS.matcher(text).region(Math.max(0, at - 60), at);
        if (firm.find()) {
          addFirm(firm.group(1), names);
        }
        firm = FIRM_AFTER_RESEARCHERS.matcher(text).region(at + researchers.length(), text.length());
        if (firm.lookingAt()) {
          addFirm(firm.group(1), names);
        }
      }
    }
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
  private static final String[] RESEARCHERS = {"nalyst", "conomist", "trategist"};
  /** "Morgan Stanley analyst", "Goldman Sachs's economists": the capitalised words right before the word. */
  private static final Pattern FIRM_BEFORE_RESEARCHERS = Pattern.compile(
      "(?<![\\p{L}&.-])" + CAPITALISED_WORDS + "(?:'s|\u2019s)? (?:a|e|s)$");
  /** "analysts at Morgan Stanley": the capitalised words after the word and "at", "with" or "from". */
  private static final Pattern FIRM_AFTER_RESEARCHERS = Pattern.compile("s? (?:at|with|from) " + CAPITALISED_WORDS);

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

  /** Wire slugs and dates glued to letters ("JUL7", "SEP7"). */
  private static final Pattern WIRE_CODE = Pattern.compile("\\p{L}{2,4}\\d{1,2}");

  /** "Salomon Brothers", "Morgan Stanley Group": a "person" ending in a corporate word is a firm. */
  private static boolean lastWordCorporate(String name) {
    int space = name.lastIndexOf(' ');
    return space > 0 && LEGAL_OR_TRADE.contains(name.substring(space + 1).toLowerCase(Locale.ROOT));
  }

  private static final Set<String> LEGAL_OR_TRADE = Set.of("corp", "co", "inc", "ltd", "plc", "llc", "ag", "sa",
      "nv", "gmbh", "brothers", "bros", "group", "holdings", "securities", "industries", "associates", "partners",
      "bank", "motors", "airlines", "investors");

  private static boolean onlyLegalForm(String key) {
    for (String word : key.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && !LEGAL_FORM.contains(word) && word.length() > 1) {
        return false;
      }
    }
    return true;
  }

  /** "Chrysler Corp", "Moody's Investors": the word after the span is a corporate one (capitalised). */
  private static boolean corporateWordAfter(String text, int end) {
    Matcher m = NEXT_WORD.matcher(text).region(end, Math.min(text.length(), end + 40));
    return m.lookingAt() && CORPORATE.contains(m.group(1).toLowerCase(Locale.ROOT))
        && Character.isUpperCase(m.group(1).charAt(0));
  }

  private static final Pattern NEXT_WORD = Pattern.compile("(?:'s|\u2019s)?,? (\\p{L}+)");
  private static final Pattern NEXT_TICKER = Pattern.compile("(?:'s|\u2019s)?(?:,? \\p{Lu}[\\p{L}.]*){0,3}\\s*<[A-Z][A-Z0-9.]{0,9}>");

  private static boolean tickerAfter(String text, int end) {
    if (text.indexOf('<', end) < 0) {
      return false;
    }
    Matcher m = NEXT_TICKER.matcher(text).region(end, Math.min(text.length(), end + 80));
    return m.lookingAt();
  }
}
