package io.newsstats.kb;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every surface form the matcher looks for, and what each can mean. Built from the knowledge
 * base; looked up by {@link TextKeys#key}, so spelling variants share one entry.
 */
public final class Gazetteer implements Serializable {
  private final Map<String, List<GazetteerEntry>> entriesByKey;
  private final Set<String> blockedKeys;
  private final Set<String> phrases;

  private final Map<String, List<String>> variantCollisions;
  private final Map<String, String> ordinaryWordAliases;

  private Gazetteer(Map<String, List<GazetteerEntry>> entriesByKey, Set<String> blockedKeys, Set<String> phrases,
      Map<String, List<String>> variantCollisions, Map<String, String> ordinaryWordAliases) {
    this.entriesByKey = entriesByKey;
    this.blockedKeys = blockedKeys;
    this.phrases = phrases;
    this.variantCollisions = variantCollisions;
    this.ordinaryWordAliases = ordinaryWordAliases;
  }

  /** Country aliases that are ordinary English words ("Island" → ISL), left out of matching; for kb-check. */
  public Map<String, String> ordinaryWordAliases() {
    return ordinaryWordAliases;
  }

  /** Countries whose leaders' names put the family name first ("Kim Jong Un"): no surname from the last word. */
  private static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "TWN", "KOR", "PRK", "KHM", "VNM");
  private static final Set<String> GIVEN_NAMES = GivenNames.bundled();
  private static final Set<String> ENGLISH_WORDS = GivenNames.englishWords();

  /** Whether names of this country put the family name first ("Kim Dae-jung", "Xi Jinping"). */
  public static boolean familyNameFirst(String iso3) {
    return FAMILY_NAME_FIRST.contains(iso3);
  }

  /**
   * A one-word alias that running English text writes as an ordinary word ("Island"), unless it is
   * an acronym ("US", "UK"), the English name itself without its accents ("Reunion"), or a word of the
   * country's longer names ("Turkey" in "Republic of Turkey").
   */
  static boolean ordinaryWord(String alias, Country c) {
    String a = alias.trim();
    if (a.contains(" ") || a.equals(a.toUpperCase(java.util.Locale.ROOT)) || !ENGLISH_WORDS.contains(TextKeys.key(a))
        || TextKeys.key(a).equals(TextKeys.key(c.name()))) {
      return false;
    }
    List<String> longer = new ArrayList<>(List.of(c.name(), c.officialName()));
    longer.addAll(c.aliases());
    for (String name : longer) {
      if (name.contains(" ") && java.util.Arrays.stream(name.split("\\s+")).anyMatch(w -> w.equals(a))) {
        return false;
      }
    }
    return true;
  }

  public static Gazetteer build(KnowledgeBase kb) {
    Builder builder = new Builder();
    Map<String, String> ordinaryWords = new java.util.TreeMap<>();
    for (Country c : kb.countries()) {
      List<String> names = new ArrayList<>(List.of(c.name(), c.officialName()));
      for (String alias : c.aliases()) {
        // "Island" (Iceland's native name folded): an ordinary word is matched only as the English name
        if (ordinaryWord(alias, c)) {
          ordinaryWords.put(alias, c.iso3());
        } else {
          names.add(alias);
        }
      }
      for (String name : names) {
        builder.add(name, c.iso3(), EntityType.COUNTRY, GazetteerEntry.Form.COUNTRY_NAME);
        // "Guinea Bissau", "Timor Leste": the hyphen left out
        NameVariants.hyphenAndSpace(name).forEach(v -> builder.add(v, c.iso3(), EntityType.COUNTRY,
            GazetteerEntry.Form.COUNTRY_NAME));
      }
      c.demonyms().forEach(d -> builder.add(d, c.iso3(), EntityType.COUNTRY, GazetteerEntry.Form.DEMONYM));
      c.capitals().forEach(k -> builder.add(k, c.iso3(), EntityType.COUNTRY, GazetteerEntry.Form.CAPITAL));
    }
    for (Leader l : kb.leaders()) {
      List<String> names = new ArrayList<>(List.of(l.name()));
      names.addAll(l.aliases());
      String firstAndLast = NameVariants.firstAndLast(l.name());
      // not "Juan Mayor" for Juan Jiménez Mayor: "San Juan Mayor Carmen Yulin Cruz" is a title
      if (firstAndLast != null
          && !ENGLISH_WORDS.contains(TextKeys.key(firstAndLast.substring(firstAndLast.indexOf(' ') + 1)))) {
        names.add(firstAndLast);
      }
      for (String name : names) {
        builder.givenKeys.add(TextKeys.key(name) + "\t" + l.id());
        for (String variant : NameVariants.of(name)) {
          builder.addLeaderName(variant, l.id(), leaderForm(variant));
        }
      }
      // The surname alone after a title ("Mr Brown", "Mrs May") even where it is too common a word to be an alias.
      String surname = lastWord(l);
      if (surname != null) {
        builder.addLeaderName(surname, l.id(), GazetteerEntry.Form.LEADER_TITLED);
      }
    }
    builder.rejectCountryCollisions();
    Set<String> blocked = new java.util.HashSet<>();
    for (String phrase : kb.blockers()) {
      blocked.add(TextKeys.key(phrase));
      builder.addPhrase(phrase);
    }
    return new Gazetteer(builder.entries, blocked, builder.phrases, builder.variantCollisions(), ordinaryWords);
  }

  private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "da", "de", "do", "dos", "das",
      "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "ould", "ben");

  /** "da", "de", "van", "al": the particles that start a surname ("da Silva", "De Croo"). */
  public static boolean isParticle(String word) {
    return PARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static GazetteerEntry.Form leaderForm(String alias) {
    String name = alias.trim();
    String[] words = name.split("\\s+");
    if (words.length == 2 && isParticle(words[0])) {
      // "da Silva", "De Croo": a surname, needing context like one word does
      return GIVEN_NAMES.contains(words[1]) ? GazetteerEntry.Form.LEADER_CONTEXTUAL : GazetteerEntry.Form.LEADER_SHORT;
    }
    if (name.contains(" ")) {
      return GazetteerEntry.Form.LEADER_FULL;
    }
    return GIVEN_NAMES.contains(name) ? GazetteerEntry.Form.LEADER_CONTEXTUAL : GazetteerEntry.Form.LEADER_SHORT;
  }

  /** The last word of a leader's name, when it can be a surname: a capitalised word of three letters or more. */
  private static String lastWord(Leader leader) {
    String[] words = leader.name().trim().split("\\s+");
    String last = words[words.length - 1];
    if (words.length < 2 || FAMILY_NAME_FIRST.contains(leader.primaryCountry()) || last.length() < 3
        || !Character.isUpperCase(last.charAt(0)) || last.matches("[IVXL]+|Jr\\.?|Sr\\.?")) {
      return null;
    }
    return last;
  }

  /** Whether a word is used as a given name ("Michael", "Kim"): see data/reference/given-names.txt. */
  public boolean isGivenName(String word) {
    return GIVEN_NAMES.contains(word);
  }

  /**
   * Keys that name more than one leader and that only a spelling variant created ("Zelenskiy" for
   * two people): reported by {@code kb-check} so a maintainer can see the ambiguity the rules add.
   */
  public Map<String, List<String>> variantCollisions() {
    return variantCollisions;
  }

  /** What a matched surface form can mean; empty when it is not in the gazetteer. */
  public List<GazetteerEntry> lookup(String surface) {
    return entriesByKey.getOrDefault(TextKeys.key(surface), List.of());
  }

  /** A phrase that contains a name but means something else; the linker drops its match. */
  public boolean isBlocked(String surface) {
    return blockedKeys.contains(TextKeys.key(surface));
  }

  /** The phrases to match, with diacritic-free and typographic-apostrophe variants. */
  public Set<String> phrases() {
    return phrases;
  }

  private static final class Builder {
    final Map<String, List<GazetteerEntry>> entries = new HashMap<>();
    final Set<String> phrases = new TreeSet<>();
    /** Keys of the leaders' own names and aliases, as the data gives them (not variants). */
    final Set<String> givenKeys = new java.util.HashSet<>();

    /**
     * A leader's name or one of its variants. A variant never takes a country's name ("Georgia"),
     * and a one-word entry keeps the most context-needing form any source gives it.
     */
    void addLeaderName(String surface, String id, GazetteerEntry.Form form) {
      String key = TextKeys.key(surface);
      List<GazetteerEntry> existing = entries.getOrDefault(key, List.of());
      if (existing.stream().anyMatch(e -> e.type() == EntityType.COUNTRY)) {
        return;
      }
      if (form == GazetteerEntry.Form.LEADER_TITLED && existing.stream().anyMatch(e -> e.id().equals(id))) {
        return;  // already an alias of this leader
      }
      if (form != GazetteerEntry.Form.LEADER_CONTEXTUAL && existing.stream()
          .anyMatch(e -> e.id().equals(id) && e.form() == GazetteerEntry.Form.LEADER_CONTEXTUAL)) {
        return;
      }
      if (form == GazetteerEntry.Form.LEADER_CONTEXTUAL) {
        List<GazetteerEntry> list = entries.get(key);
        if (list != null && list.removeIf(e -> e.id().equals(id) && e.form() == GazetteerEntry.Form.LEADER_SHORT)) {
          list.add(new GazetteerEntry(EntityType.LEADER, id, form));
          return;
        }
        if (list != null && list.stream().anyMatch(e -> e.id().equals(id))) {
          return;
        }
      }
      add(surface, id, EntityType.LEADER, form);
    }

    Map<String, List<String>> variantCollisions() {
      Map<String, List<String>> out = new java.util.TreeMap<>();
      for (Map.Entry<String, List<GazetteerEntry>> e : entries.entrySet()) {
        List<String> leaders = e.getValue().stream().filter(g -> g.type() == EntityType.LEADER
            && g.form() == GazetteerEntry.Form.LEADER_FULL).map(GazetteerEntry::id).distinct().sorted().toList();
        if (leaders.size() > 1 && leaders.stream().anyMatch(id -> !givenKeys.contains(e.getKey() + "\t" + id))) {
          out.put(e.getKey(), leaders);
        }
      }
      return out;
    }

    void add(String surface, String id, EntityType type, GazetteerEntry.Form form) {
      if (surface == null || surface.isBlank()) {
        return;
      }
      List<GazetteerEntry> list = entries.computeIfAbsent(TextKeys.key(surface), k -> new ArrayList<>());
      GazetteerEntry entry = new GazetteerEntry(type, id, form);
      if (list.stream().noneMatch(e -> e.type() == type && e.id().equals(id))) {
        list.add(entry);
      }
      addPhrase(surface);
    }

    void addPhrase(String surface) {
      Set<String> variants = new LinkedHashSet<>();
      for (String v : List.of(surface.trim(), TextKeys.asciiFold(surface.trim()))) {
        variants.add(v);
        variants.add(TextKeys.curlyApostrophes(v));
      }
      phrases.addAll(variants);
    }

    /** Two countries behind one name would make every match a guess: refuse the data instead. */
    void rejectCountryCollisions() {
      for (Map.Entry<String, List<GazetteerEntry>> e : entries.entrySet()) {
        List<String> countries = e.getValue().stream()
            .filter(g -> g.type() == EntityType.COUNTRY).map(GazetteerEntry::id).distinct().toList();
        if (countries.size() > 1) {
          throw new ReferenceDataException(KnowledgeBase.COUNTRIES + ": the name '" + e.getKey()
              + "' is used by several countries " + countries + "; keep it on one or remove it");
        }
      }
    }
  }
}
