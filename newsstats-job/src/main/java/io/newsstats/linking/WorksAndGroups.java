package io.newsstats.linking;

import static io.newsstats.linking.NameWords.previousWord;

import io.newsstats.kb.TextKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Person-like names an article gives as something else for the whole article: a work's title after
 * "film", "album"..., in a list after "films, including", after an award's category or before a work's
 * or product's noun in apposition ("Anora, Sean Baker's comedy about"); a storm's name after "Storm",
 * "Hurricane"...; a group's or firm's name after "band", "firm", "giant"..., a band's before "frontman",
 * "guitarist"..., a club's or firm's one word before a role and a name ("Pompey striker Ricardo Fuller")
 */
final class WorksAndGroups {
  private WorksAndGroups() {}

  /** Nouns right before a title or product that looks like a person's name ("the drama Vera Drake"). */
  private static final Set<String> WORK_NOUNS = Stream.concat(Stream.of("film", "movie", "drama",
      "comedy", "thriller", "documentary", "musical", "album", "song", "single", "novel", "sitcom", "opera", "ballet",
      // products named like people ("its weight-loss drug Wegovy", "the chatbot Claude")
      "drugs", "vaccines", "medicines", "software"), productNouns().stream()).collect(Collectors.toUnmodifiableSet());

  /** Words before a storm's name ("Storm Ciaran", "Hurricane Maria"), which is no person's. */
  private static final Set<String> STORMS = Set.of("storm", "hurricane", "typhoon", "cyclone");

  /**
   * Nouns right before a group's or firm's name that looks like a person's ("the band Franz Ferdinand",
   * "drugs group Eli Lilly", "accountancy firm Grant Thornton", "US mortgage giant Fannie Mae").
   * Not "maker" ("film-maker Spike Lee"), "publisher" or "rival", which people are too.
   */
  private static final Set<String> GROUP_NOUNS = Set.of("band", "group", "firm", "company", "giant", "unit",
      "bank", "broker", "insurer", "lender", "retailer", "airline", "carmaker", "automaker", "chipmaker",
      "supermarket", "conglomerate", "subsidiary", "studio", "distributor", "agency", "authority", "regulator",
      "watchdog", "charity", "service", "platform", "startup");

  /** Products named like firms, after their noun ("the diabetes drug Ozempic", "the chatbot Claude"). */
  private static final Set<String> PRODUCT_NOUNS = productNouns();

  /** The nouns of single products, which {@link #WORK_NOUNS} holds too: one list for both. */
  private static Set<String> productNouns() {
    return Set.of("drug", "vaccine", "medicine", "pill", "jab", "painkiller", "chatbot");
  }
  /** A verb after "the vaccine Moderna ..." that makes the name the maker, not the product. */
  private static final Pattern MAKER_VERB = Pattern.compile(
      "\\s+(?:has |have |had )?(?:developed|makes|made|sells|sold|launched|produces|produced|markets|marketed)\\b");
  /** A product's noun after a firm's own one-word name ("its Wegovy weight-loss drug"). */
  private static final Pattern PRODUCT_AFTER = Pattern.compile(" (?:[\\p{Ll}-]+ )?(?:drug|vaccine|pill|jab|chatbot)\\b");
  /** A craft's or device's noun after a name ("the Starliner capsule", "the Europa Clipper spacecraft"). */
  private static final Pattern DEVICE_AFTER = Pattern.compile(" (?:" + craftNouns() + "|chatbot|smartphone|headset)\\b");
  /** A craft's noun in apposition right before its name ("a rover, Pragyan, to study"). */
  private static final Pattern DEVICE_BEFORE = Pattern.compile("\\b(?:" + craftNouns() + "|satellite), $");

  /** The nouns of crafts, before or after their names ("the Odysseus lander", "a rover, Pragyan,"). */
  private static String craftNouns() {
    return "capsule|spacecraft|lander|rover|probe|telescope|rocket";
  }
  /**
   * An armed group's noun right after a name ("the Viv Ansanm gang coalition", "the Sinaloa cartel"); not
   * "faction" or "coalition", which a leader's name goes before ("a Nakasone faction member").
   */
  private static final Pattern GROUP_AFTER = Pattern.compile(" (?:gang|gangs|militia|cartel)\\b");

  /**
   * A group's noun, perhaps with what it is for, in apposition before a one-word name ("the UN agency for
   * Palestinian refugees, Unrwa, said"; "the health charity, Wellcome,").
   */
  private static final Pattern GROUP_BEFORE_COMMA = Pattern.compile("\\b(?:[Tt]he|[Ii]ts|[Aa]n?) (?:[\\p{L}-]+ ){0,3}"
      + "(?:agency|group|charity|regulator|watchdog|union|organi[sz]ation|body)(?: (?:for|of|on|in)(?: [\\p{L}-]+){1,4})?, $");

  /**
   * A group's or firm's noun in apposition right after a one-word name ("Unrwa, the UN agency for
   * Palestinian refugees", "Wiz, a cybersecurity start-up", "Northvolt, the Swedish battery maker", "FIDE,
   * the world chess federation"; not "a film maker").
   */
  private static final Pattern GROUP_AFTER_COMMA = Pattern.compile(", (?:the|its|an?) (?:[\\p{L}'\u2019-]+ ){0,3}"
      + "(?:agency|group|charity|regulator|watchdog|monitor|union|organi[sz]ation|body|company|firm|bank|start-up|startup"
      + "|carmaker|chipmaker|drugmaker|automaker|retailer|airline|insurer|lender|conglomerate|manufacturer"
      + "|federation|association|operator|broadcaster|brewer"
      + "|(?<!film |policy |decision |peace |dress |match )maker)\\b"
      // not "Horsham, Pa., the company said", "In California, the company is fighting" (the next clause's
      // subject), "Smith, the company's chief executive", "Chicago, a company spokesman said", nor "Nabi,
      // the official Algerian news agency APS said", "Sharjah, the Emirates news agency, WAM" (the group
      // named after its noun)
      + "(?! (?:said|says|added|told|announced|reported|is|was|has|had|have|will|would|can|could|may|plans|wants"
      + "|spokesman|spokeswoman|spokesperson|official|officials|executive|executives|source|sources)\\b)"
      + "(?!['\u2019]|,?\\s\\p{Lu})");

  /** A firm's unit in apposition, at the apposition's end only ("Opella, its consumer health business,"; not "a business leader"). */
  private static final Pattern UNIT_AFTER_COMMA = Pattern.compile(
      ", (?:its|the) (?:[\\p{L}'\u2019-]+ ){0,3}(?:business|unit|division)(?=[,.;]| and )");

  /** Whether a group's or firm's noun follows a name in apposition ({@link #GROUP_AFTER_COMMA}, {@link #UNIT_AFTER_COMMA}). */
  static boolean groupAfterComma(String text, int end) {
    return GROUP_AFTER_COMMA.matcher(text).region(end, text.length()).lookingAt()
        || UNIT_AFTER_COMMA.matcher(text).region(end, text.length()).lookingAt();
  }

  /** A band member's role right after the band's name ("Franz Ferdinand frontman Alex Kapranos"). */
  private static final Pattern BAND_ROLE_AFTER = Pattern.compile(
      "(?:'s|\u2019s)? (?:frontman|frontwoman|guitarist|drummer|bassist|keyboardist|lead singer)\\b");

  /** A club's or firm's role and a person's name after one word ("Pompey striker Ricardo Fuller", "Tesco chairman John"). */
  private static final Pattern CLUB_ROLE_AFTER = Pattern.compile("(?:'s|\u2019s)? (?:striker|midfielder|defender"
      + "|goalkeeper|keeper|winger|full-back|centre-back|manager|boss|coach|captain|skipper|chairman|chairwoman"
      + "|chief executive) \\p{Lu}\\p{Ll}");

  /** Whether a club's or firm's role and a person's name follow ("[Brentford] boss Thomas Frank"). */
  static boolean clubRoleAfter(String text, int end) {
    return CLUB_ROLE_AFTER.matcher(text).region(end, text.length()).lookingAt();
  }

  /** A title shaped like a person's name: two capitalised words ("Mary Poppins", not "The Diary"). */
  private static final Pattern TWO_NAME_WORDS = Pattern.compile("(?!The )\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+");

  private static final Pattern LEGAL_FORM_AFTER = Pattern.compile("\\s+(?:Co|Corp|Inc|Ltd|Plc|PLC|AG|SA|NV)\\b");
  private static final Pattern ONE_WORD = Pattern.compile("\\S+");
  /** "union", "network" or "party" right after a one-word name ("the Verdi union", "the Morena party"). */
  private static final Pattern UNION_AFTER = Pattern.compile(" (?:union|network|party)\\b");

  /** The next item of a list after a name (", ", " and ", " or "). */
  private static final Pattern LIST_AFTER = Pattern.compile(",? (?:and|or) |, ");

  /** Verbs after "the company Bill Gates ..." that make the name its founder or owner, not the firm. */
  private static final Pattern FOUNDER_VERB = Pattern.compile(
      "\\s+(?:founded|co-founded|started|created|set|built|bought|runs|ran|owns|owned|leads|led|heads|headed|chairs|"
          + "chaired|joined|left|launched|formed|took|sold)\\b");

  /** An award's category right before a title ("won best actor for The Brutalist", "album of the year ... for Cowboy Carter"). */
  private static final Pattern AWARD_FOR_BEFORE = Pattern.compile("\\bbest (?:[\\p{Ll}-]+ ){0,2}(?:actor|actress"
      + "|director|picture|film|screenplay|documentary|album|song|record|score|musical|play|series|drama|comedy|novel)"
      + " for $|\\b(?:album|record|song) of the year\\b[^.;]{0,60} for $");

  /**
   * A work's noun in apposition right after its title, its owner's possessive or an article before it
   * ("Anora, Sean Baker's comedy about ...", "Oppenheimer, the biopic that"); not "Sean Baker, the
   * film's director" or "a comedy writer".
   */
  private static final Pattern WORK_AFTER_COMMA = Pattern.compile(", (?:(?:the|an?|his|her|their|its) "
      + "|(?:\\p{Lu}[\\p{L}.'\u2019-]* ){0,3}\\p{Lu}[\\p{L}.-]*(?:'s|\u2019s) )"
      + "(?:(?!(?:the|an?|of|in|on|for|with|behind|about|by|from|to|at|that|which|who) )[\\p{Ll}-]+ ){0,3}"
      + "(?:film|movie|drama|comedy|thriller|documentary|musical|album|novel|sitcom|biopic|memoir)"
      + "(?=[,.;:)]| (?:about|by|from|that|which|starring|directed|written|set in)\\b)");

  /** A product's or ship's noun in apposition right after a one-word name ("AlphaFold, an artificial intelligence model that", "The Dali, a Singapore-flagged ship chartered by"). */
  private static final Pattern PRODUCT_AFTER_COMMA = Pattern.compile(", (?:an?|the|its|their) (?:[\\p{L}-]+ ){0,4}"
      + "(?:model|chatbot|app|drug|vaccine|pill|medicine|smartphone|console|headset|satellite|rocket|spacecraft"
      + "|ship|vessel|tanker|freighter|ferry|yacht)"
      + "(?=[,.;:)]| (?:that|which|for|to|used|developed|made|designed|built|launched|approved|sold|chartered|owned"
      + "|operated|carrying)\\b)");

  /** A brand's verb right before a product's name ("will be sold as Zepbound"). */
  private static final Pattern SOLD_AS_BEFORE = Pattern.compile("\\b(?:sold|marketed|branded|rebranded) as $");
  /** A film's takings right after its title ("Barbie took $155 million"), in a report on the box office. */
  private static final Pattern TAKINGS_AFTER = Pattern.compile(
      " (?:took|made|earned|grossed|took in|pulled in)(?: about| nearly| almost| more than| an estimated)? [$\u00a3\u20ac]\\d");
  /** A film's cast right after its title ("Oppenheimer stars Cillian Murphy"). */
  private static final Pattern STARS_AFTER = Pattern.compile(" stars \\p{Lu}\\p{Ll}+ \\p{Lu}");

  /**
   * Whether a span is a work's title or a product by the words around it: after an award's category
   * unless a person's ("best actor for Jamie Foxx", "... for DiCaprio" after "Leonardo DiCaprio"), before
   * a work's or product's noun in apposition (not after "by": "Directed by Antoine Fuqua, the film"),
   * after a brand's "sold as", before a cast ("Oppenheimer stars Cillian Murphy") or, in a report on the
   * box office, before its takings ("Barbie took $155 million").
   */
  private static boolean describedAsWork(NamedEntity e, String text, List<NamedEntity> entities) {
    if (e.label().equals("LOC")) {
      return false;
    }
    boolean oneWord = ONE_WORD.matcher(e.text()).matches();
    if (text.startsWith("for ", e.begin() - 4)
        && AWARD_FOR_BEFORE.matcher(text).region(Math.max(0, e.begin() - 60), e.begin()).find()
        && (!e.label().equals("PER") || oneWord && !surnameOfPerson(e.text(), entities))) {
      return true;
    }
    if (oneWord && text.startsWith("as ", e.begin() - 3)
        && SOLD_AS_BEFORE.matcher(text).region(Math.max(0, e.begin() - 20), e.begin()).find()) {
      return true;
    }
    if (!e.label().equals("ORG") && text.startsWith(" ", e.end())
        && (STARS_AFTER.matcher(text).region(e.end(), text.length()).lookingAt()
            || TAKINGS_AFTER.matcher(text).region(e.end(), text.length()).lookingAt() && text.contains("box office"))) {
      return true;
    }
    if (e.end() >= text.length() || text.charAt(e.end()) != ',') {
      return false;  // both appositions begin with a comma
    }
    if (!previousWord(text, e.begin()).equals("by")
        && WORK_AFTER_COMMA.matcher(text).region(e.end(), text.length()).lookingAt()) {
      return true;
    }
    return oneWord && !OrgNames.company(e.text())
        && PRODUCT_AFTER_COMMA.matcher(text).region(e.end(), text.length()).lookingAt();
  }

  /** Whether a person's span of two words or more in the article ends with this word ("Leonardo DiCaprio"). */
  private static boolean surnameOfPerson(String word, List<NamedEntity> entities) {
    return entities.stream().anyMatch(o -> o.label().equals("PER") && o.text().endsWith(" " + word));
  }

  /**
   * "WORK" for a one-word firm span after a product's noun ("the diabetes drug Ozempic"; not "the vaccine
   * Moderna developed") or between "its" and one ("its Wegovy weight-loss drug"), or a one-word person
   * or other name of up to three words before a craft's or device's noun ("Boeing's Starliner capsule",
   * "NASA's Europa Clipper spacecraft") or a one-word name after one in apposition ("a rover, Pragyan,"); "ORG" for a person
   * span before a group's noun ("the Viv Ansanm gang coalition"); "WORK" too for any span the words
   * around it describe as a work or product ({@link #describedAsWork}); else null.
   */
  private static String productOrGroup(NamedEntity e, String text, List<NamedEntity> entities) {
    if (describedAsWork(e, text, entities)) {
      return "WORK";
    }
    boolean oneWord = ONE_WORD.matcher(e.text()).matches();
    String before = previousWord(text, e.begin());
    if (e.label().equals("ORG") && oneWord
        && (PRODUCT_NOUNS.contains(before) && !MAKER_VERB.matcher(text).region(e.end(), text.length()).lookingAt()
            && !LEGAL_FORM_AFTER.matcher(text).region(e.end(), text.length()).lookingAt()
            || before.equals("its") && PRODUCT_AFTER.matcher(text).region(e.end(), text.length()).lookingAt())) {
      return "WORK";
    }
    if ((e.label().equals("PER") || e.label().equals("MISC"))
        && (DEVICE_AFTER.matcher(text).region(e.end(), text.length()).lookingAt() && e.text().split(" ").length <= 3
            || oneWord && text.startsWith(", ", e.begin() - 2) && DEVICE_BEFORE.matcher(text).region(Math.max(0, e.begin() - 20), e.begin()).find())) {
      return "WORK";
    }
    return e.label().equals("PER") && GROUP_AFTER.matcher(text).region(e.end(), text.length()).lookingAt() ? "ORG" : null;
  }

  /**
   * The person-like names the article gives as a work's title (kind "WORK") or a group's name (kind
   * "ORG") right after such a noun, and the place-like names it gives as a party's, union's or
   * network's (kind "PARTY": "the Morena party"), by key; settled for the whole article. Not after a title or
   * before a founder's verb ("the group Mr Smith founded", "the company Bill Gates founded").
   */
  static Map<String, String> of(List<NamedEntity> entities, String text) {
    Map<String, String> kinds = new HashMap<>();
    stormNames(text, kinds);
    List<int[]> lists = worksListed(text);
    for (NamedEntity e : entities) {
      if (!lists.isEmpty() && (e.label().equals("PER") || e.label().equals("ORG"))
          && lists.stream().anyMatch(l -> l[0] <= e.begin() && e.begin() < l[1])) {
        kinds.putIfAbsent(TextKeys.key(EntityMerger.displayName(e.text())), "WORK");
        continue;
      }
      titleOrParty(e, text, kinds);
      String near = productOrGroup(e, text, entities);
      if (near != null) {
        kinds.putIfAbsent(TextKeys.key(EntityMerger.displayName(e.text())), near);
        continue;
      }
      if (!e.label().equals("PER")) {
        continue;
      }
      if (BAND_ROLE_AFTER.matcher(text).region(e.end(), text.length()).lookingAt()
          || ONE_WORD.matcher(e.text()).matches() && clubRoleAfter(text, e.end())) {
        kinds.putIfAbsent(TextKeys.key(EntityMerger.displayName(e.text())), "ORG");
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
      if (ONE_WORD.matcher(e.text()).matches()
          && (GROUP_BEFORE_COMMA.matcher(text).region(Math.max(0, e.begin() - 100), e.begin()).find()
              || GROUP_AFTER_COMMA.matcher(text).region(e.end(), text.length()).lookingAt()
              || UNION_AFTER.matcher(text).region(e.end(), text.length()).lookingAt())) {
        kinds.putIfAbsent(TextKeys.key(e.text()), "ORG");
        continue;
      }
      // "a drug Upjohn Co has sold": a firm's name after the noun; "drugs Enzon is developing" too,
      // where "drugs Wegovy and Zepbound" lists products
      String kind = (WORK_NOUNS.contains(before) || STORMS.contains(before.toLowerCase(Locale.ROOT)))
          && !LEGAL_FORM_AFTER.matcher(text).region(e.end(), text.length()).lookingAt()
          && (!before.endsWith("s") || LIST_AFTER.matcher(text).region(e.end(), text.length()).lookingAt()) ? "WORK"
          : GROUP_NOUNS.contains(before) && !FOUNDER_VERB.matcher(text).region(e.end(), text.length()).lookingAt()
          ? "ORG" : null;
      // The title test last: most person spans follow no such noun
      if (kind != null && EntityMerger.personName(e.text())[0] == 0) {
        String title = EntityMerger.displayName(e.text());
        kinds.putIfAbsent(TextKeys.key(title), kind);
        int last = title.lastIndexOf(' ');
        if (kind.equals("WORK") && last > 0) {
          // "the film Mary Poppins ... Poppins musical": the title's last word alone is the title too
          kinds.putIfAbsent(TextKeys.key(title.substring(last + 1)), "WORK");
        }
      }
    }
    return kinds;
  }

  /** The kinds a work's title tagged MISC and a party tagged as a place give their names. */
  private static void titleOrParty(NamedEntity e, String text, Map<String, String> kinds) {
    if (e.label().equals("MISC") && TWO_NAME_WORDS.matcher(e.text()).matches()
        && WORK_NOUNS.contains(previousWord(text, e.begin()))) {
      // "the film [Mary Poppins]" tagged as no person: "Mary Poppins" and "Poppins" elsewhere in the article
      // are the title too (not "Keys" of "the album The Diary of Alicia Keys")
      kinds.putIfAbsent(TextKeys.key(e.text()), "WORK");
      kinds.putIfAbsent(TextKeys.key(e.text().substring(e.text().indexOf(' ') + 1)), "WORK");
    }
    if (e.label().equals("LOC") && ONE_WORD.matcher(e.text()).matches()
        && UNION_AFTER.matcher(text).region(e.end(), text.length()).lookingAt()) {
      kinds.putIfAbsent(TextKeys.key(e.text()), "PARTY");  // "the ruling Morena party", tagged as a place
    }
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
}
