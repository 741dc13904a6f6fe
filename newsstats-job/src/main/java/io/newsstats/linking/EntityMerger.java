package io.newsstats.linking;

import io.newsstats.kb.EntityType;
import io.newsstats.kb.TextKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Combines the gazetteer's mentions with the people and organisations a NER model found:
 * <ul>
 *   <li><b>names settle gazetteer matches</b>: a country inside a person's name ("Chad" in "Chad
 *       Wolf") or at the head of an organisation's name that is no institution of it ("USA Today",
 *       "Jordan Times"), and a leader's surname inside another person's full name ("Reggie Bush"),
 *       are vetoed, each with its reason;
 *   <li>a person span that covers a linked leader is that leader (no second mention);
 *   <li>other PER spans become PERSON mentions and ORG spans ORG mentions. A person is one id in the
 *       article: titles and possessives are stripped ("President Putin's" is "Putin") and a surname
 *       alone joins the full name given earlier ("Navalny" after "Alexei Navalny").
 * </ul>
 * LOC and MISC spans are not used: countries come from the gazetteer.
 */
public final class EntityMerger {
  /** Reasons a gazetteer match was vetoed by a name around it. */
  public static final String COUNTRY_IN_PERSON = "country_in_person_name";
  public static final String COUNTRY_IN_ORG = "country_in_organisation_name";
  public static final String LEADER_IN_PERSON = "leader_surname_in_other_person";
  public static final String LEADER_IN_NAME = "leader_name_in_place_or_organisation";

  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
      "president", "prime", "minister", "chancellor", "king", "queen", "prince", "princess", "sheikh", "general",
      "gen", "senator", "sen", "governor", "gov", "judge", "justice", "justices", "pope", "cardinal", "rev", "reverend", "prof",
      "professor", "premier", "vice", "secretary", "ambassador", "mayor", "colonel", "col", "captain", "capt",
      "lieutenant", "lt", "sergeant", "sgt", "officer", "chairman", "leader", "foreign", "defence", "defense", "state",
      "attorney", "archbishop", "bishop", "rabbi", "imam", "ayatollah", "sheikha", "emir", "admiral", "adm",
      "marshal", "commander", "cmdr", "rep", "representative", "congressman", "congresswoman", "detective",
      "inspector", "superintendent");

  /**
   * Words that make an organisation an institution of the country it starts with ("Japan's central
   * bank", "Russian Foreign Ministry", "France Football Federation"): the country stays a mention.
   */
  private static final Set<String> INSTITUTION = Set.of("government", "ministry", "bank", "army", "navy", "forces",
      "force", "embassy", "council", "parliament", "assembly", "congress", "senate", "party", "police", "national",
      "central", "federal", "republic", "state", "court", "office", "department", "agency", "authority", "guard",
      "federation", "association", "union", "committee", "commission", "cabinet", "administration", "military",
      "airlines", "airways", "railways", "post", "football", "team", "olympic", "electoral", "security", "intelligence",
      "of", "for",
      // events named after their host ("Athens Olympics", "Zimbabwe Open"): the place is meant
      "olympics", "games", "cup", "open", "championship", "championships", "summit", "prix", "marathon",
      "conference", "festival");

  private EntityMerger() {}

  /** A gazetteer match a name overruled: why, the match, and the name around it. */
  public record Veto(String reason, LinkedMention vetoed, String name) {
    @Override
    public String toString() {
      return vetoed.entityId() + " '" + vetoed.match().surface() + "' in '" + name + "' (" + reason + ")";
    }
  }

  /**
   * The merged mentions, every gazetteer match a name vetoed, and how many of the linker's
   * unresolved surnames a person's name settled as a former leader.
   */
  public record Result(List<LinkedMention> mentions, List<Veto> vetoes, int formerLeaders) {
    public Result(List<LinkedMention> mentions, List<Veto> vetoes) {
      this(mentions, vetoes, 0);
    }
  }

  /**
   * @param sentenceOf maps a character offset to its sentence index
   */
  public static Result merge(List<LinkedMention> linked, List<NamedEntity> entities,
      java.util.function.IntUnaryOperator sentenceOf) {
    return merge(linked, entities, sentenceOf, "");
  }

  /**
   * @param sentenceOf maps a character offset to its sentence index
   * @param text the article's text, for the words around names ("Mr", "(EIA)")
   */
  public static Result merge(List<LinkedMention> linked, List<NamedEntity> entities,
      java.util.function.IntUnaryOperator sentenceOf, String text) {
    return merge(new EntityLinker.Result(linked, 0), entities, sentenceOf, text);
  }

  /**
   * @param linker the linker's mentions and the former leaders its lone surnames would name as people
   * @param sentenceOf maps a character offset to its sentence index
   * @param text the article's text, for the words around names ("Mr", "(EIA)")
   */
  public static Result merge(EntityLinker.Result linker, List<NamedEntity> entities,
      java.util.function.IntUnaryOperator sentenceOf, String text) {
    List<LinkedMention> linked = linker.mentions();
    if (entities.isEmpty()) {
      return new Result(linked, List.of());
    }
    List<Veto> vetoes = new ArrayList<>();
    List<LinkedMention> kept = new ArrayList<>();
    SpanIndex<NamedEntity> names = new SpanIndex<>(entities, NamedEntity::begin, NamedEntity::end);
    for (LinkedMention m : linked) {
      Veto veto = veto(m, names.overlapping(m.match().begin(), m.match().end()));
      if (veto == null) {
        kept.add(m);
      } else {
        vetoes.add(veto);
      }
    }
    List<Name> people = new ArrayList<>();
    List<Name> organizations = new ArrayList<>();
    SpanIndex<LinkedMention> keptSpans = new SpanIndex<>(kept, m -> m.match().begin(), m -> m.match().end());
    for (NamedEntity e : entities) {
      EntityType type = e.label().equals("PER") ? EntityType.PERSON : e.label().equals("ORG") ? EntityType.ORG : null;
      Name name = type == null ? null : name(e, type, keptSpans.overlapping(e.begin(), e.end()), text);
      if (name != null) {
        (type == EntityType.PERSON ? people : organizations).add(name);
      }
    }
    // "Lukman, who is also Nigerian oil minister": a word the article gives as a person's surname is that person
    for (java.util.Iterator<Name> it = organizations.iterator(); it.hasNext(); ) {
      Name org = it.next();
      if (org.shown.indexOf(' ') < 0 && fullName(people, org) != null) {
        people.add(org);
        it.remove();
      }
    }
    List<LinkedMention> merged = new ArrayList<>(kept);
    List<LinkedMention> personal = personMentions(people, organizations, kept, linker.ifPerson(), text, sentenceOf);
    merged.addAll(personal);
    merged.addAll(organizationMentions(organizations, text, sentenceOf));
    merged.sort(Comparator.comparingInt((LinkedMention m) -> m.match().begin()));
    int formerLeaders = (int) personal.stream().filter(m -> m.type() == EntityType.LEADER
        && linker.ifPerson().stream().anyMatch(f -> f.match().begin() == m.match().begin())).count();
    return new Result(merged, vetoes, formerLeaders);
  }

  /**
   * The name a PER or ORG span gives, or null: none for a piece of a country's or leader's name, a
   * person span that is a linked leader, an organisation span that is a country's own match, a bare
   * title. A person's name loses its titles and possessive, and an " of ..." after it unless titled;
   * initials the tagger left out before a one-word name join it.
   *
   * @param inside the kept gazetteer mentions overlapping the span
   */
  private static Name name(NamedEntity e, EntityType type, List<LinkedMention> inside, String text) {
    boolean isLeader = type == EntityType.PERSON && inside.stream().anyMatch(m -> m.type() == EntityType.LEADER);
    // A piece of a country's or leader's name ("Democratic Republic" of "... of the Congo") is no entity of its own.
    if (inside.stream().anyMatch(m -> !e.contains(m.match()))) {
      return null;
    }
    int[] range = type == EntityType.PERSON ? personName(e.text()) : new int[] {0, e.text().length()};
    String surface = e.text().substring(range[0], range[1]);
    int of = surface.indexOf(" of ");
    if (type == EntityType.PERSON && of > 0 && !titleInside(surface.substring(0, of))) {
      surface = surface.substring(0, of);  // "Emmanuel Gaillard of Shearman and Sterling": the person
    }
    String shown = displayName(surface);
    if (shown.isEmpty()) {
      return null;
    }
    // "Sri Lanka banks" tagged as an organisation: the country's own match is the mention
    boolean countryAlone = inside.stream().anyMatch(m -> m.type() == EntityType.COUNTRY
        && m.match().surface().equals(shown));
    if (isLeader || countryAlone || TextKeys.slug(shown).isEmpty() || (type == EntityType.PERSON
        && shown.indexOf(' ') < 0 && TITLES.contains(shown.toLowerCase(Locale.ROOT)))) {
      return null;
    }
    int begin = e.begin() + range[0];
    Matcher initials = type == EntityType.PERSON && begin <= text.length()
        ? INITIALS_BEFORE.matcher(text).region(Math.max(0, begin - 8), begin) : null;
    if (initials != null && shown.indexOf(' ') < 0 && !ordinaryWord(shown) && initials.find()
        && !capitalisedWordBefore(text, initials.start(1))
        && !ACRONYM_AT_STOP.matcher(initials.group(1)).matches()) {  // "told NBC. Kurtz said"
      // "JP [McManus]", "AL [Gooneratne]": the initials the tagger left out
      String name = initials.group(1) + " " + shown;
      String written = text.substring(initials.start(1), begin + surface.length());
      return new Name(initials.start(1), initials.start(1) + name.length(), name, written.trim());
    }
    return new Name(begin, begin + shown.length(), shown, surface.trim());
  }

  /**
   * A person mention for each person name: a full name under its own id; a surname alone under the
   * full name it stands for, else a leader the article links with that surname ("REAGAN SAYS" above
   * "President Ronald Reagan"), else the former leader the linker found it would name as a person's
   * ("Obama" in 2024), else itself when titled or no ordinary word. A one-word name the article also
   * gives an organisation ("Boeing said" beside "Boeing Co") moves to {@code organizations}.
   */
  private static List<LinkedMention> personMentions(List<Name> people, List<Name> organizations,
      List<LinkedMention> linked, List<LinkedMention> ifPerson, String text,
      java.util.function.IntUnaryOperator sentenceOf) {
    List<LinkedMention> mentions = new ArrayList<>();
    people.sort(Comparator.comparingInt(Name::begin));
    for (Name person : people) {
      Name full = person.shown.indexOf(' ') < 0 ? fullName(people, person) : shortFormOf(people, person);
      if (full != null && full != person) {
        full = shortFormOf(people, full);  // "de Meo" after "De Meo", itself short for "Luca de Meo"
      }
      // one word the article gives as no organisation's: a given name or a former leader's surname may stand alone
      boolean loneName = person.shown.indexOf(' ') < 0 && !namedAsOrganization(organizations, person.shown);
      if (full == null && loneName && !ordinaryWord(person.shown)) {
        full = givenNameOf(people, person);  // "Aryna played great" after "Aryna Sabalenka"
      }
      LinkedMention leader = full == null ? leaderNamed(linked, person.shown) : null;
      if (full == null && leader == null && loneName) {
        leader = ifPerson.stream().filter(f -> f.match().begin() == person.begin).findFirst().orElse(null);
      }
      if (full != null) {
        mentions.add(mention(EntityType.PERSON, TextKeys.slug(full.shown), full.shown, person, sentenceOf));
      } else if (leader != null) {
        Match match = new Match(person.begin, person.end, person.surface, sentenceOf.applyAsInt(person.begin));
        mentions.add(new LinkedMention(EntityType.LEADER, leader.entityId(), leader.entityName(), leader.country(),
            match, leader.inOffice(), leader.role()));
      } else if (titled(text, person.begin)) {
        mentions.add(mention(EntityType.PERSON, TextKeys.slug(person.shown), person.shown, person, sentenceOf));
      } else if (namedAsOrganization(organizations, person.shown)) {
        // "Foote, 83 pct owned by Newmont" beside "Foote Mineral Co"
        organizations.add(person);
      } else if (!ordinaryWord(person.shown)) {
        // "Carragher, Finnan" in a line-up, "Eminem": a surname or a single name is still a person;
        // "Bill", "Oscar" are not
        mentions.add(mention(EntityType.PERSON, TextKeys.slug(person.shown), person.shown, person, sentenceOf));
      }
    }
    return mentions;
  }

  /** An organisation mention for each organisation name, under the one id its names resolve to ({@link OrgNames}). */
  private static List<LinkedMention> organizationMentions(List<Name> organizations, String text,
      java.util.function.IntUnaryOperator sentenceOf) {
    organizations.sort(Comparator.comparingInt(Name::begin));
    List<OrgNames.Found> found = organizations.stream()
        .map(o -> new OrgNames.Found(o.begin, o.end,
            OrgNames.definedOtherwise(text, o.shown) ? o.shown : OrgNames.canonical(o.shown))).toList();
    int[] target = OrgNames.resolve(found, text);
    List<LinkedMention> mentions = new ArrayList<>();
    for (int i = 0; i < organizations.size(); i++) {
      String name = found.get(target[i]).name();
      mentions.add(mention(EntityType.ORG, OrgNames.id(name), name, organizations.get(i), sentenceOf));
    }
    return mentions;
  }

  /** A person or organisation name the tagger found: its offsets, its name as shown and as written. */
  private record Name(int begin, int end, String shown, String surface) {}

  private static LinkedMention mention(EntityType type, String id, String name, Name at,
      java.util.function.IntUnaryOperator sentenceOf) {
    Match match = new Match(at.begin, at.end, at.surface, sentenceOf.applyAsInt(at.begin));
    return new LinkedMention(type, id, name, null, match, null, null);
  }

  /**
   * The full name a surname alone stands for: the nearest one before it with that family name, else
   * the first after it ("GLAZER MAKES BID" above "Malcolm Glazer"), or null.
   */
  private static Name fullName(List<Name> people, Name surname) {
    String key = TextKeys.key(surname.shown);
    return nearest(people, surname, p -> p.shown.indexOf(' ') >= 0 && familyName(p.shown).equals(key));
  }

  /**
   * The full name a given name alone stands for: the one full name of the article that begins with it
   * ("Aryna" after "Aryna Sabalenka"), or null when none or two do ("Kim" beside "Kim Jong Un" and
   * "Kim Yo Jong").
   */
  private static Name givenNameOf(List<Name> people, Name given) {
    Set<String> fullNames = new java.util.HashSet<>();
    for (Name p : people) {
      if (p.shown.startsWith(given.shown + " ")) {
        fullNames.add(p.shown);
      }
    }
    return fullNames.size() == 1 ? nearest(people, given, p -> fullNames.contains(p.shown)) : null;
  }

  /** Of the people that {@code fuller} accepts, the last one before {@code name}, else the first after it, or null. */
  private static Name nearest(List<Name> people, Name name, java.util.function.Predicate<Name> fuller) {
    Name before = null;
    Name after = null;
    for (Name p : people) {
      if (!fuller.test(p)) {
        continue;
      }
      if (p.begin < name.begin) {
        before = p;
      } else if (after == null) {
        after = p;
      }
    }
    return before != null ? before : after;
  }

  private static final Set<String> SURNAME_PARTICLES = Set.of("van", "von", "de", "der", "den", "di", "da", "du",
      "del", "della", "le", "la", "dos", "das", "ter", "ten", "al", "el");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");

  /**
   * A two- or three-word name that is a short form of a fuller one in the article ("Van Persie" after "Robin
   * van Persie", "H Webb" after "Howard Webb": a surname with its particles, or an initial and the
   * surname): that fuller name, the nearest before it else the first after it; otherwise the name itself.
   */
  private static Name shortFormOf(List<Name> people, Name name) {
    String[] words = name.shown.split(" ");
    // one or two particles and a surname ("Van Persie", "De La Faverie")
    boolean particle = (words.length == 2 || words.length == 3 && SURNAME_PARTICLES.contains(words[1].toLowerCase(Locale.ROOT)))
        && SURNAME_PARTICLES.contains(words[0].toLowerCase(Locale.ROOT));
    boolean initial = words.length == 2 && INITIAL.matcher(words[0]).matches();
    if (!particle && !initial) {
      return name;
    }
    Name full = nearest(people, name, p -> {
      String[] fuller = p.shown.split(" ");
      return particle ? fuller.length > words.length && endsWith(fuller, words)
          : fuller.length >= 2 && !INITIAL.matcher(fuller[0]).matches() && fuller[fuller.length - 1].equals(words[1])
              && fuller[0].charAt(0) == words[0].charAt(0);
    });
    return full != null ? full : name;
  }

  /** Whether a name's last words are these, the particles in either case ("de La Faverie", "De La Faverie"). */
  private static boolean endsWith(String[] fuller, String[] words) {
    int from = fuller.length - words.length;
    for (int i = 0; i < words.length; i++) {
      boolean last = i == words.length - 1;
      if (last ? !fuller[from + i].equals(words[i]) : !fuller[from + i].equalsIgnoreCase(words[i])) {
        return false;
      }
    }
    return true;
  }

  /** A leader the article links whose last name this is ("Reagan" beside "President Ronald Reagan"), or null. */
  private static LinkedMention leaderNamed(List<LinkedMention> linked, String surname) {
    String key = TextKeys.key(surname);
    for (LinkedMention m : linked) {
      if (m.type() == EntityType.LEADER) {
        String[] words = m.entityName().split(" ");
        if (TextKeys.key(words[words.length - 1]).equals(key)) {
          return m;
        }
      }
    }
    return null;
  }

  /** Words before a name that make a lone surname a person's: "Mr Foote", "spokesman Lowe", "said Dr Smith". */
  private static final Set<String> PERSON_WORDS = Set.of("spokesman", "spokeswoman", "spokesperson", "chairman",
      "chairwoman", "executive", "director", "analyst", "economist", "investor", "official", "lawyer", "editor",
      "commissioner", "representative", "chief", "manager", "founder", "owner", "coach", "striker", "player", "actor", "singer",
      "writer", "author", "professor");

  private static boolean titled(String text, int begin) {
    int end = begin;
    while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
      if (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '.') {
        return false;
      }
      end--;
    }
    int start = end;
    while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    String word = text.substring(start, end).replace(".", "").toLowerCase(Locale.ROOT);
    return TITLES.contains(word) || PERSON_WORDS.contains(word);
  }

  private static boolean namedAsOrganization(List<Name> organizations, String name) {
    String key = TextKeys.key(name);
    for (Name o : organizations) {
      for (String word : TextKeys.key(o.shown).split(" ")) {
        if (word.equals(key)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Mary Queen of Scots": a title inside the name, so "of" belongs to it. */
  private static boolean titleInside(String name) {
    for (String word : name.split(" ")) {
      if (TITLES.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ENGLISH_WORDS = io.newsstats.kb.GivenNames.englishWords();
  private static final Set<String> GIVEN_NAMES = io.newsstats.kb.GivenNames.bundled();

  /** A word running English writes in lower case ("Bill", "Dairy") or a given name ("Alex"): no firm's name. */
  private static boolean ordinaryWord(String word) {
    String key = TextKeys.key(word);
    return ENGLISH_WORDS.contains(key) || GIVEN_NAMES.contains(key) || GIVEN_NAMES.contains(word);
  }

  /**
   * Why a name around the match says it is not the country or leader, or null when none does.
   * @param entities the names that overlap the match (others cannot veto it)
   */
  static Veto veto(LinkedMention m, List<NamedEntity> entities) {
    for (NamedEntity e : entities) {
      // A span that is the match alone ("Armenians" taken for an ORG) is the tagger's word against
      // the gazetteer's and the linker's context rules: they win.
      if (!e.contains(m.match()) || displayName(e.text()).equals(m.match().surface())
          || afterOf(e, m.match())) {
        continue;
      }
      String reason = null;
      if (m.type() == EntityType.COUNTRY && e.label().equals("PER") && !demonymBeforeName(e, m.match())) {
        reason = COUNTRY_IN_PERSON;
      } else if (m.type() == EntityType.COUNTRY && e.label().equals("ORG") && !institutionOf(e, m.match())) {
        reason = COUNTRY_IN_ORG;
      } else if (m.type() == EntityType.LEADER && e.label().equals("PER") && otherPerson(e, m)) {
        reason = LEADER_IN_PERSON;
      } else if (m.type() == EntityType.LEADER && (e.label().equals("ORG") || e.label().equals("LOC"))
          && namedAfter(e, m.match())) {
        reason = LEADER_IN_NAME;
      }
      if (reason != null) {
        return new Veto(reason, m, e.text());
      }
    }
    return null;
  }

  /** The last words of a leader's government or time, which still name the leader ("Blair Government"). */
  private static final Pattern GOVERNMENT_WORDS = Pattern.compile(
      ".* (?:Administration|Government|Cabinet|Campaign|Presidency|Era|Years|Doctrine|Team|Camp|White House)s?\\b.*",
      Pattern.CASE_INSENSITIVE);

  /**
   * "Trump Tower", "Trump Organization", "Obama Foundation": a place or organisation named after the
   * leader, whose name begins it, is no mention of the leader; "the Blair Government", "The Reagan
   * Administration's Economic Policy", "Putin's Russia" and "the Bush-Cheney campaign" still are.
   */
  private static boolean namedAfter(NamedEntity name, Match leader) {
    String shown = displayName(name.text());
    String rest = name.text().substring(leader.end() - name.begin());
    return leader.begin() == name.begin() && leader.end() < name.end() && !GOVERNMENT_WORDS.matcher(shown).matches()
        && !rest.startsWith("'") && !rest.startsWith("\u2019") && !rest.startsWith("-");
  }

  /** "King Abdullah of Jordan", "Sultan of Brunei": a title of the country's, not a name holding it. */
  private static boolean afterOf(NamedEntity name, Match country) {
    String before = name.text().substring(0, Math.max(0, country.begin() - name.begin())).trim();
    return before.endsWith(" of") || before.equals("of");
  }

  /**
   * "Dutchman Patrick van Balkom", "Kenyan Paul Tergat": a nationality word the tagger took into
   * the name it precedes still names the country.
   */
  private static boolean demonymBeforeName(NamedEntity person, Match country) {
    String surface = country.surface();
    return country.begin() == person.begin() && country.end() < person.end()
        && !surface.isEmpty() && Character.isLowerCase(surface.charAt(surface.length() - 1))
        && (surface.endsWith("man") || surface.endsWith("woman") || surface.endsWith("an") || surface.endsWith("ese")
            || surface.endsWith("ish") || surface.endsWith("i") || surface.endsWith("ch") || surface.endsWith("ans"));
  }

  private static final Pattern HEAD_PAIR = Pattern.compile("\\p{Lu}\\p{L}+ (?:and|&) ");

  /** Words before a city that make it a football or sports club's name ("Real Madrid", "Sporting Lisbon"). */
  private static final Set<String> CLUB_WORDS = Set.of("real", "atletico", "dynamo", "dinamo", "spartak", "cska",
      "lokomotiv", "torpedo", "sporting", "benfica", "rapid", "austria", "slavia", "sparta", "legia", "partizan",
      "red star", "olympique", "racing", "ajax", "hertha", "fc", "sc", "ac", "as", "club", "athletic", "deportivo",
      "ferencvaros", "steaua", "olympiacos", "panathinaikos", "aek", "shakhtar", "zenit", "union", "hapoel", "maccabi",
      "beitar", "al ahly", "zamalek", "universidad", "cf", "sk", "fk", "nk", "hnk", "ofi");

  /** Whether an organisation holding a country's name is one of its institutions or an event it hosts. */
  private static boolean institutionOf(NamedEntity org, Match country) {
    if (org.end() == country.end() && CLUB_WORDS.contains(TextKeys.key(
        org.text().substring(0, Math.max(0, country.begin() - org.begin())).trim()))) {
      return false;  // "Real Madrid", "Dynamo Kyiv", "Red Star Belgrade": a club named after its city
    }
    if (org.begin() < country.begin()
        && !HEAD_PAIR.matcher(org.text().substring(0, Math.min(org.text().length(), country.begin() - org.begin()))).matches()) {
      // "Bank of Japan", "Royal Thai Army": the country is not the organisation's head word; in
      // "British and Irish Lions" both nationalities are
      return true;
    }
    for (String word : org.text().substring(Math.min(org.text().length(), country.end() - org.begin())).split("[^\\p{L}]+")) {
      if (INSTITUTION.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A full name around a leader's match with a word that is none of the leader's names: another person. */
  private static boolean otherPerson(NamedEntity person, LinkedMention leader) {
    int[] range = personName(person.text());
    String name = displayName(person.text().substring(range[0], range[1]));
    Set<String> leaderWords = new java.util.HashSet<>(List.of(
        TextKeys.key(leader.entityName() + " " + leader.match().surface()).split("[^\\p{L}\\p{N}]+")));
    for (String word : TextKeys.key(name).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() > 1 && leaderWords.stream().noneMatch(w -> sameName(w, word))) {
        return true;
      }
    }
    return false;
  }

  /** Equal, or a transliteration within two edits for longer names ("Binyamin", "Benjamin"). */
  private static boolean sameName(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return Math.min(a.length(), b.length()) >= 5 && Math.abs(a.length() - b.length()) <= 2
        && TextKeys.editDistance(a, b) <= 2;
  }

  /** The key of a person's family name: the first word of a name written family name first, else the last. */
  public static String familyName(String name) {
    String[] words = name.split(" ");
    return TextKeys.key(familyNameFirst(words) ? words[0] : words[words.length - 1]);
  }

  /** Chinese and Vietnamese family names that are not English words or given names. */
  private static final Set<String> EAST_ASIAN_FAMILY_NAMES = Set.of("xi", "li", "wang", "zhang", "liu", "chen",
      "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu", "gao", "lin", "guo", "luo", "liang", "zheng",
      "xie", "tang", "feng", "dong", "xiao", "cheng", "cao", "yuan", "deng", "shen", "zeng", "peng", "jiang", "cai",
      "jia", "ding", "wei", "xue", "yan", "pan", "xia", "zhong", "wen", "nguyen", "tran", "pham", "hoang", "phan",
      "vu", "vo", "dang", "bui", "ngo", "duong", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "shin");

  /**
   * A name written family name first: a Korean-style hyphenated given name ("Kim Dae-jung", "Lee
   * Sang-min") or a Chinese, Vietnamese or Korean family name opening a name of two or three words
   * ("Wang Yi", "Nguyen Phu Trong"). Then the first word, not the last, is what "Mr Kim" stands for.
   */
  static boolean familyNameFirst(String[] words) {
    if (words.length < 2 || words.length > 3) {
      return false;
    }
    String last = words[words.length - 1];
    int hyphen = last.indexOf('-');
    boolean koreanGiven = hyphen > 0 && hyphen + 1 < last.length() && Character.isLowerCase(last.charAt(hyphen + 1));
    return koreanGiven || EAST_ASIAN_FAMILY_NAMES.contains(TextKeys.key(words[0]));
  }

  /** The [begin, end) of a person span without leading titles ("President", "Mr"). */
  static int[] personName(String text) {
    int begin = 0;
    while (true) {
      while (begin < text.length() && !Character.isLetter(text.charAt(begin))) {
        begin++;
      }
      int end = begin;
      while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '.')) {
        end++;
      }
      String word = text.substring(begin, end).replace(".", "").toLowerCase(Locale.ROOT);
      boolean more = end < text.length() && text.substring(end).chars().anyMatch(Character::isLetter);
      if ((TITLES.contains(word) && more) || (PERSON_WORDS.contains(word) && wordsAfter(text, end) >= 2)) {
        begin = end;
      } else if (word.equals("of") && begin > 0 && wordsAfter(text, end) >= 3) {
        begin = text.indexOf(' ', end + 1) + 1;  // "Archbishop of Canterbury Dr Rowan Williams": the see goes too
      } else {
        return new int[] {begin, text.length()};
      }
    }
  }

  /** The words after an offset: a role word before two of them ("Founder Stelios Haji-Ioannou") is no name. */
  private static int wordsAfter(String text, int at) {
    String rest = text.substring(at).trim();
    return rest.isEmpty() ? 0 : rest.split("\\s+").length;
  }

  /** Initials right before a name: "JP ", "J.P. ", "AL ". */
  private static final Pattern INITIALS_BEFORE = Pattern.compile("(?<![\\p{L}.])((?:\\p{Lu}\\.?){1,3}) $");
  /** Capitals with one full stop after them all: an acronym ending a sentence ("NBC."), no initials ("J.P."). */
  private static final Pattern ACRONYM_AT_STOP = Pattern.compile("\\p{Lu}{2,}\\.");

  /** "England XV Robinson": capitals after a capitalised word are no initials. */
  private static boolean capitalisedWordBefore(String text, int at) {
    String word = NameWords.previousWord(text, at);
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  /** Lower-case words a tagged span may begin or end with that are no part of a name ("For Airbus", "EVA of"). */
  private static final Pattern EDGE_WORDS = Pattern.compile(
      "^(?:(?i:for|with|from|by|at|in|on|and|but|as|to|of)\\s+)+|\\s+(?i:of|and|the|for|in|at|on)$");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Whether every white space of the text is one plain space (most names: no regex needed to make it so). */
  private static boolean singleSpaced(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' ? i + 1 < text.length() && isSpace(text.charAt(i + 1)) : isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /** A white-space character as the regex {@code \s} reads it: space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The span's text without a trailing possessive (a listed company's "'s" is its name: "Sainsbury's") and with single spaces. */
  static String displayName(String text) {
    String trimmed = text.trim();
    String name = EDGE_WORDS.matcher(singleSpaced(trimmed) ? trimmed : SPACES.matcher(trimmed).replaceAll(" "))
        .replaceAll("");
    if ((name.endsWith("'s") || name.endsWith("\u2019s")) && !OrgNames.company(name)) {
      name = name.substring(0, name.length() - 2);  // a possessive, not "Sainsbury's" or "McDonald's"
    } else if (name.endsWith("'") || name.endsWith("\u2019")) {
      name = name.substring(0, name.length() - 1);
    }
    return name;
  }
}
