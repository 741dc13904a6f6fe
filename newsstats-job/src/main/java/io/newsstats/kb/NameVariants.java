package io.newsstats.kb;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spellings of one name that news text uses for the same person or country. Each rule is a pure
 * function of the name; {@link #of} applies them up to two at a time ("Zourabichvili" needs
 * ou→u and ch→sh to become "Zurabishvili"). Case and diacritics are not rules here: the matcher's
 * keys ({@link TextKeys#key}) already ignore them.
 */
public final class NameVariants {
  private NameVariants() {}

  /** A substitution inside a word, both ways; {@code (?<=…)}-style context is in the patterns. */
  record Swap(Pattern from, String to, String replaced) {
    /** {@code replaced}: the letters every match replaces ("y" of "Zelensky"), which a name must hold to match. */
    static Swap of(String regex, String replacement, String replaced) {
      return new Swap(Pattern.compile(regex), replacement, replaced);
    }

    /** Every name this swap makes from {@code name}, one occurrence at a time. */
    void apply(String name, Set<String> out) {
      if (!name.contains(replaced)) {
        return;  // the look-behinds cost a scan of every position: a gazetteer's worth of names took a second
      }
      Matcher m = from.matcher(name);
      while (m.find()) {
        StringBuilder sb = new StringBuilder();
        m.appendReplacement(sb, to);
        sb.append(name.substring(m.end()));
        out.add(sb.toString());
      }
    }
  }

  /** Transliteration pairs seen in news spellings of the same name, each pair both ways. */
  static final List<Swap> TRANSLITERATIONS = List.of(
      // Zelensky / Zelenskyy / Zelenskiy, Dmitry / Dmitri, Yuri / Yury
      // (words of six letters or more: short ones like "Ali" or "Tony" are names in their own right)
      Swap.of("(?<=\\p{L}{4}[a-z])y\\b", "yy", "y"), Swap.of("(?<=\\p{L}{4}[a-z])yy\\b", "y", "yy"),
      Swap.of("(?<=\\p{L}{4}[a-z])y\\b", "iy", "y"), Swap.of("(?<=\\p{L}{4}[a-z])iy\\b", "y", "iy"),
      Swap.of("(?<=\\p{L}{4}[a-z])y\\b", "i", "y"), Swap.of("(?<=\\p{L}{4}[a-z])i\\b", "y", "i"),
      // Yanukovych / Yanukovich
      Swap.of("ych\\b", "ich", "ych"), Swap.of("ich\\b", "ych", "ich"),
      // Zourabichvili / Zurabishvili
      // (words of seven letters or more, so "Putin" does not become "Poutin")
      Swap.of("(?<=\\b\\p{L}{1,9})ou(?=\\p{L}{4})", "u", "ou"),
      Swap.of("(?<=\\b\\p{L}{0,8}[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])u(?=\\p{L}{5})", "ou", "u"),
      Swap.of("ch(?=v)", "sh", "ch"), Swap.of("sh(?=v)", "ch", "sh"),
      // Gotabhaya / Gotabaya
      Swap.of("bh", "b", "bh"),
      // Akayev / Akaev, Nazarbayev / Nazarbaev
      Swap.of("(?<=[aeiou])yev\\b", "ev", "yev"), Swap.of("(?<=[aeiou])ev\\b", "yev", "ev"),
      // Yasser / Yassir
      Swap.of("sser\\b", "ssir", "sser"), Swap.of("ssir\\b", "sser", "ssir"),
      // Muhammad / Mohammed / Mohammad / Mohamed
      Swap.of("\\bMuhammad\\b", "Mohammed", "Muhammad"), Swap.of("\\bMohammed\\b", "Muhammad", "Mohammed"),
      Swap.of("\\bMohammad\\b", "Mohammed", "Mohammad"), Swap.of("\\bMohammed\\b", "Mohammad", "Mohammed"),
      Swap.of("\\bMohamed\\b", "Mohammed", "Mohamed"), Swap.of("\\bMohammed\\b", "Mohamed", "Mohammed"),
      // Dbeibeh / Dbeibah, Haniyeh / Haniyah: an Arabic name's last syllable (words of six letters or more;
      // not "Abdullah", "Nasrallah")
      Swap.of("(?<=\\p{L}{3}[a-km-z])eh\\b", "ah", "eh"), Swap.of("(?<=\\p{L}{3}[a-km-z])ah\\b", "eh", "ah"),
      // Schlüter / Schlueter, von Weizsäcker / von Weizsaecker: the German umlaut written out, as wires do
      Swap.of("ü", "ue", "ü"), Swap.of("ä", "ae", "ä"), Swap.of("ö", "oe", "ö"));

  private static final Pattern ARTICLE_PARTICLE = Pattern.compile("\\b([Aa]l|[Ee]l|[Aa]d|[Aa]r|[Aa]s|[Aa]n|[Aa]sh)-(?=\\p{Lu})");
  private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "da", "de", "do", "dos", "das",
      "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "ould", "ben");

  /**
   * The name and its variants: hyphen or space ("Sassou-Nguesso", "Sassou Nguesso"; "Guinea
   * Bissau"), the Arabic article written al-/el-/Al- or left out ("Omar al-Bashir", "Omar el-Bashir",
   * "Omar Bashir"), "Abdul Hamid" joined or not, and the {@link #TRANSLITERATIONS}, up to two rules at a time.
   */
  public static Set<String> of(String name) {
    Set<String> out = new LinkedHashSet<>();
    out.add(name);
    out.addAll(hyphenAndSpace(name));
    for (String base : List.copyOf(out)) {
      out.addAll(particles(base));
      out.addAll(abdCompounds(base));
    }
    for (int round = 0; round < 2; round++) {
      for (String base : List.copyOf(out)) {
        for (Swap swap : TRANSLITERATIONS) {
          swap.apply(base, out);
        }
      }
    }
    return out;
  }

  /** "Sassou-Nguesso" ↔ "Sassou Nguesso"; "Kim Jong-un" → "Kim Jong Un" as well. Only where a hyphen joins two words. */
  static Set<String> hyphenAndSpace(String name) {
    Set<String> out = new LinkedHashSet<>();
    if (name.matches(".*\\p{L}-\\p{L}.*")) {
      out.add(name.replaceAll("(?<=\\p{L})-(?=\\p{L})", " "));
      StringBuilder capitalised = new StringBuilder();
      Matcher m = Pattern.compile("(?<=\\p{L})-(\\p{Ll})").matcher(name);
      while (m.find()) {
        m.appendReplacement(capitalised, " " + m.group(1).toUpperCase(Locale.ROOT));
      }
      m.appendTail(capitalised);
      out.add(capitalised.toString());
    }
    return out;
  }

  /** The Arabic article: al-, el- and Al- for each other, and left out ("Bashir"). */
  static Set<String> particles(String name) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = ARTICLE_PARTICLE.matcher(name);
    while (m.find()) {
      String before = name.substring(0, m.start());
      String after = name.substring(m.end());
      boolean upper = Character.isUpperCase(m.group(1).charAt(0));
      String vowel = m.group(1).substring(0, 1).equalsIgnoreCase("a") ? "e" : "a";
      String swapped = (upper ? vowel.toUpperCase(Locale.ROOT) : vowel) + m.group(1).substring(1);
      out.add(before + swapped + "-" + after);
      out.add(before + (upper ? m.group(1).toLowerCase(Locale.ROOT) : capitalise(m.group(1))) + "-" + after);
      out.add(before + after);
    }
    return out;
  }

  private static final Pattern ABD_JOINED = Pattern.compile("\\b(Abd[eu]l)(?!l)(\\p{Ll})(?=\\p{Ll}{2})");
  private static final Pattern ABD_SPLIT = Pattern.compile("\\b(Abd[eu]l) (\\p{Lu})(?=\\p{Ll}{2})");

  /** "Abdulhamid" ↔ "Abdul Hamid", "Abdelaziz" ↔ "Abdel Aziz": the Arabic "servant of" compound joined or not. */
  static Set<String> abdCompounds(String name) {
    Set<String> out = new LinkedHashSet<>();
    Matcher joined = ABD_JOINED.matcher(name);
    while (joined.find()) {
      out.add(name.substring(0, joined.start()) + joined.group(1) + " "
          + joined.group(2).toUpperCase(Locale.ROOT) + name.substring(joined.end()));
    }
    Matcher split = ABD_SPLIT.matcher(name);
    while (split.find()) {
      out.add(name.substring(0, split.start()) + split.group(1)
          + split.group(2).toLowerCase(Locale.ROOT) + name.substring(split.end()));
    }
    return out;
  }

  /** A name of three or more words as first word plus last ("Asif Ali Zardari" → "Asif Zardari"). */
  public static String firstAndLast(String name) {
    String[] words = name.trim().split("\\s+");
    if (words.length < 3 || PARTICLES.contains(words[words.length - 2].toLowerCase(Locale.ROOT))
        || words[words.length - 1].matches("[IVX]+|Jr\\.?|Sr\\.?")) {
      return null;
    }
    return words[0] + " " + words[words.length - 1];
  }

  private static String capitalise(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
