package io.newsstats.eval;

import io.newsstats.kb.Country;
import io.newsstats.kb.KnowledgeBase;
import io.newsstats.kb.TextKeys;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Reuters-21578 SGML ({@code reut2-NNN.sgm}): each story's NEWID, date, {@code <PLACES>} tags
 * and text (title and body), and maps the place tags to ISO 3166 alpha-3 codes.
 */
public final class ReutersCorpus {
  private static final Pattern STORY = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern DATE = Pattern.compile("<DATE>\\s*(\\d{1,2}-[A-Z]{3}-\\d{4})");
  private static final Pattern PLACES = Pattern.compile("<PLACES>(.*?)</PLACES>", Pattern.DOTALL);
  private static final Pattern D = Pattern.compile("<D>(.*?)</D>");
  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<TEXT[^>]*>(.*?)</TEXT>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(\\d+);");
  private static final DateTimeFormatter REUTERS_DATE = DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ENGLISH);

  /**
   * Reuters place codes that are not a country's name in our list: 1987 states mapped to their
   * successors (West and East Germany, the USSR, Czechoslovakia, Yugoslavia, the two Yemens, Zaire).
   */
  private static final Map<String, String> PLACE_CODES = Map.ofEntries(
      Map.entry("usa", "USA"), Map.entry("uk", "GBR"), Map.entry("west-germany", "DEU"),
      Map.entry("east-germany", "DEU"), Map.entry("ussr", "RUS"), Map.entry("south-korea", "KOR"),
      Map.entry("north-korea", "PRK"), Map.entry("uae", "ARE"), Map.entry("ivory-coast", "CIV"),
      Map.entry("zaire", "COD"), Map.entry("yemen-arab-republic", "YEM"), Map.entry("yemen-demo-republic", "YEM"),
      Map.entry("czechoslovakia", "CZE"), Map.entry("yugoslavia", "SRB"), Map.entry("trinidad-tobago", "TTO"),
      Map.entry("kampuchea", "KHM"), Map.entry("congo", "COG"), Map.entry("burma", "MMR"),
      Map.entry("swaziland", "SWZ"), Map.entry("antigua", "ATG"), Map.entry("us-virgin-islands", "VIR"),
      Map.entry("hong-kong", "HKG"), Map.entry("vietnam", "VNM"), Map.entry("taiwan", "TWN"),
      Map.entry("netherlands-antilles", "CUW"), Map.entry("macau", "MAC"), Map.entry("st-lucia", "LCA"),
      Map.entry("st-vincent", "VCT"), Map.entry("st-kitts-nevis", "KNA"), Map.entry("cape-verde", "CPV"),
      Map.entry("east-timor", "TLS"), Map.entry("brunei", "BRN"), Map.entry("falkland-islands", "FLK"));

  public record Story(String id, LocalDate date, List<String> places, String text) {}

  private final Map<String, String> codeToIso3 = new HashMap<>();

  public ReutersCorpus(KnowledgeBase kb) {
    for (Country c : kb.countries()) {
      List<String> names = new ArrayList<>(List.of(c.name(), c.officialName()));
      names.addAll(c.aliases());
      for (String name : names) {
        codeToIso3.putIfAbsent(TextKeys.slug(name), c.iso3());
      }
    }
    codeToIso3.putAll(PLACE_CODES);
  }

  /** The ISO3 code of a Reuters place tag, or null when it names no country in the reference data. */
  public String iso3(String placeCode) {
    return codeToIso3.get(placeCode);
  }

  public static List<Story> parse(String sgml) {
    List<Story> stories = new ArrayList<>();
    Matcher story = STORY.matcher(sgml);
    while (story.find()) {
      String body = story.group(2);
      Matcher date = DATE.matcher(body);
      LocalDate published = date.find()
          ? LocalDate.parse(capitalised(date.group(1)), REUTERS_DATE) : LocalDate.of(1987, 1, 1);
      List<String> places = new ArrayList<>();
      Matcher placesBlock = PLACES.matcher(body);
      if (placesBlock.find()) {
        Matcher d = D.matcher(placesBlock.group(1));
        while (d.find()) {
          places.add(d.group(1).trim());
        }
      }
      stories.add(new Story(story.group(1), published, places, text(body)));
    }
    return stories;
  }

  /** Title and body; a story without them (TYPE="UNPROC" or "BRIEF") gives its raw TEXT. */
  private static String text(String story) {
    Matcher title = TITLE.matcher(story);
    Matcher body = BODY.matcher(story);
    String text;
    if (body.find()) {
      text = (title.find() ? title.group(1).trim() + ".\n" : "") + body.group(1);
    } else {
      Matcher raw = TEXT.matcher(story);
      text = raw.find() ? TAG.matcher(raw.group(1)).replaceAll(" ") : "";
    }
    return unescape(text).strip();
  }

  private static String unescape(String text) {
    String named = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    Matcher m = NUMERIC_ENTITY.matcher(named);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, " ");  // the control characters of the wire format
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String capitalised(String date) {
    String[] parts = date.split("-");
    return parts[0] + "-" + parts[1].charAt(0) + parts[1].substring(1).toLowerCase(Locale.ROOT) + "-" + parts[2];
  }

  /** The mapped ISO3 codes of a story's place tags. */
  public Set<String> goldCountries(Story story) {
    Set<String> codes = new LinkedHashSet<>();
    for (String place : story.places()) {
      String iso3 = iso3(place);
      if (iso3 != null) {
        codes.add(iso3);
      }
    }
    return codes;
  }
}
