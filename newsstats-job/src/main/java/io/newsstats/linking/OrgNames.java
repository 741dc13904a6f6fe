package io.newsstats.linking;

import io.newsstats.kb.TextKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One id per organisation. Pure functions of names and the article's text.
 * <ul>
 *   <li><b>ids</b> leave out the legal form and a leading "The": "Chrysler Corp", "Chrysler Corporation"
 *       and "Chrysler" are {@code chrysler} in every article; "Morgan Stanley and Co" is {@code
 *       morgan-stanley};
 *   <li><b>short forms in the article</b> join the full name they stand for: an acronym in brackets
 *       right after it ("Energy Information Administration (EIA)"), an acronym of its initials ("GM"
 *       for General Motors, "S&N" for Scottish and Newcastle), and the first or last words of exactly
 *       one longer name ("Struthers" for Struthers Wells Corp, "Menatep" for Group Menatep).
 * </ul>
 */
public final class OrgNames {
  /** Legal forms left out of an organisation's id when they end its name ("Holdings", "Group" stay: they tell firms apart). */
  private static final Set<String> LEGAL_FORMS = Set.of("corp", "corporation", "co", "cos", "company", "inc",
      "incorporated", "ltd", "limited", "plc", "llc", "lp", "llp", "ag", "sa", "nv", "bv", "gmbh", "spa", "pty",
      "bhd", "and", "&");
  /** Small words an acronym skips ("Project and Contract Office" is PCO). */
  private static final Set<String> SKIPPED = Set.of("of", "and", "&", "the", "for", "on", "in", "de", "du", "des");
  /** Heads of bodies that belong to a larger one: "Senate Banking Committee" is not "the Senate". */
  private static final Set<String> SUB_BODIES = Set.of("committee", "subcommittee", "commission", "council",
      "board", "department", "division", "unit", "office", "panel", "court", "branch", "subsidiary");

  private OrgNames() {}

  private static final Map<String, String> KNOWN = io.newsstats.kb.OrganisationNames.bundled();
  private static final Map<String, String> PARTIES = io.newsstats.kb.OrganisationNames.parties();
  private static final Map<String, String> COMPANIES = io.newsstats.kb.OrganisationNames.companies();
  /** The known names by their first word, longest first, for {@link #known}. */
  private static final Map<String, List<String>> KNOWN_BY_FIRST_WORD = byFirstWord(KNOWN.keySet());

  /**
   * Listed companies' names that are also words, brands or places news uses otherwise, or that a
   * sentence may begin with ("Amazon" rainforest, "Emirates" for the country, "Intel" for
   * intelligence): never searched for, only taken where the tagger found them.
   */
  private static final Set<String> NOT_SEARCHED = Set.of("Amazon", "Oracle", "Meta", "Emirates", "Prudential",
      "Paramount", "Vanguard", "Puma", "Fiat", "Uber", "Intel", "Adobe", "Eni", "Kia", "EY", "BP", "Citi", "Allianz",
      "Nestle", "Sony", "Volvo", "Nokia", "Audi", "Mazda", "Subaru");
  /**
   * The companies' names {@link #companiesNamed} searches for: those that are no English word and
   * do not begin with a given name ("Nvidia", "Qualcomm", "Goldman Sachs"; not "Apple", "Ford", "Morgan Stanley"),
   * and names of several words that do not begin with a given name, as capitalised words together name
   * the firm ("Advanced Micro Devices", "General Motors"; not "Eli Lilly", "Walt Disney").
   */
  private static final Map<String, List<String>> SEARCHED_BY_FIRST_WORD = byFirstWord(COMPANIES.keySet().stream()
      .filter(OrgNames::searched).toList());

  /** The one-word companies the text search passes over, English words or too short ("Shell", "BP", "Apple"). */
  static final List<String> WORD_COMPANIES = COMPANIES.keySet().stream()
      .filter(name -> name.indexOf(' ') < 0 && !searched(name)).sorted().toList();

  private static boolean searched(String name) {
    String first = name.split(" ")[0];
    if (NOT_SEARCHED.contains(name) || io.newsstats.kb.GivenNames.bundled().contains(first)) {
      return false;
    }
    Set<String> english = io.newsstats.kb.GivenNames.englishWords();
    return name.indexOf(' ') > 0
        || name.length() >= 3 && !english.contains(name.toLowerCase(Locale.ROOT)) && !english.contains(first.toLowerCase(Locale.ROOT));
  }

  /**
   * The full name an organisation is counted under: a name of the bundled lists of international
   * organisations and of parties gives its full name ("IMF" → International Monetary Fund, "Tories" →
   * Conservative Party), any other name itself.
   */
  public static String canonical(String name) {
    String full = listed(name);
    if (full == null && name.regionMatches(true, 0, "the ", 0, 4)) {
      full = listed(name.substring(4));
    }
    // the country before a listed body's name ("US Federal Bureau of Investigation", "UK Met Police") or
    // before a department, which the next article names without it ("US Justice Department"); the
    // prefixes exclude one another, so at most one matches
    for (int i = 0; full == null && i < COUNTRY_PREFIXES.size(); i++) {
      if (name.startsWith(COUNTRY_PREFIXES.get(i))) {
        String rest = name.substring(COUNTRY_PREFIXES.get(i).length());
        full = listed(rest);
        if (full == null && rest.indexOf(' ') > 0 && (rest.endsWith(" Department") || rest.startsWith("Department of "))) {
          full = rest;
        }
      }
    }
    return full == null ? name : full;
  }

  private static final List<String> COUNTRY_PREFIXES = List.of("US ", "U.S. ", "UK ", "the US ", "the UK ", "The US ");

  /** Whether a name is one of the bundled parties' list ("Tories", "Democrats", "Labour Party"). */
  public static boolean party(String name) {
    return PARTIES.containsKey(name);
  }

  /** Whether a name is one of the bundled companies' list ("Honda", "Eli Lilly", "Google"). */
  public static boolean company(String name) {
    return COMPANIES.containsKey(name);
  }

  /** Whether a name is on the organisations', parties' or companies' list ("Barclays", "Tories", "IMF"). */
  public static boolean listed(String name, boolean withThe) {
    return listed(name) != null || withThe && name.regionMatches(true, 0, "the ", 0, 4) && listed(name.substring(4)) != null;
  }

  /** The full name a name of the organisations', parties' or companies' list stands for, or null. */
  private static String listed(String name) {
    String full = KNOWN.get(name);
    if (full == null) {
      full = PARTIES.get(name);
    }
    return full != null ? full : COMPANIES.get(name);
  }

  /** Where the text names an organisation of the bundled list, as [begin, end) pairs, longest names first. */
  public static List<int[]> known(String text) {
    return listedIn(text).known();
  }

  /**
   * Whether the article spells a listed acronym out as another body's name ("Farm Credit Administration
   * (FCA)", "Jordan's Natural Resources Authority (NRA)"): then the article's meaning holds, not the list's.
   */
  public static boolean definedOtherwise(String text, String acronym) {
    String full = KNOWN.get(acronym);
    if (full == null || !acronym.chars().allMatch(Character::isUpperCase)) {
      return false;  // checked first: most names are no listed acronym, and the search below reads the text
    }
    int at = text.indexOf("(" + acronym + ")");
    if (at < 0) {
      return false;
    }
    String window = text.substring(Math.max(0, at - 80), at);
    String[] words = window.trim().split("\\s+");
    if (words[words.length - 1].isEmpty() || !Character.isUpperCase(words[words.length - 1].charAt(0))) {
      return false;  // "their (OPEC) oil": no name spelled out before the bracket
    }
    // the same body when the last two words before the bracket end one of its listed names
    // ("Petroleum Exporting Countries (OPEC)"); "Farm Credit Administration (FCA)" ends none
    String before = lastWords(window, 2);
    return KNOWN.entrySet().stream().filter(name -> name.getValue().equals(full))
        .noneMatch(name -> lastWords(name.getKey(), 2).equals(before));
  }

  /**
   * The last words, in lower case, without a possessive or anything but letters ("Co-operation
   * Council's"), British and American spellings made one ("Labour Organisation", "Labor Organization").
   */
  private static String lastWords(String text, int n) {
    String[] words = text.trim().toLowerCase(Locale.ROOT).replaceAll("(?:'s|\u2019s)$", "").split("\\s+");
    return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - n), words.length))
        .replaceAll("[^\\p{L} ]", "").replace('s', 'z').replace("our", "or");
  }

  /**
   * Where the text names a listed company that is no other word ("Nvidia", "TikTok", "Goldman
   * Sachs"), as [begin, end) pairs: the tagger, trained on older news, misses many of them.
   */
  public static List<int[]> companiesNamed(String text) {
    return listedIn(text).companies();
  }

  /** Where the text names the bundled lists' organisations ({@link #known}) and searched companies ({@link #companiesNamed}). */
  public record Listed(List<int[]> known, List<int[]> companies) {}

  /**
   * {@link #known} and {@link #companiesNamed} in one reading of the text: each list keeps its own
   * cursor (a name found skips its words for that list only), the words are read once.
   */
  public static Listed listedIn(String text) {
    // An array, not charAt: the job's C1-compiled code keeps String.charAt's checks, and this reads
    // every character of every article.
    List<int[]> known = new ArrayList<>();
    List<int[]> companies = new ArrayList<>();
    char[] chars = text.toCharArray();
    int n = chars.length;
    int nextKnown = 0;
    int nextCompany = 0;
    for (int i = 0; i < n; i = Math.min(nextKnown, nextCompany)) {
      if (!Character.isLetterOrDigit(chars[i]) || (i > 0 && Character.isLetterOrDigit(chars[i - 1]))) {
        nextKnown = nextKnown == i ? i + 1 : nextKnown;
        nextCompany = nextCompany == i ? i + 1 : nextCompany;
        continue;
      }
      int[] word = word(chars, i);
      String first = firstWordAt(text, chars[i], i, word);
      if (nextKnown == i) {
        nextKnown = step(text, chars, i, word, first == null ? null : KNOWN_BY_FIRST_WORD.get(first), known);
      }
      if (nextCompany == i) {
        nextCompany = step(text, chars, i, word, first == null ? null : SEARCHED_BY_FIRST_WORD.get(first), companies);
      }
    }
    return new Listed(known, companies);
  }

  /** The end of the word at {@code i} (letters, digits, dots, hyphens, an inner "&") and its first hyphen (-1: none). */
  private static int[] word(char[] chars, int i) {
    int end = i;
    int hyphen = -1;
    while (end < chars.length && (Character.isLetterOrDigit(chars[end]) || chars[end] == '.' || chars[end] == '-'
        || chars[end] == '&' && end + 1 < chars.length && Character.isLetterOrDigit(chars[end + 1]))) {  // "H&M"
      if (hyphen < 0 && chars[end] == '-') {
        hyphen = end;
      }
      end++;
    }
    return new int[] {end, hyphen};
  }

  /** The word's first word as the lists are keyed, when it may begin a listed name; else null. */
  private static String firstWordAt(String text, char c, int i, int[] word) {
    return Character.isUpperCase(c) || Character.isDigit(c) || lowerCaseStart(text, i, word[1])
        ? firstWord(text.substring(i, word[0])) : null;
  }

  /** Adds the longest of {@code names} that starts at {@code i}; returns where to look next. */
  private static int step(String text, char[] chars, int i, int[] word, List<String> names, List<int[]> found) {
    int end = word[0];
    int next = end;
    if (names != null) {
      for (String name : names) {
        int stop = i + name.length();
        if (text.startsWith(name, i) && (stop == chars.length || !Character.isLetterOrDigit(chars[stop]))) {
          found.add(new int[] {i, stop});
          next = Math.max(end, stop);
          break;
        }
      }
    }
    // "non-EU citizens", "anti-Nato protests": the name after a prefix's hyphen
    int hyphen = word[1];
    return next == end && hyphen > i && NameWords.afterNamePrefix(text, hyphen + 1) ? hyphen + 1 : next;
  }

  /**
   * How the list's names that begin in lower case begin, up to their hyphen ("al-" of "al-Qaeda"),
   * each of letters, digits and dots before it, so that it ends at the first hyphen of a word.
   */
  private static final Set<String> LOWER_CASE_STARTS = KNOWN.keySet().stream()
      .filter(name -> Character.isLowerCase(name.charAt(0)) && name.indexOf('-') > 0)
      .map(OrgNames::startBeforeHyphen).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static String startBeforeHyphen(String name) {
    String start = name.substring(0, name.indexOf('-') + 1);
    if (!start.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '.' || ch == '-')) {
      throw new IllegalStateException("a listed organisation's name begins unlike a word: " + name);
    }
    return start;
  }

  /** Whether the word at {@code i}, whose first hyphen is at {@code hyphen} (-1: none), begins as a lower-case name. */
  private static boolean lowerCaseStart(String text, int i, int hyphen) {
    return hyphen > i && LOWER_CASE_STARTS.contains(text.substring(i, hyphen + 1));
  }

  private static String firstWord(String token) {
    int cut = 0;
    while (cut < token.length() && (Character.isLetterOrDigit(token.charAt(cut)) || token.charAt(cut) == '.'
        || token.charAt(cut) == '-')) {
      cut++;
    }
    String word = token.substring(0, cut);
    return word.endsWith(".") && word.indexOf('.') == word.length() - 1 ? word.substring(0, word.length() - 1) : word;
  }

  private static Map<String, List<String>> byFirstWord(java.util.Collection<String> names) {
    Map<String, List<String>> out = new java.util.HashMap<>();
    for (String name : names) {
      String first = firstWord(name.split(" ")[0]);
      out.computeIfAbsent(first, k -> new ArrayList<>()).add(name);
    }
    out.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(String::length).reversed()));
    return out;
  }

  /**
   * An organisation's id: its name's slug without a leading "The" and trailing legal forms, except
   * for a listed firm whose first word alone names no listed firm ("News Corp" is news-corp).
   */
  public static String id(String name) {
    List<String> words = new ArrayList<>(List.of(name.trim().split("[\\s,]+")));
    if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
      words.remove(0);
    }
    while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT)
        .replace(".", ""))) {
      if (words.size() == 2 && COMPANIES.containsKey(name.trim()) && !COMPANIES.containsKey(words.get(0))) {
        break;  // "News Corp": a listed firm whose first word alone is no firm's name (not "Apple Inc")
      }
      words.remove(words.size() - 1);
    }
    return TextKeys.slug(String.join(" ", words));
  }

  /** A name found in the article: where it starts and ends and how it reads. */
  public record Found(int begin, int end, String name) {}

  /**
   * For each name, the index of the name it stands for (itself when none): names that are short forms
   * of another name of the article point at that name, which is never itself a short form.
   */
  public static int[] resolve(List<Found> names, String text) {
    int n = names.size();
    int[] target = new int[n];
    String[] ids = new String[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      target[i] = i;
      ids[i] = id(names.get(i).name());
      order[i] = i;
    }
    if (n < 2) {
      return target;
    }
    // Longer names first: when a short form is looked at, the names it may stand for are settled,
    // so "Fox" stands for "Fox Entertainment" and "Fox Entertainment Group" alike (one id).
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt((Integer i) -> -ids[i].length()));
    for (int i : order) {
      int bracketed = bracketedAfter(names, i, text);
      if (bracketed >= 0) {
        target[i] = target[bracketed];
        continue;
      }
      if (withLegalForm(names.get(i), ids[i], text)) {
        continue;  // a firm's full name ("Fox Corporation" is no short form of "Fox News")
      }
      int found = fullNameOf(names, ids, target, i);
      if (found >= 0) {
        target[i] = found;
      }
    }
    bracketedEverywhere(names, text, ids, target);
    // A name a later short form was joined to may itself have been joined: follow to the end.
    for (int i = 0; i < n; i++) {
      int t = target[i];
      for (int hops = 0; hops < 3 && target[t] != t; hops++) {
        t = target[t];
      }
      target[i] = t;
    }
    return target;
  }

  /**
   * The one name (as far as {@link #resolve} has joined them) that name {@code i} stands for, or -1:
   * none, two unrelated ones, or the listed company itself beside its product.
   */
  private static int fullNameOf(List<Found> names, String[] ids, int[] target, int i) {
    int n = names.size();
    int found = -1;
    boolean unique = true;
    for (int j = 0; j < n && unique; j++) {
      if (j == i || ids[j].equals(ids[i]) || ids[j].length() <= ids[i].length() && !isAcronym(names.get(i).name())
          || !standsFor(names.get(i).name(), ids[i], names.get(j).name(), ids[j])) {
        continue;
      }
      if (productOf(names.get(i).name(), ids[i], names.get(j).name(), ids[j])) {
        unique = false;  // "Apple" beside "Apple Intelligence" (and "Apple Inc"): the listed company itself
        continue;
      }
      int t = target[j];
      if (found >= 0 && !ids[found].equals(ids[t])) {
        // of two names, one beginning with the other, the shorter: "Anglo" beside "Anglo American" and
        // "Anglo American Platinum" (its unit) is the first
        if (ids[found].startsWith(ids[t] + "-")) {
          found = t;
        } else if (!ids[t].startsWith(ids[found] + "-")) {
          unique = false;
        }
      } else if (found < 0) {
        found = t;
      }
    }
    return unique ? found : -1;
  }

  /**
   * Whether a name of words is written with a legal form its id leaves out ("Fox Corporation"; not
   * "Economic Co-operation"), and no capital stands right before it (a name the tagger cut: "K [Mart Corp]").
   */
  private static boolean withLegalForm(Found name, String id, String text) {
    String written = name.name();
    return id.length() < TextKeys.slug(written).length() && !isAcronym(written) && written.indexOf(' ') > 0
        && !written.regionMatches(true, 0, "the ", 0, 4) && (name.end() >= text.length() || text.charAt(name.end()) != '-')
        && !(name.begin() >= 2 && text.charAt(name.begin() - 1) == ' ' && Character.isUpperCase(text.charAt(name.begin() - 2)));
  }

  /** An acronym with the small words' letters in lower case ("TfL", "DfES"): one only in brackets. */
  private static final java.util.regex.Pattern MIXED_ACRONYM = java.util.regex.Pattern.compile(
      "\\p{Lu}(?=(?:\\p{Ll}?\\p{Lu}){1,5}$)[\\p{Lu}\\p{Ll}]+");

  /**
   * The acronym a name was given in brackets stands for that name wherever the article uses it ("The
   * Official UK Charts Company (OCC) ... an OCC board meeting").
   */
  private static void bracketedEverywhere(List<Found> names, String text, String[] ids, int[] target) {
    for (int i = 0; i < names.size(); i++) {
      if (target[i] != i && bracketedAfter(names, i, text) >= 0) {
        for (int j = 0; j < names.size(); j++) {
          if (target[j] == j && j != i && ids[j].equals(ids[i])) {
            target[j] = target[i];
          }
        }
      }
    }
  }

  /** "Energy Information Administration (EIA)": the acronym right after a name, in brackets. */
  private static int bracketedAfter(List<Found> names, int i, String text) {
    Found acronym = names.get(i);
    if (!isAcronym(acronym.name()) && !MIXED_ACRONYM.matcher(acronym.name()).matches() || acronym.begin() < 2
        || text.isEmpty()) {
      return -1;
    }
    for (int j = i - 1; j >= 0; j--) {
      Found before = names.get(j);
      if (before.end() <= acronym.begin()) {
        String between = text.substring(before.end(), acronym.begin());
        return between.matches("(?:'s|\u2019s)?\\s*\\(") ? j : -1;
      }
    }
    return -1;
  }

  /**
   * Whether {@code short_} is an acronym of {@code full}'s initials, or its first or last words (after
   * "of", as {@link #shortFormAfterOf} allows).
   * @param shortId {@code id(short_)}, fullId {@code id(full)}: computed once by the caller
   */
  private static boolean standsFor(String short_, String shortId, String full, String fullId) {
    if (isAcronym(short_)) {
      String letters = short_.replaceAll("[^\\p{Lu}\\p{N}]", "");
      if (letters.length() >= 2 && (letters.equals(initials(full, true)) || letters.equals(initials(full, false)))) {
        return true;  // "GM" for General Motors; else a word in capitals may be a headline's "HUSKY"
      }
    }
    List<String> s = words(shortId);
    List<String> f = words(fullId);
    if (s.isEmpty() || s.size() >= f.size() || company(short_) && company(full)) {
      return false;  // two entries of the companies' list are two firms ("Amazon", "Amazon Web Services")
    }
    boolean prefix = f.subList(0, s.size()).equals(s) && !SUB_BODIES.contains(f.get(f.size() - 1))
        && !(f.get(s.size()).equals("of") && company(short_));  // "Nintendo" is no "Nintendo of America"
    boolean suffix = f.subList(f.size() - s.size(), f.size()).equals(s) && shortFormAfterOf(short_, s, f);
    return prefix || suffix || members(s, f);
  }

  /** Heads of bodies whose name's words after "of" are its short form ("National Association of Wheat Growers"). */
  private static final Set<String> HEADS_NAMED_BY_WHAT_OF = Set.of("bank", "council", "association", "department",
      "ministry", "federation", "union", "society", "institute", "commission", "board", "office", "authority",
      "agency", "league", "house", "houses", "chamber", "bureau", "college", "university");

  /**
   * Whether the last words of a longer name may stand for it when "of" comes before them: one word
   * ("Commons" for the House of Commons), or the words after a body's head ("Wheat Growers") unless they
   * are a listed body's own name ("European Union" is no "Court of Justice of the European Union"); not
   * the firm after a tagger's stray words ("5.7 pct of Arden Group", "Electric Boat Division of General Dynamics").
   */
  private static boolean shortFormAfterOf(String short_, List<String> s, List<String> f) {
    int at = f.size() - s.size();
    int of = at >= 1 && f.get(at - 1).equals("of") ? at - 1
        : at >= 2 && f.get(at - 1).equals("the") && f.get(at - 2).equals("of") ? at - 2 : -1;
    return of < 0 || s.size() < 2 || of >= 1 && HEADS_NAMED_BY_WHAT_OF.contains(f.get(of - 1)) && !listed(short_, false);
  }

  /**
   * A party named by its members: "Christian Democrats" for the Christian Democratic Union, "Social
   * Democrats" for the Social Democratic Party of Germany, "Socialists" for the Socialist Party (not
   * "Americans" for American Airlines).
   */
  private static boolean members(List<String> s, List<String> f) {
    String last = s.get(s.size() - 1);
    if (!last.endsWith("s") || !f.subList(0, s.size() - 1).equals(s.subList(0, s.size() - 1))) {
      return false;
    }
    String stem = last.substring(0, last.length() - 1);
    String word = f.get(s.size() - 1);
    return word.equals(stem + "ic") || word.equals(stem) && f.get(s.size()).equals("party");
  }

  /** "GM", "S&N", "EIA": two to six capitals, maybe with "&" or dots. */
  static boolean isAcronym(String name) {
    String letters = name.replaceAll("[.&]", "");
    return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
  }

  /** First letters of the words that count ("European Central Bank" → ECB); a word in capitals gives all its letters. */
  private static String initials(String name, boolean withLegalForm) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("[\\s,\\-]+")) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (word.isEmpty() || SKIPPED.contains(lower) || (!withLegalForm && LEGAL_FORMS.contains(lower))) {
        continue;
      }
      if (isAcronym(word)) {
        out.append(word.replaceAll("[^\\p{Lu}]", ""));
      } else if (Character.isLetterOrDigit(word.charAt(0))) {
        out.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return out.toString();
  }

  /**
   * Whether the longer name is a listed company's name followed by words that name no firm: a product
   * or a service ("Apple Intelligence", "IBM PC", "Google News"), not the company ("Ford Motor Co",
   * "Airbus Industrie").
   */
  private static boolean productOf(String short_, String shortId, String full, String fullId) {
    if (!company(short_) || company(full) || !fullId.startsWith(shortId + "-")) {
      return false;
    }
    for (String word : full.toLowerCase(Locale.ROOT).split("[\\s,.]+")) {
      if (FirmNames.CORPORATE.contains(word) || LEGAL_FORMS.contains(word) || FIRMS_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Words of a firm's name besides its legal form ("Motor", "Industrie"): with them a longer name is the firm. */
  private static final Set<String> FIRMS_WORDS = Set.of("motor", "computer", "computers", "airways", "air", "mobile",
      "communications", "telecom", "media", "entertainment", "pharma", "foods", "stores", "markets", "brands",
      "industrie", "gloeilampenfabrieken", "electronics", "semiconductor", "credit", "pictures", "studios", "auto",
      "automobiles", "aerospace", "defense", "defence", "petroleum", "gas", "bottling", "research", "usa", "america");

  private static List<String> words(String slug) {
    return slug.isEmpty() ? List.of() : List.of(slug.split("-"));
  }
}
