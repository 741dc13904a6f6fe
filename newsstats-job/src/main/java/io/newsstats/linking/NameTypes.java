package io.newsstats.linking;

import static io.newsstats.linking.NameWords.ENGLISH_WORDS;
import static io.newsstats.linking.NameWords.NAME_TITLES;
import static io.newsstats.linking.NameWords.inCapitals;
import static io.newsstats.linking.NameWords.wordBefore;

import io.newsstats.kb.GivenNames;
import io.newsstats.kb.TextKeys;
import java.io.Serializable;
import java.util.ArrayList;
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
 *       article names it, alone or in part ("Chrysler", "Shearson", "Goldman"): {@link FirmNames}
 *       finds them, {@link FirmSpans} joins the spans the tagger cut;
 *   <li><b>a person's name</b> loses a nationality before it ("Briton Tim Henman") and ends at a
 *       possessive ("Robbie Williams' Angels"); given names the tagger missed, a full name's surname
 *       repeated, a hyphenated surname join the person ({@link PersonSpans});
 *   <li><b>titles and groups</b>: a person-like name after "film", "album"... is a work's title, after
 *       a group or firm noun ("band", "firm") an organisation, in the whole article ("the drama Vera
 *       Drake"; {@link WorksAndGroups}).
 * </ul>
 * The word knowledge all of these share (English words, places, nationalities, headlines) is
 * {@link NameWords}. {@link #settle} applies the rules in order.
 */
public final class NameTypes implements Serializable {
  /** A firm's legal form alone: a span of these and initials is no entity ("Corp", "Co Inc", "P"). */
  private static final Set<String> LEGAL_FORM = Set.of("corp", "corporation", "co", "cos", "company", "inc",
      "incorporated", "ltd", "limited", "plc", "llc", "lp", "ag", "sa", "nv", "bv", "gmbh", "spa", "holdings",
      "group", "bank", "the", "and", "of");

  /** Wire sign-offs and fillers that are not names. */
  private static final Set<String> NOT_NAMES = Set.of("reuter", "blah", "field level media",
      "nations",  // "Cup of Nations" cut by the tagger; "United Nations" is whole
      "cbe", "obe", "mbe", "kbe", "dbe",  // honours ("stripped of her CBE")
      // currencies the tagger takes for names ("Sterling rose")
      "sterling", "dollar", "yen", "mark", "marks", "franc", "francs", "lira", "peseta", "guilder", "ecu", "rand",
      // interest rates ("Libor rose")
      "libor", "euribor", "sofr",
      // diseases and viruses named like people ("Covid had taught lessons")
      "covid", "covid 19", "coronavirus", "ebola", "zika", "mpox", "omicron", "sars", "mers", "alzheimer", "alzheimers",
      // generations ("protests led by Gen Z activists")
      "gen z", "gen x", "gen alpha", "generation z", "generation x", "millennials", "baby boomers", "boomers",
      // taxes and benefits named like bodies ("higher National Insurance contributions")
      "national insurance", "universal credit", "social security", "medicare", "medicaid");

  /**
   * News agencies: in a credit ("(AP)", "-- Reuters", a line of its own, a headline) no name; in running
   * text ("told Reuters news agency") an organisation.
   */
  private static final Set<String> AGENCIES = Set.of("reuters", "ap", "afp", "upi", "dpa", "ansa", "xinhua", "kyodo",
      "tass", "efe", "bloomberg news", "associated press");

  /** Credit ratings ("BB-minus", "AA+"): no names. */
  private static final Pattern RATING = Pattern.compile("(?:AAA|AA|BBB|BB|CCC|CC|Aaa|Aa|Baa|Ba|Caa)");

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

  private final NameWords nameWords;
  private final PersonSpans persons;
  private final ContextTypes context;

  /** @param placeWords capitals, country names and demonyms: one-word "people" that are places */
  public NameTypes(Set<String> placeWords) {
    this(placeWords, Set.of());
  }

  /**
   * @param placeWords capitals, country names and demonyms: one-word "people" that are places
   * @param demonyms words for a country's people ("Briton", "Kenyan"), which a person's name never begins with
   */
  public NameTypes(Set<String> placeWords, Set<String> demonyms) {
    this.nameWords = new NameWords(placeWords, demonyms);
    this.persons = new PersonSpans(nameWords);
    this.context = new ContextTypes(nameWords);
  }

  /** The spans with the article-level rules applied: dropped, retyped as ORG, or kept as they are. */
  public List<NamedEntity> settle(List<NamedEntity> entities, String text) {
    entities = companies(parties(clubsByTown(PersonSpans.firmAfterOf(entities), text)), text);
    entities = FirmSpans.spelledOut(FirmSpans.marked(FirmSpans.cutNames(entities, text), text), text);
    entities = FirmSpans.joinedBodies(entities, text, ENGLISH_WORDS);
    OrgNames.Listed listed = OrgNames.listedIn(text);  // both lists in one reading of the text
    entities = unseenCompanies(knownOrganisations(entities, text, listed.known()), text, listed.companies());
    entities = FirmSpans.unseenBodies(entities, text, ENGLISH_WORDS);
    if (entities.isEmpty()) {
      return entities;
    }
    entities = persons.possessivePeople(persons.ownersOfFirms(persons.ownersOfPeople(entities)), text);
    entities = PersonSpans.leadingInitials(persons.placesInApposition(PersonSpans.adjacentJoined(entities, text), text), text);
    entities = persons.fullNamesOfSurnames(entities, text);
    entities = persons.speakers(entities, text);
    entities = namesBesideFirms(demonymPairs(knownPairs(entities), text), text);
    entities = PersonSpans.eastAsianNames(PersonSpans.hyphenatedSurnames(entities, text), text);
    entities = persons.untaggedNames(persons.surnamesAfter(persons.givenNamesBefore(entities, text), text), text);
    Map<String, String> worksAndGroups = WorksAndGroups.of(entities, text);
    // Only people can turn out to be firms: an article without person spans needs no firm scan.
    Set<String> firms = entities.stream().anyMatch(e -> e.label().equals("PER")) ? FirmNames.of(text) : Set.of();
    Article article = new Article(FirmSpans.grow(entities, text, ENGLISH_WORDS), text, firms, worksAndGroups);
    List<NamedEntity> out = new ArrayList<>(article.entities().size());
    for (NamedEntity e : article.entities()) {
      if (NameWords.inCreditLine(text, e.begin())) {
        continue;  // "Reporting by David Milliken; Editing by Toby Chopra": the story's makers, no mentions
      }
      if (inCapitals(text, e.begin()) && !tickerAfter(text, e.end())) {
        e = headlineName(e, article.entities(), text);  // "FITZWATER SAYS REAGAN ...": only names the story gives
        if (e == null) {
          continue;
        }
      }
      e = withoutOpeningNoun(withHeadInLowerCase(withoutPlaceOwner(withoutFirstPerson(e, text)), text), text);
      if (e == null) {
        continue;
      }
      e = withoutRacingSeries(e, text);
      if (e.label().equals("PER")) {
        if (context.noName(e, text)) {
          continue;  // "the Agnelli family's"; "in Butler, Pennsylvania"; "the Francis Scott Key Bridge"
        }
        e = persons.beforePossessive(persons.withoutNationality(e));  // "Briton Tim Henman"; "Robbie Williams' Angels"
      }
      NamedEntity settled = settled(context.retyped(e, article.entities(), text, article.firms()), article);
      if (settled != null) {
        out.add(settled);
      }
    }
    return persons.surnamesRepeated(out, article.entities(), text,
        key -> article.firms().contains(key) || article.worksAndGroups().containsKey(key));
  }

  /** The racing series a team's name may carry before "team" ("the Mercedes Formula One team"). */
  private static final Pattern RACING_SERIES = Pattern.compile(" (?:Formula One|Formula 1|F1)$");

  /** A team's span without its series: "the Mercedes Formula One team" names Mercedes. */
  private static NamedEntity withoutRacingSeries(NamedEntity e, String text) {
    Matcher series = e.label().equals("ORG") && text.startsWith(" team", e.end()) ? RACING_SERIES.matcher(e.text()) : null;
    if (series == null || !series.find() || e.text().length() != e.end() - e.begin()) {
      return e;  // not before "team", no series, or the span's text was respaced
    }
    return new NamedEntity(e.begin(), e.begin() + series.start(), "ORG", e.text().substring(0, series.start()));
  }

  /** A sentence's first word before a firm's name that describes it ("Rival Eli Lilly"): no part of the name. */
  private static final Set<String> DESCRIPTIONS = Set.of("rival", "rivals", "carmaker", "automaker", "chipmaker",
      "drugmaker", "retailer", "lender", "insurer", "regulator", "broadcaster", "miner", "startup", "conglomerate",
      "supermarket", "brewer", "shipper");
  /** Institutions' common nouns that open a sentence alone ("Army chief General ...", "Police said"): no name. */
  private static final Set<String> OPENING_NOUNS = Set.of("army", "navy", "police", "military", "government",
      "cabinet", "ministry");

  /**
   * A span at a sentence's start without the word that describes the firm after it ("Rival Eli Lilly"
   * is Eli Lilly); null for an institution's common noun capitalised only by the sentence ("Army chief").
   */
  private static NamedEntity withoutOpeningNoun(NamedEntity e, String text) {
    if (!(e.label().equals("ORG") || e.label().equals("PER")) || !NameWords.sentenceStart(text, e.begin())) {
      return e;
    }
    int space = e.text().indexOf(' ');
    String first = (space < 0 ? e.text() : e.text().substring(0, space)).toLowerCase(Locale.ROOT);
    if (space < 0) {
      boolean lowerAfter = e.end() + 1 < text.length() && text.charAt(e.end()) == ' '
          && Character.isLowerCase(text.charAt(e.end() + 1));
      return e.label().equals("ORG") && OPENING_NOUNS.contains(first) && lowerAfter ? null : e;
    }
    return DESCRIPTIONS.contains(first)
        ? new NamedEntity(e.begin() + space + 1, e.end(), e.label(), e.text().substring(space + 1)) : e;
  }

  /** "I" and a verb it often goes with, after a name: the speaker's "I", no regnal number. */
  private static final Pattern FIRST_PERSON = Pattern.compile(" (?:am|think|thought|have|had|do|did|don't|can|can't"
      + "|will|would|know|knew|feel|felt|like|love|listen|want|wanted|believe|hope|guess|mean|say|said)\\b");

  /** "I listen to Nirvana and [Korn I] am": the span ends before the speaker's "I" ("Elizabeth I was" stays). */
  private static NamedEntity withoutFirstPerson(NamedEntity e, String text) {
    if (!e.text().endsWith(" I") || !text.startsWith(" I", e.end() - 2)
        || !FIRST_PERSON.matcher(text).region(e.end(), text.length()).lookingAt()) {
      return e;
    }
    return new NamedEntity(e.begin(), e.end() - 2, e.label(), e.text().substring(0, e.text().length() - 2));
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
    String kind = person || org || e.label().equals("LOC") ? article.worksAndGroups().get(key) : null;
    if (kind != null && (person || kind.equals("WORK") || kind.equals("PARTY") && !nameWords.place(key))) {
      // "the film Vera Drake", "the band Franz Ferdinand", "the Morena party": a title or a group, in the whole article
      return kind.equals("WORK") ? null : retyped(e, "ORG");
    }
    if ((person || org) && (NOT_NAMES.contains(key) || onlyLegalForm(key) && name.indexOf('&') < 0 || WIRE_CODE.matcher(name).matches()
        || (AGENCIES.contains(key) && credit(text, e.begin(), e.end())) || rating(name, text, e.end())
        || termAcronym(name, text, e.begin()) || countryAndWords(name) || inCompound(name, text, e.begin()))) {
      return null;
    }
    if (org && name.indexOf(' ') < 0 && (nameWords.peopleWord(key) || ACRONYM_PLURAL.matcher(name).matches()
        || portfolio(key, text, e.end()))) {
      return null;  // "Muslims", "ISPs", "PCs"; "Defence Secretary", "the Treasury spokesman": no organisation
    }
    if ((person || org) && peopleCreedOrBrand(name, key, e, article)) {
      return null;
    }
    if (org && EVENT.matcher(name).find()) {
      return null;  // "the Australian Open", "World Cup", "Six Nations", "Democratic National Convention": an event
    }
    if (AGENCIES.contains(key)) {
      return retyped(e, "ORG");
    }
    if (org && !article.firms().contains(key) && !FirmNames.lastWordCorporate(name) && namedAsPerson(e, name, article)
        || e.label().equals("MISC") && name.indexOf(' ') > 0 && PERSON_ROLES.contains(wordBefore(text, e.begin()))
            && nameWords.personLike(name)) {
      return retyped(e, "PER");  // MISC too: "the adult film actress Stormy Daniels"
    }
    if (person && namedAfterPerson(name, key, e, article)) {
      return null;  // "Parkinson's disease", "Blackwell chips": a disease or a product
    }
    if ((person || org) && (INDEX_AFTER.matcher(text).region(e.end(), text.length()).lookingAt() || index(name))) {
      return null;  // "the Dow Jones industrial average", "the Nikkei index": a market index
    }
    if (person && (name.indexOf(' ') < 0 && placeOrItsPeople(name, key, article)
        || PLACE_OF_BEFORE.matcher(text).region(Math.max(0, e.begin() - 20), e.begin()).find())) {
      return null;  // "the village of Moulay Brahim": a place
    }
    if (person && name.indexOf(' ') < 0 && EntityLinker.PERSON_NAME_COUNTRIES.contains(key)
        && !fullNameEnding(article.entities(), key)) {
      return null;  // "Jordan's key economic priorities": the country, unless the article names a person so
    }
    if (person && (article.firms().contains(key) || acronymInProse(name, text, e.begin())
        || corporateWordAfter(text, e.end()) || tickerAfter(text, e.end())
        || FirmNames.lastWordCorporate(name) || POSSESSIVE_FIRMS.contains(key) || joinedWords(name))) {
      return retyped(e, "ORG");
    }
    return e;
  }

  /**
   * A people ("British Jews", "Irish Catholics"), two nations' adjective before a noun ("the Anglo-Swedish
   * company", "Franco-German talks"; not the miner "Anglo-American, the mining company"), followers or a creed ("Blairite", "Shiites", "Islamists", "Thatcherism") or a
   * brand of drink ("Johnnie Walker whisky and Guinness stout"): no person's or organisation's name.
   */
  private boolean peopleCreedOrBrand(String name, String key, NamedEntity e, Article article) {
    return name.indexOf(' ') > 0 && nameWords.peopleWords(name)
        || NATIONS_JOINED.matcher(name).matches() && NOUN_AFTER.matcher(article.text()).region(e.end(), article.text().length()).lookingAt()
        || ADHERENTS.matcher(name).matches()
        || name.split(" ").length <= 3 && (DRINK_AFTER.matcher(article.text()).region(e.end(), article.text().length()).lookingAt()
            || DRINK_APPOSITION.matcher(article.text()).region(e.end(), article.text().length()).lookingAt())
            && !article.firms().contains(key);
  }

  /**
   * Whether an organisation span, not the article's firm, names a person: after a person's role ("chief
   * executive Jensen Huang"), before one in apposition ("Tufan Erginbilgic, the chief executive";
   * one word only with the body the role belongs to: "Rodri, the Manchester City midfielder"), or
   * beating a person ("Novak Djokovic beat Carlos Alcaraz": clubs beat clubs) when none of its words
   * after a given name is an English word or a place's ("Crystal Palace", "Bayern Munich" are no people).
   */
  private boolean namedAsPerson(NamedEntity e, String name, Article article) {
    String text = article.text();
    boolean oneWord = name.indexOf(' ') < 0;
    if (name.split(" ").length <= 3 && PERSON_ROLES.contains(wordBefore(text, e.begin()))) {
      return true;
    }
    if (!oneWord && FOUNDED_BY.matcher(text).region(Math.max(0, e.begin() - 20), e.begin()).find() && nameWords.personLike(name)) {
      return true;  // "the company founded by Elon Musk" (not "phones produced by Sony Ericsson")
    }
    if (!oneWord && OWNED_BY.matcher(text).region(Math.max(0, e.begin() - 20), e.begin()).find()
        && GivenNames.bundled().contains(name.substring(0, name.indexOf(' '))) && nameWords.personLike(name)) {
      return true;  // "the platform owned by Elon Musk": a given name first (a firm owned by "Alphabet" stays)
    }
    if (oneWord ? PersonSpans.bodyRoleAfter(text, e.end()) && !OrgNames.listed(name, true)
        : PersonSpans.roleAfter(text, e.end())) {
      return true;
    }
    Matcher beat = BEAT_AFTER.matcher(text).region(e.end(), text.length());
    if (oneWord || !beat.lookingAt()
        || article.entities().stream().noneMatch(o -> o.begin() == beat.end() && o.label().equals("PER"))) {
      return false;
    }
    return nameWords.personLike(name);
  }

  /** A kind of place and "of" right before a name ("the village of Moulay Brahim"). */
  private static final Pattern PLACE_OF_BEFORE = Pattern.compile("\\b(?:village|town|city|district|province|county) of $");
  /** A verb whose agent after "by" is a person, never a firm. */
  private static final Pattern FOUNDED_BY = Pattern.compile("\\b(?:founded|co-founded|replaced|succeeded) by $");
  /** A verb whose agent after "by" may be a firm, but is a person when the name begins with a given name. */
  private static final Pattern OWNED_BY = Pattern.compile("\\b(?:owned|run|led|headed|chaired|controlled) by $");
  /** A win over someone right after a name ("Novak Djokovic beat Carlos Alcaraz"). */
  private static final Pattern BEAT_AFTER = Pattern.compile(" (?:beat|defeated|edged|overcame|thrashed|upset) ");

  /** A body's last word in lower case right after a span ("the International Olympic committee"). */
  private static final Pattern HEAD_IN_LOWER_CASE = Pattern.compile(
      " (committee|commission|council|agency|authority|association|federation|organi[sz]ation|fund|bank)\\b");

  /** A place's possessive at the start of a name ("Britain's Competition and Markets Authority"). */
  private static final Pattern PLACE_OWNER = Pattern.compile("(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}\\p{L}*)?)(?:'s|\u2019s) \\p{Lu}");

  /** An organisation span without a place's possessive before the name ("Britain's", "Russia's Gazprom"). */
  private NamedEntity withoutPlaceOwner(NamedEntity e) {
    Matcher owner = e.label().equals("ORG") ? PLACE_OWNER.matcher(e.text()) : null;
    if (owner == null || !owner.lookingAt() || !nameWords.place(TextKeys.key(owner.group(1)))) {
      return e;
    }
    int cut = owner.end() - 1;
    return new NamedEntity(e.begin() + cut, e.end(), "ORG", e.text().substring(cut));
  }

  /**
   * "the International Olympic committee": an organisation span with the body's last word the text gives
   * in lower case after it, when so it is a listed name; else the span as it is.
   */
  private static NamedEntity withHeadInLowerCase(NamedEntity e, String text) {
    if (!e.label().equals("ORG") || e.text().indexOf(' ') < 0) {
      return e;
    }
    Matcher head = HEAD_IN_LOWER_CASE.matcher(text).region(e.end(), text.length());
    if (!head.lookingAt()) {
      return e;
    }
    String word = head.group(1);
    String whole = e.text() + " " + Character.toUpperCase(word.charAt(0)) + word.substring(1);
    return OrgNames.listed(whole, true) ? new NamedEntity(e.begin(), head.end(), "ORG", text.substring(e.begin(), head.end()))
        : e;
  }

  /** A sporting event's name: it ends with an event's word ("Dubai Open", "Ryder Cup") or is a rugby tournament. */
  private static final Pattern EVENT = Pattern.compile(
      "(?:^|\\s)(?:Opens?|Cup|Championships?|Olympics|Grand Prix|Prix|Marathon|Trophy|Tournament|National Convention"
          + "|(?:Champions|Europa|Conference|Nations) League)$"
          + "|^(?:the )?(?:RBS )?(?:Six|Tri)[- ]Nations(?: Championship)?$", Pattern.CASE_INSENSITIVE);

  /**
   * A disease or syndrome after a name ("Parkinson's disease", "Down's syndrome"), or a kind of
   * product after a one-word name that no full name of the article ends with and the article gives
   * as no firm ("Blackwell chips", "Abrams tanks", "Patriot missiles"; not "McDonnell Douglas <MD>
   * ... Douglas jets").
   */
  private static boolean namedAfterPerson(String name, String key, NamedEntity e, Article article) {
    String text = article.text();
    return DISEASE_AFTER.matcher(text).region(e.end(), text.length()).lookingAt()
        || name.indexOf(' ') < 0 && PRODUCT_AFTER.matcher(text).region(e.end(), text.length()).lookingAt()
            && !fullNameEnding(article.entities(), key) && !article.firms().contains(key)
            // "Alfa [Romeo] engines": the end of a firm's name the tagger cut
            && article.entities().stream().noneMatch(o -> o.label().equals("ORG") && o.end() + 1 == e.begin());
  }

  /** A kind of product right after a one-word name ("Blackwell chips", "Abrams tanks"). */
  private static final Pattern PRODUCT_AFTER = Pattern.compile(" (?:chips?|processors?|phones?|smartphones?|handsets?"
      + "|tablets?|laptops?|consoles?|jets?|aircraft|planes?|missiles?|rockets?|tanks?|drones?|vaccines?|cars?"
      + "|trucks?|engines?|software|apps?|browsers?|chatbots?|satellites?|rifles?|submarines?|warships?)\\b");
  /** The kinds of drink a brand names ("whisky", "stout"), as a regex group. */
  private static final String DRINKS = "(?:whisky|whiskey|vodka|gin|rum|beer|lager|stout|ale|cider|wine|champagne"
      + "|brandy|cognac|tequila|liqueur)\\b";
  /** A drink's kind after its brand ("Johnnie Walker whisky", "Guinness stout"). */
  private static final Pattern DRINK_AFTER = Pattern.compile(" " + DRINKS);
  /** A drink's kind in apposition after its brand ("Modelo, a Mexican beer"). */
  private static final Pattern DRINK_APPOSITION = Pattern.compile(", an? (?:\\p{Lu}\\p{Ll}+ )?(?:[\\p{Ll}-]+ )?" + DRINKS);
  /** A lower-case word after a name that is no conjunction or verb: a noun the name describes ("Anglo-Dutch group"). */
  private static final Pattern NOUN_AFTER = Pattern.compile(
      " (?!(?:and|or|but|said|says|has|had|is|was|will|would|to|in|of|on|at)\\b)\\p{Ll}");
  /** Two nations' adjective joined by a hyphen ("Anglo-Swedish", "Franco-German", "Sino-American"). */
  private static final Pattern NATIONS_JOINED = Pattern.compile(
      "(?:Anglo|Franco|Sino|Russo|Indo|Afro|Euro|Austro|Italo|Greco|Hispano|Luso|Turco|Judeo|Irano|Arab)-\\p{Lu}\\p{Ll}+");
  private static final Pattern DISEASE_AFTER = Pattern.compile(
      "\\s*(?:(?:'s|\u2019s)\\s+)?(?:disease|syndrome|lymphoma)\\b", Pattern.CASE_INSENSITIVE);

  /** One word for the followers of a person or creed, or the creed ("Blairite", "Shiites", "Marxists"). */
  private static final Pattern ADHERENTS = Pattern.compile("\\p{Lu}\\p{L}{2,}(?<![qk]v)(?:ites?|ists|ism)");

  /**
   * "Washington said", "Kenyan", "Slovenian", "Spaniard", "Pakistanis", "Asheville": a one-word "person" that is a
   * place or its people; a place's plural or a town's name is a surname where the article gives it
   * so ("Jordan Chiles ... Chiles", "Gary Neville ... Neville"), and a town's a firm's where it gives
   * it so ("Manville Corp ... Manville").
   */
  private boolean placeOrItsPeople(String name, String key, Article article) {
    // "Slovenian": a country in -ia and "n", a demonym the country list may spell otherwise ("Slovene");
    // not "Alan" ("Ala" is Alabama's)
    boolean demonym = key.length() > 5 && key.endsWith("ian") && nameWords.place(key.substring(0, key.length() - 1));
    return nameWords.place(key) || demonym || nameWords.groupWord(key) && nameWords.peopleWord(key)
        || (nameWords.groupWord(key) || TOWN.matcher(name).matches() && !article.firms().contains(key))
        && !fullNameEnding(article.entities(), key);
  }

  /** A town's name by its ending ("Asheville", "Jacksonville", "Brazzaville"), which the tagger takes for a person's. */
  private static final Pattern TOWN = Pattern.compile("\\p{Lu}\\p{Ll}+ville");

  /** A market index named whole ("Dow Jones Industrial Average", "Nasdaq Composite", "Hang Seng Index"). */
  private static boolean index(String name) {
    return name.endsWith(" Average") || name.endsWith(" Composite") || name.endsWith(" Index");
  }

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
   * holding one ("UN Security Council") or a longer person span around one stays, and an acronym the
   * article spells out as another body's ("Farm Credit Administration (FCA)") is left to the article.
   */
  private static List<NamedEntity> knownOrganisations(List<NamedEntity> entities, String text, List<int[]> listed) {
    List<int[]> known = new ArrayList<>(listed);
    known.removeIf(k -> OrgNames.definedOtherwise(text, text.substring(k[0], k[1])));
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

  private static final Pattern AND = Pattern.compile(" (?:and|&) ");
  /** One capitalised word ("Universal" of "Disney and Universal"). */
  private static final Pattern ONE_NAME = Pattern.compile("\\p{Lu}[\\p{L}-]+");
  /** A party's name, "in" and a house ("Democrats in Congress", "Tories in the Commons"). */
  private static final Pattern PARTY_IN = Pattern.compile(
      "(.+) in (?:the )?(Congress|Parliament|Senate|House|Commons|Lords|Assembly|Bundestag|Knesset|Duma)");

  /**
   * "Conservatives and Labour", "Nato and the EU", "Barclays and Lloyds": an organisation span joining
   * two names of the bundled lists (organisations, parties, companies) is those two organisations, and
   * so is one joining a listed name and one other word when the whole is not listed ("Disney and
   * Universal"; not "Marks and Spencer"), and so is one joining two firms' names ("Arkhouse Management and
   * Brigade Capital Management"); "Democrats in Congress" is a party and a house.
   */
  private static List<NamedEntity> knownPairs(List<NamedEntity> entities) {
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (NamedEntity e : entities) {
      Matcher and = e.label().equals("ORG") ? AND.matcher(e.text()) : null;
      if (and != null && and.find()) {
        String left = e.text().substring(0, and.start());
        String right = e.text().substring(and.end());
        boolean leftListed = OrgNames.listed(left, true);
        boolean rightListed = OrgNames.listed(right, true);
        boolean oneListed = leftListed && ONE_NAME.matcher(right).matches() || rightListed && ONE_NAME.matcher(left).matches();
        if ((leftListed && rightListed || oneListed && !OrgNames.listed(e.text(), true) || FirmSpans.twoFirms(left, right))
            && !and.find()) {
          out.add(new NamedEntity(e.begin(), e.begin() + left.length(), "ORG", left));
          out.add(new NamedEntity(e.end() - right.length(), e.end(), "ORG", right));
          continue;
        }
      }
      Matcher in = e.label().equals("ORG") ? PARTY_IN.matcher(e.text()) : null;
      if (in != null && in.matches() && OrgNames.party(in.group(1))) {
        // "Democrats in Congress": the party, and the house it sits in
        out.add(new NamedEntity(e.begin(), e.begin() + in.end(1), "ORG", in.group(1)));
        out.add(new NamedEntity(e.begin() + in.start(2), e.end(), "ORG", in.group(2)));
        continue;
      }
      out.add(e);
    }
    return out;
  }

  /** A name the tagger left out right after an organisation's "and": an acronym or one capitalised word. */
  private static final Pattern NAME_AFTER_AND = Pattern.compile("(?:['\u2019]s)? and (\\p{Lu}{2,5}|\\p{Lu}\\p{Ll}+)(?![\\p{L}'\u2019&-]| \\p{Lu})");
  /** The same right before an organisation's "and", with no capitalised word before it. */
  private static final Pattern NAME_BEFORE_AND = Pattern.compile(
      "(?<![\\p{L}'\u2019&-])(?<!\\p{Lu}\\p{L}{0,20} )(\\p{Lu}{2,5}|\\p{Lu}\\p{Ll}+) and $");

  /** The end of a people's or region's adjective ("G8 and European countries", "Nordic"). */
  private static final Pattern PEOPLES_ADJECTIVE = Pattern.compile("\\p{Ll}(?:an|ese|ish|ic)$");

  /**
   * A name joined by "and" to an organisation of the bundled lists, which the tagger did not see or
   * took for MISC: an acronym or a word that is no English word, given name or place is an organisation
   * too ("such as CNN and TNT", "its Bloomingdale's and Bluemercury shops"; not "Reuters and London").
   */
  private List<NamedEntity> namesBesideFirms(List<NamedEntity> entities, String text) {
    List<NamedEntity> found = new ArrayList<>();
    for (NamedEntity e : entities) {
      if (!e.label().equals("ORG") || inCapitals(text, e.begin()) || !OrgNames.listed(EntityMerger.displayName(e.text()), true)) {
        continue;
      }
      Matcher after = NAME_AFTER_AND.matcher(text).region(e.end(), text.length());
      if (after.lookingAt()) {
        found.add(new NamedEntity(after.start(1), after.end(1), "ORG", after.group(1)));
      }
      Matcher before = NAME_BEFORE_AND.matcher(text).region(Math.max(0, e.begin() - 40), e.begin());
      if (before.find()) {
        found.add(new NamedEntity(before.start(1), before.end(1), "ORG", before.group(1)));
      }
    }
    List<NamedEntity> out = new ArrayList<>(entities);
    for (NamedEntity f : found) {
      String key = TextKeys.key(f.text());
      if (ENGLISH_WORDS.contains(key) || NameWords.GIVEN_NAMES.contains(f.text()) || nameWords.place(key)
          || NAME_TITLES.contains(key) || PEOPLES_ADJECTIVE.matcher(f.text()).find()) {
        continue;
      }
      // the tagger's MISC on the same word gives way ("Bluemercury"); its LOC does not ("Oxford and Harvard")
      out.removeIf(o -> o.begin() == f.begin() && o.end() == f.end() && o.label().equals("MISC"));
      if (out.stream().noneMatch(o -> o.begin() < f.end() && f.begin() < o.end())) {
        out.add(f);
      }
    }
    out.sort(java.util.Comparator.comparingInt(NamedEntity::begin));
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
      if (e.label().equals("ORG") && space > 0 && nameWords.nationality(TextKeys.key(e.text().substring(0, space)))) {
        Matcher before = NATIONALITY_AND_BEFORE.matcher(text).region(Math.max(0, e.begin() - 40), e.begin());
        if (before.find() && nameWords.nationality(TextKeys.key(before.group(1)))) {
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

  /** A party's last word, which names it for its members ("Social Democrats", "Free Democrats", "Greens"). */
  private static final Set<String> PARTY_PLURALS = Set.of("Democrats", "Republicans", "Socialists", "Conservatives",
      "Liberals", "Greens", "Nationalists", "Unionists", "Communists");

  /** Words for a party's people or body after its name ("Tory MPs", "Labour backbenchers"). */
  private static final Set<String> PARTY_MEMBERS = Set.of("parliamentary", "backbenchers", "backbencher", "voters",
      "supporters", "activists", "members", "candidates", "councillors", "peers", "lawmakers", "senators",
      "leadership", "grandees", "rebels", "holyrood", "westminster");

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
        // "the Democrats" (MISC), "Republicans also won" (a one-word person): the party; so is an
        // unlisted "Social Democrats" or "Sweden Democrats" (MISC) named for its members
        boolean partyLike = e.label().equals("MISC") || e.label().equals("PER") && e.text().indexOf(' ') < 0;
        boolean members = e.label().equals("MISC") && space > 0 && e.text().split(" ").length <= 3
            && PARTY_PLURALS.contains(last);
        out.add(partyLike && OrgNames.party(e.text()) || members ? retyped(e, "ORG") : e);
      }
    }
    return out;
  }

  /** Places that are no club's town, and grounds named in one word ("at Anfield"). */
  private static final Set<String> NO_CLUBS = Set.of("europe", "africa", "asia", "america", "americas", "oceania",
      "scandinavia", "britain", "uk", "us", "usa", "welsh", "scottish", "english", "irish", "british", "european",
      "baltic", "adriatic", "atlantic", "pacific", "mediterranean", "earth", "states", "town", "anfield", "highbury", "twickenham", "murrayfield", "wembley",
      "ibrox", "parkhead", "hampden", "goodison", "bernabeu", "riverside", "bridge", "lansdowne", "wimbledon");

  /**
   * "five points behind Chelsea", "a hard-fought win at Portsmouth": in a football or rugby report,
   * a one-word place the tagger finds that is no country, capital, nationality, US state, region,
   * county or ground is the club named by its town, an organisation; not in a line-up ("Barton,
   * Sibierski, McManaman"), in brackets ("(Aus, capt)") or after "in" ("victory in Sydney").
   */
  private List<NamedEntity> clubsByTown(List<NamedEntity> entities, String text) {
    // the spans first: most articles name no town that could be a club, and the report test reads the text
    if (entities.stream().noneMatch(this::clubTown)) {
      return entities;
    }
    boolean report = NameWords.sportsReport(text);
    List<NamedEntity> out = new ArrayList<>(entities.size());
    for (NamedEntity e : entities) {
      boolean club = clubTown(e) && (report
          && !inCapitals(text, e.begin()) && !NameWords.listItem(text, e.begin(), e.end())
          && !(e.begin() > 0 && text.charAt(e.begin() - 1) == '(') && !wordBefore(text, e.begin()).equals("in")
          // "Brentford boss Thomas Frank": the club, in any article
          || WorksAndGroups.clubRoleAfter(text, e.end())
          // "the Napoli forward": a club's player, in any article
          || wordBefore(text, e.begin()).equals("the") && PLAYER_AFTER.matcher(text).region(e.end(), text.length()).lookingAt());
      out.add(club ? retyped(e, "ORG") : e);
    }
    return out;
  }

  /** A player's or a club's staff's role right after a club's name ("the Napoli forward"). */
  private static final Pattern PLAYER_AFTER = Pattern.compile(
      " (?:forward|striker|midfielder|defender|goalkeeper|keeper|winger|full-back|centre-back|manager|coach)\\b");

  /** A one-word place span that can be a club's town: no country, capital, nationality, region or ground. */
  private boolean clubTown(NamedEntity e) {
    if (!e.label().equals("LOC") || e.text().indexOf(' ') >= 0 || e.text().length() < 3) {
      return false;
    }
    String key = TextKeys.key(e.text());
    return !nameWords.place(key) && !nameWords.nationality(key) && !NO_CLUBS.contains(key) && !key.endsWith("shire");
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
      boolean possessive = name != null && (text.startsWith("'s", e.end()) || text.startsWith("\u2019s", e.end()));
      boolean company = name != null && (OrgNames.company(name) || OrgNames.company(e.text().trim())
          || possessive && OrgNames.company(name + "'s"));  // "Lowe's" tagged as "Lowe"
      if (company) {  // the article's context only for the few spans that are listed
        company = companyHere(entities, text, e.begin(), name);
      }
      NamedEntity joined = name == null || company ? null : joinedCompany(e, name, text);
      if (joined != null) {
        out.removeIf(o -> o.begin() < joined.end() && joined.begin() < o.end());  // "[Johnson] & Johnson"
      }
      out.add(company ? retyped(e, "ORG") : joined != null ? joined : e);
    }
    return out;
  }

  /**
   * "Nvidia shares rose", "TikTok said": a listed company that is no other word ({@link
   * OrgNames#companiesNamed}) and that the tagger did not see at all (no span overlaps it) is the
   * company, with the exceptions of {@link #companies}: a title or role before it, or a person's
   * full name in the article ending with it; one the tagger found cut ("Sainsbury" of "Sainsbury's")
   * is made whole. So is a firm named after its analysts ({@link
   * FirmNames#researchedAfter}) that the tagger did not see.
   */
  private List<NamedEntity> unseenCompanies(List<NamedEntity> entities, String text, List<int[]> named) {
    List<int[]> researched = FirmNames.researchedAfter(text);
    // with no listed name found, the spans are as given: the word companies' search reads them once
    List<NamedEntity> words = named.isEmpty() ? wordCompaniesInContext(entities, text) : null;
    if (named.isEmpty() && researched.isEmpty() && words.isEmpty()) {
      return entities;
    }
    List<NamedEntity> out = new ArrayList<>(entities);
    for (int[] c : named) {
      String name = text.substring(c[0], c[1]);
      // unseen, or seen only cut ("Sainsbury" of "Sainsbury's", "AeroSystems" of "Spirit AeroSystems")
      boolean unseenOrCut = out.stream().filter(e -> e.begin() < c[1] && c[0] < e.end())
          .allMatch(e -> c[0] <= e.begin() && e.end() <= c[1] && e.end() - e.begin() < c[1] - c[0]);
      if (unseenOrCut && companyHere(entities, text, c[0], name)) {
        out.removeIf(e -> c[0] <= e.begin() && e.end() <= c[1]);
        out.add(new NamedEntity(c[0], c[1], "ORG", name));
      }
    }
    out.addAll(words != null ? words : wordCompaniesInContext(out, text));
    for (int[] c : researched) {
      // "an analyst at Bernstein": the firm, where the tagger saw nothing or a place that is none
      String name = text.substring(c[0], c[1]);
      if (nameWords.place(TextKeys.key(name.split(" ")[0]))) {
        continue;
      }
      out.removeIf(e -> e.begin() == c[0] && e.end() == c[1] && !e.label().equals("ORG"));
      if (out.stream().noneMatch(e -> e.begin() < c[1] && c[0] < e.end())) {
        out.add(new NamedEntity(c[0], c[1], "ORG", name));
      }
    }
    out.sort(java.util.Comparator.comparingInt(NamedEntity::begin));
    return out;
  }

  /** A capitalised word right before a name, which it may be the end of ("Showa Shell"). */
  private static final Pattern NAME_GOES_ON_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}&-]*\\s$");
  /** What a firm's news says right after its name: its shares, officers or results, or what it said. */
  private static final Pattern FIRM_NEWS_AFTER = Pattern.compile("(?:'s|\u2019s)? (?:shares|chief executive|board"
      + "|profits?|revenue|results|dividend)\\b|(?<!['\u2019]s) (?:said|says|will report|reported)\\b");

  /**
   * "Shell said", "BP will report", "Shell's shares": a listed company of one word that the text search
   * passes over (an English word, or two letters) is the company where the tagger saw nothing and what
   * follows is a firm's news, with {@link #companyHere}'s exceptions.
   */
  private static List<NamedEntity> wordCompaniesInContext(List<NamedEntity> entities, String text) {
    List<NamedEntity> found = new ArrayList<>();
    for (String name : OrgNames.WORD_COMPANIES) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        int end = at + name.length();
        int begin = at;
        boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
            && !NAME_GOES_ON_BEFORE.matcher(text).region(Math.max(0, at - 30), at).find();  // not "Showa Shell said"
        if (word && FIRM_NEWS_AFTER.matcher(text).region(end, text.length()).lookingAt()
            && entities.stream().noneMatch(e -> e.begin() < end && begin < e.end())
            && companyHere(entities, text, at, name)) {
          found.add(new NamedEntity(at, end, "ORG", name));
        }
      }
    }
    return found;
  }

  /**
   * Whether a listed company's name at {@code begin} is the company here: no title or role stands
   * before it ("President Ford") and no person's full name in the article ends with it ("Keisuke Honda").
   */
  private static boolean companyHere(List<NamedEntity> entities, String text, int begin, String name) {
    String before = wordBefore(text, begin);
    return !NAME_TITLES.contains(before) && !PERSON_ROLES.contains(before)
        && !fullNameEnding(entities, TextKeys.key(name));
  }

  /** A capitalised word and "&" or "and" right before a span. */
  private static final Pattern PARTNER_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}.]*) (&|and) $");

  /**
   * "Marks & Spencer" tagged as the person "Spencer": the listed company the words before the span
   * complete it to, as one organisation span, or null.
   */
  private static NamedEntity joinedCompany(NamedEntity e, String name, String text) {
    Matcher partner = PARTNER_BEFORE.matcher(text).region(Math.max(0, e.begin() - 30), e.begin());
    if (!partner.find()) {
      return null;
    }
    String full = partner.group(1) + " " + partner.group(2) + " " + name;
    return OrgNames.company(full)
        ? new NamedEntity(partner.start(1), e.end(), "ORG", text.substring(partner.start(1), e.end())) : null;
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

  /** Last words of a government body's name ("US Agriculture Department", "US House of Representatives"). */
  private static final Set<String> GOVERNMENT_HEADS = Set.of("administration", "department", "reserve",
      "representatives", "senate", "congress", "service", "bureau", "office", "court", "army", "navy", "treasury",
      "embassy", "mint", "command", "police", "survey");
  /** Small words inside a body's name, in lower case ("House of Representatives"). */
  private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "on");

  /**
   * "U.S. Soybeans", "U.S. Trade": the country and ordinary words the wire capitalises; "the Indian
   * Government", "U.S. Administration": the country itself. No organisation.
   */
  private boolean countryAndWords(String name) {
    String[] words = name.split(" ");
    boolean us = words[0].equals("U.S.") || words[0].equals("US");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    if (words.length == 2 && (us || nameWords.place(TextKeys.key(words[0])))
        && (last.equals("government") || last.equals("administration"))) {
      return true;
    }
    if (us && last.endsWith("s") && GOVERNMENT_HEADS.contains(last.substring(0, last.length() - 1))) {
      return true;  // "U.S. Agriculture and Commerce Departments": several bodies, none named
    }
    if (words.length < 2 || !us || FirmSpans.HEADS.contains(last) || GOVERNMENT_HEADS.contains(last)
        || OrgNames.company(name)) {
      return false;  // "US Securities and Exchange Commission", "US Agriculture Department" are bodies; "U.S. Steel" a firm
    }
    for (int i = 1; i < words.length; i++) {
      if (CONNECTORS.contains(words[i])) {
        return false;  // "US Food and Drug Administration", "US House of Representatives": a body's name
      }
      String key = TextKeys.key(words[i]);
      if (!ENGLISH_WORDS.contains(key) && !(key.endsWith("s") && ENGLISH_WORDS.contains(key.substring(0, key.length() - 1)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "cross-[Channel]", "anti-[Jewish]", "ex-[Wallaby]": a capitalised word inside a lower-case compound;
   * but "non-EU", "anti-Nato", "ex-Yukos" name the EU, Nato and Yukos (a listed organisation or an acronym).
   */
  private static boolean inCompound(String name, String text, int begin) {
    return begin >= 2 && text.charAt(begin - 1) == '-' && Character.isLowerCase(text.charAt(begin - 2))
        && !(NameWords.afterNamePrefix(text, begin) && (OrgNames.isAcronym(name) || OrgNames.listed(name, false)));
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

  /** Wire slugs and dates glued to letters ("JUL7", "SEP7"). */
  private static final Pattern WIRE_CODE = Pattern.compile("\\p{L}{2,4}\\d{1,2}");

  private static boolean onlyLegalForm(String key) {
    for (String word : key.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && !LEGAL_FORM.contains(word) && word.length() > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Chrysler Corp", "Moody's Investors", "Salomon Brothers, Inc": the word after the span is a corporate
   * one (capitalised), but not "Brothers of" ("Meloni's Brothers of Italy"); after a comma only a legal
   * form ("Richard Fairbank, Capital One's founder" is no firm).
   */
  private static boolean corporateWordAfter(String text, int end) {
    Matcher m = NEXT_WORD.matcher(text).region(end, Math.min(text.length(), end + 40));
    return m.lookingAt() && FirmNames.corporateWord(text, m.start(1), m.end(1))
        && (m.group().indexOf(',') < 0 || FirmSpans.LEGAL.contains(m.group(1).toLowerCase(Locale.ROOT)));
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
