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

  /** Capitals, country names and demonyms: one-word "people" that are places ({@link NameTypes}). */
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
    words.removeIf(w -> w.isBlank() || w.contains(" ") || w.length() < 3
        || PERSON_NAME_COUNTRIES.contains(TextKeys.key(w)));
    return words;
  }

  /** The mentions of one article, in text order, and how many matches could not be resolved. */
  public record Result(List<LinkedMention> mentions, int unresolved) {}

  /** Without the text: no context rules (the words around a match are unknown). */
  public Result link(List<Match> matches, LocalDate published) {
    return link(matches, published, null);
  }

  /** @param text the article text the matches' offsets point into, for the context rules (null: none) */
  public Result link(List<Match> matches, LocalDate published, String text) {
    List<LinkedMention> mentions = new ArrayList<>();
    Map<String, String> bound = new HashMap<>();
    int unresolved = 0;
    List<Match> kept = longestNonOverlapping(matches);
    // Countries named anywhere in the article: a surname with no antecedent is only guessed to be a
    // leader of one of them ("Mr Fischer" in a story about Israel is not Austria's president).
    Set<String> named = new java.util.HashSet<>();
    Set<String> namedBesidesSeats = new java.util.HashSet<>();
    List<List<GazetteerEntry>> entriesOf = new ArrayList<>(kept.size());
    boolean[] seats = new boolean[kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      Match match = kept.get(i);
      List<GazetteerEntry> entries = gazetteer.isBlocked(match.surface()) ? null : gazetteer.lookup(match.surface());
      entriesOf.add(entries);
      boolean seat = SEATS_OF_POWER.contains(TextKeys.key(match.surface()));
      seats[i] = seat;
      if (entries != null) {
        for (GazetteerEntry e : entries) {
          if (e.type() == EntityType.COUNTRY) {
            named.add(e.id());
            if (!seat) {
              namedBesidesSeats.add(e.id());
            }
          }
        }
      }
    }
    for (int i = 0; i < kept.size(); i++) {
      Match match = kept.get(i);
      List<GazetteerEntry> entries = entriesOf.get(i);
      if (entries == null) {
        continue;  // a blocker phrase
      }
      if (text != null && seats[i]
          && entries.stream().noneMatch(e -> e.type() == EntityType.COUNTRY && namedBesidesSeats.contains(e.id()))) {
        continue;  // a seat of power in an article that does not otherwise name its country
      }
      Optional<LinkedMention> mention = resolve(match, entries, published, bound, text, named);
      if (mention.isPresent()) {
        mentions.add(mention.get());
      } else if (!entries.isEmpty()) {
        unresolved++;
      }
    }
    if (text != null) {
      mentions = withoutUsStateGeorgia(mentions, text);
    }
    return new Result(mentions, unresolved);
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

  private Optional<LinkedMention> resolve(Match match, List<GazetteerEntry> entries, LocalDate published,
      Map<String, String> bound, String text, Set<String> named) {
    boolean countryMatch = entries.stream().anyMatch(e -> e.type() == EntityType.COUNTRY);
    List<Leader> full = leaders(entries, GazetteerEntry.Form.LEADER_FULL);
    // The words around a match matter for leaders' names and for the few countries named like people;
    // the other country names (most matches) need none of this work.
    boolean needsContext = text != null && (!countryMatch || !full.isEmpty()
        || PERSON_NAME_COUNTRIES.contains(TextKeys.key(match.surface())));
    boolean headline = needsContext && NameContext.inTitleCaseLine(text, match.begin());
    NameContext.Word after = !needsContext || headline ? null : NameContext.after(text, match.end());
    NameContext.Word before = !needsContext || headline ? null
        : countryAsPossessive(NameContext.before(text, match.begin()));
    if (needsContext && !headline && insideHyphenatedName(text, match.begin(), gazetteer)) {
      return Optional.empty();  // "Shaun Wright-Phillips"
    }
    if (!full.isEmpty()) {
      if (before != null && before.nameLike() && !before.sentenceStart() && gazetteer.isGivenName(before.text())
          && full.stream().noneMatch(l -> firstWordIs(l, before.text()))) {
        return Optional.empty();  // "Juan Carlos Ferrero" is not Carlos Ferrero
      }
      Leader leader = byCountryNamedBeside(full, match, text, before)
          .orElseGet(() -> Leader.nearestInTime(full, published));
      remember(leader, bound);
      return Optional.of(leaderMention(leader, match, published));
    }
    Optional<GazetteerEntry> country = countryMatch
        ? entries.stream().filter(e -> e.type() == EntityType.COUNTRY).findFirst() : Optional.empty();
    if (country.isPresent()) {
      if (text != null && !isCountryHere(match, text, before, after)) {
        return Optional.empty();
      }
      Country c = kb.country(country.get().id());
      return Optional.of(new LinkedMention(EntityType.COUNTRY, c.iso3(), c.name(), c.iso3(), match, null, null));
    }
    List<Leader> shortNamed = leaders(entries, GazetteerEntry.Form.LEADER_SHORT);
    List<Leader> contextual = leaders(entries, GazetteerEntry.Form.LEADER_CONTEXTUAL);
    List<Leader> titledOnly = leaders(entries, GazetteerEntry.Form.LEADER_TITLED);
    if (shortNamed.isEmpty() && contextual.isEmpty() && titledOnly.isEmpty()) {
      return Optional.empty();
    }
    String key = TextKeys.key(match.surface());
    if (text != null) {
      boolean otherGivenName = before != null && before.nameLike() && !before.possessive()
          && (!before.sentenceStart() || gazetteer.isGivenName(before.text()));
      boolean otherFamilyName = after != null && after.nameLike();
      List<Leader> all = new ArrayList<>(shortNamed);
      contextual.stream().filter(l -> !all.contains(l)).forEach(all::add);
      titledOnly.stream().filter(l -> !all.contains(l)).forEach(all::add);
      if ((otherGivenName || otherFamilyName) && all.stream().noneMatch(l -> isGivenNameOf(l, before, text, match))) {
        bound.put(key, NOT_A_LEADER);  // "Michael Howard", "Liam Fox", "Kim Howells": someone else, for the rest of the article
        return Optional.empty();
      }
      // "Manchester, Liverpool, Leicester": a list of places or surnames, not the Dominican president
      if (NameContext.inList(text, match.begin(), match.end(), word -> !gazetteer.lookup(word).isEmpty())) {
        return Optional.empty();
      }
    }
    boolean titled = before != null && (before.isLeaderTitle() || before.possessive());
    List<Leader> candidates = new ArrayList<>(shortNamed);
    contextual.stream().filter(l -> !candidates.contains(l)).forEach(candidates::add);
    if (titled || text == null) {
      titledOnly.stream().filter(l -> !candidates.contains(l)).forEach(candidates::add);
    } else if (candidates.isEmpty()) {
      return Optional.empty();  // "in May", "Mr Brown" without the "Mr"
    }
    if (text != null) {
      // "George W. Bush", "Nawaz Sharif", "Nursultan Abish-uly Nazarbayev": the given name before the
      // surname (or before a middle name or initial) picks the leader.
      NameContext.Word given = before;
      for (int step = 0; step < 2 && given != null && given.isCapitalised() && !given.isTitle(); step++) {
        NameContext.Word word = given;
        Optional<Leader> byGivenName = candidates.stream().filter(l -> firstWordIs(l, word.text())).findFirst();
        if (byGivenName.isPresent()) {
          remember(byGivenName.get(), bound);
          return Optional.of(leaderMention(byGivenName.get(), match, published));
        }
        given = NameContext.before(text, text.lastIndexOf(word.text(), match.begin()));
      }
      if (after != null && after.isCapitalised() && !NameContext.INSTITUTIONS.contains(after.lower())
          && !after.isTitle()) {
        return Optional.empty();  // "Fox TV", "Trump Tower": a name of something else
      }
    }
    String earlier = bound.get(key);
    // Bound by a full name earlier in the article: that person, whether or not the surname alone is
    // one of their aliases ("Mr Kim" after "Kim Dae-jung").
    if (earlier != null) {
      return earlier.equals(NOT_A_LEADER) ? Optional.empty()
          : Optional.of(leaderMention(kb.leader(earlier), match, published));
    }
    // A bare given-name surname ("Kim") is guessed only for a country the article names; a distinctive
    // one ("Putin") for the leader in office anywhere, and out of office only for a country named.
    List<Leader> eligible = new ArrayList<>(titled ? candidates : shortNamed);
    if (!titled) {  // without the text (no context known), a given-name surname is guessed as before
      contextual.stream().filter(l -> !eligible.contains(l) && (text == null || namesCountryOf(l, named)))
          .forEach(eligible::add);
    }
    List<Leader> inOffice = eligible.stream().filter(l -> l.inOfficeOn(published)).toList();
    if (text != null && !titled) {
      inOffice = inOffice.stream().filter(l -> shortNamed.contains(l) || namesCountryOf(l, named)).toList();
    }
    // Out of office, only with a title: "Mr Netanyahu" in 2005, not a footballer called Johnson; of
    // several ("Vice-President Bush" in 1987), the one whose time in office is nearest to the date.
    Leader chosen = inOffice.size() == 1 ? inOffice.get(0) : null;
    if (inOffice.isEmpty() && titled) {
      List<Leader> here = eligible.stream().filter(l -> text == null || namesCountryOf(l, named)).toList();
      chosen = here.isEmpty() ? null : Leader.nearestInTime(here, published);
    }
    if (chosen == null) {
      return Optional.empty();
    }
    bound.put(key, chosen.id());
    return Optional.of(leaderMention(chosen, match, published));
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

  /**
   * "Georgia" with no other sign of the country (Georgian, Tbilisi, one of its leaders, another
   * foreign country in the same sentence) in an article that mentions the United States is the US
   * state.
   */
  private static List<LinkedMention> withoutUsStateGeorgia(List<LinkedMention> mentions, String text) {
    List<LinkedMention> georgia = mentions.stream().filter(m -> m.type() == EntityType.COUNTRY
        && m.entityId().equals("GEO") && TextKeys.key(m.match().surface()).equals("georgia")).toList();
    if (georgia.isEmpty()) {
      return mentions;
    }
    boolean usa = mentions.stream().anyMatch(m -> "USA".equals(m.country()));
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

  /** The word before the surname (or the one before a middle name or initial) is this leader's given name. */
  private static boolean isGivenNameOf(Leader leader, NameContext.Word before, String text, Match match) {
    NameContext.Word given = before;
    for (int step = 0; step < 2 && given != null && given.isCapitalised() && !given.isTitle(); step++) {
      if (firstWordIs(leader, given.text())) {
        return true;
      }
      given = NameContext.before(text, text.lastIndexOf(given.text(), match.begin()));
    }
    return false;
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
