package io.newsstats.linking;

import io.newsstats.kb.Country;
import io.newsstats.kb.EntityType;
import io.newsstats.kb.Gazetteer;
import io.newsstats.kb.GazetteerEntry;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.kb.Leader;
import io.newsstats.kb.TextKeys;
import io.newsstats.kb.Tenure;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the matches of one article into country and leader mentions.
 *
 * <ul>
 *   <li>Overlapping matches: the longest wins ("Papua New Guinea" over "Guinea"), then the earliest;
 *       a blocker phrase that wins ("New Mexico", "Michael Jordan") yields no mention.
 *   <li>A leader's full name resolves directly; among leaders sharing it ("George Bush"), the one in
 *       office on the publication date wins, else the one whose time in office is nearest to it. A
 *       full name inside a longer person's name ("Juan Carlos Ferrero") is not the leader.
 *   <li>A surname binds to the last full name with that surname earlier in the article, leader or
 *       not: after "Michael Howard", "Mr Howard" is not John Howard; after "Kim Young-sam", "Mr Kim"
 *       is not Kim Jong Un. A surname next to another given name or surname ("Kim Howells", "Sir
 *       Howard Newby") is someone else's name, and binds the surname to that person.
 *   <li>With no such antecedent, a surname resolves to the only leader with it in office on the
 *       publication date, else to the only leader in the knowledge base with it. A surname that is
 *       also a given name or an ordinary word ("Kim", "Brown") needs a title ("Mr", "President") for
 *       that; otherwise it stays unresolved and is counted.
 *   <li>A country whose name is also a person's ("Jordan", "Chad", "Georgia") is not a country when
 *       it stands in a person's name ("Tony Jordan", "Chad Wolf"); "Georgia" in an article about the
 *       United States with nothing Georgian in it is the US state; "Lebanon, Pennsylvania" is a town.
 * </ul>
 */
public final class EntityLinker implements Serializable {
  /** Countries whose name is also a given name or surname. */
  static final Set<String> PERSON_NAME_COUNTRIES = Set.of("jordan", "chad", "georgia");
  /**
   * Seats of power whose name is a common phrase: they stand for their state only in an article that
   * names it otherwise (name, demonym, capital): "Mugabe's 'Blue House' compound in Harare" is no
   * South Korea. Seats that can only be the one ("the Kremlin", "Zhongnanhai", "Downing Street", "the
   * Élysée", and "the White House", which news uses for Washington alone) count anywhere.
   */
  static final Set<String> SEATS_OF_POWER = Set.of("blue house");
  private static final String NOT_A_LEADER = "";

  private final KnowledgeBase kb;
  private final Gazetteer gazetteer;

  public EntityLinker(KnowledgeBase kb, Gazetteer gazetteer) {
    this.kb = kb;
    this.gazetteer = gazetteer;
  }

  /** Every country's demonyms ("Briton", "Kenyan"): a word before a person's name that is no part of it. */
  public Set<String> demonyms() {
    Set<String> words = new java.util.HashSet<>();
    kb.countries().forEach(c -> words.addAll(c.demonyms()));
    words.removeIf(w -> w.isBlank() || w.contains(" "));
    return words;
  }

  /** Capitals, country names, their other names and demonyms: one-word "people" that are places ({@link NameTypes}). */
  public Set<String> placeWords() {
    Set<String> words = new java.util.HashSet<>();
    for (Country c : kb.countries()) {
      words.add(c.name());
      words.addAll(c.capitals());
      words.addAll(c.demonyms());
    }
    // "Washington D.C." is "Washington said"; "Calif", "Mich": US states and their wire abbreviations
    for (String capital : List.copyOf(words)) {
      words.add(capital.split("[ ,]+")[0]);
    }
    words.addAll(NameContext.US_STATES);
    // a country's other one-word names ("Britain", "Holland"), not first words of others ("White House")
    kb.countries().forEach(c -> c.aliases().stream().filter(a -> a.indexOf(' ') < 0).forEach(words::add));
    words.removeIf(w -> w.isBlank() || w.contains(" ") || w.length() < 3
        || PERSON_NAME_COUNTRIES.contains(TextKeys.key(w)));
    return words;
  }

  /**
   * The mentions of one article, in text order, and how many matches could not be resolved; of
   * those, the former leaders a lone surname would name if it is a person's ({@link #formerLeaders}),
   * for the name tagger's evidence to settle ({@link EntityMerger}).
   */
  public record Result(List<LinkedMention> mentions, int unresolved, List<LinkedMention> ifPerson) {
    public Result(List<LinkedMention> mentions, int unresolved) {
      this(mentions, unresolved, List.of());
    }
  }

  /** Without the text: no context rules (the words around a match are unknown). */
  public Result link(List<Match> matches, LocalDate published) {
    return link(matches, published, null);
  }

  /** @param text the article text the matches' offsets point into, for the context rules (null: none) */
  public Result link(List<Match> matches, LocalDate published, String text) {
    List<Match> kept = longestNonOverlapping(matches);
    List<List<GazetteerEntry>> entriesOf = new ArrayList<>(kept.size());
    for (Match match : kept) {
      entriesOf.add(gazetteer.isBlocked(match.surface()) ? null : gazetteer.lookup(match.surface()));
    }
    Article article = new Article(published, text, countriesNamed(kept, entriesOf, true), new HashMap<>(),
        new ArrayList<>());
    Set<String> namedBesidesSeats = countriesNamed(kept, entriesOf, false);
    List<LinkedMention> mentions = new ArrayList<>();
    int unresolved = 0;
    for (int i = 0; i < kept.size(); i++) {
      Match match = kept.get(i);
      List<GazetteerEntry> entries = entriesOf.get(i);
      if (entries == null) {
        continue;  // a blocker phrase
      }
      if (text != null && isSeatOfPower(match)
          && entries.stream().noneMatch(e -> e.type() == EntityType.COUNTRY && namedBesidesSeats.contains(e.id()))) {
        continue;  // a seat of power in an article that does not otherwise name its country
      }
      Optional<LinkedMention> mention = resolve(match, entries, article);
      if (mention.isPresent()) {
        mentions.add(mention.get());
      } else if (!entries.isEmpty()) {
        unresolved++;
      }
    }
    if (text != null) {
      mentions = withoutUsStateGeorgia(mentions, text);
    }
    return new Result(mentions, unresolved, formerLeaders(article.ifPerson(), mentions, published, text));
  }

  /** A lone surname that may name a former leader, and the former leaders it may name. */
  private record MaybeFormer(Match match, List<Leader> leaders) {}

  /**
   * For each lone surname that may name a former leader, the one nearest in time of those whose
   * country the article names or whose country's leader it links ("Biden ... as Trump campaigned"),
   * else of the curated leaders (the best known: "a fierce critic of Trump" in 2024 needs no "US";
   * but not in a match report, where "Conte praised his players" is Napoli's manager), when their
   * time in office lies within eight years of the date.
   */
  private static List<LinkedMention> formerLeaders(List<MaybeFormer> maybe, List<LinkedMention> mentions,
      LocalDate published, String text) {
    if (maybe.isEmpty()) {
      return List.of();
    }
    Set<String> countries = new java.util.HashSet<>();
    mentions.stream().filter(m -> m.country() != null).forEach(m -> countries.add(m.country()));
    List<LinkedMention> out = new ArrayList<>();
    for (MaybeFormer m : maybe) {
      List<Leader> here = m.leaders().stream().filter(l -> namesCountryOf(l, countries)).toList();
      if (here.isEmpty() && (text == null || !NameWords.sportsReport(text))) {
        here = m.leaders().stream().filter(Leader::curated).toList();
      }
      if (!here.isEmpty()) {
        Leader nearest = Leader.nearestInTime(here, published);
        if (nearest.daysFromOffice(published) <= FORMER_LEADER_DAYS) {
          out.add(leaderMention(nearest, m.match(), published));
        }
      }
    }
    return out;
  }

  /**
   * Countries named anywhere in the article (with or without its seats of power): a surname with no
   * antecedent is only guessed to be a leader of one of them ("Mr Fischer" in a story about Israel is
   * not Austria's president).
   */
  private static Set<String> countriesNamed(List<Match> kept, List<List<GazetteerEntry>> entriesOf, boolean withSeats) {
    Set<String> named = new java.util.HashSet<>();
    for (int i = 0; i < kept.size(); i++) {
      if (entriesOf.get(i) == null || (!withSeats && isSeatOfPower(kept.get(i)))) {
        continue;
      }
      entriesOf.get(i).stream().filter(e -> e.type() == EntityType.COUNTRY).forEach(e -> named.add(e.id()));
    }
    return named;
  }

  private static boolean isSeatOfPower(Match match) {
    return SEATS_OF_POWER.contains(TextKeys.key(match.surface()));
  }

  /** Keeps the longest of overlapping matches (the earliest among equals), in text order. */
  static List<Match> longestNonOverlapping(List<Match> matches) {
    List<Match> byLength = new ArrayList<>(matches);
    byLength.sort(Comparator.comparingInt(Match::length).reversed().thenComparingInt(Match::begin));
    // Kept matches never overlap, so the one with the greatest begin before a candidate's end is
    // the only one that can overlap it: a sorted map answers in log time (a scan made long articles quadratic).
    java.util.TreeMap<Integer, Match> kept = new java.util.TreeMap<>();
    for (Match candidate : byLength) {
      Map.Entry<Integer, Match> before = kept.lowerEntry(candidate.end());
      if (before == null || !before.getValue().overlaps(candidate)) {
        kept.put(candidate.begin(), candidate);
      }
    }
    return new ArrayList<>(kept.values());
  }

  /**
   * What the rules know of the article being linked: its date, its text (null: no context rules), the
   * countries it names, and the one-word names bound so far to a leader (or to {@link #NOT_A_LEADER}).
   */
  private record Article(LocalDate published, String text, Set<String> named, Map<String, String> bound,
      List<MaybeFormer> ifPerson) {}

  /** The words right before and after a match; null where unknown or not looked at. */
  private record Neighbours(NameContext.Word before, NameContext.Word after) {
    static final Neighbours NONE = new Neighbours(null, null);

    /** "President Kim", "Mr Kim", "Korea's Kim": a title or a possessive country before the name. */
    boolean titled() {
      return before != null && (before.isLeaderTitle() || before.possessive());
    }
  }

  /** The leaders a one-word match may name, by the kind of name it is for each of them. */
  private record SurnameOf(List<Leader> shortNamed, List<Leader> contextual, List<Leader> titledOnly) {
    boolean none() {
      return shortNamed.isEmpty() && contextual.isEmpty() && titledOnly.isEmpty();
    }

    /** Distinctive names and given-name surnames, and titled-only names where a title stands before. */
    List<Leader> candidates(boolean withTitledOnly) {
      List<Leader> all = new ArrayList<>(shortNamed);
      contextual.stream().filter(l -> !all.contains(l)).forEach(all::add);
      if (withTitledOnly) {
        titledOnly.stream().filter(l -> !all.contains(l)).forEach(all::add);
      }
      return all;
    }
  }

  /**
   * One match, by the rules in order: a name inside a hyphenated name is nobody; a leader's full name
   * is that leader; a country's name is the country where the words around allow it; anything else
   * is a one-word name that may be a leader's ({@link #surname}).
   */
  private Optional<LinkedMention> resolve(Match match, List<GazetteerEntry> entries, Article article) {
    String text = article.text();
    boolean countryMatch = entries.stream().anyMatch(e -> e.type() == EntityType.COUNTRY);
    List<Leader> full = leaders(entries, GazetteerEntry.Form.LEADER_FULL);
    // The words around a match matter for leaders' names and for the few countries named like people;
    // the other country names (most matches) need none of this work.
    boolean needsContext = text != null && (!countryMatch || !full.isEmpty()
        || PERSON_NAME_COUNTRIES.contains(TextKeys.key(match.surface())));
    boolean lookAround = needsContext && !NameContext.inTitleCaseLine(text, match.begin());
    Neighbours around = lookAround ? new Neighbours(
        countryAsPossessive(NameContext.before(text, match.begin())), NameContext.after(text, match.end()))
        : Neighbours.NONE;
    if (lookAround && insideHyphenatedName(text, match.begin(), gazetteer)) {
      return Optional.empty();  // "Shaun Wright-Phillips"
    }
    if (!full.isEmpty()) {
      return fullName(match, full, around.before(), article);
    }
    if (countryMatch) {
      return country(match, entries, around, text);
    }
    return surname(match, entries, around, article);
  }

  /** A leader's full name; of several leaders sharing it, the one of a country named beside it, else nearest in time. */
  private Optional<LinkedMention> fullName(Match match, List<Leader> full, NameContext.Word before, Article article) {
    if (before != null && before.nameLike() && !before.sentenceStart() && gazetteer.isGivenName(before.text())
        && full.stream().noneMatch(l -> firstWordIs(l, before.text()))) {
      return Optional.empty();  // "Juan Carlos Ferrero" is not Carlos Ferrero
    }
    Leader leader = byCountryNamedBeside(full, match, article.text(), before)
        .orElseGet(() -> Leader.nearestInTime(full, article.published()));
    remember(leader, article.bound());
    return Optional.of(leaderMention(leader, match, article.published()));
  }

  private Optional<LinkedMention> country(Match match, List<GazetteerEntry> entries, Neighbours around, String text) {
    if (text != null && !isCountryHere(match, text, around.before(), around.after())) {
      return Optional.empty();
    }
    GazetteerEntry entry = entries.stream().filter(e -> e.type() == EntityType.COUNTRY).findFirst().orElseThrow();
    Country c = kb.country(entry.id());
    return Optional.of(new LinkedMention(EntityType.COUNTRY, c.iso3(), c.name(), c.iso3(), match, null, null));
  }

  /**
   * A one-word name that may be a leader's, by the rules in order: someone else's name next to it
   * makes it that person's for the rest of the article; a list of names is no leader; the given name
   * before it picks the leader; a capitalised word after it makes it the name of something else; a
   * full name earlier in the article binds it; else a guess ({@link #guess}).
   */
  private Optional<LinkedMention> surname(Match match, List<GazetteerEntry> entries, Neighbours around, Article article) {
    SurnameOf names = new SurnameOf(leaders(entries, GazetteerEntry.Form.LEADER_SHORT),
        leaders(entries, GazetteerEntry.Form.LEADER_CONTEXTUAL), leaders(entries, GazetteerEntry.Form.LEADER_TITLED));
    if (names.none()) {
      return Optional.empty();
    }
    String key = TextKeys.key(match.surface());
    String text = article.text();
    if (text != null) {
      if (isSomeoneElsesName(match, names.candidates(true), around, text)) {
        article.bound().put(key, NOT_A_LEADER);  // "Michael Howard", "Liam Fox", "Kim Howells": for the rest of the article
        return Optional.empty();
      }
      // "Manchester, Liverpool, Leicester": a list of places or surnames, not the Dominican president
      if (NameContext.inList(text, match.begin(), match.end(), word -> !gazetteer.lookup(word).isEmpty())) {
        return Optional.empty();
      }
    }
    boolean titled = around.titled();
    List<Leader> candidates = names.candidates(titled || text == null);
    if (candidates.isEmpty()) {
      return Optional.empty();  // "in May", "Mr Brown" without the "Mr"
    }
    if (text != null) {
      Optional<Leader> byGivenName = byGivenName(candidates, around.before(), text, match);
      if (byGivenName.isPresent()) {
        remember(byGivenName.get(), article.bound());
        return Optional.of(leaderMention(byGivenName.get(), match, article.published()));
      }
      NameContext.Word after = around.after();
      if (after != null && after.isCapitalised() && !NameContext.INSTITUTIONS.contains(after.lower()) && !after.isTitle()) {
        return Optional.empty();  // "Fox TV", "Trump Tower": a name of something else
      }
    }
    // Bound by a full name earlier in the article: that person, whether or not the surname alone is
    // one of their aliases ("Mr Kim" after "Kim Dae-jung").
    String earlier = article.bound().get(key);
    if (earlier != null) {
      return earlier.equals(NOT_A_LEADER) ? Optional.empty()
          : Optional.of(leaderMention(kb.leader(earlier), match, article.published()));
    }
    Optional<Leader> chosen = guess(names, candidates, titled, article);
    chosen.ifPresent(leader -> article.bound().put(key, leader.id()));
    if (chosen.isEmpty() && text != null && !NameWords.listItem(text, match.begin(), match.end())) {
      // "Eustace, Brown; Forrester" is a line-up
      List<Leader> former = names.shortNamed().stream().filter(l -> leftBefore(l, article.published())).toList();
      if (!former.isEmpty()) {
        article.ifPerson().add(new MaybeFormer(match, former));
      }
    }
    return chosen.map(leader -> leaderMention(leader, match, article.published()));
  }

  /** Another given name before the surname or a family name after it, and neither is a candidate's own. */
  private boolean isSomeoneElsesName(Match match, List<Leader> leaders, Neighbours around, String text) {
    NameContext.Word before = around.before();
    NameContext.Word after = around.after();
    boolean otherGivenName = before != null && before.nameLike() && !before.possessive()
        && (!before.sentenceStart() || gazetteer.isGivenName(before.text()));
    boolean otherFamilyName = after != null && after.nameLike();
    return (otherGivenName || otherFamilyName) && byGivenName(leaders, before, text, match).isEmpty();
  }

  /**
   * A surname with no antecedent. A bare given-name surname ("Kim") is guessed only for a country the
   * article names; a distinctive one ("Putin") for the leader in office anywhere, and out of office
   * only with a title and for a country named: "Mr Netanyahu" in 2005, not a footballer called
   * Johnson; of several ("Vice-President Bush" in 1987), the one whose time in office is nearest.
   */
  private static Optional<Leader> guess(SurnameOf names, List<Leader> candidates, boolean titled, Article article) {
    String text = article.text();
    Set<String> named = article.named();
    List<Leader> eligible = new ArrayList<>(titled ? candidates : names.shortNamed());
    if (!titled) {  // without the text (no context known), a given-name surname is guessed as before
      names.contextual().stream().filter(l -> !eligible.contains(l) && (text == null || namesCountryOf(l, named)))
          .forEach(eligible::add);
    }
    List<Leader> inOffice = eligible.stream().filter(l -> l.inOfficeOn(article.published())).toList();
    if (text != null && !titled) {
      inOffice = inOffice.stream().filter(l -> names.shortNamed().contains(l) || namesCountryOf(l, named)).toList();
    }
    if (inOffice.size() == 1) {
      return Optional.of(inOffice.get(0));
    }
    if (inOffice.isEmpty() && titled) {
      List<Leader> here = eligible.stream().filter(l -> text == null || namesCountryOf(l, named)).toList();
      return here.isEmpty() ? Optional.empty() : Optional.of(Leader.nearestInTime(here, article.published()));
    }
    return Optional.empty();
  }

  /**
   * How near in time to a leader's office a lone surname may still name them ("Trump" in 2024): a
   * distinctive surname of a former leader is only a hint, which holds when the name tagger also reads
   * a person there ({@link EntityMerger}), not a polling firm ("Mori") or a rugby player ("Robinson"
   * in an article that names neither Trinidad nor its leaders).
   */
  static final long FORMER_LEADER_DAYS = 8 * 366;

  /** Whether the leader had held office and left it before the date: a former leader, not a future one. */
  private static boolean leftBefore(Leader leader, LocalDate date) {
    return !leader.inOfficeOn(date) && leader.tenures().stream().anyMatch(t -> t.end() != null && t.end().isBefore(date));
  }

  /** "Russian Putin", "Zimbabwe President": a country word before a name reads like "Russia's". */
  private NameContext.Word countryAsPossessive(NameContext.Word word) {
    if (word != null && word.nameLike()
        && gazetteer.lookup(word.text()).stream().anyMatch(e -> e.type() == EntityType.COUNTRY)) {
      return new NameContext.Word(word.text(), true, word.sentenceStart(), word.afterComma());
    }
    return word;
  }

  /**
   * A country name that is also a person's name stands for the country unless a name is next to it;
   * any country followed by ", <US state>" is a US town ("Lebanon, Pennsylvania").
   */
  private boolean isCountryHere(Match match, String text, NameContext.Word before, NameContext.Word after) {
    NameContext.Word state = NameContext.afterComma(text, match.end());
    if (state != null && NameContext.US_STATES.contains(state.lower())) {
      return false;
    }
    if (!PERSON_NAME_COUNTRIES.contains(TextKeys.key(match.surface()))) {
      return true;
    }
    if (personNamedEarlier(match, text) && !countrySignal(match, text)) {
      return false;  // after "Michael Jordan", a bare "Jordan" is him
    }
    boolean nameBefore = before != null && before.nameLike() && !before.sentenceStart() && !before.possessive();
    boolean nameAfter = after != null && after.nameLike();
    // "Macken, Weaver, Onuoha, Jordan.": a list of surnames, not "Amman, Jordan" or "Syria, Jordan"
    boolean inNameList = NameContext.inList(text, match.begin(), match.end(), word -> !gazetteer.lookup(word).isEmpty());
    return !nameBefore && !nameAfter && !inNameList;
  }

  /** A given name and this word earlier in the text: "Michael Jordan" before "Jordan". */
  private boolean personNamedEarlier(Match match, String text) {
    String word = match.surface();
    for (int at = text.lastIndexOf(word, match.begin() - 1); at > 0; at = text.lastIndexOf(word, at - 1)) {
      NameContext.Word before = NameContext.before(text, at);
      if (before != null && before.isCapitalised() && gazetteer.isGivenName(before.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Something in the text points to the country: its demonym or capital ("Jordanian", "Amman") or
   * its name after a preposition of place ("in Jordan", "to Jordan").
   */
  private boolean countrySignal(Match match, String text) {
    List<GazetteerEntry> entries = gazetteer.lookup(match.surface());
    for (GazetteerEntry e : entries) {
      if (e.type() != EntityType.COUNTRY) {
        continue;
      }
      Country c = kb.country(e.id());
      if (java.util.stream.Stream.concat(c.demonyms().stream(), c.capitals().stream())
          .anyMatch(word -> !word.isBlank() && text.contains(word))) {
        return true;
      }
    }
    return java.util.regex.Pattern.compile("\\b(?:in|to|from|of|visit|visited|visiting|across)\\s+"
        + java.util.regex.Pattern.quote(match.surface()) + "\\b").matcher(text).find();
  }

  /** Signs of the US state in an article that may not name the United States ("Georgia's Fulton County"). */
  private static final java.util.regex.Pattern GEORGIA_US = java.util.regex.Pattern.compile(
      "\\b(?:Atlanta|Savannah|Fulton County|Peach State|Georgia (?:Tech|Bulldogs|Republicans|Democrats|voters"
          + "|Senate|House|Governor|Gov\\.|Secretary of State|Supreme Court))\\b");

  /**
   * "Georgia" with no other sign of the country (Georgian, Tbilisi, one of its leaders, another
   * foreign country in the same sentence) in an article that mentions the United States, or the
   * state's own places and offices ("Atlanta", "Georgia Governor"), is the US state.
   */
  private static List<LinkedMention> withoutUsStateGeorgia(List<LinkedMention> mentions, String text) {
    List<LinkedMention> georgia = mentions.stream().filter(m -> m.type() == EntityType.COUNTRY
        && m.entityId().equals("GEO") && TextKeys.key(m.match().surface()).equals("georgia")).toList();
    if (georgia.isEmpty()) {
      return mentions;
    }
    boolean usa = mentions.stream().anyMatch(m -> "USA".equals(m.country())) || GEORGIA_US.matcher(text).find();
    Set<LinkedMention> inGeorgia = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    inGeorgia.addAll(georgia);
    boolean georgian = mentions.stream().anyMatch(m -> "GEO".equals(m.country()) && !inGeorgia.contains(m));
    if (!usa || georgian) {
      return mentions;
    }
    Set<Integer> sentencesWithForeignCountry = new java.util.HashSet<>();
    for (LinkedMention o : mentions) {
      if (o.type() == EntityType.COUNTRY && !"USA".equals(o.country()) && !"GEO".equals(o.country())) {
        sentencesWithForeignCountry.add(o.match().sentenceIndex());
      }
    }
    List<LinkedMention> kept = new ArrayList<>();
    for (LinkedMention m : mentions) {
      boolean foreignNeighbour = sentencesWithForeignCountry.contains(m.match().sentenceIndex());
      if (!inGeorgia.contains(m) || foreignNeighbour) {
        kept.add(m);
      }
    }
    return kept;
  }

  /**
   * "George W. Bush", "Nawaz Sharif", "Nursultan Abish-uly Nazarbayev": the given name before the
   * surname (or before a middle name or initial) picks the leader.
   */
  private static Optional<Leader> byGivenName(List<Leader> leaders, NameContext.Word before, String text, Match match) {
    NameContext.Word given = before;
    for (int step = 0; step < 2 && given != null && given.isCapitalised() && !given.isTitle(); step++) {
      NameContext.Word word = given;
      Optional<Leader> leader = leaders.stream().filter(l -> firstWordIs(l, word.text())).findFirst();
      if (leader.isPresent()) {
        return leader;
      }
      given = NameContext.before(text, text.lastIndexOf(word.text(), match.begin()));
    }
    return Optional.empty();
  }

  /**
   * Among leaders sharing a name, the one of the country named right beside it: "King Abdullah of
   * Jordan", "Jordan's King Abdullah", "Saudi King Abdullah".
   */
  private Optional<Leader> byCountryNamedBeside(List<Leader> leaders, Match match, String text, NameContext.Word before) {
    if (leaders.size() < 2 || text == null) {
      return Optional.empty();
    }
    Set<String> beside = new java.util.HashSet<>();
    if (before != null) {
      gazetteer.lookup(before.text()).stream().filter(e -> e.type() == EntityType.COUNTRY).forEach(e -> beside.add(e.id()));
    }
    java.util.regex.Matcher of = java.util.regex.Pattern.compile("\\G of (?:the )?((?:\\p{Lu}[\\p{L}'-]*\\s?){1,4})")
        .matcher(text);
    if (of.find(match.end())) {
      String[] words = of.group(1).trim().split("\\s+");
      for (int n = words.length; n > 0; n--) {
        String phrase = String.join(" ", java.util.Arrays.copyOf(words, n));
        gazetteer.lookup(phrase).stream().filter(e -> e.type() == EntityType.COUNTRY).forEach(e -> beside.add(e.id()));
      }
    }
    return leaders.stream().filter(l -> l.tenures().stream().anyMatch(t -> beside.contains(t.country()))).findFirst();
  }

  /** The leader held office in (or comes from) a country the article names. */
  private static boolean namesCountryOf(Leader leader, Set<String> named) {
    return named.contains(leader.primaryCountry()) || leader.tenures().stream().anyMatch(t -> named.contains(t.country()));
  }

  /**
   * "Wright-Phillips": the match continues a capitalised word joined by a hyphen. Neither "anti-Putin"
   * (lower case) nor "Kim-Putin" (a name the gazetteer knows) counts.
   */
  private static boolean insideHyphenatedName(String text, int begin, Gazetteer gazetteer) {
    if (begin < 2 || text.charAt(begin - 1) != '-') {
      return false;
    }
    int i = begin - 2;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    String word = text.substring(i, begin - 1);
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && gazetteer.lookup(word).isEmpty();
  }

  /**
   * The leader's given name, allowing for transliteration ("Mikhail" for "Mikheil", "Binyamin" for
   * "Benjamin"): the same first letter and at most two edits apart, or one a prefix of the other.
   */
  static boolean firstWordIs(Leader leader, String word) {
    String first = TextKeys.key(leader.name().trim().split("\\s+")[0]);
    String given = TextKeys.key(word);
    if (first.equals(given)) {
      return true;
    }
    if (first.isEmpty() || given.isEmpty() || first.charAt(0) != given.charAt(0) || Math.min(first.length(), given.length()) < 4) {
      return false;
    }
    return first.startsWith(given) || given.startsWith(first) || TextKeys.editDistance(first, given) <= 2;
  }

  private List<Leader> leaders(List<GazetteerEntry> entries, GazetteerEntry.Form form) {
    return entries.stream().filter(e -> e.form() == form).map(e -> kb.leader(e.id())).distinct().toList();
  }

  /** Once a leader is named in full, their one-word aliases and surname refer to them for the rest of the article. */
  private static void remember(Leader leader, Map<String, String> bound) {
    for (String alias : leader.aliases()) {
      if (!alias.trim().contains(" ")) {
        bound.put(TextKeys.key(alias), leader.id());
      }
    }
    String[] words = leader.name().trim().split("\\s+");
    if (words.length > 1) {
      bound.put(TextKeys.key(words[words.length - 1]), leader.id());
      if (Gazetteer.familyNameFirst(leader.primaryCountry())) {
        bound.put(TextKeys.key(words[0]), leader.id());  // "Kim Dae-jung", then "Mr Kim"
      }
    }
    if (words.length > 2 && Gazetteer.isParticle(words[words.length - 2])) {
      bound.put(TextKeys.key(words[words.length - 2] + " " + words[words.length - 1]), leader.id());  // "da Silva"
    }
  }

  private static LinkedMention leaderMention(Leader leader, Match match, LocalDate published) {
    Optional<Tenure> tenure = leader.tenureOn(published);
    Tenure shown = tenure.orElseGet(() -> latestTenureBefore(leader, published));
    String country = tenure.map(Tenure::country).orElse(leader.primaryCountry());
    return new LinkedMention(EntityType.LEADER, leader.id(), leader.name(), country, match,
        tenure.isPresent(), shown.role());
  }

  /** For a leader out of office: the role they last held before the date (or their first one). */
  private static Tenure latestTenureBefore(Leader leader, LocalDate date) {
    return leader.tenures().stream()
        .filter(t -> t.start().isBefore(date))
        .max(Comparator.comparing(Tenure::start))
        .orElse(leader.tenures().get(0));
  }
}
